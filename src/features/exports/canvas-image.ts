/**
 * The one place that asks the canvas for images of the graph (the view, or a walkthrough's
 * steps). Swap this for the canvas's imperative handle when there is one.
 */
import { type ImageSpec, useUiStore } from '../../store/ui-store';

export function canvasImages(spec: ImageSpec): Promise<Blob[]> {
  return new Promise((resolve, reject) =>
    useUiStore.getState().requestImage(spec, resolve, reject),
  );
}

/** The credit line every exported image carries. */
export function imageCredit(sourceCount: number): string {
  return `Ketamine pathways · every node and arrow quotes one of ${sourceCount} sources word for word (see the source list)`;
}
