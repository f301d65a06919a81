/**
 * The layout report: for a laid-out view, what a reader of the projected graph would trip over.
 * Crossings between routes, routes through a box that is not one of their ends, overlapping boxes,
 * labels that do not fit their box, and the smallest label on screen at the default fit at
 * 1280×720. `npm run data` prints it; `data:check --strict` enforces the thresholds.
 */
import {
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  PRESENT_FONT_SIZE,
  textWidthInBox,
} from '../domain/layout-constants';
import type { Point } from '../domain/routes';
import { textWidth, wrapLabel } from './label-metrics';

export interface ReportNode {
  id: string;
  label: string;
  shape: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReportEdge {
  id: string;
  source: string;
  target: string;
  /** The whole drawn polyline: start point, bends, end point (model coordinates). */
  points: Point[];
  /** The head is a ⊣ bar (decreases, blocks), which another end on its point would hide. */
  bar?: boolean;
}

export interface LayoutReport {
  view: string;
  nodes: number;
  edges: number;
  crossings: number;
  throughBoxes: number;
  overlaps: number;
  overflows: number;
  /**
   * Pairs of arrow ends at the same node closer than SHARED_END_PX: two heads (or a head and a
   * tail) drawn on one point, so a ⊣ bar can hide under a → head and no one can tell which arrow
   * comes from where.
   */
  sharedEnds: number;
  /** The most arrow ends drawn on one point of a node (1 when every end has its own point). */
  mostEndsAtOnePoint: number;
  /**
   * ⊣ heads drawn on the same point as another arrow's end: the bar hides under a → head (or
   * the head under it) and the class reads the wrong sign. Merged → ends are a fork, not this.
   */
  hiddenBars: number;
  /** Label size on screen (CSS px) at the default fit in the canvas at 1280×720. */
  smallestLabelPx: number;
  /** What was found, for the message: "edge a crosses edge b", "edge e runs through node n". */
  details: string[];
}

/**
 * The canvas size at a 1280×720 window (1010 × 643; the sidebar, header and dose legend take the rest), measured in Chromium; the
 * default fit leaves 30 px of padding.
 */
export const CANVAS_AT_1280 = { width: 1010, height: 643, padding: 30 };

export const THRESHOLDS = {
  full: { crossings: 8, smallestLabelPx: 12, hiddenBars: 0 },
  story: { crossings: 2, smallestLabelPx: 12, hiddenBars: 0 },
} as const;

/** Two arrow ends at one node closer than this (model px, about 5 px on screen at the full view's fit) are one end to the eye. */
export const SHARED_END_PX = 6;

type Seg = [Point, Point];

const EPS = 1e-6;

function cross(o: Point, a: Point, b: Point) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** True when the two segments cross at a single point inside both (touching or overlapping is not crossing). */
export function segmentsCross([a, b]: Seg, [c, d]: Seg): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return (
    ((d1 > EPS && d2 < -EPS) || (d1 < -EPS && d2 > EPS)) &&
    ((d3 > EPS && d4 < -EPS) || (d3 < -EPS && d4 > EPS))
  );
}

/** True when the segment passes through the inside of the rectangle (shrunk by `inset`). */
export function segmentHitsBox([a, b]: Seg, n: ReportNode, inset = 2): boolean {
  const x1 = n.x - n.width / 2 + inset;
  const x2 = n.x + n.width / 2 - inset;
  const y1 = n.y - n.height / 2 + inset;
  const y2 = n.y + n.height / 2 - inset;
  // Liang–Barsky clipping: does any part of the segment lie strictly inside?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clip = (p: number, q: number) => {
    if (Math.abs(p) < EPS) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, a.x - x1) &&
    clip(dx, x2 - a.x) &&
    clip(-dy, a.y - y1) &&
    clip(dy, y2 - a.y) &&
    t1 - t0 > EPS
  );
}

const segments = (points: Point[]): Seg[] => points.slice(1).map((p, i) => [points[i]!, p] as Seg);

/** Whether the label, wrapped as the canvas wraps it, fits its box at `size`. */
export function labelFits(n: ReportNode, size: number): boolean {
  const maxW = textWidthInBox(n.shape, n.width, n.height);
  const lines = wrapLabel(n.label, maxW, size);
  const w = Math.max(...lines.map((l) => textWidth(l, size)));
  const h = lines.length * size * LABEL_LINE_HEIGHT;
  const room = n.shape === 'ellipse' ? (n.height - 10) / Math.SQRT2 : n.height - 20;
  return w <= maxW + 0.5 && h <= room + 0.5;
}

