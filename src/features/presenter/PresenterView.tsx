/**
 * The presenter view (`?presenter=1`), opened by "Open presenter view" in a second window on the
 * lecturer's screen: the projected step's title, its lecturer's note (never evidence, never
 * projected), the next step's title, and Previous/Next that move the projected walkthrough.
 * Loaded on demand; it draws no graph.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { elementLabel, type GraphIndex } from '../../domain/graph-index';
import {
  parsePresenterMessage,
  PRESENTER_CHANNEL,
  type PresenterTour,
} from '../../domain/presenter';
import { buildTour, type Tour, type TourStep, tourIds } from '../../domain/tour';
import { clickerStep } from '../tour/clicker-keys';
import './presenter.css';

const LANE = { subanesthetic: 'Subanesthetic', 'high-dose': 'High dose' } as const;

function stepTitle(index: GraphIndex, step: TourStep | undefined): string {
  if (!step) return '';
  if (step.closing) return 'The whole path';
  return step.entries
    .map((e) => {
      const label = elementLabel(index, e.id) ?? e.id;
      return e.lane ? `${LANE[e.lane]}: ${label}` : label;
    })
    .join(' · ');
}

export default function PresenterView({ index }: { index: GraphIndex }) {
  const tours = useMemo(() => {
    const m = new Map<string, Tour>();
    for (const id of tourIds(index)) {
      const t = buildTour(index, id);
      if (t) m.set(id, t);
    }
    return m;
  }, [index]);
  const allowed = useMemo(
    () => new Map([...tours].map(([id, t]) => [id, t.steps.length])),
    [tours],
  );
  const channel = useRef<BroadcastChannel | null>(null);
  const [shown, setShown] = useState<PresenterTour | null>(null);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    document.title = 'Presenter view · Ketamine pathways';
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    ch.onmessage = (e: MessageEvent) => {
      const m = parsePresenterMessage(e.data, allowed);
      if (m?.type !== 'state') return;
      setConnected(true);
      setShown(m.tour);
    };
    ch.postMessage({ type: 'hello' });
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [allowed]);

  const tour = shown ? tours.get(shown.id) : undefined;
  const step = shown?.step ?? 0;
  const count = tour?.steps.length ?? 0;
  const go = (n: number) => {
    if (!channel.current || !tour || n < 0 || n >= count) return;
    channel.current.postMessage({ type: 'go', tour: tour.id, step: n });
  };

  // The clicker may be paired with this window: the same keys as in the projected window. Bound
  // in the commit that shows the step (a layout effect), so a key pressed as soon as "Step n" is
  // on screen goes from n, not from the step before (a browser test caught that, 1 in 5 runs).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const move = clickerStep(e);
      if (move === 0) return;
      go(step + move);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const current = tour?.steps[step];
  return (
    <main className="presenter" aria-labelledby="presenter-heading">
      <h1 id="presenter-heading">Presenter view</h1>
      <p className="presenter-status" role="status">
        {typeof BroadcastChannel === 'undefined'
          ? 'This browser cannot link two windows (no BroadcastChannel).'
          : connected
            ? 'Linked to the projected window. This window is not projected.'
            : 'Waiting for the projected window: start a walkthrough there.'}
      </p>
      {!tour || !current ? (
        connected && <p>No walkthrough is running in the projected window.</p>
      ) : (
        <>
          <h2>Walkthrough: {tour.label}</h2>
          <p className="presenter-progress" aria-live="polite">
            Step {step + 1} of {count}
          </p>
          <section className="presenter-now" aria-labelledby="presenter-now">
            <h3 id="presenter-now">Now on screen</h3>
            <p className="presenter-title">{stepTitle(index, current)}</p>
          </section>
          <aside className="presenter-note" aria-label="Lecturer's note">
            <p className="presenter-note-mark">Lecturer's note — not evidence</p>
            <p>{current.note ?? 'No note for this step.'}</p>
          </aside>
          <section className="presenter-next" aria-labelledby="presenter-next">
            <h3 id="presenter-next">Next</h3>
            <p>
              {step + 1 < count ? stepTitle(index, tour.steps[step + 1]) : 'End of the walkthrough'}
            </p>
          </section>
          <nav className="presenter-nav" aria-label="Projected walkthrough">
            <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
              ← Previous
            </button>
            <button type="button" onClick={() => go(step + 1)} disabled={step >= count - 1}>
              Next →
            </button>
          </nav>
        </>
      )}
    </main>
  );
}
