import { useState } from 'react';
import { DOSE_STYLE, type DoseClass } from './visual-language';

const MARK: Record<string, string> = { none: '', square: '■', circle: '●' };

/** Screens where the canvas is short: a phone, upright or on its side. */
const SHORT_SCREEN = '(max-width: 700px), (max-height: 500px)';

/**
 * Doses at a glance, on the canvas itself: compact, and folded away with one click. On a phone
 * it starts folded: open, it covered a fifth of the short canvas, nodes of a walkthrough's step
 * among them; its "Doses" chip stays on the canvas and opens it with one tap.
 */
export function CanvasLegend() {
  // Decided once: after that the reader's own fold or unfold is kept.
  const [initiallyOpen] = useState(
    () => typeof window.matchMedia !== 'function' || !window.matchMedia(SHORT_SCREEN).matches,
  );
  return (
    <details className="canvas-legend" open={initiallyOpen}>
      <summary>Doses</summary>
      <ul>
        {(Object.keys(DOSE_STYLE) as DoseClass[]).map((k) => {
          const d = DOSE_STYLE[k];
          return (
            <li key={k} className={`dose-${k}`}>
              <span className="dose-line" aria-hidden="true">
                {k === 'dose-independent' ? '○' : MARK[d.marker]}───▸
              </span>{' '}
              <span>
                {d.label} <span className="dose-node">(box: {d.node})</span>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
