/**
 * The graph as an SBGN-ML map in the Activity Flow language, the format SBGN editors (Newt,
 * SBGNViz) read. Pure: a string of XML that validates against libSBGN's schema. Loaded on demand.
 *
 * Mapping (the README's table says the same):
 * - every node is a `biological activity` glyph, except effects, which are `phenotype` glyphs;
 *   drugs carry a unit of information of entity `perturbation` (the perturbing-agent shape),
 *   metabolites one of entity `simple chemical`, receptors and channels one of `macromolecule`;
 * - increases → `positive influence`; decreases, blocks → `negative influence`; acts-on →
 *   `unknown influence`; metabolized-to → `unknown influence` (Activity Flow has no conversion);
 * - form-of, located-in and contrasts-with state no influence, so they are not drawn: they are
 *   listed, with their quotes, in the notes of the map and of both end glyphs.
 * Each glyph and arc carries its evidence (quote, source, certainty) as XHTML notes.
 */
import { edgeSentence, indexGraph, sourceHref, type GraphIndex } from './graph-index';
import { certaintyPhrase, edgeBends, nodeBox } from './export-fields';
import type {
  Graph,
  GraphEdge,
  GraphEvidence,
  GraphNode,
  GraphSource,
  NodeKind,
  Relation,
} from './schema';

const SBGN_NS = 'http://sbgn.org/libsbgn/0.3';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const SBGN_AF_VERSION =
  'http://identifiers.org/combine.specifications/sbgn.af.level-1.version-1.2';

type GlyphClass = 'biological activity' | 'phenotype';
type Entity = 'perturbation' | 'simple chemical' | 'macromolecule';

/** Node kind → Activity Flow glyph, with the unit of information's entity and label where one fits. */
export const SBGN_GLYPHS: Record<NodeKind, { glyph: GlyphClass; entity?: Entity; uoi?: string }> = {
  drug: { glyph: 'biological activity', entity: 'perturbation', uoi: 'drug' },
  metabolite: { glyph: 'biological activity', entity: 'simple chemical', uoi: 'metabolite' },
  'receptor-channel': { glyph: 'biological activity', entity: 'macromolecule', uoi: 'receptor' },
  // Signaling molecules mix ions, transmitters and proteins: the kind names no one entity.
  'signaling-molecule': { glyph: 'biological activity' },
  'cell-region': { glyph: 'biological activity' },
  process: { glyph: 'biological activity' },
  effect: { glyph: 'phenotype' },
};

type ArcClass = 'positive influence' | 'negative influence' | 'unknown influence';

/** Relation → Activity Flow arc; null where the relation is not an influence and is left out. */
export const SBGN_ARCS: Record<Relation, ArcClass | null> = {
  increases: 'positive influence',
  decreases: 'negative influence',
  blocks: 'negative influence',
  'acts-on': 'unknown influence',
  'metabolized-to': 'unknown influence',
  'form-of': null,
  'located-in': null,
  'contrasts-with': null,
};

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF: replace them, keep the rest.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data. */
export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text as a double-quoted XML attribute value; line breaks survive as character references. */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;')
    .replace(/\t/g, '&#x9;');
}

const num = (n: number) => String(Math.round(n * 100) / 100);
const point = (tag: string, p: { x: number; y: number }) =>
  `<${tag} x="${num(p.x)}" y="${num(p.y)}"/>`;
const glyphId = (nodeId: string) => `glyph-${nodeId}`;

/** The source's citation, with its link unless the citation already gives the DOI or URL. */
function sourceLine(s: GraphSource): string {
  const href = sourceHref(s);
  const given = (s.doi && s.citation.includes(s.doi)) || (href && s.citation.includes(href));
  return href && !given ? `${s.citation} ${href}` : s.citation;
}

