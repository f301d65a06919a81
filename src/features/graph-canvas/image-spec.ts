/** What an image of the graph shows: the argument of the canvas handle's `image`. */

/** One walkthrough step as an image: highlighted now, shown before, reached later (build-up). */
export interface ImageFrame {
  current: string[];
  visited: string[];
  /** Every element of the story: those not reached yet are not drawn, and the image is framed to the rest. */
  story: string[];
}

export interface ImageSpec {
  format: 'png' | 'svg';
  /** Walkthrough frames, one image each; none: the view as it stands, faded elements left out. */
  frames?: ImageFrame[];
  /** Positions: a story view (falls back to the full view), the full view, or (absent) as on screen. */
  view?: { kind: 'hypothesis' | 'branch'; id: string } | 'full';
  title?: string;
  credit?: string;
  /** The legend beside the graph (default on). */
  legend?: boolean;
  /** Pixel ratio of a PNG's title, legend and credit, and of its graph unless `fit` says otherwise (default 2). */
  scale?: number;
  /**
   * PNG frames: draw each frame's graph as large as fits `width` × `height` pixels, at most
   * `maxScale` pixels per model unit, so a step with few elements is drawn larger.
   */
  fit?: { width: number; height: number; maxScale: number };
}
