/**
 * Export builders, pure: the graph as Cytoscape desktop's `.cyjs`, the evidence as W3C Web
 * Annotations (JSON-LD), the sources as a citation list. Loaded on demand by the export controls.
 */
import { edgeSentence, indexGraph, sourceHref } from './graph-index';
import { citationId } from './export-fields';
import type { Graph, GraphEvidence } from './schema';

/**
 * Cytoscape desktop's JSON network (`.cyjs`). Its importer (cytoscape-impl's CytoscapejsMapper)
 * turns every `data` key into a table column whose type it guesses from the first value it meets:
 * a string, number, boolean, or a list of one of those. A nested object becomes an empty string
 * and a later value of another type is misread or rejected, so every value here is a scalar or a
 * list of strings or numbers, one type per key: evidence is flattened into parallel list columns.
 */
export function toCyjs(graph: Graph) {
  const index = indexGraph(graph);
  const flat = (evidence: GraphEvidence[]) => ({
    evidence_quotes: evidence.map((e) => e.quote),
    evidence_sources: evidence.map((e) => e.sourceId),
    evidence_citations: evidence.map((e) => index.sources.get(e.sourceId)?.citation ?? e.sourceId),
    evidence_offsets: evidence.map((e) => `${e.start}-${e.end}`),
    citation: [
      ...new Set(
        evidence
          .map((e) => citationId(index.sources.get(e.sourceId)))
          .filter((c): c is string => !!c),
      ),
    ],
    evidence_certainty: evidence.map((e) => e.certainty),
    evidence_hedges: evidence.map((e) => e.hedges.join('; ')),
  });
  return {
    format_version: '1.0',
    generated_by: graph.format,
    target_cytoscapejs_version: '~2.1',
    data: {
      name: 'Ketamine antidepressant mechanisms',
      shared_name: 'Ketamine antidepressant mechanisms',
    },
    elements: {
      nodes: graph.elements.nodes.map((n) => ({
        data: {
          id: n.data.id,
          name: n.data.label,
          shared_name: n.data.label,
          kind: n.data.kind,
          synonyms: n.data.synonyms,
          description: n.data.description,
          hypotheses: n.data.hypotheses,
          branches: n.data.branches,
          facts: n.data.facts.map(
            (f) => `${f.label}: ${f.value}${f.about ? ` (about ${f.about})` : ''}`,
          ),
          certainty: n.data.certainty,
          source_count: n.data.sourceCount,
          net_effects: n.data.netEffects.map(
            (fx) => `${fx.branch}: ${fx.sign} via ${fx.path.join(' > ')}`,
          ),
          ...flat(n.data.evidence),
        },
        position: { x: n.position.x, y: n.position.y },
      })),
      edges: graph.elements.edges.map((e) => ({
        data: {
          id: e.data.id,
          source: e.data.source,
          target: e.data.target,
          name: `${e.data.source} (${e.data.relation}) ${e.data.target}`,
          shared_name: `${e.data.source} (${e.data.relation}) ${e.data.target}`,
          interaction: e.data.relation,
          shared_interaction: e.data.relation,
          label: edgeSentence(index, e.data),
          hypotheses: e.data.hypotheses,
          branches: e.data.branches,
          certainty: e.data.certainty,
          source_count: e.data.sourceCount,
          ...(e.data.inference ? { inference: e.data.inference } : {}),
          ...flat(e.data.evidence),
        },
      })),
    },
  };
}

/**
 * One W3C Web Annotation per quote: its target is the passage in the source, named by its DOI or
 * URL where the text states one (else by the app's copy of the text), selected by a
 * TextQuoteSelector and a TextPositionSelector counted in the app's verbatim copy, which is linked
 * as a further body when the source has a DOI or URL; its bodies link the graph element and name it,
 * tag how firmly this quote says it (`stated`, `hedged`, `disputes`, with the hedging words),
 * and classify the element (`established`, `hypothesised`, `debated`).
 * `appUrl` is the app's address, used for the element links and the source text copies.
 */
export function toWebAnnotations(graph: Graph, appUrl: string) {
  const index = indexGraph(graph);
  const base = appUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const items: unknown[] = [];
  const add = (elementId: string, label: string, certainty: string, evidence: GraphEvidence[]) => {
    evidence.forEach((e, i) => {
      // The source by its DOI or URL where its text states one; else the app's copy of the text.
      const src = index.sources.get(e.sourceId);
      const scope = sourceHref(src);
      const copy = `${base}data/sources/${e.sourceId}.txt`;
      items.push({
        id: `${base}#evidence/${elementId}/${i + 1}`,
        type: 'Annotation',
        motivation: 'linking',
        body: [
          {
            id: `${base}?node=${encodeURIComponent(elementId)}`,
            type: 'Text',
            format: 'text/html',
          },
          {
            type: 'TextualBody',
            purpose: 'describing',
            value: label,
            format: 'text/plain',
            language: 'en',
          },
          { type: 'TextualBody', purpose: 'tagging', value: e.certainty },
          ...(e.hedges.length
            ? [
                {
                  type: 'TextualBody',
                  purpose: 'commenting',
                  value: `Hedged by the source: ${e.hedges.map((h) => `"${h}"`).join(', ')}`,
                  format: 'text/plain',
                  language: 'en',
                },
              ]
            : []),
          { type: 'TextualBody', purpose: 'classifying', value: certainty },
          // The verbatim text the selectors count in, as this app serves it.
          ...(scope
            ? [{ id: copy, type: 'Text', format: 'text/plain', language: src?.language ?? 'en' }]
            : []),
        ],
        target: {
          source: scope ?? copy,
          selector: [
            { type: 'TextQuoteSelector', exact: e.quote, prefix: e.prefix, suffix: e.suffix },
            { type: 'TextPositionSelector', start: e.start, end: e.end },
          ],
        },
      });
    });
  };
  for (const n of graph.elements.nodes)
    add(n.data.id, n.data.label, n.data.certainty, n.data.evidence);
  for (const e of graph.elements.edges)
    add(e.data.id, edgeSentence(index, e.data), e.data.certainty, e.data.evidence);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}#evidence`,
    type: 'AnnotationCollection',
    label: 'Evidence for the ketamine pathway graph',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** A numbered plain-text list of the sources, as a slide's reference list. */
export function citationList(graph: Graph): string {
  return `${graph.sources
    .map((s, i) => {
      const link = sourceHref(s);
      const lang = s.languages.length > 1 ? ` [${s.languages.join(', ')}]` : '';
      return `${i + 1}. ${s.citation}${link && !s.citation.includes(link) ? `. ${link}` : ''}${lang}`;
    })
    .join('\n')}\n`;
}
