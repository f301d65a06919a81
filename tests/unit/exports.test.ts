import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationList, toCyjs, toWebAnnotations } from '../../src/domain/exports';
import { GraphSchema } from '../../src/domain/schema';
import { checkCyjs } from './cyjs-rules';
import { format2Graph } from './export-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.join(ROOT, 'public/data/graph.json'), 'utf8')),
);
const text = (id: string) => readFileSync(path.join(ROOT, `public/data/sources/${id}.txt`), 'utf8');

describe('export as .cyjs', () => {
  const cyjs = toCyjs(graph);
  it('has the shape Cytoscape desktop reads: format_version, data.name, elements with name and interaction', () => {
    expect(cyjs.format_version).toBe('1.0');
    expect(cyjs.data.name).toBeTruthy();
    expect(cyjs.elements.nodes).toHaveLength(graph.elements.nodes.length);
    expect(cyjs.elements.edges).toHaveLength(graph.elements.edges.length);
    const mtor = cyjs.elements.nodes.find((n) => n.data.id === 'mtor')!;
    expect(mtor.data.name).toBe('mTOR');
    expect(mtor.position).toEqual(graph.elements.nodes.find((n) => n.data.id === 'mtor')!.position);
    const edge = cyjs.elements.edges.find((e) => e.data.id === 'ketamine-blocks-nmda-receptor')!;
    expect(edge.data).toMatchObject({
      source: 'ketamine',
      target: 'nmda-receptor',
      interaction: 'blocks',
    });
  });
  it("passes the rules of Cytoscape desktop's importer: every value a column, one type per column", () => {
    expect(checkCyjs(cyjs)).toEqual([]);
    expect(checkCyjs(toCyjs(format2Graph()))).toEqual([]);
  });
  it('the importer check catches what Cytoscape would drop or reject', () => {
    const bad = structuredClone(cyjs) as unknown as {
      elements: {
        nodes: Array<{ data: Record<string, unknown> }>;
        edges: Array<{ data: Record<string, unknown> }>;
      };
    };
    bad.elements.nodes[0]!.data.evidence = [{ quote: 'q' }];
    bad.elements.nodes[1]!.data.synonyms = 'one';
    bad.elements.edges[0]!.data.target = 'nowhere';
    const errors = checkCyjs(bad).join('\n');
    expect(errors).toContain('a nested object or list is not a column value');
    expect(errors).toContain('a scalar in a list column');
    expect(errors).toContain('target is not a node id');
  });
  it('carries the quotes, their sources and citations as parallel list columns', () => {
    const mtor = cyjs.elements.nodes.find((n) => n.data.id === 'mtor')!;
    expect(mtor.data.evidence_quotes).toContain(
      'stimulating the mTOR pathway (mammalian target of rapamycin)',
    );
    expect(mtor.data.evidence_sources).toHaveLength(mtor.data.evidence_quotes.length);
    expect(mtor.data.evidence_citations).toHaveLength(mtor.data.evidence_quotes.length);
    const edge = cyjs.elements.edges.find((e) => e.data.id === 'ketamine-blocks-nmda-receptor')!;
    expect(edge.data.citation).toContain('doi:10.1021/acs.chemrestox.0c00411');
    expect(edge.data.label).toBe('Ketamine blocks NMDA receptor');
  });
  it('carries certainty and hedges of a format-2 graph as columns', () => {
    const mtor = toCyjs(format2Graph()).elements.nodes.find((n) => n.data.id === 'mtor')!;
    expect(mtor.data).toMatchObject({ certainty: 'hypothesised' });
    expect(mtor.data.evidence_certainty).toContain('hedged');
    expect(mtor.data.evidence_hedges).toContain('may');
  });
});

describe('export as W3C Web Annotations', () => {
  const doc = toWebAnnotations(graph, 'https://example.org/ketamine/index.html?node=x');
  const items = doc.first.items as Array<{
    type: string;
    motivation: string;
    body: Array<{ id?: string; value?: string }>;
    target: { source: string; scope?: string; selector: Array<Record<string, string | number>> };
  }>;
  it('is a JSON-LD annotation collection with one annotation per quote', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const quotes =
      graph.elements.nodes.reduce((n, x) => n + x.data.evidence.length, 0) +
      graph.elements.edges.reduce((n, x) => n + x.data.evidence.length, 0);
    expect(items).toHaveLength(quotes);
    expect(doc.total).toBe(quotes);
  });
  /** The served copy of the text the selectors count in: the target itself, else a linked body. */
  const copyOf = (a: (typeof items)[number]) =>
    [a.target.source, ...a.body.map((b) => b.id ?? '')].find((u) =>
      /\/data\/sources\/[a-z0-9-]+\.txt$/.test(u),
    )!;
  it('targets each passage with a TextQuoteSelector and a TextPositionSelector that agree with the text', () => {
    for (const a of items) {
      expect(a.type).toBe('Annotation');
      const [quote, position] = a.target.selector;
      expect(quote!.type).toBe('TextQuoteSelector');
      expect(position!.type).toBe('TextPositionSelector');
      const id = /sources\/([a-z0-9-]+)\.txt$/.exec(copyOf(a))![1]!;
      expect(text(id).slice(position!.start as number, position!.end as number)).toBe(quote!.exact);
    }
  });
  it('names each source by its DOI or URL where the text states one, else by the served text', () => {
    const bySource = new Map(items.map((a) => [/([a-z0-9-]+)\.txt$/.exec(copyOf(a))![1]!, a]));
    expect(bySource.get('chem-res-toxicol-2021')!.target.source).toBe(
      'https://doi.org/10.1021/acs.chemrestox.0c00411',
    );
    expect(bySource.get('disruptive-psychopharmacology-2022')!.target.source).toBe(
      'https://doi.org/10.1007/7854_2022_313',
    );
    expect(bySource.get('ketamine-explainer-video')!.target.source).toBe(
      'https://www.youtube.com/watch?v=kRtNsaMildw',
    );
    // The medical education page states no URL: its annotations name the app's copy.
    expect(bySource.get('dottorino-ketamine-esketamine')!.target.source).toBe(
      'https://example.org/ketamine/data/sources/dottorino-ketamine-esketamine.txt',
    );
    for (const a of items) {
      if (a.target.source.endsWith('.txt')) continue;
      expect(a.body.some((b) => b.id === copyOf(a))).toBe(true);
    }
  });
  it('links each annotation to the element and the DOI', () => {
    const a = items.find(
      (x) =>
        x.body[1]?.value === 'Ketamine blocks NMDA receptor' && x.target.source.includes('10.1021'),
    )!;
    expect(a.body[0]!.id).toBe('https://example.org/ketamine/?node=ketamine-blocks-nmda-receptor');
    expect(a.target.source).toBe('https://doi.org/10.1021/acs.chemrestox.0c00411');
  });
  it('counts positions in code points as the W3C selector does: the texts have no surrogate pairs', () => {
    for (const s of graph.sources) expect(/[\uD800-\uDFFF]/.test(text(s.id)), s.id).toBe(false);
  });
});

describe('export of the source list', () => {
  it('numbers every source with its citation and link', () => {
    const list = citationList(graph);
    expect(list.trim().split('\n')).toHaveLength(5);
    expect(list).toContain(
      'Kojic, M., Saelens, J., Kadriu, B., Zarate, C.A., Kraus, C. Ketamine for Depression',
    );
    expect(list).toContain('https://doi.org/10.1051/jbio/2023026');
    expect(list).toContain('https://www.youtube.com/watch?v=kRtNsaMildw');
    expect(list).toMatch(/Biol Aujourdhui.*\[en, fr\]/);
  });
});