function evidenceList(index: GraphIndex, evidence: GraphEvidence[]): string {
  const items = evidence.map((e) => {
    const s = index.sources.get(e.sourceId);
    const href = sourceHref(s);
    const certainty = certaintyPhrase(e);
    return (
      `<li><blockquote${href ? ` cite="${xmlAttr(href)}"` : ''}><p>${xmlText(e.quote)}</p></blockquote>` +
      `<p>Source: ${xmlText(s ? sourceLine(s) : e.sourceId)}` +
      ` (characters ${e.start}–${e.end} of ${xmlText(e.sourceId)}.txt)` +
      `${certainty ? `. Certainty: ${xmlText(certainty)}` : ''}.</p></li>`
    );
  });
  return `<ol>${items.join('')}</ol>`;
}

const notes = (paragraphs: string[]) =>
  `<notes><body xmlns="${XHTML_NS}">${paragraphs.join('')}</body></notes>`;
const p = (text: string) => `<p>${xmlText(text)}</p>`;

function scope(d: { hypotheses: string[]; branches: string[] }): string[] {
  const parts = [];
  if (d.hypotheses.length) parts.push(`Hypotheses: ${d.hypotheses.join(', ')}.`);
  if (d.branches.length) parts.push(`Dose branches: ${d.branches.join(', ')}.`);
  return parts.length ? [p(parts.join(' '))] : [];
}

function leftOutItem(index: GraphIndex, e: GraphEdge): string {
  return `<li><p>${xmlText(edgeSentence(index, e.data))} (${e.data.relation}).</p>${evidenceList(index, e.data.evidence)}</li>`;
}

