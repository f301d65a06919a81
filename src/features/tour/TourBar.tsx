/** The walkthrough caption: step n of N, the step's element and key quote, Previous/Next. Loaded on demand. */
import { useEffect, useMemo, useRef } from 'react';
import { elementLabel, type GraphIndex } from '../../domain/graph-index';
import { buildTour } from '../../domain/tour';
import { useUiStore } from '../../store/ui-store';
import { certaintySummary } from '../details-panel/Certainty';
import { Quote } from '../details-panel/Quote';

const LANE_HEADINGS = { subanesthetic: 'Subanesthetic', 'high-dose': 'High-dose' } as const;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' ||
      el.tagName === 'TEXTAREA' ||
      el.tagName === 'SELECT' ||
      el.isContentEditable)
  );
}

export default function TourBar({ index }: { index: GraphIndex }) {
  const tourState = useUiStore((s) => s.tour);
  const tour = useMemo(
    () => (tourState ? buildTour(index, tourState.id) : null),
    [index, tourState],
  );
  const count = tour?.steps.length ?? 0;
  const step = Math.min(Math.max(tourState?.step ?? 0, 0), Math.max(count - 1, 0));

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
    const current = tour.steps[step]?.entries.map((e) => e.id) ?? [];
    const visited = tour.steps.slice(0, step).flatMap((s) => s.entries.map((e) => e.id));
    useUiStore.setState({ tourHighlight: { current, visited } });
  }, [tour, step]);
  useEffect(() => () => useUiStore.setState({ tourHighlight: null }), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = useUiStore.getState().tour;
      if (!t) return;
      if (e.key === 'ArrowRight') go(t.step + 1);
      else if (e.key === 'ArrowLeft') go(t.step - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // `go` reads fresh state; `count` bounds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count]);

  if (!tour) return null;
  const entries = tour.steps[step]?.entries ?? [];
  const lanes = entries.some((e) => e.lane);
  const shown = lanes
    ? (['subanesthetic', 'high-dose'] as const).map((lane) => ({
        lane,
        entry: entries.find((e) => e.lane === lane),
      }))
    : entries.map((entry) => ({ lane: undefined, entry }));

  return (
    <section className="tour" aria-labelledby="tour-heading">
      <header className="tour-header">
        <h2 id="tour-heading" ref={headingRef} tabIndex={-1}>
          Walkthrough: {tour.label}
        </h2>
        <p className="tour-progress" aria-live="polite">
          Step {step + 1} of {count}
        </p>
      </header>
      <div className={lanes ? 'tour-body tour-lanes' : 'tour-body'}>
        {shown.map(({ lane, entry }, i) => {
          const id = entry?.id;
          const el = id ? (index.nodes.get(id) ?? index.edges.get(id)) : undefined;
          return (
            <article key={lane ?? i} className={lane ? `tour-lane branch-${lane}` : 'tour-lane'}>
              {lane && <h3>{LANE_HEADINGS[lane]}</h3>}
              {id && el ? (
                <>
                  <p className="tour-element">{elementLabel(index, id)}</p>
                  <p className="tour-certainty">{certaintySummary(el)}</p>
                  {el.evidence[0] && <Quote evidence={el.evidence[0]} index={index} />}
                  <button
                    type="button"
                    onClick={() => useUiStore.getState().select(id, { center: false })}
                  >
                    All evidence for “{elementLabel(index, id)}”
                  </button>
                </>
              ) : (
                <p className="muted">No further step is described in the sources.</p>
              )}
            </article>
          );
        })}
      </div>
      <nav className="tour-nav" aria-label="Walkthrough">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step >= count - 1}>
          Next →
        </button>
        <button type="button" onClick={() => useUiStore.setState({ tour: null })}>
          End walkthrough
        </button>
      </nav>
    </section>
  );
}
