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
 */
import { useEffect } from 'react';
import type { Graph } from '../domain/schema';
import { parseView, serializeView } from '../domain/url';
import { canvas } from '../features/graph-canvas/canvas-handle';
import { useUiStore } from '../store/ui-store';

// While the store is being set from the URL, the URL must not be written back.
let applying = false;

/** How long the view must stay unchanged before a filter change is written to the URL. */
export const REPLACE_DELAY_MS = 250;

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
    const initial = applyLocation(graph);
    // The canvas may not be drawn yet: the handle centres as soon as it is.
    if (initial) canvas.center(initial);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      clearTimeout(pending);
      pending = undefined;
    };
    // Writes the store's view as it is now; `push` for a place to come back to.
    const write = (push: boolean) => {
      cancel();
      const state = useUiStore.getState();
      if (!state.filters) return;
      const query = serializeView(
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
      if (query === window.location.search) return;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    // Back and forward set the store from the URL: a write still waiting would undo them.
    const onPop = () => {
      cancel();
      applyLocation(graph);
    };
    // Leaving or reloading the page within the delay keeps the last filter change.
    const onHide = () => {
      if (pending !== undefined) write(false);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('pagehide', onHide);
    const unsubscribe = useUiStore.subscribe((state, prev) => {
      if (applying || !state.filters) return;
      const moved =
        state.selected !== prev.selected || state.tour !== prev.tour || state.quiz !== prev.quiz;
      // A new selection or walkthrough step is a place to come back to; a filter change is not.
      if (moved) write(true);
      else if (
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
      window.removeEventListener('pagehide', onHide);
      unsubscribe();
    };
  }, [graph]);
}
