import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { allFilters, visibleElements } from '../domain/filter';
import type { GraphIndex } from '../domain/graph-index';
import { GraphCanvas } from '../features/graph-canvas/GraphCanvas';
import { useUiStore } from '../store/ui-store';
import { useUrlSync } from './url-sync';

// The first view is the graph alone (the budget in bench/bundle.ts counts what it loads). The
// sidebar and the evidence panel load from their own chunks once the graph's first frame is
// drawn, or at once when a link opens with a selection.
const Sidebar = lazy(() => import('./Sidebar'));
const DetailsPanel = lazy(() =>
  import('../features/details-panel/DetailsPanel').then((m) => ({ default: m.DetailsPanel })),
);
// Walkthroughs and the source reader load on demand: the first view does not need them.
const TourBar = lazy(() => import('../features/tour/TourBar'));
const SourceReader = lazy(() => import('../features/source-reader/SourceReader'));
// The self-test and its question generator load when a quiz starts.
const QuizBar = lazy(() => import('../features/quiz/QuizBar'));

/** The explorer once the graph has loaded: filters and search, the canvas, the evidence panel. */
export function Explorer({ index }: { index: GraphIndex }) {
  useUrlSync(index.graph);
  const storeFilters = useUiStore((s) => s.filters);
  const notices = useUiStore((s) => s.notices);
  const selected = useUiStore((s) => s.selected);
  const tour = useUiStore((s) => s.tour);
  const quiz = useUiStore((s) => s.quiz);
  const presentation = useUiStore((s) => s.presentation);
  const reader = useUiStore((s) => s.reader);
  const menuOpen = useUiStore((s) => s.menuOpen);
  // The sidebar (search, walkthroughs, filters, exports, legend, outline) mounts two frames
  // after the graph: the first frame draws the graph alone, which is what the lecture needs first.
  const [secondary, setSecondary] = useState(false);
  useEffect(() => {
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => setSecondary(true));
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, []);
  // On a phone the menu covers the graph: close it once something is chosen.
  useEffect(() => {
    if (selected || tour || quiz) useUiStore.setState({ menuOpen: false });
  }, [selected, tour, quiz]);
  const filters = useMemo(() => storeFilters ?? allFilters(index.graph), [storeFilters, index]);
  const visible = useMemo(() => visibleElements(index.graph, filters), [index, filters]);
  const closePanel = useCallback(() => {
    useUiStore.getState().select(null);
    document.querySelector<HTMLElement>('.canvas')?.focus();
  }, []);
  return (
    <>
      <a
        className="skip-link"
        href="#outline"
        onClick={(e) => {
          // Open and focus the outline ourselves: no "#outline" is left in the URL.
          e.preventDefault();
          useUiStore.setState({ outlineOpen: true, menuOpen: true });
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('#outline summary')?.focus(),
          );
        }}
      >
        Skip to the outline (text view of the graph)
      </a>
      <div
        className={`layout${selected ? ' with-panel' : ''}${presentation ? ' presentation' : ''}`}
      >
        <div className="phone-bar">
          <button
            type="button"
            aria-expanded={menuOpen}
            aria-controls="sidebar"
            onClick={() => useUiStore.setState({ menuOpen: !menuOpen })}
          >
            {menuOpen ? 'Close menu' : 'Menu: search, filters, walkthroughs'}
          </button>
        </div>
        <div className={`sidebar${menuOpen ? ' open' : ''}`} id="sidebar">
          {secondary && (
            <Suspense fallback={null}>
              <Sidebar index={index} filters={filters} visible={visible} />
            </Suspense>
          )}
        </div>
        <main className={`stage${tour && !quiz ? ' with-tour' : ''}`} aria-label="Pathway">
          {notices.length > 0 && (
            <div className="notice" role="alert">
              <p>Some link parameters were ignored: {notices.join('; ')}.</p>
              <button type="button" onClick={() => useUiStore.getState().setNotices([])}>
                Dismiss
              </button>
            </div>
          )}
          {presentation && (
            <div className="present-bar">
              <button type="button" onClick={() => useUiStore.setState({ presentation: false })}>
                Exit presentation
              </button>
            </div>
          )}
          <GraphCanvas index={index} visible={visible} />
          {tour && !quiz && (
            <Suspense fallback={<p className="tour">Loading the walkthrough…</p>}>
              <TourBar index={index} />
            </Suspense>
          )}
          {quiz && (
            <Suspense fallback={<p className="tour">Loading the quiz…</p>}>
              {/* A new topic or seed is a new quiz: its answers start empty. */}
              <QuizBar key={`${quiz.id}:${quiz.seed}`} index={index} />
            </Suspense>
          )}
        </main>
        {(secondary || selected) && (
          <Suspense fallback={null}>
            <DetailsPanel index={index} onClose={closePanel} />
          </Suspense>
        )}
      </div>
      {reader && (
        <Suspense fallback={null}>
          <SourceReader index={index} reader={reader} />
        </Suspense>
      )}
    </>
  );
}
