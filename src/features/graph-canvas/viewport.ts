/** Viewport geometry the canvas hooks share: a viewport that survives resizing, and target boxes. */
import type { Core } from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import type { GraphView } from '../../domain/schema';

/** A viewport as the model point at the canvas's centre: it survives the canvas being resized. */
export interface Viewport {
  zoom: number;
  centre: { x: number; y: number };
}

export const viewportOf = (cy: Core): Viewport => {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return {
    zoom,
    centre: { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom },
  };
};

export const panFor = (cy: Core, v: Viewport) => ({
  x: cy.width() / 2 - v.centre.x * v.zoom,
  y: cy.height() / 2 - v.centre.y * v.zoom,
});

const fullPositions = new WeakMap<GraphIndex, Map<string, { x: number; y: number }>>();

/**
 * The bounding box of nodes (and of edges' ends) where `view` puts them (the full view's
 * positions if null): where they will be once a story transition has run, not where it has
 * got to.
 */
export function boxAt(index: GraphIndex, view: GraphView | null, ids: string[]) {
  let full = fullPositions.get(index);
  if (!full) {
    full = new Map(index.graph.elements.nodes.map((n) => [n.data.id, n.position]));
    fullPositions.set(index, full);
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const add = (id: string) => {
    const n = index.nodes.get(id);
    const p = view ? view.nodes[id] : full.get(id);
    if (!n || !p) return;
    x1 = Math.min(x1, p.x - n.width / 2);
    x2 = Math.max(x2, p.x + n.width / 2);
    y1 = Math.min(y1, p.y - n.height / 2);
    y2 = Math.max(y2, p.y + n.height / 2);
  };
  for (const id of ids) {
    const e = index.edges.get(id);
    if (e) {
      add(e.source);
      add(e.target);
    } else add(id);
  }
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}
