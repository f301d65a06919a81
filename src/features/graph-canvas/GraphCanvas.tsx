import { useMemo } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { allFilters, type Visible } from '../../domain/filter';
import type { GraphIndex } from '../../domain/graph-index';
import { useUiStore } from '../../store/ui-store';
import { CanvasLegend } from './CanvasLegend';
import { canvasElements } from './canvas-elements';
import { useLabelFontReady } from './label-font';
import { STYLESHEET } from './stylesheet';
import { useCytoscape } from './useCytoscape';

// Module constants: react-cytoscapejs compares these by reference.
const LAYOUT = { name: 'preset', fit: true, padding: 30 };
const CANVAS_STYLE = { width: '100%', height: '100%' };

export function GraphCanvas({ index, visible }: { index: GraphIndex; visible: Visible }) {
  const { onCy, zoomBy } = useCytoscape(index, visible);
  const requestFit = useUiStore((s) => s.requestFit);
  const elements = useMemo(() => canvasElements(index.graph), [index]);
  const fontReady = useLabelFontReady();
  return (
    <div className="canvas-wrap">
      <div
        className="canvas"
        tabIndex={0}
        role="img"
        aria-label={`Pathway graph of ${index.graph.elements.nodes.length} nodes. Use the search box, the filters and the panel's neighbour buttons to move through it by keyboard.`}
      >
        {fontReady && (
          <CytoscapeComponent
            elements={elements}
            layout={LAYOUT}
            stylesheet={STYLESHEET}
            style={CANVAS_STYLE}
            cy={onCy}
            minZoom={0.15}
            maxZoom={3}
            boxSelectionEnabled={false}
            autoungrabify
          />
        )}
      </div>
      <CanvasLegend />
      <div className="canvas-controls" role="group" aria-label="View">
        <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={requestFit}>
          Fit
        </button>
        <button
          type="button"
          onClick={() => {
            useUiStore.setState({ selected: null, filters: allFilters(index.graph), notices: [] });
            requestFit();
          }}
        >
          Reset
        </button>
      </div>
    </div>
  );
}
