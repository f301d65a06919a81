/**
 * What the export builders read from graph.json beyond format 1: the certainty, size and route
 * fields of docs/decisions/004-graph-contract-2.md. They are read when present, so the exports work
 * on format 1 and format 2 graphs alike; the box size falls back to the fixed layout box.
 */
import { sourceHref } from './graph-index';
import type { GraphEdge, GraphEvidence, GraphNode, GraphSource } from './schema';

/** Evidence certainty (decision 004): how firmly the quote states it, and its hedging words. */
export interface EvidenceCertainty {
  certainty?: 'stated' | 'hedged' | 'disputes';
  hedges?: string[];
}

/** Element fields of format 2 that the exports carry, all optional here. */
export interface ElementExtras {
  certainty?: 'established' | 'hypothesised' | 'debated';
  sourceCount?: number;
  inference?: string;
  width?: number;
  height?: number;
  bends?: Array<{ x: number; y: number }>;
}

/** The evidence item's certainty fields, when the graph has them. */
export const evidenceCertainty = (e: GraphEvidence): EvidenceCertainty => e as EvidenceCertainty;

/** A node's or edge's format-2 fields, when the graph has them. */
export const extras = (el: GraphNode | GraphEdge): ElementExtras => el.data as ElementExtras;

/** The box of a node that records no size (a format 1 graph drew every node 136 × 48). */
export const NODE_WIDTH = 136;
export const NODE_HEIGHT = 48;

/** A node's box, centred on its position: its computed size, else the fixed format 1 box. */
export function nodeBox(n: GraphNode): { cx: number; cy: number; w: number; h: number } {
  const { width, height } = extras(n);
  return {
    cx: n.position.x,
    cy: n.position.y,
    w: typeof width === 'number' && width > 0 ? width : NODE_WIDTH,
    h: typeof height === 'number' && height > 0 ? height : NODE_HEIGHT,
  };
}

/** An edge's bend points in model coordinates (empty for a straight edge or a format 1 graph). */
export const edgeBends = (e: GraphEdge): Array<{ x: number; y: number }> =>
  (extras(e).bends ?? []).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));

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
  const { certainty, hedges } = evidenceCertainty(e);
  if (!certainty) return undefined;
  return hedges?.length ? `${certainty} (${hedges.join(', ')})` : certainty;
}
