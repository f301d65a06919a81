/** Look-ups over a loaded graph: elements by id, neighbours, and the up/downstream cascade. */
import type { Graph, GraphEdgeData, GraphEvidence, GraphNodeData, GraphSource } from './schema';
import { arrowSentence } from './wording';

/** The DOI as a resolvable URL, else the source's URL, else nothing. */
export function sourceHref(s: GraphSource | undefined): string | undefined {
  if (!s) return undefined;
  return s.doi ? `https://doi.org/${s.doi}` : s.url;
}

/** Every evidence item of a graph: hypotheses, branches, nodes (with their facts) and edges. */
export function allEvidence(graph: Graph): GraphEvidence[] {
  return [
    ...graph.hypotheses.flatMap((h) => h.evidence),
    ...graph.branches.flatMap((b) => b.evidence),
    ...graph.elements.nodes.flatMap((n) => [
      ...n.data.evidence,
      ...n.data.facts.flatMap((f) => f.evidence),
    ]),
    ...graph.elements.edges.flatMap((e) => e.data.evidence),
  ];
}

export interface GraphIndex {
  graph: Graph;
  nodes: Map<string, GraphNodeData>;
  edges: Map<string, GraphEdgeData>;
  sources: Map<string, GraphSource>;
  outgoing: Map<string, GraphEdgeData[]>;
  incoming: Map<string, GraphEdgeData[]>;
}

/** Builds the index once per loaded graph. */
export function indexGraph(graph: Graph): GraphIndex {
  const nodes = new Map(graph.elements.nodes.map((n) => [n.data.id as string, n.data]));
  const edges = new Map(graph.elements.edges.map((e) => [e.data.id as string, e.data]));
  const outgoing = new Map<string, GraphEdgeData[]>();
  const incoming = new Map<string, GraphEdgeData[]>();
  for (const e of edges.values()) {
    outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
    incoming.set(e.target, [...(incoming.get(e.target) ?? []), e]);
  }
  return {
    graph,
    nodes,
    edges,
    sources: new Map(graph.sources.map((s) => [s.id as string, s])),
    outgoing,
    incoming,
  };
}

/** Relations that do not carry a signal along the cascade, so highlighting does not follow them. */
const NOT_CASCADE = new Set(['contrasts-with', 'located-in', 'form-of']);

/**
 * Node and edge ids upstream (or downstream) of `nodeId`, following causal edges transitively.
 * `allowed`, when given, restricts the walk to visible elements.
 */
export function cascade(
  index: GraphIndex,
  nodeId: string,
  direction: 'up' | 'down',
  allowed?: Set<string>,
): Set<string> {
  const out = new Set<string>();
  const queue = [nodeId];
  while (queue.length) {
    const id = queue.shift() as string;
    const list = (direction === 'down' ? index.outgoing.get(id) : index.incoming.get(id)) ?? [];
    for (const e of list) {
      if (NOT_CASCADE.has(e.relation) || (allowed && !allowed.has(e.id))) continue;
      const next = direction === 'down' ? e.target : e.source;
      out.add(e.id);
      if (!out.has(next) && next !== nodeId) {
        out.add(next);
        queue.push(next);
      }
    }
  }
  return out;
}

/**
 * The arrow's own sentence, worded from its relation, the kinds of its ends and its certainty
 * (src/domain/wording.ts): "Ketamine blocks NMDA receptor", "NMDA receptor activity drives
 * GABAergic interneurons", "AMPA receptor may promote Synaptogenesis".
 */
export function edgeSentence(index: GraphIndex, e: GraphEdgeData): string {
  const s = index.nodes.get(e.source);
  const t = index.nodes.get(e.target);
  if (!s || !t) return `${e.source} ${RELATION_PHRASES[e.relation]} ${e.target}`;
  return arrowSentence(e.relation, s, t, e.certainty, e.evidence, e.verb);
}

export const RELATION_PHRASES: Record<GraphEdgeData['relation'], string> = {
  increases: 'increases',
  decreases: 'decreases',
  blocks: 'blocks',
  'metabolized-to': 'is metabolized to',
  'form-of': 'is a form of',
  'acts-on': 'acts on',
  'located-in': 'is located in',
  'contrasts-with': 'contrasts with',
};

/** The label of a node or edge, for headings and accessible names. */
export function elementLabel(index: GraphIndex, id: string): string | undefined {
  const n = index.nodes.get(id);
  if (n) return n.label;
  const e = index.edges.get(id);
  return e ? edgeSentence(index, e) : undefined;
}
