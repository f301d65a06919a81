/**
 * Helpers the export builders share: a node's box, an edge's bend points, a source's citation
 * id and a quote's certainty phrase. Box and bends fall back when a graph lacks them (tests strip
 * the format-2 fields to check that the exports degrade, not break).
 */
import { sourceHref } from './graph-index';
import type { GraphEdge, GraphEvidence, GraphNode, GraphSource } from './schema';

/** The box of a node that records no size (a format 1 graph drew every node 136 × 48). */
export const NODE_WIDTH = 136;
export const NODE_HEIGHT = 48;

/** A node's box, centred on its position: its computed size, else the fixed format 1 box. */
export function nodeBox(n: GraphNode): { cx: number; cy: number; w: number; h: number } {
  const { width, height } = n.data;
  return {
    cx: n.position.x,
    cy: n.position.y,
    w: typeof width === 'number' && width > 0 ? width : NODE_WIDTH,
    h: typeof height === 'number' && height > 0 ? height : NODE_HEIGHT,
  };
}

/** An edge's bend points in model coordinates (empty for a straight edge or a format 1 graph). */
export const edgeBends = (e: GraphEdge): Array<{ x: number; y: number }> =>
  (e.data.bends ?? []).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));

/**
 * The source as NDEx's `citation` convention writes it: `doi:<DOI>` when the source has a DOI,
 * else its URL; undefined when the source states neither.
 */
export function citationId(s: GraphSource | undefined): string | undefined {
  if (!s) return undefined;
  return s.doi ? `doi:${s.doi}` : sourceHref(s);
}

/** "hedged (may, might)", "stated", or undefined when the graph records no certainty. */
export function certaintyPhrase(e: GraphEvidence): string | undefined {
  const { certainty, hedges } = e;
  if (!certainty) return undefined;
  return hedges?.length ? `${certainty} (${hedges.join(', ')})` : certainty;
}
