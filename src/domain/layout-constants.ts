/**
 * Label and box geometry shared by the build-time layout (which measures labels with the shipped
 * font file) and the app's stylesheet (which draws them with the same font): if the two drifted,
 * labels would overflow their boxes.
 */
import type { NodeKind } from './schema';

/** The one web font the app ships (self-hosted, subset by `npm run font`), used for node labels. */
export const LABEL_FONT_FAMILY = 'Atkinson Hyperlegible';
export const LABEL_FONT_WEIGHT = 700;
/** Label size in model pixels: normal and presentation mode. Boxes fit both. */
export const LABEL_FONT_SIZE = 18;
export const PRESENT_FONT_SIZE = 21;
export const LABEL_LINE_HEIGHT = 1.15;
/** The widest a label line may be at the presentation size before it wraps (longer words widen it). */
export const LABEL_WRAP_WIDTH = 180;

/** Node shape by kind (SBGN-like); the legend and the layout read it. */
export const KIND_SHAPE: Record<NodeKind, string> = {
  drug: 'hexagon',
  metabolite: 'octagon',
  'receptor-channel': 'barrel',
  'cell-region': 'round-rectangle',
  'signaling-molecule': 'ellipse',
  process: 'rectangle',
  effect: 'cut-rectangle',
};

/**
 * The box around a text block of `w` × `h` for a shape, so that the text lies inside the drawn
 * shape, not just its bounding box: slanted and round shapes need more room at the corners.
 */
const PAD_X = 14;
const PAD_Y = 10;

export function boxForText(shape: string, w: number, h: number): { width: number; height: number } {
  const padX = PAD_X;
  const padY = PAD_Y;
  switch (shape) {
    case 'ellipse':
      // The text block's corners must lie inside the ellipse: (w/W)² + (h/H)² ≤ 1.
      return { width: Math.ceil(w * Math.SQRT2 + padX), height: Math.ceil(h * Math.SQRT2 + padY) };
    case 'hexagon':
    case 'octagon': {
      // Cytoscape's hexagon narrows to half its width at the top and bottom edges. The width is
      // computed from the rounded height so that textWidthInBox inverts it exactly.
      const height = Math.ceil(h + 2 * padY);
      const width = Math.ceil(w / (1 - (0.5 * (height - 2 * padY)) / height) + padX);
      return { width, height };
    }
    default:
      return { width: Math.ceil(w + 2 * padX), height: Math.ceil(h + 2 * padY) };
  }
}

/**
 * The inverse of `boxForText`: the widest text line a box of this shape holds. The canvas uses it
 * as `text-max-width`, so Cytoscape breaks lines exactly where the generator did (its greedy wrap
 * gives the same lines for any limit between the widest line and the generator's wrap width).
 */
export function textWidthInBox(shape: string, width: number, height: number): number {
  switch (shape) {
    case 'ellipse':
      return (width - PAD_X) / Math.SQRT2;
    case 'hexagon':
    case 'octagon':
      return (width - PAD_X) * (1 - (0.5 * (height - 2 * PAD_Y)) / height);
    default:
      return width - 2 * PAD_X;
  }
}
