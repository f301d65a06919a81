/** The previous build-time layout (dagre in headless Cytoscape, 136×48 boxes, straight edges), kept so that `npm run bench` can set it beside ELK. */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { GraphEdgeData, GraphNodeData, Relation } from '../src/domain/schema';
/** The box size the dagre layout used. */
const NODE_WIDTH = 136;
const NODE_HEIGHT = 48;

cytoscape.use(dagre);

/** Relations that say nothing about cascade order, so they do not rank nodes in the layout. */
const NON_CAUSAL: ReadonlySet<Relation> = new Set<Relation>(['contrasts-with']);

/** Positions for every node, rounded to whole pixels so that output is byte-stable. */
export function layoutPositions(
  nodes: Array<Pick<GraphNodeData, 'id'>>,
  edges: Array<Pick<GraphEdgeData, 'id' | 'source' | 'target' | 'relation'>>,
): Map<string, { x: number; y: number }> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...edges
        .filter((e) => !NON_CAUSAL.has(e.relation))
        .map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.source, target: e.target },
        })),
    ],
    style: [
      {
        selector: 'node',
        style: { width: NODE_WIDTH, height: NODE_HEIGHT, shape: 'round-rectangle' },
      },
    ],
  });
  cy.layout({
    name: 'dagre',
    rankDir: 'TB',
    nodeSep: 12,
    rankSep: 26,
    edgeSep: 8,
    animate: false,
  } as cytoscape.LayoutOptions).run();
  const out = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: Math.round(p.x), y: Math.round(p.y) });
  });
  cy.destroy();
  return out;
}
