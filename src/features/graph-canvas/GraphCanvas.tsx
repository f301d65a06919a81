import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { Core } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import { arrowMove, isArrowKey, neighbours, type ArrowContext } from '../../domain/arrow-nav';
import { allFilters, type Visible } from '../../domain/filter';
import { elementLabel, type GraphIndex } from '../../domain/graph-index';
import { useUiStore } from '../../store/ui-store';
import { LABEL_FONT_SIZE } from '../../domain/layout-constants';
import { CanvasLegend } from './CanvasLegend';
import { useCanvas } from './canvas-handle';
import { cascadeBranch, cascadeTop, initialViewport, type Box } from './initial-viewport';
import { canvasElements } from './canvas-elements';
import { useLabelFontReady } from './label-font';
import { STYLESHEET } from './stylesheet';
import { useCytoscape } from './useCytoscape';

// Module constants: react-cytoscapejs compares these by reference.
const LAYOUT = { name: 'preset', fit: true, padding: 30 };
const CANVAS_STYLE = { width: '100%', height: '100%' };
/**
 * react-cytoscapejs, when it re-renders, diffs every element's data, position and classes
 * against the last props (with its default `diff` it does so even when `elements` is the same
 * array): 7 ms of each filter toggle on the 2,000-node graph. Its props here change only with the
 * graph, so a memo skips that walk when the canvas re-renders for a filter or a selection.
 */
const Cytoscape = memo(CytoscapeComponent);

export function GraphCanvas({ index, visible }: { index: GraphIndex; visible: Visible }) {
  const { onCy } = useCytoscape(index, visible);
  const canvas = useCanvas();
  const elements = useMemo(() => canvasElements(index.graph), [index]);
  const fontReady = useLabelFontReady();
  // On a phone the first view is the top of the cascade at reading zoom (see initial-viewport.ts).
  const [reading, setReading] = useState(false);
  // A walkthrough or a quiz frames its own steps, and a selection is lifted above the phone's
  // bottom sheet, where the pill would sit over its neighbours (tester 4).
  const stepping = useUiStore((s) => !!s.tour || !!s.quiz || s.selected !== null);
  const firstView = useRef<Core | null>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const wholeRef = useRef<HTMLButtonElement>(null);
  /** The phone's first view for `c`, below `topInset` CSS px of controls; null to fit instead. */
  const readingView = useCallback(
    (c: Core, topInset: number) => {
      const topId = cascadeTop(index);
      const top = topId ? c.getElementById(topId) : c.collection();
      const branchId = topId ? cascadeBranch(index, topId) : undefined;
      const kept = top.union(branchId ? c.getElementById(branchId) : c.collection());
      const bb = kept.boundingBox();
      const keep: Box | undefined = kept.nonempty() ? bb : undefined;
      return initialViewport(
        { width: c.width(), height: c.height() },
        c.elements().boundingBox(),
        top.nonempty() ? top.position() : { x: 0, y: 0 },
        { fontSize: LABEL_FONT_SIZE, topInset, keep },
      );
    },
    [index],
  );
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
      // A first guess below the zoom buttons; refined once "Show whole graph" is on screen.
      const v = readingView(c, bottomOf(controlsRef.current, c));
      if (v) {
        c.viewport(v);
        setReading(true);
      }
    },
    // The first view is decided once, for the instance and filters it was created with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onCy],
  );
  // Once the pill is drawn, start the graph below every control, measured (before paint).
  useLayoutEffect(() => {
    const c = firstView.current;
    if (!reading || !c || c.destroyed()) return;
    const inset = Math.max(bottomOf(controlsRef.current, c), bottomOf(wholeRef.current, c));
    const v = readingView(c, inset);
    if (v) c.viewport(v);
    // Only when the reading view first appears: later pans and zooms are the reader's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reading]);
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
          <Cytoscape
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
      {reading && !stepping && (
        <button
          ref={wholeRef}
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
      <div ref={controlsRef} className="canvas-controls" role="group" aria-label="View">
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

/** How far down the canvas `el` reaches, in CSS px from the canvas's top (0 when absent). */
function bottomOf(el: HTMLElement | null, c: Core): number {
  const container = c.container();
  if (!el || !container) return 0;
  return Math.max(0, el.getBoundingClientRect().bottom - container.getBoundingClientRect().top);
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
