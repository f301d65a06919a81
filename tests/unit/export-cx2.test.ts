import { describe, expect, it } from 'vitest';
import { toCx2, type Cx2Edge, type Cx2Node } from '../../src/domain/export-cx2';
import { checkCx2 } from './cx2-rules';
import { format2Graph, realGraph } from './export-fixtures';

const aspect = <T>(doc: unknown[], name: string) =>
  (doc.find((a) => a && typeof a === 'object' && name in a) as Record<string, T[]>)[name]!;

describe('CX2 export', () => {
  const graph = realGraph();
  const doc = toCx2(graph);
  const nodes = aspect<Cx2Node>(doc, 'nodes');
  const edges = aspect<Cx2Edge>(doc, 'edges');
  const node = (id: string) => nodes.find((n) => n.v.element_id === id)!;
  const edge = (id: string) => edges.find((e) => e.v.element_id === id)!;

  it('follows the CX2 rules: descriptor, counts, declared types, unique ids, edges between nodes', () => {
    expect(checkCx2(doc)).toEqual([]);
    expect(doc[0]).toEqual({ CXVersion: '2.0', hasFragments: false });
    expect(doc[doc.length - 1]).toEqual({ status: [{ error: '', success: true }] });
  });

  it('counts what it holds', () => {
    const meta = aspect<{ name: string; elementCount: number }>(doc, 'metaData');
    expect(meta.find((m) => m.name === 'nodes')!.elementCount).toBe(graph.elements.nodes.length);
    expect(meta.find((m) => m.name === 'edges')!.elementCount).toBe(graph.elements.edges.length);
  });

  it('keeps positions, names, relations and every edge between the right nodes', () => {
    const mtor = graph.elements.nodes.find((n) => n.data.id === 'mtor')!;
    expect(node('mtor')).toMatchObject({ x: mtor.position.x, y: mtor.position.y });
    expect(node('mtor').v.name).toBe('mTOR');
    for (const e of graph.elements.edges) {
      const cx = edge(e.data.id);
      expect(nodes[cx.s]!.v.element_id).toBe(e.data.source);
      expect(nodes[cx.t]!.v.element_id).toBe(e.data.target);
      expect(cx.v.interaction).toBe(e.data.relation);
    }
    expect(edge('ketamine-blocks-nmda-receptor').v.name).toBe('Ketamine blocks NMDA receptor');
  });

  it('carries the evidence: citations as DOI or URL, and every quote with its source and offsets', () => {
    const v = edge('ketamine-blocks-nmda-receptor').v;
    expect(v.citation).toContain('doi:10.1021/acs.chemrestox.0c00411');
    const e = graph.elements.edges.find((x) => x.data.id === 'ketamine-blocks-nmda-receptor')!;
    expect(v.evidence_quotes).toEqual(e.data.evidence.map((x) => x.quote));
    expect(v.evidence_sources).toEqual(e.data.evidence.map((x) => x.sourceId));
    expect(v.evidence_start).toEqual(e.data.evidence.map((x) => x.start));
    const video = nodes.find((n) =>
      (n.v.evidence_sources as string[]).includes('ketamine-explainer-video'),
    )!;
    expect(video.v.citation).toContain('https://www.youtube.com/watch?v=kRtNsaMildw');
  });

  it('declares list attributes as lists even where a node has none (no synonyms)', () => {
    const decl = aspect<Record<string, Record<string, { d: string }>>>(
      doc,
      'attributeDeclarations',
    )[0]!;
    expect(decl.nodes!.synonyms).toEqual({ d: 'list_of_string' });
    expect(decl.nodes!.evidence_start).toEqual({ d: 'list_of_integer' });
    expect(nodes.some((n) => (n.v.synonyms as string[]).length === 0)).toBe(true);
  });

  it('carries certainty, source counts and the curator inference of a format-2 graph', () => {
    const doc2 = toCx2(format2Graph());
    expect(checkCx2(doc2)).toEqual([]);
    const n = aspect<Cx2Node>(doc2, 'nodes').find((x) => x.v.element_id === 'mtor')!;
    expect(n.v.certainty).toBe('hypothesised');
    expect(n.v.evidence_certainty).toContain('hedged');
    expect(n.v.evidence_hedges).toContain('may');
    expect(typeof n.v.source_count).toBe('number');
    const e = aspect<Cx2Edge>(doc2, 'edges').find(
      (x) => x.v.element_id === 'ketamine-blocks-nmda-receptor',
    )!;
    expect(e.v.inference).toBe('Both ends are named in one paragraph.');
  });
});

describe('the CX2 rule check', () => {
  const fresh = () => structuredClone(toCx2(realGraph())) as unknown as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const find = (doc: Array<Record<string, any>>, name: string) => doc.find((a) => name in a)![name]; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('catches a count that does not match', () => {
    const doc = fresh();
    find(doc, 'metaData').find((m: { name: string }) => m.name === 'nodes').elementCount += 1;
    expect(checkCx2(doc).join('\n')).toMatch(/metaData counts \d+ nodes, the aspect has \d+/);
  });
  it('catches an undeclared attribute and a value of the wrong type', () => {
    const doc = fresh();
    find(doc, 'nodes')[0].v.colour = 'red';
    find(doc, 'edges')[0].v.evidence_start = ['12'];
    const errors = checkCx2(doc).join('\n');
    expect(errors).toContain('attribute colour is not declared');
    expect(errors).toContain('evidence_start is not a list_of_integer');
  });
  it('catches a duplicate id and an edge to a missing node', () => {
    const doc = fresh();
    find(doc, 'nodes')[1].id = find(doc, 'nodes')[0].id;
    find(doc, 'edges')[0].t = 9999;
    const errors = checkCx2(doc).join('\n');
    expect(errors).toMatch(/node id \d+ is not unique/);
    expect(errors).toContain('t = 9999 is no node');
  });
  it('catches an unknown data type and a missing status', () => {
    const doc = fresh();
    find(doc, 'attributeDeclarations')[0].nodes.name.d = 'text';
    doc.pop();
    const errors = checkCx2(doc).join('\n');
    expect(errors).toContain('type text is not a CX2 type');
    expect(errors).toContain('the last element must be the status');
  });
});
