/** The walkthrough caption: step n of N, the step's element and key quote, Previous/Next. Loaded on demand. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { elementLabel, type GraphIndex } from '../../domain/graph-index';
import { wholePathLines } from '../../domain/slides';
import { buildTour, type Tour } from '../../domain/tour';
import { useUiStore } from '../../store/ui-store';
import { certaintySummary } from '../details-panel/Certainty';
import { Quote } from '../details-panel/Quote';
import { openPresenterWindow, useProjectorLink } from '../presenter/projector-link';
import { Handout } from './Handout';

import { clickerStep } from './clicker-keys';

const LANE_HEADINGS = { subanesthetic: 'Subanesthetic', 'high-dose': 'High-dose' } as const;

export default function TourBar({ index }: { index: GraphIndex }) {
  const tourState = useUiStore((s) => s.tour);
  const notesShown = useUiStore((s) => s.notesShown);
  const presentation = useUiStore((s) => s.presentation);
  const tour = useMemo(
    () => (tourState ? buildTour(index, tourState.id) : null),
    [index, tourState],
  );
  const count = tour?.steps.length ?? 0;
  const step = Math.min(Math.max(tourState?.step ?? 0, 0), Math.max(count - 1, 0));
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState(false);
  useProjectorLink(tour, step);

  const presenter = () =>
    setStatus(
      openPresenterWindow()
        ? 'Presenter view opened in its own window: keep it on your screen, not the projector.'
        : 'The browser blocked the presenter window: allow pop-ups for this site, then press "Open presenter view" again.',
    );

  const slides = async () => {
    if (!tour) return;
    setStatus('Preparing the slides…');
    try {
      const { exportSlides } = await import('./slides-export');
      await exportSlides(index, tour);
      setStatus('Slides saved.');
    } catch (e) {
      setStatus(`Could not export the slides: ${(e as Error).message}`);
    }
  };

  // The handout renders every step, then the browser's print dialog opens; it goes when printed.
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    const id = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(id);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  // A walkthrough that starts takes the focus, so its buttons are a few Tab presses away.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  const go = (n: number) => {
    const t = useUiStore.getState().tour;
    if (t && n >= 0 && n < count) useUiStore.setState({ tour: { id: t.id, step: n } });
  };

  // Tell the canvas what to highlight; clear it when the walkthrough ends.
  useEffect(() => {
    if (!tour) return;
    const current = tour.steps[step]?.ids ?? [];
    const visited = tour.steps[step]?.closing
      ? []
      : tour.steps.slice(0, step).flatMap((s) => s.ids);
    useUiStore.setState({ tourHighlight: { current, visited } });
  }, [tour, step]);
  useEffect(() => () => useUiStore.setState({ tourHighlight: null }), []);

  // A layout effect: the bar is lazy-loaded, and a passive effect would run after "Step 1" is on
  // screen, so a clicker pressed at once could be lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The source reader is a dialog over the walkthrough: its keys are its own.
      if ((e.target as HTMLElement | null)?.closest?.('[role="dialog"]')) return;
      const t = useUiStore.getState().tour;
      const move = clickerStep(e);
      if (!t || move === 0) return;
      go(t.step + move);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // `go` reads fresh state; `count` bounds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count]);

  if (!tour) return null;
  const current = tour.steps[step];
  const entries = current?.entries ?? [];
  const lanes = entries.some((e) => e.lane);
  const nav = (
    <nav className="tour-nav" aria-label="Walkthrough">
      <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
        ← Previous
      </button>
      <button type="button" onClick={() => go(step + 1)} disabled={step >= count - 1}>
        Next →
      </button>
      <button type="button" onClick={presenter}>
        Open presenter view
      </button>
      {/* The class must never see a note: in presentation mode notes are in the presenter view only. */}
      {!presentation && tour.steps.some((s) => s.note) && (
        <button
          type="button"
          aria-pressed={notesShown}
          onClick={() => useUiStore.setState({ notesShown: !notesShown })}
        >
          Lecturer's notes
        </button>
      )}
      <button type="button" onClick={() => useUiStore.setState({ tour: null })}>
        End walkthrough
      </button>
      {/* Preparing, not presenting: the projected caption keeps only what the lecture needs. */}
      {!presentation && (
        <>
          <button type="button" onClick={slides}>
            Export walkthrough as slides
          </button>
          <button type="button" onClick={() => setPrinting(true)}>
            Print handout
          </button>
        </>
      )}
    </nav>
  );

  return (
    <section className="tour" aria-labelledby="tour-heading">
      {printing && createPortal(<Handout index={index} tour={tour} />, document.body)}
      <header className="tour-header">
        <h2 id="tour-heading" ref={headingRef} tabIndex={-1}>
          Walkthrough: {tour.label}
        </h2>
        <p className="tour-progress" aria-live="polite">
          Step {step + 1} of {count}
        </p>
        {nav}
        <p className="tour-status muted" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      <div className="tour-scroll">
        {notesShown && !presentation && current?.note && (
          <aside className="tour-note" aria-label="Lecturer's note">
            <p>
              <strong>Lecturer's note (not from the sources):</strong> {current.note}
            </p>
          </aside>
        )}
        {current?.closing ? (
          <WholePath tour={tour} index={index} />
        ) : (
          <div className={lanes ? 'tour-body tour-lanes' : 'tour-body'}>
            {entries.map((entry) => (
              <article
                key={entry.lane ?? entry.id}
                className={entry.lane ? `tour-lane branch-${entry.lane}` : 'tour-lane'}
              >
                {entry.lane && <h3>{LANE_HEADINGS[entry.lane]}</h3>}
                <p className="tour-element">{elementLabel(index, entry.id)}</p>
                <TourCertainty id={entry.id} index={index} />
                {entry.quote && <Quote evidence={entry.quote} index={index} />}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => useUiStore.getState().select(entry.id, { center: false })}
                >
                  All evidence for “{elementLabel(index, entry.id)}”
                </button>
              </article>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/** The closing step: the story's arrows as the graph has them, grouped by dose branch. */
function WholePath({ tour, index }: { tour: Tour; index: GraphIndex }) {
  const groups = useMemo(() => wholePathLines(index, tour), [index, tour]);
  return (
    <div className="tour-body tour-whole">
      <p className="tour-element">The whole path</p>
      <div className={groups.length > 1 ? 'tour-paths tour-lanes' : 'tour-paths'}>
        {groups.map((g) => (
          <div
            key={g.heading ?? 'path'}
            className={`tour-chain${g.heading === 'High dose' ? ' branch-high-dose' : ''}`}
          >
            {g.heading && <h3>{g.heading}</h3>}
            <ul>
              {g.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}

/** The step's certainty in words (how firmly its sources say it). */
function TourCertainty({ id, index }: { id: string; index: GraphIndex }) {
  const el = index.nodes.get(id) ?? index.edges.get(id);
  return el ? <p className="tour-certainty">{certaintySummary(el)}</p> : null;
}
