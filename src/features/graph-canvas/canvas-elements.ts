import type { ElementDefinition } from 'cytoscape';
import { textWidthInBox } from '../../domain/layout-constants';
import type { Graph, Relation } from '../../domain/schema';
import { doseClass, KIND_STYLE, RELATION_STYLE } from './visual-language';

const NON_CAUSAL: ReadonlySet<Relation> = new Set<Relation>([
  'contrasts-with',
  'located-in',
  'form-of',
]);

/**
 * The graph's elements as the canvas draws them: each carries its look (shape and colours by
 * kind, arrow by relation), its certainty class (line style) and its branch mark, so the stylesheet needs few selectors.
 */
export function canvasElements(graph: Graph): ElementDefinition[] {
  return [
    ...graph.elements.nodes.map((n) => {
      const k = KIND_STYLE[n.data.kind];
      return {
        group: 'nodes' as const,
        data: {
          ...n.data,
          shape: k.shape,
          fill: k.fill,
          border: k.border,
          // Wrap where the generator wrapped: any limit between the widest line and its wrap
          // width gives the same lines; one pixel of slack absorbs rounding in measureText.
          textMaxWidth: Math.floor(textWidthInBox(k.shape, n.data.width, n.data.height)) + 1,
        },
        position: { ...n.position },
        classes: doseClass(n.data.branches),
      };
    }),
    ...graph.elements.edges.map((e) => {
      const r = RELATION_STYLE[e.data.relation];
      return {
        group: 'edges' as const,
        data: { ...e.data, arrow: r.arrow, width: r.width },
        classes: [
          doseClass(e.data.branches),
          e.data.bends.length ? '' : 'straight',
          NON_CAUSAL.has(e.data.relation) ? 'non-causal' : '',
          e.data.certainty === 'established' ? '' : e.data.certainty,
        ]
          .filter(Boolean)
          .join(' '),
      };
    }),
  ];
}