/** Measures one view. */
export function layoutReport(view: string, nodes: ReportNode[], edges: ReportEdge[]): LayoutReport {
  const details: string[] = [];
  const segs = edges.map((e) => segments(e.points));
  // Bounding boxes first: two routes whose boxes are apart cannot cross, and a route cannot run
  // through a node box it does not reach (this keeps the 2,000-node corpus fast).
  const ebox = edges.map((e) => {
    const xs = e.points.map((p) => p.x);
    const ys = e.points.map((p) => p.y);
    return {
      x1: Math.min(...xs),
      x2: Math.max(...xs),
      y1: Math.min(...ys),
      y2: Math.max(...ys),
    };
  });
  const apart = (a: (typeof ebox)[number], b: (typeof ebox)[number]) =>
    a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1;
  let crossings = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      if (apart(ebox[i]!, ebox[j]!)) continue;
      if (segs[i]!.some((s) => segs[j]!.some((t) => segmentsCross(s, t)))) {
        crossings++;
        details.push(`edge ${edges[i]!.id} crosses edge ${edges[j]!.id}`);
      }
    }
  }
  let throughBoxes = 0;
  const nbox = nodes.map((n) => ({
    x1: n.x - n.width / 2,
    x2: n.x + n.width / 2,
    y1: n.y - n.height / 2,
    y2: n.y + n.height / 2,
  }));
  edges.forEach((e, i) => {
    for (const [k, n] of nodes.entries()) {
      if (apart(ebox[i]!, nbox[k]!)) continue;
      if (n.id === e.source || n.id === e.target) continue;
      if (segs[i]!.some((s) => segmentHitsBox(s, n))) {
        throughBoxes++;
        details.push(`edge ${e.id} runs through node ${n.id}`);
      }
    }
  });
  let overlaps = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (
        Math.abs(a.x - b.x) < (a.width + b.width) / 2 &&
        Math.abs(a.y - b.y) < (a.height + b.height) / 2
      ) {
        overlaps++;
        details.push(`node ${a.id} overlaps node ${b.id}`);
      }
    }
  }
  // Arrow ends at each node: the first point of a route is its tail, the last its head.
  const ends = new Map<string, Array<{ edge: string; at: Point; bar: boolean }>>();
  const addEnd = (node: string, edge: string, at: Point | undefined, bar: boolean) => {
    if (!at) return;
    const list = ends.get(node) ?? [];
    list.push({ edge, at, bar });
    ends.set(node, list);
  };
  for (const e of edges) {
    addEnd(e.source, e.id, e.points[0], false);
    addEnd(e.target, e.id, e.points[e.points.length - 1], e.bar === true);
  }
  let sharedEnds = 0;
  let hiddenBars = 0;
  let mostEndsAtOnePoint = edges.length ? 1 : 0;
  for (const [node, list] of ends) {
    for (let i = 0; i < list.length; i++) {
      let near = 1;
      for (let j = 0; j < list.length; j++) {
        if (i === j) continue;
        const a = list[i]!;
        const b = list[j]!;
        if (Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y) >= SHARED_END_PX) continue;
        near++;
        if (j > i) sharedEnds++;
      }
      const end = list[i]!;
      if (end.bar && near > 1) {
        hiddenBars++;
        details.push(`the ⊣ end of ${end.edge} shares its point of node ${node} with another end`);
      }
      mostEndsAtOnePoint = Math.max(mostEndsAtOnePoint, near);
    }
  }
  let overflows = 0;
  for (const n of nodes) {
    for (const size of [LABEL_FONT_SIZE, PRESENT_FONT_SIZE]) {
      if (!labelFits(n, size)) {
        overflows++;
        details.push(`label of ${n.id} overflows its box at ${size} px`);
      }
    }
  }
  // The default fit: Cytoscape fits the bounding box of boxes and routes into the canvas.
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.width / 2);
    x2 = Math.max(x2, n.x + n.width / 2);
    y1 = Math.min(y1, n.y - n.height / 2);
    y2 = Math.max(y2, n.y + n.height / 2);
  }
  for (const e of edges)
    for (const p of e.points) {
      x1 = Math.min(x1, p.x);
      x2 = Math.max(x2, p.x);
      y1 = Math.min(y1, p.y);
      y2 = Math.max(y2, p.y);
    }
  const c = CANVAS_AT_1280;
  const zoom = nodes.length
    ? Math.min(
        3,
        (c.width - 2 * c.padding) / Math.max(x2 - x1, 1),
        (c.height - 2 * c.padding) / Math.max(y2 - y1, 1),
      )
    : 1;
  return {
    view,
    nodes: nodes.length,
    edges: edges.length,
    crossings,
    throughBoxes,
    overlaps,
    overflows,
    sharedEnds,
    mostEndsAtOnePoint,
    hiddenBars,
    smallestLabelPx: Math.round(LABEL_FONT_SIZE * zoom * 10) / 10,
    details,
  };
}

/** The problems a report shows against the thresholds (empty when it passes). */
export function reportFailures(r: LayoutReport, kind: 'full' | 'story'): string[] {
  const out: string[] = [];
  const max = THRESHOLDS[kind].crossings;
  if (r.crossings > max) out.push(`${r.crossings} crossings (at most ${max})`);
  if (r.throughBoxes > 0) out.push(`${r.throughBoxes} arrow(s) through unrelated boxes`);
  if (r.overlaps > 0) out.push(`${r.overlaps} overlapping node(s)`);
  if (r.overflows > 0) out.push(`${r.overflows} overflowing label(s)`);
  if (r.hiddenBars > THRESHOLDS[kind].hiddenBars)
    out.push(`${r.hiddenBars} ⊣ end(s) on the same point as another arrow's end`);
  const min = THRESHOLDS[kind].smallestLabelPx;
  if (r.smallestLabelPx < min)
    out.push(
      `smallest label ${r.smallestLabelPx} px at the default fit at 1280×720 (at least ${min})`,
    );
  return out;
}

/** One line per view, for `npm run data`. */
export function formatReport(r: LayoutReport): string {
  return `${r.view.padEnd(32)} ${String(r.nodes).padStart(3)} nodes ${String(r.edges).padStart(3)} edges  crossings ${String(r.crossings).padStart(2)}  through boxes ${r.throughBoxes}  overlaps ${r.overlaps}  overflowing labels ${r.overflows}  ⊣ on shared ends ${r.hiddenBars}  shared ends ${r.sharedEnds}  smallest label ${r.smallestLabelPx} px`;
}
