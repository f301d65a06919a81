/**
 * The viewport's own syncs: the canvas resized (the panel opening), presentation mode toggled,
 * and on a phone the selection lifted above the bottom sheet.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { type RefObject, useEffect, useRef } from 'react';
import { useUiStore } from '../../store/ui-store';
import { FILTERED, fitVisible, type Looks, restyleNow } from './looks';

/** syncSize: the panel opening or closing resizes the container, not the window. */
export function useCanvasSize(cy: Core | null) {
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
      // Projected, the selection is what the room looks at: the panel docking under the graph
      // (it loads after the canvas) must not leave it at the bottom edge (tester 5).
      if (useUiStore.getState().presentation) cy.animate({ center: { eles: el }, duration: 200 });
      else if (p.x < 0 || p.x > cy.width() || p.y < 0 || p.y > cy.height())
        cy.animate({ center: { eles: el }, duration: 200 });
      else if (p.x > cy.width() - 80)
        cy.animate({ panBy: { x: cy.width() - 80 - p.x - 60, y: 0 }, duration: 200 });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);
}

/**
 * syncViewport (on mount and when presentation mode toggles): with a selection in presentation
 * mode, show it at reading size; otherwise fit what the filters leave visible. On mount without
 * presentation mode the preset layout has already fitted the whole graph, so the class pass and a
 * second fit (a bounding-box pass over every label) are skipped.
 */
export function usePresentationViewport(cy: Core | null, looks: RefObject<Looks>) {
  const presentation = useUiStore((s) => s.presentation);
  const presented = useRef(false);
  useEffect(() => {
    if (!cy) return;
    const toggled = presented.current !== presentation;
    presented.current = presentation;
    if (toggled) {
      cy.batch(() => {
        cy.elements().toggleClass('present', presentation);
      });
      // Before the fit below measures the labels: see restyleNow.
      restyleNow(cy.nodes());
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
  }, [cy, presentation, looks]);
}

/** Whether the panel is a bottom sheet over the canvas (a phone), not a column beside it. */
export const panelIsSheet = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 700px)').matches;

/**
 * Shows `el` above the bottom sheet, at a readable zoom (or as wide as the screen allows): its
 * centre at 22 % of the canvas height (the sheet covers the lower part). Used for a tap and for
 * every "centre this" request.
 */
export function liftAboveSheet(cy: Core, el: CollectionReturnValue) {
  // An arrow is shown with its two boxes, zoomed out if they are wider than the screen.
  const bb = (el.isEdge() ? el.union(el.connectedNodes()) : el).boundingBox({});
  const zoom = Math.min(Math.max(cy.zoom(), 0.8), (cy.width() - 24) / Math.max(bb.w, 1));
  const p = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
  cy.stop(true, true);
  cy.animate(
    { zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() * 0.22 - p.y * zoom } },
    { duration: 250 },
  );
}

/** On a phone the panel is a bottom sheet over the canvas: lift the selection above it. */
export function usePhoneLift(cy: Core | null) {
  const selected = useUiStore((s) => s.selected);
  useEffect(() => {
    if (!cy || !selected || !panelIsSheet()) return;
    const el = cy.getElementById(selected);
    if (el.nonempty()) liftAboveSheet(cy, el);
  }, [cy, selected]);
}