function glyph(index: GraphIndex, n: GraphNode, leftOut: GraphEdge[]): string {
  const d = n.data;
  const map = SBGN_GLYPHS[d.kind];
  const box = nodeBox(n);
  const x = box.cx - box.w / 2;
  const y = box.cy - box.h / 2;
  const certainty = n.data.certainty;
  const body = [
    p(`${d.label} (${d.kind}).${certainty ? ` Certainty: ${certainty}.` : ''}`),
    p(d.description),
    ...scope(d),
    p('Evidence:'),
    evidenceList(index, d.evidence),
  ];
  if (d.facts.length) {
    body.push(
      p('Facts:'),
      `<ul>${d.facts
        .map(
          (f) =>
            `<li><p>${xmlText(`${f.label}: ${f.value}`)}</p>${evidenceList(index, f.evidence)}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  const mine = leftOut.filter((e) => e.data.source === d.id || e.data.target === d.id);
  if (mine.length) {
    body.push(
      p('Relations not drawn (Activity Flow has no arc for them):'),
      `<ul>${mine.map((e) => leftOutItem(index, e)).join('')}</ul>`,
    );
  }
  const uoi =
    map.entity === undefined
      ? ''
      : `<glyph class="unit of information" id="${glyphId(d.id)}-uoi">` +
        `<label text="${xmlAttr(map.uoi ?? map.entity)}"/><entity name="${map.entity}"/>` +
        `<bbox x="${num(x + 8)}" y="${num(y - 10)}" w="${num(Math.min(72, box.w - 16))}" h="20"/></glyph>`;
  return (
    `<glyph class="${map.glyph}" id="${glyphId(d.id)}">${notes(body)}` +
    `<label text="${xmlAttr(d.label)}"/>` +
    `<bbox x="${num(x)}" y="${num(y)}" w="${num(box.w)}" h="${num(box.h)}"/>${uoi}</glyph>`
  );
}

/** Where the segment from the box's centre towards `toward` leaves the box. */
function boundary(
  box: { cx: number; cy: number; w: number; h: number },
  toward: { x: number; y: number },
) {
  const dx = toward.x - box.cx;
  const dy = toward.y - box.cy;
  if (dx === 0 && dy === 0) return { x: box.cx, y: box.cy };
  const t = Math.min(
    dx === 0 ? Infinity : box.w / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.h / 2 / Math.abs(dy),
  );
  return { x: box.cx + dx * Math.min(t, 1), y: box.cy + dy * Math.min(t, 1) };
}

function arc(
  index: GraphIndex,
  e: GraphEdge,
  cls: ArcClass,
  boxes: Map<string, ReturnType<typeof nodeBox>>,
) {
  const d = e.data;
  const s = boxes.get(d.source)!;
  const t = boxes.get(d.target)!;
  const bends = edgeBends(e);
  const start = boundary(s, bends[0] ?? { x: t.cx, y: t.cy });
  const end = boundary(t, bends[bends.length - 1] ?? { x: s.cx, y: s.cy });
  const { certainty, inference } = e.data;
  const body = [
    p(
      `${edgeSentence(index, d)} (${d.relation}, drawn as ${cls}).${certainty ? ` Certainty: ${certainty}.` : ''}`,
    ),
    ...(d.relation === 'metabolized-to'
      ? [p('Activity Flow has no conversion arc: the metabolism is drawn as an unknown influence.')]
      : []),
    ...(inference ? [p(`Curator's inference: ${inference}`)] : []),
    ...scope(d),
    p('Evidence:'),
    evidenceList(index, d.evidence),
  ];
  return (
    `<arc class="${cls}" id="arc-${d.id}" source="${glyphId(d.source)}" target="${glyphId(d.target)}">` +
    `${notes(body)}${point('start', start)}${bends.map((b) => point('next', b)).join('')}${point('end', end)}</arc>`
  );
}

/** The graph as an SBGN-ML Activity Flow map (a complete XML document). */
export function toSbgnMl(graph: Graph): string {
  const index = indexGraph(graph);
  const boxes = new Map(graph.elements.nodes.map((n) => [n.data.id as string, nodeBox(n)]));
  const drawn: Array<[GraphEdge, ArcClass]> = [];
  const leftOut: GraphEdge[] = [];
  for (const e of graph.elements.edges) {
    const cls = SBGN_ARCS[e.data.relation];
    if (cls) drawn.push([e, cls]);
    else leftOut.push(e);
  }

  // The map's canvas: every glyph (with its unit of information above it) and bend, plus a margin.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const b of boxes.values()) xs.push(b.cx - b.w / 2, b.cx + b.w / 2);
  for (const b of boxes.values()) ys.push(b.cy - b.h / 2 - 10, b.cy + b.h / 2);
  for (const [e] of drawn) {
    for (const b of edgeBends(e)) {
      xs.push(b.x);
      ys.push(b.y);
    }
  }
  const margin = 20;
  const minX = Math.min(...xs) - margin;
  const minY = Math.min(...ys) - margin;
  const mapBox = xs.length
    ? `<bbox x="${num(minX)}" y="${num(minY)}" w="${num(Math.max(...xs) + margin - minX)}" h="${num(Math.max(...ys) + margin - minY)}"/>`
    : '';

  const mapNotes = notes([
    p(
      "Ketamine's antidepressant mechanisms, as drawn by Ketamine pathways. Every glyph and arc quotes its sources in its notes.",
    ),
    p('Sources:'),
    `<ol>${graph.sources.map((s) => `<li>${xmlText(sourceLine(s))}</li>`).join('')}</ol>`,
    ...(leftOut.length
      ? [
          p(
            'Relations not drawn: Activity Flow arcs state that one activity influences another; these relations state no influence.',
          ),
          `<ul>${leftOut.map((e) => leftOutItem(index, e)).join('')}</ul>`,
        ]
      : []),
  ]);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sbgn xmlns="${SBGN_NS}">`,
    `<map id="map-ketamine-pathways" version="${SBGN_AF_VERSION}" language="activity flow">`,
    mapNotes,
    mapBox,
    ...graph.elements.nodes.map((n) => glyph(index, n, leftOut)),
    ...drawn.map(([e, cls]) => arc(index, e, cls, boxes)),
    '</map>',
    '</sbgn>',
    '',
  ].join('\n');
}
