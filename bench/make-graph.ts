/**
 * A synthetic graph.json of `n` nodes for the interaction benchmarks: the real sources,
 * hypotheses and branches, and `n` nodes in a layered grid with about 1.5 edges per node. Every
 * evidence item is a real quote of the real graph, so the app validates and renders it as usual.
 * Boxes are sized to their labels as the generator sizes them, and every edge that changes column
 * has an orthogonal route (down, across between the rows, down), so the canvas draws `segments`
 * edges as it does on the real graph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KIND_SHAPE } from '../src/domain/layout-constants';
import { bendsToSegments } from '../src/domain/routes';
import { GraphSchema, NODE_KINDS, type Graph } from '../src/domain/schema';
import { labelBox } from '../src/pipeline/label-metrics';

export function makeGraph(n: number, root = path.resolve(import.meta.dirname, '..')): Graph {
  const real = GraphSchema.parse(
    JSON.parse(readFileSync(path.join(root, 'public/data/graph.json'), 'utf8')),
  );
  const pool = real.elements.edges.flatMap((e) => e.data.evidence);
  const hyps = real.hypotheses.map((h) => h.id);
  const perRow = Math.max(8, Math.round(Math.sqrt(n) * 1.4));
  const nodes: Graph['elements']['nodes'] = [];
  const edges: Graph['elements']['edges'] = [];
  const at = (i: number) => {
    const row = Math.floor(i / perRow);
    return { x: (i % perRow) * 170 + (row % 2) * 60, y: row * 90 };
  };
  for (let i = 0; i < n; i++) {
    const kind = NODE_KINDS[i % NODE_KINDS.length]!;
    const box = labelBox(`Node ${i}`, KIND_SHAPE[kind]);
    nodes.push({
      data: {
        id: `n${i}` as never,
        label: `Node ${i}`,
        kind,
        width: box.width,
        height: box.height,
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
      position: at(i),
    });
  }
  for (let i = 0; i < n; i++) {
    for (const t of [i + perRow, i % 2 ? i + perRow + 1 : -1]) {
      if (t < 0 || t >= n) continue;
      const s = at(i);
      const e = at(t);
      const hs = nodes[i]!.data.height / 2;
      const ht = nodes[t]!.data.height / 2;
      const mid = (s.y + hs + e.y - ht) / 2;
      const bends =
        s.x === e.x
          ? []
          : [
              { x: s.x, y: mid },
              { x: e.x, y: mid },
            ];
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
          bends,
          ...bendsToSegments(s, e, bends),
          sourceEndpoint: [0, hs],
          targetEndpoint: [0, -ht],
        },
      });
    }
  }
  // No story views: the real graph's name the real nodes.
  return GraphSchema.parse({ ...real, tours: undefined, views: [], elements: { nodes, edges } });
}
