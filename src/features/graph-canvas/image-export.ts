/** PNG and SVG of the current view. Loaded on demand, with the cytoscape-svg extension. */
import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';

let registered = false;

export function viewImage(cy: Core, format: 'png' | 'svg'): Blob {
  if (format === 'png')
    return cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }) as unknown as Blob;
  if (!registered) {
    cytoscape.use(svg);
    registered = true;
  }
  const text = (cy as unknown as { svg(o: object): string }).svg({
    full: false,
    bg: '#ffffff',
    scale: 1,
  });
  return new Blob([text], { type: 'image/svg+xml' });
}
