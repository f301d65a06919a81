/**
 * Edge routes: ELK's bend points, in model coordinates, converted to Cytoscape's `segments`
 * edges. With `edge-distances: node-position`, Cytoscape places segment point i at
 * `S + w·(T − S) + d·n`, where S and T are the end nodes' centres and n is the unit normal
 * (−dy, dx)/|T − S|. Inverting that gives each bend's weight w and distance d (Reactome's
 * Cytoscape.js browser converts its stored segments the same way).
 */
export interface Point {
  x: number;
  y: number;
}

/** A route as the canvas draws it: segment weights and distances, and where it leaves and enters the boxes. */
export interface DrawnRoute {
  segmentDistances: number[];
  segmentWeights: number[];
}

const round = (v: number, places: number) => {
  const f = 10 ** places;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Converts bend points to `segment-distances` / `segment-weights` relative to the centres `s` → `t`. */
export function bendsToSegments(s: Point, t: Point, bends: Point[]): DrawnRoute {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0 || bends.length === 0) return { segmentDistances: [], segmentWeights: [] };
  const len = Math.sqrt(len2);
  const segmentDistances: number[] = [];
  const segmentWeights: number[] = [];
  for (const p of bends) {
    const px = p.x - s.x;
    const py = p.y - s.y;
    segmentWeights.push(round((px * dx + py * dy) / len2, 5));
    segmentDistances.push(round((-px * dy + py * dx) / len, 2));
  }
  return { segmentDistances, segmentWeights };
}

/** The inverse of `bendsToSegments`: where Cytoscape will draw each segment point. */
export function segmentsToPoints(s: Point, t: Point, route: DrawnRoute): Point[] {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.sqrt(dx * dx + dy * dy) || 1;
  const n = { x: -dy / len, y: dx / len };
  return route.segmentWeights.map((w, i) => {
    const d = route.segmentDistances[i] ?? 0;
    return { x: s.x + w * dx + d * n.x, y: s.y + w * dy + d * n.y };
  });
}
