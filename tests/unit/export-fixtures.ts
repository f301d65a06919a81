import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphSchema, type Graph } from '../../src/domain/schema';

export const ROOT = path.resolve(__dirname, '../..');

/** The shipped graph.json, validated. */
export function realGraph(): Graph {
  return GraphSchema.parse(
    JSON.parse(readFileSync(path.join(ROOT, 'public/data/graph.json'), 'utf8')),
  );
}

/**
 * The real graph with the format-2 fields of decision 004 filled in on a few elements (certainty,
 * hedges, sourceCount, inference, node sizes, edge bends), as the lead's merge will bring them.
 */
export function format2Graph(): Graph {
  const g = structuredClone(realGraph()) as Graph & Record<string, unknown>;
  for (const n of g.elements.nodes) {
    const d = n.data as Record<string, unknown>;
    d.certainty = n.data.id === 'mtor' ? 'hypothesised' : 'established';
    d.sourceCount = new Set(n.data.evidence.map((e) => e.sourceId)).size;
    d.width = n.data.id === 'mtor' ? 180 : 150;
    d.height = n.data.id === 'mtor' ? 64 : 52;
    for (const e of n.data.evidence) {
      Object.assign(
        e,
        n.data.id === 'mtor'
          ? { certainty: 'hedged', hedges: ['may'] }
          : { certainty: 'stated', hedges: [] },
      );
    }
  }
  for (const e of g.elements.edges) {
    const d = e.data as Record<string, unknown>;
    d.certainty = 'established';
    d.sourceCount = new Set(e.data.evidence.map((x) => x.sourceId)).size;
    d.bends =
      e.data.id === 'ketamine-blocks-nmda-receptor'
        ? [
            { x: 300, y: 120 },
            { x: 310, y: 160 },
          ]
        : [];
    if (e.data.id === 'ketamine-blocks-nmda-receptor')
      d.inference = 'Both ends are named in one paragraph.';
    for (const x of e.data.evidence) Object.assign(x, { certainty: 'stated', hedges: [] });
  }
  return g;
}
