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
  // Edges into (or out of) the same box share their end and their last (first) run: measured on
  // the 33-node graph, 12 → 7 crossings and 9.6 → 13.3 px smallest label, since merged runs need
  // no channel of their own between the layers.
  'elk.layered.mergeEdges': 'true',
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeNodeBetweenLayers': '10',
  'elk.spacing.edgeNode': '8',
  'elk.spacing.edgeEdge': '6',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
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
    ports?: Array<{
      id: string;
      width: number;
      height: number;
      layoutOptions?: Record<string, string>;
    }>;
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

/** The ranking edges' successors, self-loops left out. */
function successors(nodes: LayoutNode[], edges: LayoutEdge[]): Map<string, string[]> {
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    if (NON_RANKING.has(e.relation) || e.source === e.target) continue;
    out.get(e.source)?.push(e.target);
  }
  return out;
}

/**
 * The feedback edges: a ranking edge that closes a cycle and points back towards the drugs (its
 * target is no farther from a node without causes, by breadth-first distance, than its source).
 * Laid out reversed, so a loop such as BDNF ⇄ L-type channels costs one layer, not the length of
 * the longest way round it.
 */
export function feedbackEdges(nodes: LayoutNode[], edges: LayoutEdge[]): Set<string> {
  const out = successors(nodes, edges);
  const hasIn = new Set([...out.values()].flat());
  const dist = new Map<string, number>();
  let frontier = nodes.filter((n) => !hasIn.has(n.id)).map((n) => n.id);
  for (const id of frontier) dist.set(id, 0);
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const t of out.get(id) ?? [])
        if (!dist.has(t)) {
          dist.set(t, d);
          next.push(t);
        }
    frontier = next;
  }
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === to) return true;
      for (const t of out.get(id) ?? [])
        if (!seen.has(t)) {
          seen.add(t);
          stack.push(t);
        }
    }
    return false;
  };
  const feedback = new Set<string>();
  for (const e of edges) {
    if (NON_RANKING.has(e.relation) || e.source === e.target) continue;
    const ds = dist.get(e.source);
    const dt = dist.get(e.target);
    if (ds === undefined || dt === undefined || dt > ds) continue;
    if (reaches(e.target, e.source)) feedback.add(e.id);
  }
  return feedback;
}

/**
 * Longest-path ranks along the ranking edges with the feedback edges reversed, used only to point
 * each non-ranking edge downwards so that it never pulls a node up a layer.
 */
