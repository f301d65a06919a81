/**
 * The canvas draws labels with the shipped web font, which the generator measured. Cytoscape
 * caches label sizes, so it must not draw before the font is there: the canvas waits for it
 * (at most 1.5 s; then it draws with the fallback rather than not at all).
 */
import { useEffect, useState } from 'react';
import {
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_FONT_WEIGHT,
} from '../../domain/layout-constants';

const FONT = `${LABEL_FONT_WEIGHT} ${LABEL_FONT_SIZE}px "${LABEL_FONT_FAMILY}"`;

const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
let ready = !fonts || fonts.check(FONT);

/** Resolves once the label font is loaded (or after 1.5 s). Starts the download when imported. */
export const labelFontReady: Promise<void> = ready
  ? Promise.resolve()
  : Promise.race([
      fonts!.load(FONT).then(
        () => undefined,
        () => undefined,
      ),
      new Promise<void>((resolve) => setTimeout(resolve, 1500)),
    ]).then(() => {
      ready = true;
    });

/** True once the canvas may draw labels. */
export function useLabelFontReady(): boolean {
  const [isReady, setReady] = useState(ready);
  useEffect(() => {
    if (!isReady) void labelFontReady.then(() => setReady(true));
  }, [isReady]);
  return isReady;
}
