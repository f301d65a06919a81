/**
 * Build-time layout: ELK's layered algorithm (elkjs, run synchronously in-process) lays the graph
 * out top-down and routes every edge orthogonally around the boxes. The output is node centres
 * and, per edge, its bend points plus the same route converted for Cytoscape's `segments` edges.
 * The browser runs no layout: it draws exactly this.
 */
import { createRequire } from 'node:module';
import { bendsToSegments, type Point } from '../domain/routes';
import type { NodeKind, Relation } from '../domain/schema';

/** Relations that say nothing about cascade order: they never rank nodes. */
export const NON_RANKING: ReadonlySet<Relation> = new Set<Relation>([
  'contrasts-with',
  'located-in',
  'form-of',
]);

export interface LayoutNode {
  id: string;
  kind: NodeKind;
  width: number;
  height: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
}

export interface RoutedEdge {
  /** Bend points between the two ends, in model coordinates. */
  bends: Point[];
  segmentDistances: number[];
  segmentWeights: number[];
  /** Where the route leaves the source and enters the target, relative to each node's centre. */
  sourceEndpoint: [number, number];
  targetEndpoint: [number, number];
}

export interface Layout {
  /** Node centres. */
  nodes: Map<string, Point>;
  edges: Map<string, RoutedEdge>;
}

/**
 * The layered options, chosen by measuring crossings, arrows through boxes and the label size at
 * the default fit (`npm run data` prints them), not by taste.
 */
export const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.randomSeed': '1',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.thoroughness': '30',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.crossingMinimization.greedySwitch.type': 'TWO_SIDED',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  'elk.spacing.nodeNode': '22',
  'elk.layered.spacing.nodeNodeBetweenLayers': '34',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '8',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.layered.unnecessaryBendpoints': 'false',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

interface ElkPoint {
  x: number;
  y: number;
}
interface ElkSection {
  startPoint: ElkPoint;
  endPoint: ElkPoint;
  bendPoints?: ElkPoint[];
}
interface ElkGraph {
  id: string;
  layoutOptions?: Record<string, string>;
  children: Array<{
    id: string;
    width: number;
    height: number;
    x?: number;
    y?: number;
    layoutOptions?: Record<string, string>;
  }>;
  edges: Array<{
    id: string;
    sources: string[];
    targets: string[];
    layoutOptions?: Record<string, string>;
    sections?: ElkSection[];
  }>;
}

interface ElkDispatcher {
  saveDispatch(event: { data: unknown }): void;
}
type ElkWorkerCtor = new (url?: string) => {
  dispatcher: ElkDispatcher;
  onmessage: (event: { data: { id: number; data?: ElkGraph; error?: unknown } }) => void;
};

let worker: InstanceType<ElkWorkerCtor> | null = null;
let reply: { data?: ElkGraph; error?: unknown } | null = null;

/**
 * Runs ELK synchronously: elkjs's in-process "fake worker" answers through `onmessage` from
 * inside `saveDispatch`; only its `postMessage` defers. Keeping the generator synchronous keeps
 * every caller (CLI, tests, bench) unchanged.
 */
function elkLayoutSync(graph: ElkGraph): ElkGraph {
  if (!worker) {
    const require = createRequire(import.meta.url);
    const { Worker } = require('elkjs/lib/elk-worker.min.js') as { Worker: ElkWorkerCtor };
    worker = new Worker();
    worker.onmessage = (event) => {
      reply = event.data;
    };
    worker.dispatcher.saveDispatch({
      data: { cmd: 'register', id: 0, algorithms: ['layered'] },
    });
  }
  reply = null;
  worker.dispatcher.saveDispatch({ data: { cmd: 'layout', id: 1, graph, layoutOptions: {} } });
  const r = reply as { data?: ElkGraph; error?: unknown } | null;
  if (!r || r.error || !r.data) {
    const e = r?.error as { message?: string } | undefined;
    throw new Error(`ELK layout failed: ${e?.message ?? String(r?.error ?? 'no answer')}`);
  }
  return r.data;
}

/**
 * Ranks along the ranking edges (longest path from the sources, cycles broken depth-first), used
 * only to point each non-ranking edge downwards so that it never pulls a node up a layer.
 */
