/**
 * Story views and build-up. A story view is a precomputed layout of one hypothesis or dose branch
 * (graph.json `views`): the canvas animates the nodes to its positions, switches each edge to its
 * route and hides what it leaves out; no layout runs in the browser. A hypothesis walkthrough
 * tells its story in its story view and draws the story's elements as it reaches them
 * (src/domain/build-up.ts); when it ends, the canvas goes back to the view and viewport it had.
 */
import type { Core } from 'cytoscape';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { revealedAt } from '../../domain/build-up';
import type { GraphIndex } from '../../domain/graph-index';
import type { GraphView } from '../../domain/schema';
import { storyViewFor } from '../../domain/story';
import { buildTour } from '../../domain/tour';
import { useUiStore } from '../../store/ui-store';
import { FIT_PADDING, type Looks, updateSet } from './looks';
import { boxAt, panFor, type Viewport, viewportOf } from './viewport';

const STORY_MS = 600;
const HIDDEN = 'story-hidden';
/** Emitted on the core when the last node of a story transition has arrived. */
const STORY_END = 'story-end';
/** How many nodes story transitions are still moving (a Cytoscape scratch entry on the core). */
const MOVING = 'storyMovingNodes';

/**
 * Runs `fn` now, or once the story transition under way has brought every node to its place: a
 * camera move aimed at a node still on its way lands wherever the node was. `fn` is skipped if
 * `stillWanted` says a newer request took its place meanwhile.
 */
export function whenStoryStill(cy: Core, fn: () => void, stillWanted: () => boolean) {
  const run = () => {
    if (!stillWanted() || cy.destroyed()) return;
    if (((cy.scratch(MOVING) as number | undefined) ?? 0) > 0) cy.one(STORY_END, run);
    else fn();
  };
  run();
}

/** What `view` leaves out, and of what it shows, what `revealed` (build-up) has not reached yet. */
function hiddenBy(index: GraphIndex, view: GraphView | null, revealed: Set<string> | null) {
  const hidden = new Set<string>();
  if (!view) return hidden;
  const out = (id: string, inView: boolean) => !inView || (revealed !== null && !revealed.has(id));
  for (const n of index.graph.elements.nodes)
    if (out(n.data.id, !!view.nodes[n.data.id])) hidden.add(n.data.id);
  for (const e of index.graph.elements.edges)
    if (out(e.data.id, !!view.edges[e.data.id])) hidden.add(e.data.id);
  return hidden;
}

/** Hidden, not faded: `display: none`, so hidden elements take no clicks and no space in a fit. */
const hide = (cy: Core, looks: Looks, ids: Set<string>) =>
  updateSet(
    cy,
    looks,
    HIDDEN,
    ids,
    (eles) => eles.style('display', 'none'),
    (eles) => eles.removeStyle('display'),
  );

/**
 * Animates the nodes to a story view's positions (or back to the full view's), switches each edge
 * to that view's route, and hides what the view leaves out. The build-up effect, which runs next
 * in the same commit (before Cytoscape draws), hides what the walkthrough has not reached.
 */
function showStory(
  cy: Core,
  index: GraphIndex,
  view: GraphView | null,
  looks: Looks,
  viewport?: Viewport,
) {
  const graph = index.graph;
  cy.stop(true, true);
  cy.batch(() => {
    hide(cy, looks, hiddenBy(index, view, null));
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
  cy.scratch(MOVING, ((cy.scratch(MOVING) as number | undefined) ?? 0) + target.size);
  const done = () => {
    if (--moving === 0) performance.mark('story-end');
    const left = (cy.scratch(MOVING) as number) - 1;
    cy.scratch(MOVING, left);
    if (left === 0) cy.emit(STORY_END);
  };
  for (const [id, position] of target)
    cy.getElementById(id).animate(
      { position },
      { duration: STORY_MS, easing: 'ease-in-out-cubic', complete: done },
    );
  cy.animate({ zoom, pan }, { duration: STORY_MS, easing: 'ease-in-out-cubic' });
}

/**
 * Shows the story view the state calls for (a hypothesis walkthrough's, else the filters' when
 * "story" is chosen) and the walkthrough's build-up. Returns the view shown (null: the full view),
 * where the other hooks find where elements will be once a transition has run.
 */
export function useStoryView(
  cy: Core | null,
  index: GraphIndex,
  looks: RefObject<Looks>,
): RefObject<GraphView | null> {
  const story = useUiStore((s) => s.story);
  const tour = useUiStore((s) => s.tour);
  const tourId = tour?.id ?? null;
  const filters = useUiStore((s) => s.filters);
  const tourView = useMemo(
    () =>
      tourId
        ? (index.graph.views.find((v) => v.kind === 'hypothesis' && v.id === tourId) ?? null)
        : null,
    [index, tourId],
  );
  // Build-up only where the walkthrough tells its story in its own story view.
  const builtTour = useMemo(
    () => (tourView && tourId ? buildTour(index, tourId) : null),
    [index, tourView, tourId],
  );
  const step = tour?.step ?? 0;
  const revealed = useMemo(
    () => (builtTour ? new Set(revealedAt(builtTour, step)) : null),
    [builtTour, step],
  );

  const storyId = useRef<string | null>(null);
  const shownView = useRef<GraphView | null>(null);
  const beforeTour = useRef<Viewport | null>(null);

  // syncStory: only when the story view to show changes.
  useEffect(() => {
    if (!cy || !filters) return;
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
  }, [cy, index, story, filters, tourView, looks]);

  // syncBuildUp: each walkthrough step draws what the story has reached; going back hides again.
  useEffect(() => {
    if (!cy || !tourView || shownView.current !== tourView) return;
    cy.batch(() => hide(cy, looks.current, hiddenBy(index, tourView, revealed)));
  }, [cy, index, tourView, revealed, looks]);

  return shownView;
}
