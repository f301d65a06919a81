/**
 * The only code that touches the Cytoscape instance. The instance is held in a ref, listeners
 * are registered once per instance, and each sync is a small named effect inside one batch:
 * filters fade elements (a style bypass), the selection toggles classes; neither moves, removes
 * or lays out elements.
 */
import type { CollectionReturnValue, Core, EventObject } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Visible } from '../../domain/filter';
import { cascade, type GraphIndex } from '../../domain/graph-index';
import type { GraphView } from '../../domain/schema';
import { storyViewFor } from '../../domain/story';
import { useUiStore } from '../../store/ui-store';
import { FILTERED_STYLE } from './stylesheet';

declare global {
  interface Window {
    /** Exposed only in builds made with VITE_EXPOSE_CY=1, for the real-browser tests. */
    __cy?: Core;
  }
}

const FIT_PADDING = 30;
const FILTERED = 'filtered';
const FILTERED_PROPS = Object.keys(FILTERED_STYLE).join(' ');

/**
 * Moves the set `key` to exactly `ids`, calling `join` and `leave` only on the elements that
 * enter or leave it: Cytoscape re-styles every element it touches, which is what costs on big graphs.
 */
function updateSet(
  cy: Core,
  state: Map<string, Set<string>>,
  key: string,
  ids: Set<string>,
  join: (el: CollectionReturnValue) => void,
  leave: (el: CollectionReturnValue) => void,
) {
  const prev = state.get(key) ?? new Set<string>();
  for (const id of prev) if (!ids.has(id)) leave(cy.getElementById(id));
  for (const id of ids) if (!prev.has(id)) join(cy.getElementById(id));
  state.set(key, ids);
}

const setClass = (cy: Core, state: Map<string, Set<string>>, cls: string, ids: Set<string>) =>
  updateSet(
    cy,
    state,
    cls,
    ids,
    (el) => el.addClass(cls),
    (el) => el.removeClass(cls),
  );

/** The filtered look is a style bypass, not a class: a class makes Cytoscape recompute every property. */
const setFiltered = (cy: Core, state: Map<string, Set<string>>, ids: Set<string>) =>
  updateSet(
    cy,
    state,
    FILTERED,
    ids,
    (el) => el.style(FILTERED_STYLE),
    (el) => el.removeStyle(FILTERED_PROPS),
  );

/** Fits the view to what the filters leave visible (everything, if nothing is). */
function fitVisible(cy: Core, looks: Map<string, Set<string>>) {
  const filtered = looks.get(FILTERED);
  const shown = filtered?.size
    ? cy.elements().filter((el) => !filtered.has(el.id()))
    : cy.elements();
  cy.fit(shown.nonempty() ? shown : undefined, FIT_PADDING);
}

const STORY_MS = 600;

/** A viewport as the model point at the canvas's centre: it survives the canvas being resized. */
interface Viewport {
  zoom: number;
  centre: { x: number; y: number };
}

const viewportOf = (cy: Core): Viewport => {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return {
    zoom,
    centre: { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom },
  };
};

const panFor = (cy: Core, v: Viewport) => ({
  x: cy.width() / 2 - v.centre.x * v.zoom,
  y: cy.height() / 2 - v.centre.y * v.zoom,
});

/**
 * The bounding box of nodes (and of edges' ends) where `view` puts them (the full view's
 * positions if null): where they will be once a story transition has run, not where it has
 * got to.
 */
const fullPositions = new WeakMap<GraphIndex, Map<string, { x: number; y: number }>>();

