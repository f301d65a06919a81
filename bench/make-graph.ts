/**
 * A synthetic graph.json of `n` nodes for the interaction benchmarks: the real sources,
 * hypotheses and branches, and `n` nodes in a layered grid with about 1.5 edges per node. Every
 * evidence item is a real quote of the real graph, so the app validates and renders it as usual.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphSchema, NODE_KINDS, type Graph } from '../src/domain/schema';

export function makeGraph(n: number, root = path.resolve(import.meta.dirname, '..')): Graph {
  const real = GraphSchema.parse(
    JSON.parse(readFileSync(path.join(root, 'public/data/graph.json'), 'utf8')),
  );
  const pool = real.elements.edges.flatMap((e) => e.data.evidence);
  const hyps = real.hypotheses.map((h) => h.id);
  const perRow = Math.max(8, Math.round(Math.sqrt(n) * 1.4));
  const nodes: Graph['elements']['nodes'] = [];
  const edges: Graph['elements']['edges'] = [];
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    nodes.push({
      data: {
        id: `n${i}` as never,
        label: `Node ${i}`,
        kind: NODE_KINDS[i % NODE_KINDS.length]!,
        synonyms: [`synthetic ${i}`],
        description: 'A synthetic node.',
        hypotheses: [hyps[i % hyps.length]!] as never,
        branches: (i % 5 === 0 ? ['high-dose'] : ['subanesthetic']) as never,
        evidence: [pool[i % pool.length]!],
        facts: [],
        searchTerms: [],
        certainty: i % 4 === 0 ? 'hypothesised' : 'established',
        sourceCount: 1,
        netEffects: [],
      },
      position: { x: col * 170 + (row % 2) * 60, y: row * 90 },
    });
    for (const t of [i + perRow, i % 2 ? i + perRow + 1 : -1]) {
      if (t < 0 || t >= n) continue;
      edges.push({
        data: {
          id: `e${i}-${t}` as never,
          source: `n${i}` as never,
          target: `n${t}` as never,
          relation: i % 7 === 0 ? 'decreases' : 'increases',
          hypotheses: [hyps[i % hyps.length]!] as never,
          branches: (i % 5 === 0 ? ['high-dose'] : ['subanesthetic']) as never,
          evidence: [pool[(i * 3) % pool.length]!],
          certainty: i % 4 === 0 ? 'hypothesised' : 'established',
          sourceCount: 1,
        },
      });
    }
  }
  return GraphSchema.parse({ ...real, tours: undefined, elements: { nodes, edges } });
}
