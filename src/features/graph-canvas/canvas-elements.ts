import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../../domain/schema';
import { KIND_STYLE, RELATION_STYLE } from './visual-language';

/**
 * The graph's elements as the canvas draws them: each carries its look (shape and colours by
 * kind, arrow by relation), its certainty class (line style) and its branch mark, so the stylesheet needs few selectors.
 */
export function canvasElements(graph: Graph): ElementDefinition[] {
  const highOnly = (branches: string[]) =>
    branches.length === 1 && branches[0] === 'high-dose' ? 'high-dose-only' : '';
  return [
    ...graph.elements.nodes.map((n) => {
      const k = KIND_STYLE[n.data.kind];
      return {
        group: 'nodes' as const,
        data: { ...n.data, shape: k.shape, fill: k.fill, border: k.border },
        position: { ...n.position },
        classes: highOnly(n.data.branches),
      };
    }),
    ...graph.elements.edges.map((e) => {
      const r = RELATION_STYLE[e.data.relation];
      return {
        group: 'edges' as const,
        data: { ...e.data, arrow: r.arrow, width: r.width },
        classes: [
          highOnly(e.data.branches),
          e.data.certainty === 'established' ? '' : e.data.certainty,
        ]
          .filter(Boolean)
          .join(' '),
      };
    }),
  ];
}