function boxAt(index: GraphIndex, view: GraphView | null, ids: string[]) {
  let full = fullPositions.get(index);
  if (!full) {
    full = new Map(index.graph.elements.nodes.map((n) => [n.data.id, n.position]));
    fullPositions.set(index, full);
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const add = (id: string) => {
    const n = index.nodes.get(id);
    const p = view ? view.nodes[id] : full.get(id);
    if (!n || !p) return;
    x1 = Math.min(x1, p.x - n.width / 2);
    x2 = Math.max(x2, p.x + n.width / 2);
    y1 = Math.min(y1, p.y - n.height / 2);
    y2 = Math.max(y2, p.y + n.height / 2);
  };
  for (const id of ids) {
    const e = index.edges.get(id);
    if (e) {
      add(e.source);
      add(e.target);
    } else add(id);
  }
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

const HIDDEN = 'story-hidden';

/**
 * syncStory: animates the nodes to a story view's precomputed positions (or back to the full
 * view's), switches each edge to that view's route, and hides what the view leaves out. No layout
 * runs: positions come from graph.json.
 */
function showStory(
  cy: Core,
  index: GraphIndex,
  view: GraphView | null,
  looks: Map<string, Set<string>>,
  viewport?: Viewport,
) {
  const graph = index.graph;
  const hidden = new Set<string>();
  if (view) {
    for (const n of graph.elements.nodes) if (!view.nodes[n.data.id]) hidden.add(n.data.id);
    for (const e of graph.elements.edges) if (!view.edges[e.data.id]) hidden.add(e.data.id);
  }
  cy.stop(true, true);
  cy.batch(() => {
    updateSet(
      cy,
      looks,
      HIDDEN,
      hidden,
      (el) => el.style('display', 'none'),
      (el) => el.removeStyle('display'),
    );
    for (const e of graph.elements.edges) {
      const route = view?.edges[e.data.id] ?? e.data;
      const el = cy.getElementById(e.data.id);
      el.data({
        bends: route.bends,
        segmentDistances: route.segmentDistances,
        segmentWeights: route.segmentWeights,
        sourceEndpoint: route.sourceEndpoint,
        targetEndpoint: route.targetEndpoint,
      });
      el.toggleClass('straight', route.bends.length === 0);
    }
  });
  const target = new Map<string, { x: number; y: number }>();
  for (const n of graph.elements.nodes) {
    const p = view?.nodes[n.data.id];
    if (view && !p) continue;
    target.set(n.data.id, p ?? n.position);
  }
  // Fit the destination (the bounding box of the target positions, padded), or go back to
  // the viewport the caller kept.
  let zoom: number;
  let pan: { x: number; y: number };
  if (viewport) {
    zoom = viewport.zoom;
    pan = panFor(cy, viewport);
  } else {
    const { x1, y1, x2, y2 } = boxAt(index, view, [...target.keys()]);
    zoom = Math.min(
      cy.maxZoom(),
      (cy.width() - 2 * FIT_PADDING) / Math.max(x2 - x1, 1),
      (cy.height() - 2 * FIT_PADDING) / Math.max(y2 - y1, 1),
    );
    pan = {
      x: cy.width() / 2 - ((x1 + x2) / 2) * zoom,
      y: cy.height() / 2 - ((y1 + y2) / 2) * zoom,
    };
  }
  performance.mark('story-start');
  // The end is marked by the nodes, not the viewport: a walkthrough step may take the viewport
  // over (cy.stop) while the nodes are still moving.
  let moving = target.size;
  const done = () => {
    if (--moving === 0) performance.mark('story-end');
  };
  for (const [id, position] of target)
    cy.getElementById(id).animate(
      { position },
      { duration: STORY_MS, easing: 'ease-in-out-cubic', complete: done },
    );
  cy.animate({ zoom, pan }, { duration: STORY_MS, easing: 'ease-in-out-cubic' });
}

export function useCytoscape(index: GraphIndex, visible: Visible) {
  const cyRef = useRef<Core | null>(null);
  // The ids that carry each class, and the ids the filters fade (key FILTERED).
  const looks = useRef(new Map<string, Set<string>>());
  const [cy, setCy] = useState<Core | null>(null);
  const selected = useUiStore((s) => s.selected);
  const hovered = useUiStore((s) => s.hovered);
  const centerRequest = useUiStore((s) => s.centerRequest);
  const fitRequest = useUiStore((s) => s.fitRequest);
  const tourHighlight = useUiStore((s) => s.tourHighlight);
  const presentation = useUiStore((s) => s.presentation);
  const imageRequest = useUiStore((s) => s.imageRequest);
  const hiddenLabels = useUiStore((s) => s.hiddenLabels);
  const story = useUiStore((s) => s.story);
  const tourId = useUiStore((s) => s.tour?.id ?? null);
  const filters = useUiStore((s) => s.filters);

  /** react-cytoscapejs calls this on every render; only a new instance is wired up. */
  const onCy = useCallback((instance: Core) => {
    if (cyRef.current === instance) return;
    cyRef.current = instance;
    performance.mark('canvas-created');
    looks.current = new Map();
    instance.on('tap', 'node, edge', (e: EventObject) =>
      useUiStore.getState().select(e.target.id()),
    );
    instance.on('tap', (e: EventObject) => {
      if (e.target === instance) useUiStore.getState().select(null);
    });
    instance.on('mouseover', 'node', (e: EventObject) =>
      useUiStore.getState().hover(e.target.id()),
    );
    instance.on('mouseout', 'node', () => useUiStore.getState().hover(null));
    instance.one('render', () => performance.mark('graph-drawn'));
    if (import.meta.env.VITE_EXPOSE_CY === '1') window.__cy = instance;
    setCy(instance);
  }, []);

  useEffect(
    () => () => {
      cyRef.current = null;
    },
    [],
  );

  // syncSize: the panel opening or closing resizes the container, not the window.
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      cy.resize();
      // Keep the selection in view when the panel takes part of the canvas, unless an
      // animation (centring on a search result, say) is already moving it there.
      if (cy.animated()) return;
      const id = useUiStore.getState().selected;
      const el = id ? cy.getElementById(id) : null;
      if (!el || el.empty() || !el.isNode()) return;
      const p = el.renderedPosition();
      if (p.x < 0 || p.x > cy.width() || p.y < 0 || p.y > cy.height())
        cy.animate({ center: { eles: el }, duration: 200 });
      else if (p.x > cy.width() - 80)
        cy.animate({ panBy: { x: cy.width() - 80 - p.x - 60, y: 0 }, duration: 200 });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  // syncFilters
  useEffect(() => {
    if (!cy) return;
    const hidden = new Set<string>();
    cy.elements().forEach((el) => {
      const id = el.id();
      if (!(el.isNode() ? visible.nodes.has(id) : visible.edges.has(id))) hidden.add(id);
    });
    cy.batch(() => setFiltered(cy, looks.current, hidden));
  }, [cy, visible]);

  // syncStory: only when the story view to show changes. A walkthrough of a hypothesis tells
  // its story in that hypothesis's story view; when it ends, the canvas goes back to the view
  // and viewport it had before.
  const storyId = useRef<string | null>(null);
  const shownView = useRef<GraphView | null>(null);
  const beforeTour = useRef<Viewport | null>(null);
  useEffect(() => {
    if (!cy || !filters) return;
    const tourView = tourId
      ? (index.graph.views.find((v) => v.kind === 'hypothesis' && v.id === tourId) ?? null)
      : null;
    const view = tourView ?? (story ? storyViewFor(index.graph, filters) : null);
    const key = view ? `${view.kind}:${view.id}` : null;
    let viewport: Viewport | undefined;
    if (tourView && !beforeTour.current) beforeTour.current = viewportOf(cy);
    if (!tourView && beforeTour.current) {
      viewport = beforeTour.current;
      beforeTour.current = null;
    }
    if (key === storyId.current) {
      if (viewport) {
        cy.stop(true, true);
        cy.resize();
        cy.animate({ zoom: viewport.zoom, pan: panFor(cy, viewport) }, { duration: STORY_MS });
      }
      return;
    }
    const wasStory = storyId.current !== null;
    storyId.current = key;
    shownView.current = view;
    if (view || wasStory) {
      cy.resize();
      showStory(cy, index, view, looks.current, viewport);
    }
  }, [cy, index, story, filters, tourId]);

  // syncSelection: a walkthrough step, else the selected (or hovered) node's cascade, is
  // highlighted; the rest is dimmed.
  useEffect(() => {
    if (!cy) return;
    let current: Set<string> = new Set();
    let context: Set<string> | null = null;
    if (tourHighlight) {
      current = new Set(tourHighlight.current);
      context = new Set(tourHighlight.visited);
    } else {
      const focus = hovered ?? selected;
      const allowed = new Set([...visible.nodes, ...visible.edges]);
      if (focus && index.nodes.has(focus)) {
        current = new Set([focus]);
        context = new Set([
          ...cascade(index, focus, 'up', allowed),
          ...cascade(index, focus, 'down', allowed),
        ]);
      } else if (focus && index.edges.has(focus)) {
        const e = index.edges.get(focus)!;
        current = new Set([focus]);
        context = new Set([e.source, e.target]);
      }
      if (selected && !hovered) current.add(selected);
    }
    const selectedIds = new Set(
      [...current].filter((id) => tourHighlight !== null || id === selected),
    );
    const cascadeIds = new Set([...(context ?? [])].filter((id) => !current.has(id)));
    const dimmedIds = new Set<string>();
    if (context !== null) {
      cy.elements().forEach((el) => {
        const id = el.id();
        if (!current.has(id) && !context?.has(id)) dimmedIds.add(id);
      });
    }
    cy.batch(() => {
      setClass(cy, looks.current, 'selected', selectedIds);
      setClass(cy, looks.current, 'cascade', cascadeIds);
      setClass(cy, looks.current, 'dimmed', dimmedIds);
    });
  }, [cy, index, selected, hovered, visible, tourHighlight]);

  // syncHiddenLabels: a quiz hides the answer's label ("?") until the question is answered.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => setClass(cy, looks.current, 'label-hidden', new Set(hiddenLabels)));
  }, [cy, hiddenLabels]);

  // centre on the walkthrough step, zoomed in enough to read
  useEffect(() => {
    if (!cy || !tourHighlight || tourHighlight.current.length === 0) return;
    const ids = tourHighlight.current;
    let eles = cy.collection();
    for (const id of ids) {
      const el = cy.getElementById(id);
      eles = eles.union(el.isEdge() ? el.union(el.connectedNodes()) : el);
    }
    if (eles.empty()) return;
    cy.resize();
    // Where the step's elements will be once a story transition has run (labels aside).
    const bb = boxAt(index, shownView.current, ids);
    const pad = 60;
    const fitZoom = Math.min(
      (cy.width() - 2 * pad) / Math.max(bb.w, 1),
      (cy.height() - 2 * pad) / Math.max(bb.h, 1),
    );
    const zoom = Math.max(cy.minZoom(), Math.min(Math.max(cy.zoom(), 0.9), fitZoom, 1.3));
    const pan = {
      x: cy.width() / 2 - ((bb.x1 + bb.x2) / 2) * zoom,
      y: cy.height() / 2 - ((bb.y1 + bb.y2) / 2) * zoom,
    };
    cy.stop(true, true);
    cy.animate({ zoom, pan }, { duration: 300 });
  }, [cy, index, tourHighlight]);

  // syncViewport (on mount and when presentation mode toggles): with a selection in
  // presentation mode, show it at reading size; otherwise fit what the filters leave visible.
  // On mount without presentation mode the preset layout has already fitted the whole graph,
  // so the class pass and a second fit (a bounding-box pass over every label) are skipped.
  const presented = useRef(false);
  useEffect(() => {
    if (!cy) return;
    const toggled = presented.current !== presentation;
    presented.current = presentation;
    if (toggled) {
      cy.batch(() => {
        cy.elements().toggleClass('present', presentation);
      });
    }
    cy.resize();
    const id = useUiStore.getState().selected;
    const el = id ? cy.getElementById(id) : cy.collection();
    if (presentation && el.nonempty()) {
      cy.zoom(1);
      cy.center(el);
      return;
    }
    if (toggled || looks.current.get(FILTERED)?.size) fitVisible(cy, looks.current);
  }, [cy, presentation]);

  // centre on request (search, deep link, panel navigation)
  useEffect(() => {
    if (!cy || centerRequest === 0) return;
    const id = useUiStore.getState().selected;
    const el = id ? cy.getElementById(id) : null;
    if (!el || el.empty()) return;
    // Opening the panel may have narrowed the canvas in this same commit.
    cy.resize();
    cy.stop(true, true);
    cy.animate({ center: { eles: el }, duration: 250 });
  }, [cy, centerRequest]);

  // fit on request (the Fit and Reset buttons)
  useEffect(() => {
    if (!cy || fitRequest === 0) return;
    fitVisible(cy, looks.current);
  }, [cy, fitRequest]);

  // On a phone the panel is a bottom sheet over the canvas: lift the selection above it.
  useEffect(() => {
    if (!cy || !selected || typeof window.matchMedia !== 'function') return;
    if (!window.matchMedia('(max-width: 700px)').matches) return;
    const el = cy.getElementById(selected);
    if (el.empty()) return;
    const zoom = Math.max(cy.zoom(), 0.8);
    const bb = el.boundingBox({});
    const p = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    cy.stop(true, true);
    cy.animate(
      { zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() * 0.22 - p.y * zoom } },
      { duration: 250 },
    );
  }, [cy, selected]);

  // answer an image request (the image code loads on first use)
  useEffect(() => {
    if (!cy || !imageRequest) return;
    useUiStore.setState({ imageRequest: null });
    import('./image-export')
      .then(({ renderImages }) => renderImages(cy, index.graph, imageRequest.spec))
      .then(imageRequest.resolve, imageRequest.reject);
  }, [cy, index, imageRequest]);

  const zoomBy = useCallback((factor: number) => {
    const c = cyRef.current;
    if (!c) return;
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  }, []);

  return { onCy, zoomBy };
}
