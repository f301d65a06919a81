// @vitest-environment jsdom
// (jsdom for its XML DOMParser: the tests read the map back as XML.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SBGN_ARCS, SBGN_GLYPHS, toSbgnMl } from '../../src/domain/export-sbgn';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/domain/export-fields';
import type { Graph } from '../../src/domain/schema';
import { format2Graph, realGraph, ROOT } from './export-fixtures';

// libSBGN's schema sits beside the repository (`../shared/schemas/sbgn/`), in CI as here. A missing
// schema or a missing xmllint fails these tests: the export is only known to be valid if they run.
const XSD = path.resolve(ROOT, '../shared/schemas/sbgn/SBGN.xsd');

/** Validates SBGN-ML against libSBGN's schema with xmllint; returns xmllint's verdict. */
function validate(xml: string): { ok: boolean; output: string } {
  if (!existsSync(XSD)) {
    throw new Error(
      `libSBGN's schema is missing at ${XSD} (the repository's ../shared/schemas/sbgn/)`,
    );
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kp-sbgn-')), 'map.sbgn');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      `xmllint is missing (Debian: apt-get install libxml2-utils): ${r.error.message}`,
    );
  }
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
const SBGN = 'http://sbgn.org/libsbgn/0.3';
const XHTML = 'http://www.w3.org/1999/xhtml';

function topGlyphs(doc: Document) {
  return [...doc.getElementsByTagNameNS(SBGN, 'glyph')].filter(
    (g) => g.parentElement?.localName === 'map',
  );
}
const idMaps = new WeakMap<Document, Map<string, Element>>();
/** The SBGN element with this id (glyph, arc, map), or undefined. */
function byId(doc: Document, id: string): Element {
  let ids = idMaps.get(doc);
  if (!ids) {
    ids = new Map(
      [...doc.getElementsByTagNameNS(SBGN, '*')].map((e) => [e.getAttribute('id') ?? '', e]),
    );
    idMaps.set(doc, ids);
  }
  return ids.get(id)!;
}
const notesText = (el: Element) =>
  [...el.children].find((c) => c.localName === 'notes')?.textContent ?? '';
const bbox = (el: Element) => {
  const b = [...el.children].find((c) => c.localName === 'bbox')!;
  return ['x', 'y', 'w', 'h'].map((k) => Number(b.getAttribute(k)));
};

