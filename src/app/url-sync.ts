/**
 * Keeps the URL and the store in step: selection pushes history entries, filters replace them.
 *
 * A filter change (and presentation mode, story or in context) reaches the URL once the view has
 * been quiet for {@link REPLACE_DELAY_MS}, not in the click: writing the URL makes the browser
 * update its history entry and fetch the favicon again, work that competed with drawing the
 * faded graph (filter toggle 31.8 → 25.0 ms with no URL write, Chrome trace, 2026-12-06), and
 * a lecturer clicking through the filters leaves one write, not one per click (browsers
 * rate-limit the History API: Safari throws after 100 calls in 10 to 30 seconds). A new selection,
 * walkthrough step or question is written at once, as before: the back button steps through them.
 * A change still waiting is never lost: it is written into the entry being left before a new
 * entry is pushed, on `pagehide`, and kept for a reload (see {@link takeWaitingView}).
 */
import { useEffect } from 'react';
import type { Graph } from '../domain/schema';
import { parseView, serializeView } from '../domain/url';
import { canvas } from '../features/graph-canvas/canvas-handle';
import { type UiState, useUiStore } from '../store/ui-store';

// While the store is being set from the URL, the URL must not be written back.
let applying = false;

/** How long the view must stay unchanged before a filter change is written to the URL. */
export const REPLACE_DELAY_MS = 250;

/**
 * A browser's reload takes the address the page had when it started, before the page can write a
 * change still waiting (tester, 2026-12-06: a filter changed 0 to 150 ms before a reload was
 * lost). So when the page starts to leave (`beforeunload`, else `pagehide`) it also leaves the
 * view here, for this tab; the next page takes it only if it is a reload of the address the view
 * was waiting on, within a minute. A page brought back from the back/forward cache drops it.
 */
const WAITING_KEY = 'kp:waiting-view';
const WAITING_MAX_AGE_MS = 60_000;

/**
 * Puts a view left by `onLeave` below into the address, once, if this page is a reload of the
 * address it was waiting on (a link typed or followed to the same address is that address).
 * Whatever it holds is then read by `parseView` against the graph's ids, as any address is.
 */
export function takeWaitingView() {
  try {
    // [the address then, the view, when]
    const [from, to, at] = JSON.parse(sessionStorage.getItem(WAITING_KEY) ?? '[]') as unknown[];
    sessionStorage.removeItem(WAITING_KEY);
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    if (
      navigation?.type === 'reload' &&
      from === location.search &&
      /^(\?|$)/.test(String(to)) &&
      Date.now() - Number(at) < WAITING_MAX_AGE_MS
    )
      history.replaceState(history.state, '', `${location.pathname}${String(to)}${location.hash}`);
  } catch {
    // Unreadable storage or a malformed entry: the address stays as it is.
  }
}

function applyLocation(graph: Graph) {
  const { view, ignored } = parseView(window.location.search, graph);
  applying = true;
  try {
    useUiStore.setState({
      selected: view.selected,
      filters: view.filters,
      tour: view.tour,
      quiz: view.quiz ?? null,
      presentation: view.presentation,
      story: view.story ?? false,
      notices: ignored,
    });
  } finally {
    applying = false;
  }
  return view.selected;
}

export function useUrlSync(graph: Graph | undefined): void {
  useEffect(() => {
    if (!graph) return;
    takeWaitingView();
    const initial = applyLocation(graph);
    // The canvas may not be drawn yet: the handle centres as soon as it is.
    if (initial) canvas.center(initial);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      clearTimeout(pending);
      pending = undefined;
    };
    // The query that says `state`'s view (null until the filters are known).
    const queryOf = (state: UiState) =>
      state.filters &&
      serializeView(
        {
          selected: state.selected,
          filters: state.filters,
          tour: state.tour,
          quiz: state.quiz,
          presentation: state.presentation,
          story: state.story,
        },
        graph,
      );
    // Writes `state`'s view; `push` for a place to come back to.
    const write = (push: boolean, state: UiState = useUiStore.getState()) => {
      cancel();
      const query = queryOf(state);
      if (query === null || query === window.location.search) return;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    // Back and forward set the store from the URL: a write still waiting has nothing left to say.
    const onPop = () => {
      cancel();
      applyLocation(graph);
    };
    // Leaving or reloading the page within the delay keeps the last filter change. At
    // `beforeunload` the page has not asked for the next one yet: a timer firing later would
    // write into an entry being left (tester: reloads of a slow page lost the change).
    const onLeave = () => {
      if (pending === undefined) return;
      const state = useUiStore.getState();
      const query = queryOf(state);
      try {
        if (query !== null)
          sessionStorage.setItem(WAITING_KEY, JSON.stringify([location.search, query, Date.now()]));
      } catch {
        // Storage may be off (private modes, quotas): a reload then shows the view before.
      }
      write(false, state);
    };
    // Back in the page from the back/forward cache: its address is written, nothing to keep.
    const onShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      try {
        sessionStorage.removeItem(WAITING_KEY);
      } catch {
        // Nothing kept, then.
      }
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('pageshow', onShow);
    const unsubscribe = useUiStore.subscribe((state, prev) => {
      if (applying || !state.filters) return;
      const moved =
        state.selected !== prev.selected || state.tour !== prev.tour || state.quiz !== prev.quiz;
      // A new selection or walkthrough step is a place to come back to; a filter change is not.
      // A change still waiting belongs to the entry being left: Back must find it there.
      if (moved) {
        if (pending !== undefined) write(false, prev);
        write(true, state);
      } else if (
        state.filters !== prev.filters ||
        state.presentation !== prev.presentation ||
        state.story !== prev.story
      ) {
        cancel();
        pending = setTimeout(() => write(false), REPLACE_DELAY_MS);
      }
    });
    return () => {
      cancel();
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('pageshow', onShow);
      unsubscribe();
    };
  }, [graph]);
}
