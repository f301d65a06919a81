/**
 * The canvas's side of its handle (canvas-handle.ts): attached while Cytoscape lives. `center`
 * and `fit` run in an effect after the render that the caller's own state changes cause (a panel
 * opening narrows the canvas; Reset changes the filters), so they see the canvas as it will be.
 */
import type { Core } from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { attachCanvas, type CanvasHandle } from './canvas-handle';
import { FILTERED, fitVisible, type Looks } from './looks';
import { liftAboveSheet, panelIsSheet } from './useViewportSync';
import { whenStoryStill } from './useStoryView';

export function useCanvasCommands(cy: Core | null, index: GraphIndex, looks: RefObject<Looks>) {
  const pending = useRef<{ center: string | null; fit: boolean }>({ center: null, fit: false });
  const [asked, setAsked] = useState(0);
  // The latest centre request: one still waiting for a story transition gives way to a newer one.
  const centring = useRef(0);

  useEffect(() => {
    if (!cy) return;
    const impl: CanvasHandle = {
      center(id) {
        pending.current.center = id;
        setAsked((n) => n + 1);
      },
      fit() {
        pending.current.fit = true;
        setAsked((n) => n + 1);
      },
      zoomBy(factor) {
        // A camera move under way (centring, the lift above a phone's sheet) would set its own
        // zoom on its next frame and undo the press: it stops where it is, and the zoom starts
        // from what the reader sees. (Cytoscape's stop with jumpToEnd leaves the move running
        // until its next frame, which would still undo the press.)
        cy.stop(true, false);
        cy.zoom({
          level: cy.zoom() * factor,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
      },
      // The image code (and the SVG extension) loads on first use.
      image: (spec) =>
        import('./image-export').then(({ renderImages }) => renderImages(cy, index.graph, spec)),
    };
    return attachCanvas(impl);
  }, [cy, index]);

  useEffect(() => {
    if (!cy || asked === 0) return;
    const { center, fit } = pending.current;
    pending.current = { center: null, fit: false };
    // The fit first: a centre asked for with it then pans within the fitted zoom.
    if (fit) {
      // A camera move under way (a phone's lift, a centring) would undo the fit on its next
      // frame: stop it. Not a story transition, whose own move already fits where the boxes
      // are going (a fit now would frame where they were; reviewer, 11-23).
      if (cy.nodes(':animated').empty()) cy.stop(true, false);
      fitVisible(cy, looks.current);
    }
    const el = center ? cy.getElementById(center) : null;
    // An element the filters hide is not centred: the view would pan away from what is shown.
    if (!el || el.empty() || looks.current.get(FILTERED)?.has(el.id())) return;
    const centre = () => {
      // Opening the panel may have narrowed the canvas in this same commit.
      cy.resize();
      cy.stop(true, true);
      // On a phone the panel covers the lower half: the middle would be under it.
      if (panelIsSheet()) liftAboveSheet(cy, el);
      else cy.animate({ center: { eles: el }, duration: 250 });
    };
    const token = ++centring.current;
    // During a story transition the element is still on its way: centred now, it landed anywhere
    // in the middle half of the canvas (a `?view=story&node=` link; reviewer, 12-05).
    whenStoryStill(cy, centre, () => token === centring.current);
  }, [cy, asked, looks]);
}
