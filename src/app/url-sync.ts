/** Keeps the URL and the store in step: selection pushes history entries, filters replace them. */
import { useEffect } from 'react';
import type { Graph } from '../domain/schema';
import { parseView, serializeView } from '../domain/url';
import { canvas } from '../features/graph-canvas/canvas-handle';
import { useUiStore } from '../store/ui-store';

// While the store is being set from the URL, the URL must not be written back.
let applying = false;

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
    const onPop = () => applyLocation(graph);
    window.addEventListener('popstate', onPop);
    const unsubscribe = useUiStore.subscribe((state, prev) => {
      if (applying || !state.filters) return;
      const moved =
        state.selected !== prev.selected || state.tour !== prev.tour || state.quiz !== prev.quiz;
      if (
        !moved &&
        state.filters === prev.filters &&
        state.presentation === prev.presentation &&
        state.story === prev.story
      )
        return;
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
      // A new selection or walkthrough step is a place to come back to; a filter change is not.
      if (moved) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, [graph]);
}
