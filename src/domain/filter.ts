/** What is visible is a pure function of the graph and the filters. */
import type { ElementCertainty, Graph, GraphEvidence } from './schema';

export type Dose = 'both' | 'subanesthetic' | 'high-dose';
export const DOSES: readonly Dose[] = ['both', 'subanesthetic', 'high-dose'];

export interface Filters {
  hypotheses: string[];
  sources: string[];
  dose: Dose;
  /** Only what the sources state firmly: established elements (URL `firm=1`). */
  firm?: boolean;
}

/** The filters with everything selected. */
export function allFilters(graph: Graph): Filters {
  return {
    hypotheses: graph.hypotheses.map((h) => h.id),
    sources: graph.sources.map((s) => s.id),
    dose: 'both',
  };
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

interface Tagged {
  id: string;
  hypotheses: string[];
  branches: string[];
  evidence: GraphEvidence[];
  certainty: ElementCertainty;
}

/**
 * An element stays visible if a selected source supports it, it belongs to a selected
 * hypothesis and it belongs to the chosen dose branch. Elements tied to no hypothesis (clinical
 * facts, say) show only while every hypothesis is selected. A node tied to no dose branch shows
 * only under "both doses"; an edge tied to none states a dose-independent fact (metabolism, say)
 * and shows whenever both its ends are visible. With `firm`, only established elements show:
 * at least one source states them plainly and none disputes them.
 */
export function visibleElements(graph: Graph, f: Filters): Visible {
  const hyps = new Set(f.hypotheses);
  const srcs = new Set(f.sources);
  const allHyps = graph.hypotheses.every((h) => hyps.has(h.id));
  const passes = (el: Tagged, doseFree: boolean) =>
    el.evidence.some((e) => srcs.has(e.sourceId)) &&
    (el.hypotheses.length === 0 ? allHyps : el.hypotheses.some((h) => hyps.has(h))) &&
    (f.dose === 'both' || el.branches.includes(f.dose) || (doseFree && el.branches.length === 0)) &&
    (!f.firm || el.certainty === 'established');
  const nodes = new Set(
    graph.elements.nodes.filter((n) => passes(n.data, false)).map((n) => n.data.id as string),
  );
  const edges = new Set(
    graph.elements.edges
      .filter((e) => passes(e.data, true) && nodes.has(e.data.source) && nodes.has(e.data.target))
      .map((e) => e.data.id as string),
  );
  return { nodes, edges };
}

/** "14 nodes, 17 edges". */
export function countLabel(v: Visible): string {
  const n = v.nodes.size;
  const e = v.edges.size;
  return `${n} node${n === 1 ? '' : 's'}, ${e} edge${e === 1 ? '' : 's'}`;
}