function ranks(nodes: LayoutNode[], edges: LayoutEdge[]): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    if (NON_RANKING.has(e.relation) || e.source === e.target) continue;
    out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  }
  const state = new Map<string, 1 | 2>();
  const order: string[] = [];
  const acyclic = new Map<string, string[]>();
  const visit = (id: string) => {
    state.set(id, 1);
    for (const t of out.get(id) ?? []) {
      if (state.get(t) === 1) continue; // a back edge closes a cycle: ignore it
      acyclic.set(id, [...(acyclic.get(id) ?? []), t]);
      if (!state.has(t)) visit(t);
    }
    state.set(id, 2);
    order.push(id);
  };
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);
  const rank = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const id of order.reverse()) {
    for (const t of acyclic.get(id) ?? []) {
      rank.set(t, Math.max(rank.get(t) ?? 0, (rank.get(id) ?? 0) + 1));
    }
  }
  return rank;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Lays out nodes (sized by the caller) and routes every edge. Deterministic for equal input. */
export function layoutGraph(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  options: Record<string, string> = {},
): Layout {
  const rank = ranks(nodes, edges);
  // Non-ranking edges point down the ranks and carry no weight in layering or cycle breaking.
  const flipped = new Set<string>();
  const elkEdges = edges.map((e) => {
    if (!NON_RANKING.has(e.relation)) {
      return {
        id: e.id,
        sources: [e.source],
        targets: [e.target],
        layoutOptions: { 'elk.layered.priority.direction': '10' },
      };
    }
    const rs = rank.get(e.source) ?? 0;
    const rt = rank.get(e.target) ?? 0;
    const flip = rs > rt || (rs === rt && e.source > e.target);
    if (flip) flipped.add(e.id);
    return {
      id: e.id,
      sources: [flip ? e.target : e.source],
      targets: [flip ? e.source : e.target],
      layoutOptions: {
        'elk.layered.priority.direction': '0',
      },
    };
  });
  // ELK refuses a FIRST node with an incoming edge (or LAST with an outgoing one).
  const hasIn = new Set(elkEdges.map((e) => e.targets[0]));
  const hasOut = new Set(elkEdges.map((e) => e.sources[0]));
  const graph: ElkGraph = {
    id: 'root',
    layoutOptions: Object.fromEntries(
      Object.entries({ ...ELK_OPTIONS, ...options }).filter(([k]) => k.startsWith('elk.')),
    ),
    children: nodes.map((n) => {
      // Drugs on the first layer and effects on the last, where the edges allow it.
      let constraint: string | null = null;
      if (n.kind === 'drug' && !hasIn.has(n.id)) constraint = 'FIRST';
      else if (n.kind === 'effect' && !hasOut.has(n.id) && options['kp.effectsLast'] !== 'false')
        constraint = 'LAST';
      return {
        id: n.id,
        width: n.width,
        height: n.height,
        ...(constraint
          ? { layoutOptions: { 'elk.layered.layering.layerConstraint': constraint } }
          : {}),
      };
    }),
    edges: elkEdges,
  };
  const result = elkLayoutSync(graph);
  const centres = new Map<string, Point>();
  const boxes = new Map<string, { x: number; y: number; w: number; h: number }>();
  for (const c of result.children) {
    const x = c.x ?? 0;
    const y = c.y ?? 0;
    boxes.set(c.id, { x, y, w: c.width, h: c.height });
    centres.set(c.id, { x: r1(x + c.width / 2), y: r1(y + c.height / 2) });
  }
  const routed = new Map<string, RoutedEdge>();
  const byId = new Map(edges.map((e) => [e.id, e]));
  for (const re of result.edges) {
    const e = byId.get(re.id)!;
    const section = re.sections?.[0];
    const s = centres.get(e.source)!;
    const t = centres.get(e.target)!;
    let start: Point = section?.startPoint ?? s;
    let end: Point = section?.endPoint ?? t;
    let bends: Point[] = (section?.bendPoints ?? []).map((p) => ({ x: r1(p.x), y: r1(p.y) }));
    if (flipped.has(e.id)) {
      [start, end] = [end, start];
      bends = bends.reverse();
    }
    routed.set(e.id, {
      bends,
      ...bendsToSegments(s, t, bends),
      sourceEndpoint: [r1(start.x - s.x), r1(start.y - s.y)],
      targetEndpoint: [r1(end.x - t.x), r1(end.y - t.y)],
    });
  }
  return { nodes: centres, edges: routed };
}
