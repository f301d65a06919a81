/**
 * The first view of the graph, pure: fit the whole graph when its labels are then readable (a
 * laptop or projector), else show the top of the cascade at reading zoom (a phone), where a
 * "Show whole graph" button leads back to the fit.
 */
import type { GraphIndex } from '../../domain/graph-index';

/** Where the cascade starts: the drug with the most arrows out (ketamine), else the topmost node. */
export function cascadeTop(index: GraphIndex): string | undefined {
  const out = (id: string) => index.outgoing.get(id)?.length ?? 0;
  const drugs = [...index.nodes.values()].filter((n) => n.kind === 'drug').map((n) => n.id);
  if (drugs.length) return [...drugs].sort((a, b) => out(b) - out(a) || a.localeCompare(b))[0];
  const top = index.graph.elements.nodes.reduce<(typeof index.graph.elements.nodes)[number] | null>(
    (a, b) => (!a || b.position.y < a.position.y ? b : a),
    null,
  );
  return top?.data.id;
}

/**
 * Where the cascade goes on from `top`: its target with the most arrows out (from ketamine, the
 * NMDA receptor), so the first view can keep that branch beside the drug.
 */
export function cascadeBranch(index: GraphIndex, top: string): string | undefined {
  const out = (id: string) => index.outgoing.get(id)?.length ?? 0;
  const targets = [...new Set((index.outgoing.get(top) ?? []).map((e) => e.target))];
  return targets.sort((a, b) => out(b) - out(a) || a.localeCompare(b))[0];
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface InitialViewportOptions {
  /** The label font size in model units. */
  fontSize: number;
  /** The smallest label on screen, in CSS px, that counts as readable. */
  minLabelPx?: number;
  /** Space kept free around the graph, in CSS px. */
  padding?: number;
  /**
   * Screens at least this wide always start on the whole graph: a class in front of a projector
   * needs the overview first (the phone layout starts below 700 px, as in app.css).
   */
  wideFrom?: number;
  /**
   * CSS px at the top of the screen that controls cover (zoom buttons, "Show whole graph"):
   * the graph's top edge starts below them.
   */
  topInset?: number;
  /**
   * A model box to keep whole on screen when it fits at reading zoom: the drug and its main
   * branch. It is centred instead of the anchor alone.
   */
  keep?: Box;
}

/** How close to the screen's side a kept box may come, in CSS px. */
const KEEP_EDGE = 8;

/** Labels a little above the minimum, so rounding never takes them under it. */
const READING_MARGIN = 1.08;

/**
 * `null` on a wide screen, or when fitting `graph` (model box) into `screen` (CSS px) leaves
 * labels of at least `minLabelPx`; otherwise the zoom and pan that show the graph's top edge at
 * reading size below `topInset`, centred on `anchor` (the drug the cascade starts from), or on
 * `keep` when it fits, as far as the graph's sides allow.
 */
export function initialViewport(
  screen: { width: number; height: number },
  graph: Box,
  anchor: { x: number; y: number },
  {
    fontSize,
    minLabelPx = 12,
    padding = 30,
    wideFrom = 701,
    topInset = 0,
    keep,
  }: InitialViewportOptions,
): { zoom: number; pan: { x: number; y: number } } | null {
  const w = Math.max(graph.x2 - graph.x1, 1);
  const h = Math.max(graph.y2 - graph.y1, 1);
  const fit = Math.min((screen.width - 2 * padding) / w, (screen.height - 2 * padding) / h);
  if (screen.width >= wideFrom || fit * fontSize >= minLabelPx) return null;
  const zoom = (minLabelPx / fontSize) * READING_MARGIN;
  // Centre the anchor (or the kept box, when it fits), but never leave more than the padding
  // empty beside the graph.
  const keepFits = !!keep && (keep.x2 - keep.x1) * zoom <= screen.width - 2 * KEEP_EDGE;
  const centre = keep && keepFits ? (keep.x1 + keep.x2) / 2 : anchor.x;
  let x = screen.width / 2 - centre * zoom;
  const maxX = padding - graph.x1 * zoom;
  const minX = screen.width - padding - graph.x2 * zoom;
  x = minX > maxX ? (minX + maxX) / 2 : Math.min(maxX, Math.max(minX, x));
  if (keep && keepFits) {
    x = Math.max(KEEP_EDGE - keep.x1 * zoom, x);
    x = Math.min(screen.width - KEEP_EDGE - keep.x2 * zoom, x);
  }
  // The graph's top edge at the padding below the controls, unless that leaves the anchor low
  // on the screen: then the anchor a quarter of the way down what the controls leave free, with
  // what leads into it above.
  const inset = Math.max(0, Math.min(topInset, screen.height / 2));
  const free = screen.height - inset;
  let y = inset + padding - graph.y1 * zoom;
  if (anchor.y * zoom + y > inset + free * 0.4) y = inset + free * 0.25 - anchor.y * zoom;
  return { zoom, pan: { x, y } };
}
