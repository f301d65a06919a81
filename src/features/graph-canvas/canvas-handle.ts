/**
 * The canvas's imperative handle (as React Flow's `useReactFlow`): the commands features give the
 * graph ("centre on this", "fit", "zoom", "draw me images") are calls, not counters or promises
 * parked in the UI store. The canvas attaches its implementation when Cytoscape is ready and
 * detaches it on unmount. One canvas per page, so the handle is one module-level object: the
 * store's `select(id, { center: true })` reaches it outside React too.
 *
 * Before the canvas is ready: `center` and `fit` are remembered (the last of each) and run as
 * soon as it attaches, which is what a deep link to a selection needs; `zoomBy` does nothing;
 * `image` rejects with {@link CanvasNotReadyError}.
 */
import type { ImageSpec } from './image-spec';

export type { ImageFrame, ImageSpec } from './image-spec';

export interface CanvasHandle {
  /** Centres the view on a node or arrow (animated), after the current render has committed. */
  center(id: string): void;
  /** Fits the view to what the filters leave visible, after the current render has committed. */
  fit(): void;
  /** Zooms about the canvas's centre by `factor` (1.25 in, 0.8 out). */
  zoomBy(factor: number): void;
  /** Images of the graph (one per walkthrough frame, else one of the view); the view never moves. */
  image(spec: ImageSpec): Promise<Blob[]>;
}

/** What `image` rejects with when no canvas is drawn yet. */
export class CanvasNotReadyError extends Error {
  constructor() {
    super('the graph is not drawn yet: try again once it is on screen');
    this.name = 'CanvasNotReadyError';
  }
}

let attached: CanvasHandle | null = null;
let pendingCenter: string | null = null;
let pendingFit = false;

/** The handle every feature calls. Stable: safe to keep, to pass around and to call at any time. */
export const canvas: CanvasHandle = {
  center(id) {
    if (attached) attached.center(id);
    else pendingCenter = id;
  },
  fit() {
    if (attached) attached.fit();
    else pendingFit = true;
  },
  zoomBy(factor) {
    attached?.zoomBy(factor);
  },
  image(spec) {
    return attached ? attached.image(spec) : Promise.reject(new CanvasNotReadyError());
  },
};

/** The hook features use (the same object as {@link canvas}). */
export function useCanvas(): CanvasHandle {
  return canvas;
}

/** Whether a canvas is attached. */
export function canvasReady(): boolean {
  return attached !== null;
}

/**
 * Attaches the canvas's implementation (the canvas calls this once Cytoscape is ready), runs the
 * commands given before it, and returns the detach function.
 */
export function attachCanvas(impl: CanvasHandle): () => void {
  attached = impl;
  const fit = pendingFit;
  const center = pendingCenter;
  pendingFit = false;
  pendingCenter = null;
  if (fit) impl.fit();
  if (center !== null) impl.center(center);
  return () => {
    if (attached === impl) attached = null;
  };
}