function ranks(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  feedback: Set<string>,
): Map<string, number> {
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const indeg = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const e of edges) {
    if (NON_RANKING.has(e.relation) || e.source === e.target) continue;
    const [s, t] = feedback.has(e.id) ? [e.target, e.source] : [e.source, e.target];
    out.get(s)?.push(t);
    indeg.set(t, (indeg.get(t) ?? 0) + 1);
  }
  const rank = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  const queue = nodes.filter((n) => indeg.get(n.id) === 0).map((n) => n.id);
  while (queue.length) {
    const id = queue.shift()!;
    for (const t of out.get(id) ?? []) {
      rank.set(t, Math.max(rank.get(t) ?? 0, (rank.get(id) ?? 0) + 1));
      indeg.set(t, (indeg.get(t) ?? 0) - 1);
      if (indeg.get(t) === 0) queue.push(t);
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
  const feedback = feedbackEdges(nodes, edges);
  const rank = ranks(nodes, edges, feedback);
  // Feedback edges are laid out reversed. Non-ranking edges carry no weight in layering: a form
  // sits below what it is a form of, a region above what lies in it (one layer at most, so it
  // stands beside its cell's neighbours instead of adding a layer below), a contrast points down
  // the ranks.
  const flipped = new Set<string>();
  const ports = new Map<string, Array<{ id: string; side: string }>>();
  const portMode = options['kp.ports'] ?? '';
  const portFor = (e: LayoutEdge, end: 'head' | 'tail', flip: boolean): string | null => {
    const node = end === 'head' ? e.target : e.source;
    const sign = e.relation === 'decreases' || e.relation === 'blocks' ? 'minus' : 'plus';
    let id: string;
    if (end === 'head' && (portMode === 'heads' || portMode === 'all')) id = `${node}::h::${e.id}`;
    else if (end === 'tail' && portMode === 'all') id = `${node}::t::${e.id}`;
    else if (end === 'head' && portMode === 'sign') id = `${node}::h::${sign}`;
    else return null;
    // Direction DOWN: an edge enters its ELK target from the north and leaves its ELK source to the south.
    const side = (end === 'head') !== flip ? 'NORTH' : 'SOUTH';
    const list = ports.get(node) ?? [];
    if (!list.some((p) => p.id === id)) list.push({ id, side });
    ports.set(node, list);
    return id;
  };
  const elkEdges = edges.map((e) => {
    let flip: boolean;
    if (!NON_RANKING.has(e.relation)) flip = feedback.has(e.id);
    else if (e.relation === 'form-of') flip = options['kp.formOf'] !== 'down';
    else if (e.relation === 'located-in' && options['kp.regions'] !== 'below') flip = true;
    else {
      const rs = rank.get(e.source) ?? 0;
      const rt = rank.get(e.target) ?? 0;
      flip = rs > rt || (rs === rt && e.source > e.target);
    }
    if (flip) flipped.add(e.id);
    const head = portFor(e, 'head', flip);
    const tail = portFor(e, 'tail', flip);
    return {
      id: e.id,
      sources: [flip ? (head ?? e.target) : (tail ?? e.source)],
      targets: [flip ? (tail ?? e.source) : (head ?? e.target)],
      layoutOptions: {
        'elk.layered.priority.direction': NON_RANKING.has(e.relation) ? '0' : '10',
      },
    };
  });
  // ELK refuses a FIRST node with an incoming edge (or LAST with an outgoing one).
  const nodeOf = (end: string) => end.split('::')[0]!;
  const hasIn = new Set(elkEdges.map((e) => nodeOf(e.targets[0]!)));
  const hasOut = new Set(elkEdges.map((e) => nodeOf(e.sources[0]!)));
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
      const own = ports.get(n.id);
      const layoutOptions: Record<string, string> = {
        ...(constraint ? { 'elk.layered.layering.layerConstraint': constraint } : {}),
        ...(own ? { 'elk.portConstraints': options['kp.portConstraints'] ?? 'FIXED_SIDE' } : {}),
      };
      return {
        id: n.id,
        width: n.width,
        height: n.height,
        ...(Object.keys(layoutOptions).length ? { layoutOptions } : {}),
        ...(own
          ? {
              ports: own.map((p) => ({
                id: p.id,
                width: 0,
                height: 0,
                layoutOptions: { 'elk.port.side': p.side },
              })),
            }
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
  if (options['kp.spreadBars'] !== 'false') spreadBarEnds(edges, routed, centres, boxes);
  return { nodes: centres, edges: routed };
}

/** Relations drawn with a ⊣ bar at the head. */
export const BAR_RELATIONS: ReadonlySet<Relation> = new Set<Relation>(['decreases', 'blocks']);

/** Ends closer than this (model px) read as one; the layout report uses the same figure. */
const SAME_POINT = 6;
/** How far a ⊣ end moves along the side it enters, away from the end it shared (model px). */
const BAR_STEP = 16;
/** How far before the node a ⊣ arrow leaves the run it shared (model px). */
const BAR_JOG = 12;

/**
 * ELK merges arrows that enter a node at one point (`mergeEdges`), which keeps the full view's
 * crossings low, but a ⊣ bar on that point hides under the → heads. Each ⊣ end that shares its
 * point moves along the side it enters (the middle half of it, clear of every other end), with
 * its last bend, so the bar stands on its own stub. Orthogonal routes stay orthogonal; the layout
 * report then checks crossings and arrows through boxes as before.
 */
function spreadBarEnds(
  edges: LayoutEdge[],
  routed: Map<string, RoutedEdge>,
  centres: Map<string, Point>,
  boxes: Map<string, { x: number; y: number; w: number; h: number }>,
) {
  const endsAt = new Map<string, Array<{ edge: string; at: Point }>>();
  const add = (node: string, edge: string, at: Point) => {
    const list = endsAt.get(node) ?? [];
    list.push({ edge, at });
    endsAt.set(node, list);
  };
  for (const e of edges) {
    const r = routed.get(e.id)!;
    const s = centres.get(e.source)!;
    const t = centres.get(e.target)!;
    add(e.source, `${e.id}:tail`, { x: s.x + r.sourceEndpoint[0], y: s.y + r.sourceEndpoint[1] });
    add(e.target, `${e.id}:head`, { x: t.x + r.targetEndpoint[0], y: t.y + r.targetEndpoint[1] });
  }
  const near = (a: Point, b: Point, d: number) => Math.hypot(a.x - b.x, a.y - b.y) < d;
  for (const e of edges) {
    if (!BAR_RELATIONS.has(e.relation)) continue;
    const r = routed.get(e.id)!;
    const s = centres.get(e.source)!;
    const t = centres.get(e.target)!;
    const box = boxes.get(e.target)!;
    const list = endsAt.get(e.target)!;
    const mine = list.find((x) => x.edge === `${e.id}:head`)!;
    const head = mine.at;
    const others = () => list.filter((x) => x !== mine).map((x) => x.at);
    if (!others().some((p) => near(p, head, SAME_POINT))) continue;
    const start = { x: s.x + r.sourceEndpoint[0], y: s.y + r.sourceEndpoint[1] };
    const prev = r.bends.at(-1) ?? start;
    // The last run is vertical (entering the top or bottom) or horizontal (a side).
    const vertical = Math.abs(prev.x - head.x) < 0.5;
    const half = (vertical ? box.w : box.h) / 4;
    const centre = vertical ? t.x : t.y;
    const along = vertical ? head.x : head.y;
    const offsets = [1, -1, 2, -2, 3, -3].map((k) => k * BAR_STEP);
    const d = offsets.find((o) => {
      const v = along + o;
      if (Math.abs(v - centre) > half) return false;
      // No other end between the old point (which the arrow leaves) and clear of the new one:
      // the jog would cross its stub, or the bar would sit on it.
      const lo = o > 0 ? along + SAME_POINT : v - (BAR_STEP - 2);
      const hi = o > 0 ? v + (BAR_STEP - 2) : along - SAME_POINT;
      return !others().some((p) => {
        const w = vertical ? p.x : p.y;
        const across = vertical ? Math.abs(p.y - head.y) : Math.abs(p.x - head.x);
        return across < SAME_POINT && w > lo && w < hi;
      });
    });
    if (d === undefined) continue;
    const shift = (p: Point): Point =>
      vertical ? { x: r1(p.x + d), y: p.y } : { x: p.x, y: r1(p.y + d) };
    // A short jog just before the node: the arrow leaves the shared run BAR_JOG before the
    // side it enters, steps aside by d and enters on its own; the rest of its route is untouched.
    const dir = vertical ? Math.sign(head.y - prev.y) : Math.sign(head.x - prev.x);
    const runLength = vertical ? Math.abs(head.y - prev.y) : Math.abs(head.x - prev.x);
    const jog = Math.min(BAR_JOG, runLength / 2);
    const j1 = vertical
      ? { x: head.x, y: r1(head.y - dir * jog) }
      : { x: r1(head.x - dir * jog), y: head.y };
    const bends = [...r.bends, j1, shift(j1)];
    const end = shift(head);
    mine.at = end;
    routed.set(e.id, {
      ...r,
      bends,
      ...bendsToSegments(s, t, bends),
      targetEndpoint: [r1(end.x - t.x), r1(end.y - t.y)],
    });
  }
}