describe('SBGN-ML export (Activity Flow)', () => {
  const graph = realGraph();
  const xml = toSbgnMl(graph);
  const doc = parse(xml);

  it("validates against libSBGN's schema", () => {
    const r = validate(xml);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('fails validation when an arc class is not SBGN, so the check can fail', () => {
    const r = validate(xml.replace('class="positive influence"', 'class="increases"'));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/increases.*not an element of the set|fails to validate/s);
  });

  it('is an Activity Flow map, version 1.2', () => {
    const map = doc.getElementsByTagNameNS(SBGN, 'map')[0]!;
    expect(map.getAttribute('version')).toBe(
      'http://identifiers.org/combine.specifications/sbgn.af.level-1.version-1.2',
    );
    expect(map.getAttribute('language')).toBe('activity flow');
  });

  it('draws one glyph per node: phenotypes for effects, perturbation units on drugs', () => {
    const glyphs = topGlyphs(doc);
    expect(glyphs).toHaveLength(graph.elements.nodes.length);
    for (const n of graph.elements.nodes) {
      const g = byId(doc, `glyph-${n.data.id}`);
      expect(g.getAttribute('class'), n.data.id).toBe(SBGN_GLYPHS[n.data.kind].glyph);
      expect([...g.children].find((c) => c.localName === 'label')!.getAttribute('text')).toBe(
        n.data.label,
      );
    }
    expect(byId(doc, 'glyph-rapid-antidepressant-effect').getAttribute('class')).toBe('phenotype');
    const unit = byId(doc, 'glyph-ketamine-uoi');
    expect(unit.getAttribute('class')).toBe('unit of information');
    expect(unit.getElementsByTagNameNS(SBGN, 'entity')[0]!.getAttribute('name')).toBe(
      'perturbation',
    );
  });

  it('places each glyph at its computed position with its computed box', () => {
    const mtor = graph.elements.nodes.find((n) => n.data.id === 'mtor')!;
    const [x, y, w, h] = bbox(byId(doc, 'glyph-mtor'));
    expect([w, h]).toEqual([mtor.data.width, mtor.data.height]);
    expect([w, h]).not.toEqual([NODE_WIDTH, NODE_HEIGHT]);
    expect(x! + w! / 2).toBeCloseTo(mtor.position.x, 1);
    expect(y! + h! / 2).toBeCloseTo(mtor.position.y, 1);
  });

  it('draws one arc per influence with the Activity Flow class of its relation', () => {
    const arcs = [...doc.getElementsByTagNameNS(SBGN, 'arc')];
    const drawn = graph.elements.edges.filter((e) => SBGN_ARCS[e.data.relation]);
    expect(arcs).toHaveLength(drawn.length);
    expect(drawn.length).toBeGreaterThan(40);
    const cls = (id: string) => byId(doc, `arc-${id}`).getAttribute('class');
    expect(cls('ketamine-blocks-nmda-receptor')).toBe('negative influence');
    const increases = graph.elements.edges.find((e) => e.data.relation === 'increases')!;
    expect(cls(increases.data.id)).toBe('positive influence');
    const actsOn = graph.elements.edges.find((e) => e.data.relation === 'acts-on')!;
    expect(cls(actsOn.data.id)).toBe('unknown influence');
    expect(cls('ketamine-metabolized-to-norketamine')).toBe('unknown influence');
    for (const a of arcs) {
      expect(byId(doc, a.getAttribute('source')!).localName).toBe('glyph');
      expect(byId(doc, a.getAttribute('target')!).localName).toBe('glyph');
    }
  });

  it('lists the relations it cannot draw, with their quotes, in the map and on both end glyphs', () => {
    const map = doc.getElementsByTagNameNS(SBGN, 'map')[0]!;
    const left = graph.elements.edges.filter((e) => !SBGN_ARCS[e.data.relation]);
    expect(left.map((e) => e.data.relation).sort()).toEqual(
      expect.arrayContaining(['contrasts-with', 'form-of', 'located-in']),
    );
    for (const e of left) {
      expect(byId(doc, `arc-${e.data.id}`)).toBeUndefined();
      expect(notesText(map)).toContain(e.data.evidence[0]!.quote);
      expect(notesText(byId(doc, `glyph-${e.data.source}`))).toContain(e.data.evidence[0]!.quote);
      expect(notesText(byId(doc, `glyph-${e.data.target}`))).toContain(e.data.evidence[0]!.quote);
    }
    expect(notesText(byId(doc, 'glyph-esketamine'))).toContain('Esketamine is a form of Ketamine');
  });

  it('carries every quote and its source as XHTML notes', () => {
    const notes = doc.getElementsByTagNameNS(SBGN, 'notes');
    for (const n of notes) expect(n.firstElementChild!.namespaceURI).toBe(XHTML);
    for (const n of graph.elements.nodes) {
      const text = notesText(byId(doc, `glyph-${n.data.id}`));
      for (const e of n.data.evidence) expect(text, n.data.id).toContain(e.quote);
    }
    for (const e of graph.elements.edges.filter((x) => SBGN_ARCS[x.data.relation])) {
      const text = notesText(byId(doc, `arc-${e.data.id}`));
      for (const q of e.data.evidence) expect(text, e.data.id).toContain(q.quote);
    }
    const arc = notesText(byId(doc, 'arc-ketamine-blocks-nmda-receptor'));
    expect(arc).toContain('Ketamine blocks NMDA receptor');
    expect(arc).toContain('10.1021/acs.chemrestox.0c00411');
  });
});

describe('SBGN-ML export of a format-2 graph (certainty, sizes, routes)', () => {
  const xml = toSbgnMl(format2Graph());
  const doc = parse(xml);

  it('still validates', () => {
    expect(validate(xml).ok).toBe(true);
  });

  it('sizes glyphs by the computed box and writes certainty and hedges into the notes', () => {
    const [, , w, h] = bbox(byId(doc, 'glyph-mtor'));
    expect([w, h]).toEqual([180, 64]);
    const mtor = notesText(byId(doc, 'glyph-mtor'));
    expect(mtor).toContain('Certainty: hypothesised');
    expect(mtor).toContain('Certainty: hedged (may)');
    expect(notesText(byId(doc, 'arc-ketamine-blocks-nmda-receptor'))).toContain(
      "Curator's inference: Both ends are named in one paragraph.",
    );
  });

  it('routes arcs through the edge bends', () => {
    const arc = byId(doc, 'arc-ketamine-blocks-nmda-receptor');
    const next = [...arc.children].filter((c) => c.localName === 'next');
    expect(next.map((p) => [p.getAttribute('x'), p.getAttribute('y')])).toEqual([
      ['300', '120'],
      ['310', '160'],
    ]);
  });
});

describe('SBGN-ML export of hostile text', () => {
  it('escapes markup, quotes and control characters so the map still validates and reads back verbatim', () => {
    const g = structuredClone(realGraph()) as Graph;
    const hostile = `<script>alert("x")</script> & 'q' \u202Eevil\u200B`;
    const mtor = g.elements.nodes.find((n) => n.data.id === 'mtor')!;
    mtor.data.label = `${hostile}\nsecond line`;
    mtor.data.evidence[0]!.quote = `${hostile}\u0007]]>`;
    const xml = toSbgnMl(g);
    expect(validate(xml).ok).toBe(true);
    const doc = parse(xml);
    const glyph = byId(doc, 'glyph-mtor');
    expect([...glyph.children].find((c) => c.localName === 'label')!.getAttribute('text')).toBe(
      `${hostile}\nsecond line`,
    );
    expect(notesText(glyph)).toContain(`${hostile}\uFFFD]]>`);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });
});
