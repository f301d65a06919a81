// The cold-load baseline: the same elements drawn with plain Cytoscape, a preset layout and the
// app's own stylesheet and element preparation, but no React, no query cache and no schema validation. The app's figure
// is compared with this one, so the ratio is what the app adds around Cytoscape.
import cytoscape from 'cytoscape';
import { canvasElements } from '../../src/features/graph-canvas/canvas-elements';
import { STYLESHEET } from '../../src/features/graph-canvas/stylesheet';

performance.mark('scripts-run');
const res = await fetch('./data/graph.json');
const graph = await res.json();
performance.mark('graph-ready');
const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: canvasElements(graph),
  layout: { name: 'preset', fit: true, padding: 30 },
  style: STYLESHEET,
});
performance.mark('canvas-created');
cy.one('render', () => performance.mark('graph-drawn'));
