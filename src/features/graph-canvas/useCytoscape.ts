/**
 * The only code that touches the Cytoscape instance, composed of one hook per concern. The
 * instance is held in a ref, listeners are registered once per instance, and each sync is a small
 * named effect inside one batch: filters fade elements (a style bypass), the selection toggles
 * classes; neither moves, removes or lays out elements. The order of the hooks is the order their
 * effects run in a commit.
 */
import type { Core, EventObject } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Visible } from '../../domain/filter';
import type { GraphIndex } from '../../domain/graph-index';
import { useUiStore } from '../../store/ui-store';
import { type Looks, setFiltered } from './looks';
import { useCanvasCommands } from './useCanvasCommands';
import { useSelectionSync } from './useSelectionSync';
import { useStoryView } from './useStoryView';
import { useCanvasSize, usePhoneLift, usePresentationViewport } from './useViewportSync';
import { useWalkthroughViewport } from './useWalkthroughViewport';

declare global {
  interface Window {
    /** Exposed only in builds made with VITE_EXPOSE_CY=1, for the real-browser tests. */
    __cy?: Core;
  }
}

export function useCytoscape(index: GraphIndex, visible: Visible) {
  const cyRef = useRef<Core | null>(null);
  // The ids that carry each class, the ids the filters fade and those a story view hides.
  const looks = useRef<Looks>(new Map());
  const [cy, setCy] = useState<Core | null>(null);

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
    // Cytoscape sends no mouseout when the pointer leaves the canvas straight from a node (a box
    // cut at the edge, or under the docked panel): the hover would stay, and its dimming with it.
    instance.container()?.addEventListener('mouseleave', () => {
      if (useUiStore.getState().hovered !== null) useUiStore.getState().hover(null);
    });
    // Nor a mouseover when it comes back onto that same node: a move over a node hovers it.
    instance.on('mousemove', 'node', (e: EventObject) => {
      if (useUiStore.getState().hovered !== e.target.id())
        useUiStore.getState().hover(e.target.id());
    });
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

  useCanvasSize(cy);

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

  const shownView = useStoryView(cy, index, looks);
  useSelectionSync(cy, index, looks, visible);
  useWalkthroughViewport(cy, index, shownView);
  usePresentationViewport(cy, looks);
  useCanvasCommands(cy, index, looks);
  usePhoneLift(cy);

  return { onCy };
}
