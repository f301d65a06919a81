import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Core } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import { arrowMove, isArrowKey, neighbours, type ArrowContext } from '../../domain/arrow-nav';
import { allFilters, type Visible } from '../../domain/filter';
import { elementLabel, type GraphIndex } from '../../domain/graph-index';
import { useUiStore } from '../../store/ui-store';
import { LABEL_FONT_SIZE } from '../../domain/layout-constants';
import { CanvasLegend } from './CanvasLegend';
import { useCanvas } from './canvas-handle';
import { cascadeTop, initialViewport } from './initial-viewport';
import { canvasElements } from './canvas-elements';
import { useLabelFontReady } from './label-font';
import { STYLESHEET } from './stylesheet';
import { useCytoscape } from './useCytoscape';

// Module constants: react-cytoscapejs compares these by reference.
const LAYOUT = { name: 'preset', fit: true, padding: 30 };
const CANVAS_STYLE = { width: '100%', height: '100%' };

export function GraphCanvas({ index, visible }: { index: GraphIndex; visible: Visible }) {
  const { onCy } = useCytoscape(index, visible);
  const canvas = useCanvas();
  const elements = useMemo(() => canvasElements(index.graph), [index]);
  const fontReady = useLabelFontReady();
  // On a phone the first view is the top of the cascade at reading zoom (see initial-viewport.ts).
  const [reading, setReading] = useState(false);
  const firstView = useRef<Core | null>(null);
  const onCyFirst = useCallback(
    (c: Core) => {
      onCy(c);
      if (firstView.current === c) return;
      firstView.current = c;
      const s = useUiStore.getState();
      // A link to a selection, walkthrough, story or filtered view has a first view of its own.
      if (
        s.selected ||
        s.tour ||
        s.presentation ||
        s.story ||
        visible.nodes.size < index.nodes.size
      )
        return;
      const topId = cascadeTop(index);
      const top = topId ? c.getElementById(topId) : c.collection();
      const v = initialViewport(
        { width: c.width(), height: c.height() },
        c.elements().boundingBox(),
        top.nonempty() ? top.position() : { x: 0, y: 0 },
        { fontSize: LABEL_FONT_SIZE },
      );
      if (v) {
        c.viewport(v);
        setReading(true);
      }
    },
    // The first view is decided once, for the instance and filters it was created with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onCy],
  );
  // How the selection was last reached by an arrow key, so ← → walk the same row.
  const arrowContext = useRef<ArrowContext | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  // Arrow keys move the selection along the arrows; focus stays here, so they can repeat. During
  // a walkthrough ← → belong to the walkthrough (clickers send them), so the canvas leaves them.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const state = useUiStore.getState();
    // Esc on the canvas closes the panel, as Esc in the panel does.
    if (e.key === 'Escape' && state.selected) {
      arrowContext.current = undefined;
      state.select(null);
      setAnnouncement('Selection cleared.');
      return;
    }
    if (!isArrowKey(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (state.tour) return;
    e.preventDefault();
    const move = arrowMove(index, visible, state.selected, e.key, arrowContext.current);
    if (!move) {
      setAnnouncement(`Nothing further ${DIRECTION_WORDS[e.key]}.`);
      return;
    }
    arrowContext.current = move.context;
    state.select(move.id, { center: true });
    setAnnouncement(describe(index, visible, move.id));
  };
  return (
    <div className="canvas-wrap">
      <div
        className="canvas"
        tabIndex={0}
        role="img"
        aria-label={`Pathway graph of ${index.graph.elements.nodes.length} nodes. Arrow keys move the selection: down to a downstream neighbour, up to an upstream one, left and right among its siblings.`}
        onKeyDown={onKeyDown}
      >
        {fontReady && (
          <CytoscapeComponent
            elements={elements}
            layout={LAYOUT}
            stylesheet={STYLESHEET}
            style={CANVAS_STYLE}
            cy={onCyFirst}
            minZoom={0.15}
            maxZoom={3}
            boxSelectionEnabled={false}
            autoungrabify
          />
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="canvas-status">
        {announcement}
      </p>
      <CanvasLegend />
      {reading && (
        <button
          type="button"
          className="show-whole"
          onClick={() => {
            setReading(false);
            canvas.fit();
          }}
        >
          Show whole graph
        </button>
      )}
      <div className="canvas-controls" role="group" aria-label="View">
        <button type="button" onClick={() => canvas.zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => canvas.zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
        <button
          type="button"
          onClick={() => {
            setReading(false);
            canvas.fit();
          }}
        >
          Fit
        </button>
        <button
          type="button"
          onClick={() => {
            useUiStore.setState({ selected: null, filters: allFilters(index.graph), notices: [] });
            setReading(false);
            canvas.fit();
          }}
        >
          Reset
        </button>
      </div>
    </div>
  );
}

const DIRECTION_WORDS = {
  ArrowUp: 'upstream',
  ArrowDown: 'downstream',
  ArrowLeft: 'to the left',
  ArrowRight: 'to the right',
} as const;

/** What a screen reader hears after an arrow key: the element and where it can go next. */
function describe(index: GraphIndex, visible: Visible, id: string): string {
  const label = elementLabel(index, id) ?? id;
  const node = index.nodes.get(id);
  if (!node) return `Selected arrow: ${label}.`;
  const down = neighbours(index, visible, id, 'down').length;
  const up = neighbours(index, visible, id, 'up').length;
  return `Selected ${label} (${node.kind.replace(/-/g, ' ')}): ${up} upstream, ${down} downstream.`;
}
