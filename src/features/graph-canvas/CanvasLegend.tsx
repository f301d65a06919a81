import { DOSE_STYLE, type DoseClass } from './visual-language';

const MARK: Record<string, string> = { none: '', square: '■', circle: '●' };

/** Doses at a glance, on the canvas itself: compact, and folded away with one click. */
export function CanvasLegend() {
  return (
    <details className="canvas-legend" open>
      <summary>Doses</summary>
      <ul>
        {(Object.keys(DOSE_STYLE) as DoseClass[]).map((k) => {
          const d = DOSE_STYLE[k];
          return (
            <li key={k} className={`dose-${k}`}>
              <span className="dose-line" aria-hidden="true">
                {k === 'dose-independent' ? '○' : MARK[d.marker]}───▸
              </span>{' '}
              {d.label} <span className="dose-node">(box: {d.node})</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
