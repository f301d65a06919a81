// The second cold-load baseline: the bare page's Cytoscape drawing, created from a React component.
// It has React and react-dom, but no react-cytoscapejs, query cache, schema validation, store or
// sidebar, so app ÷ this page is what the app adds beyond React itself.
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { canvasElements } from '../../../src/features/graph-canvas/canvas-elements';
import type { Graph } from '../../../src/domain/schema';
import { STYLESHEET } from '../../../src/features/graph-canvas/stylesheet';

performance.mark('scripts-run');
const res = await fetch('../data/graph.json');
const graph = (await res.json()) as Graph;
performance.mark('graph-ready');

function Canvas() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const cy = cytoscape({
      container: ref.current,
      elements: canvasElements(graph),
      layout: { name: 'preset', fit: true, padding: 30 },
      style: STYLESHEET,
    });
    performance.mark('canvas-created');
    cy.one('render', () => performance.mark('graph-drawn'));
    return () => cy.destroy();
  }, []);
  return <div id="cy" ref={ref} />;
}

createRoot(document.getElementById('root') as HTMLElement).render(<Canvas />);
