/**
 * Guided walkthroughs. A hypothesis tour walks its cascade top-down from the drug: each node is
 * preceded by the arrow that leads to it. The dose tour walks the shared start, then the two
 * branches side by side from the point where they part. A curated `tours` entry in graph.json
 * overrides a derived order.
 */
import type { GraphIndex } from './graph-index';
import { DOSE_TOUR } from './ids';
import type { GraphEdgeData } from './schema';

export { DOSE_TOUR };

export interface TourEntry {
  id: string;
  lane?: 'subanesthetic' | 'high-dose';
}

export interface TourStep {
  entries: TourEntry[];
}

export interface Tour {
  id: string;
  label: string;
  steps: TourStep[];
}

const NOT_CAUSAL = new Set(['contrasts-with', 'located-in', 'form-of']);

/** Tour ids a link may name: one per hypothesis, plus the dose comparison. */
export function tourIds(index: GraphIndex): string[] {
  return [...index.graph.hypotheses.map((h) => h.id as string), DOSE_TOUR];
}

export function buildTour(index: GraphIndex, id: string): Tour | null {
  if (id === DOSE_TOUR) return doseTour(index);
  const h = index.graph.hypotheses.find((x) => x.id === id);
  if (!h) return null;
  const curated = index.graph.tours?.find((t) => t.id === id);
  const steps = curated
    ? curated.steps.map((s) => ({ entries: [{ id: s }] }))
    : walk(index, (e) => (e.hypotheses as string[]).includes(id)).map((s) => ({
        entries: [{ id: s }],
      }));
  return { id, label: h.label, steps };
}

/** Top-down order of a subgraph: Kahn's algorithm, ties broken by layout position; cycles by position. */
function walk(index: GraphIndex, keep: (e: GraphEdgeData) => boolean): string[] {
  const edges = [...index.edges.values()].filter(keep);
  const causal = edges.filter((e) => !NOT_CAUSAL.has(e.relation));
  const nodes = new Set(edges.flatMap((e) => [e.source, e.target] as string[]));
  const pos = (id: string) =>
    index.graph.elements.nodes.find((n) => n.data.id === id)?.position ?? { x: 0, y: 0 };
  const byPosition = (a: string, b: string) => pos(a).y - pos(b).y || pos(a).x - pos(b).x;
  const indegree = new Map([...nodes].map((n) => [n, 0]));
  for (const e of causal)
    if (nodes.has(e.source) && nodes.has(e.target))
      indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const done = new Set<string>();
  const order: string[] = [];
  const steps: string[] = [];
  while (done.size < nodes.size) {
    const ready = [...nodes]
      .filter((n) => !done.has(n) && (indegree.get(n) ?? 0) === 0)
      .sort(byPosition);
    const next = ready[0] ?? [...nodes].filter((n) => !done.has(n)).sort(byPosition)[0];
    if (next === undefined) break;
    // The arrow that brings the walk to this node, from the earliest node already visited.
    const into = edges
      .filter((e) => e.target === next && done.has(e.source))
      .sort(
        (a, b) =>
          order.indexOf(a.source) - order.indexOf(b.source) ||
          (NOT_CAUSAL.has(a.relation) ? 1 : 0) - (NOT_CAUSAL.has(b.relation) ? 1 : 0),
      )[0];
    if (into) steps.push(into.id);
    steps.push(next);
    done.add(next);
    order.push(next);
    for (const e of causal)
      if (e.source === next && nodes.has(e.target))
        indegree.set(e.target, (indegree.get(e.target) ?? 1) - 1);
  }
  return steps;
}

/** The longest causal path from `from` to an effect along `keep` edges, as alternating edge/node ids. */
function longestPath(
  index: GraphIndex,
  from: string,
  keep: (e: GraphEdgeData) => boolean,
): string[] {
  const memo = new Map<string, string[]>();
  const visit = (n: string, seen: Set<string>): string[] => {
    if (memo.has(n)) return memo.get(n) as string[];
    let best: string[] = [];
    for (const e of index.outgoing.get(n) ?? []) {
      if (!keep(e) || NOT_CAUSAL.has(e.relation) || seen.has(e.target)) continue;
      const rest = visit(e.target, new Set([...seen, e.target]));
      const reachesEffect = index.nodes.get(e.target)?.kind === 'effect' || rest.length > 0;
      if (reachesEffect && rest.length + 2 > best.length) best = [e.id, e.target, ...rest];
    }
    memo.set(n, best);
    return best;
  };
  return visit(from, new Set([from]));
}

/** Ketamine to the NMDA receptor together, then the subanesthetic and high-dose branches side by side. */
function doseTour(index: GraphIndex): Tour | null {
  const both = (e: GraphEdgeData) => e.branches.length === 2;
  const start = 'ketamine';
  if (!index.nodes.has(start)) return null;
  const shared = [start, ...longestSharedPath(index, start, both)];
  const fork = shared[shared.length - 1] as string;
  const lane = (b: 'subanesthetic' | 'high-dose') => {
    const only = (e: GraphEdgeData) =>
      (e.branches as string[]).includes(b) && e.branches.length === 1;
    const main = longestPath(index, fork, only);
    // Effects the main path misses, each by its own shortest arrow chain.
    const extra: string[] = [];
    for (const e of index.outgoing.get(fork) ?? []) {
      if (!only(e) || NOT_CAUSAL.has(e.relation) || main.includes(e.target)) continue;
      if (index.nodes.get(e.target)?.kind === 'effect') extra.push(e.id, e.target);
    }
    return [...main, ...extra];
  };
  const sub = lane('subanesthetic');
  const high = lane('high-dose');
  const steps: TourStep[] = shared.map((id) => ({ entries: [{ id }] }));
  for (let i = 0; i < Math.max(sub.length, high.length); i++) {
    const entries: TourEntry[] = [];
    if (sub[i]) entries.push({ id: sub[i] as string, lane: 'subanesthetic' });
    if (high[i]) entries.push({ id: high[i] as string, lane: 'high-dose' });
    steps.push({ entries });
  }
  return { id: DOSE_TOUR, label: 'Where the doses part ways', steps };
}

function longestSharedPath(
  index: GraphIndex,
  from: string,
  keep: (e: GraphEdgeData) => boolean,
): string[] {
  const out: string[] = [];
  let at = from;
  for (;;) {
    const next = (index.outgoing.get(at) ?? []).find(
      (e) => keep(e) && !NOT_CAUSAL.has(e.relation) && !out.includes(e.target),
    );
    if (!next) return out;
    out.push(next.id, next.target);
    at = next.target;
  }
}
