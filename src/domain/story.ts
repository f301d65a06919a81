/** Which precomputed story view (if any) the filters call for. */
import type { Filters } from './filter';
import type { Graph, GraphView } from './schema';

/**
 * One hypothesis alone (both doses) has its hypothesis view; one dose branch with every
 * hypothesis has its branch view. Any other combination has none: the canvas then falls back to
 * "in context" and fits what is visible.
 */
export function storyViewFor(graph: Graph, f: Filters): GraphView | null {
  if (f.sources.length !== graph.sources.length) return null;
  const allHyps = f.hypotheses.length === graph.hypotheses.length;
  if (f.hypotheses.length === 1 && f.dose === 'both')
    return graph.views.find((v) => v.kind === 'hypothesis' && v.id === f.hypotheses[0]) ?? null;
  if (allHyps && f.dose !== 'both')
    return graph.views.find((v) => v.kind === 'branch' && v.id === f.dose) ?? null;
  return null;
}
