/** Walkthrough viewport: each step is brought to the middle, zoomed in enough to read. */
import type { Core } from 'cytoscape';
import { type RefObject, useEffect } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import type { GraphView } from '../../domain/schema';
import { useUiStore } from '../../store/ui-store';
import { boxAt } from './viewport';

export function useWalkthroughViewport(
  cy: Core | null,
  index: GraphIndex,
  shownView: RefObject<GraphView | null>,
) {
  const tourHighlight = useUiStore((s) => s.tourHighlight);
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
    // A small margin: a whole-path step in a tall story view needs every pixel of height for
    // its labels (AMPA/mTOR closing step: 14.4 px with 60, 16 px or more with 24).
    const pad = 24;
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
  }, [cy, index, tourHighlight, shownView]);
}
