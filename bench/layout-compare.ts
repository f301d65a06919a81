/**
 * The layout report for the full view, dagre (the previous layout: 136×48 boxes, straight arrows
 * between box borders) beside ELK (the shipped layout: boxes sized to their labels, routed arrows).
 */
import path from 'node:path';
import { KIND_SHAPE } from '../src/domain/layout-constants';
import type { Point } from '../src/domain/routes';
import { generate } from '../src/pipeline/generate';
import { layoutReport, type LayoutReport } from '../src/pipeline/layout-report';
import { layoutPositions } from './dagre-layout';

const DAGRE_BOX = { width: 136, height: 48 };

/** Where the straight line from `a` towards `b` leaves a box of the dagre size centred on `a`. */
function border(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.min(
    dx ? DAGRE_BOX.width / 2 / Math.abs(dx) : Infinity,
    dy ? DAGRE_BOX.height / 2 / Math.abs(dy) : Infinity,
    1,
  );
  return { x: a.x + dx * t, y: a.y + dy * t };
}

export function compareLayouts(root: string): { dagre: LayoutReport; elk: LayoutReport } {
  const r = generate({
    sourcesDir: path.join(root, 'data/sources'),
    curationDir: path.join(root, 'data/curation'),
  });
  if (!r.graph) throw new Error('the generator failed on the real data');
  const elk = r.layout.find((l) => l.view.startsWith('full view'));
  if (!elk) throw new Error('no full-view layout report');
  const nodes = r.graph.elements.nodes.map((n) => n.data);
  const edges = r.graph.elements.edges.map((e) => e.data);
  const at = layoutPositions(nodes, edges);
  const dagre = layoutReport(
    'dagre full view',
    nodes.map((n) => ({
      id: n.id,
      label: n.label,
      shape: KIND_SHAPE[n.kind],
      ...DAGRE_BOX,
      ...at.get(n.id)!,
    })),
    edges.map((e) => {
      const s = at.get(e.source)!;
      const t = at.get(e.target)!;
      return { id: e.id, source: e.source, target: e.target, points: [border(s, t), border(t, s)] };
    }),
  );
  return { dagre, elk };
}
