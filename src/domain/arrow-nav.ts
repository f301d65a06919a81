/**
 * Moving the selection along the graph with the arrow keys, pure. ↓ goes to a downstream
 * neighbour, ↑ to an upstream one, ← → to the siblings: the other nodes of the set the current
 * node was reached in (its parent's downstream set after ↓, its child's upstream set after ↑).
 * From an arrow, ↑ goes to its source and ↓ to its target. Only visible elements are reached.
 */
import type { Visible } from './filter';
import type { GraphIndex } from './graph-index';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** How the current node was reached: the node it was reached from and in which direction. */
export interface ArrowContext {
  pivot: string;
  direction: 'down' | 'up';
}

export interface ArrowMove {
  /** The element to select. */
  id: string;
  /** The context to pass back on the next key, so ← → walk the same set. */
  context?: ArrowContext;
}

export const ARROW_KEYS: readonly ArrowKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/** True when `key` is one of the four arrow keys. */
export const isArrowKey = (key: string): key is ArrowKey =>
  (ARROW_KEYS as readonly string[]).includes(key);

/**
 * The visible neighbours of `nodeId` one arrow away, downstream or upstream, ordered left to
 * right on the canvas (then top to bottom, then by id) so ← → follow what the eye sees.
 */
export function neighbours(
  index: GraphIndex,
  visible: Visible,
  nodeId: string,
  direction: 'down' | 'up',
): string[] {
  const edges = (direction === 'down' ? index.outgoing : index.incoming).get(nodeId) ?? [];
  const ids = new Set<string>();
  for (const e of edges) {
    const other = direction === 'down' ? e.target : e.source;
    if (visible.edges.has(e.id) && visible.nodes.has(other) && other !== nodeId) ids.add(other);
  }
  return byPosition(index, [...ids]);
}

const positions = new WeakMap<GraphIndex, Map<string, { x: number; y: number }>>();
function positionOf(index: GraphIndex, id: string) {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.graph.elements.nodes.map((n) => [n.data.id as string, n.position]));
    positions.set(index, map);
  }
  return map.get(id) ?? { x: 0, y: 0 };
}

function byPosition(index: GraphIndex, ids: string[]): string[] {
  return ids.sort((a, b) => {
    const pa = positionOf(index, a);
    const pb = positionOf(index, b);
    return pa.x - pb.x || pa.y - pb.y || a.localeCompare(b);
  });
}

/** The node to start from when nothing is selected: the topmost visible node (the drug). */
export function startNode(index: GraphIndex, visible: Visible): string | undefined {
  return [...visible.nodes].sort((a, b) => {
    const pa = positionOf(index, a);
    const pb = positionOf(index, b);
    return pa.y - pb.y || pa.x - pb.x || a.localeCompare(b);
  })[0];
}

/**
 * Where an arrow key takes the selection, or `undefined` when there is nowhere to go (no
 * neighbour that way, or the end of the sibling row). `context` is what the previous move
 * returned; without it, siblings are taken from the node's first upstream neighbour (else its
 * first downstream one).
 */
export function arrowMove(
  index: GraphIndex,
  visible: Visible,
  selected: string | null,
  key: ArrowKey,
  context?: ArrowContext,
): ArrowMove | undefined {
  if (!selected || (!visible.nodes.has(selected) && !visible.edges.has(selected))) {
    const start = startNode(index, visible);
    return start ? { id: start } : undefined;
  }
  const edge = index.edges.get(selected);
  if (edge) {
    if (key === 'ArrowUp' && visible.nodes.has(edge.source))
      return { id: edge.source, context: { pivot: edge.target, direction: 'up' } };
    if (key === 'ArrowDown' && visible.nodes.has(edge.target))
      return { id: edge.target, context: { pivot: edge.source, direction: 'down' } };
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      // Siblings of an arrow: the visible arrows leaving the same source, left to right.
      const row = (index.outgoing.get(edge.source) ?? [])
        .filter((e) => visible.edges.has(e.id) && visible.nodes.has(e.target))
        .sort((a, b) => {
          const pa = positionOf(index, a.target);
          const pb = positionOf(index, b.target);
          return pa.x - pb.x || pa.y - pb.y || a.id.localeCompare(b.id);
        })
        .map((e): string => e.id);
      const next = row[row.indexOf(selected) + (key === 'ArrowRight' ? 1 : -1)];
      return next ? { id: next } : undefined;
    }
    return undefined;
  }
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const direction = key === 'ArrowDown' ? 'down' : 'up';
    const [first] = neighbours(index, visible, selected, direction);
    return first ? { id: first, context: { pivot: selected, direction } } : undefined;
  }
  // ← →: the row the node was reached in, or the downstream row of its first parent.
  let ctx = context;
  if (!ctx || !neighbours(index, visible, ctx.pivot, ctx.direction).includes(selected)) {
    const [parent] = neighbours(index, visible, selected, 'up');
    const [child] = neighbours(index, visible, selected, 'down');
    ctx = parent
      ? { pivot: parent, direction: 'down' }
      : child
        ? { pivot: child, direction: 'up' }
        : undefined;
  }
  if (!ctx) return undefined;
  const row = neighbours(index, visible, ctx.pivot, ctx.direction);
  const next = row[row.indexOf(selected) + (key === 'ArrowRight' ? 1 : -1)];
  return next ? { id: next, context: ctx } : undefined;
}
