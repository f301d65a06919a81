import { describe, expect, it } from 'vitest';
import { makeGraph } from '../../bench/make-graph';
import { segmentsToPoints } from '../../src/domain/routes';

describe('the 2,000-node synthetic graph of the interaction bench', () => {
  const graph = makeGraph(2000);
  const nodes = new Map(graph.elements.nodes.map((n) => [n.data.id, n]));

  it('routes its arrows as the generator does: bend points and the segments the canvas draws', () => {
    expect(graph.elements.nodes).toHaveLength(2000);
    const edges = graph.elements.edges;
    expect(edges.length).toBeGreaterThan(2500);
    const routed = edges.filter((e) => e.data.bends.length > 0);
    // Every edge that changes column bends (down, across, down); the others are straight.
    expect(routed.length).toBeGreaterThan(edges.length / 3);
    for (const e of edges) {
      const s = nodes.get(e.data.source)!.position!;
      const t = nodes.get(e.data.target)!.position!;
      expect(e.data.segmentWeights).toHaveLength(e.data.bends.length);
      expect(e.data.segmentDistances).toHaveLength(e.data.bends.length);
      // The segments put Cytoscape's points on the bends (to the rounding of the conversion).
      segmentsToPoints(s, t, e.data).forEach((p, i) => {
        expect(p.x).toBeCloseTo(e.data.bends[i]!.x, 0);
        expect(p.y).toBeCloseTo(e.data.bends[i]!.y, 0);
      });
      if (s.x !== t.x) expect(e.data.bends).toHaveLength(2);
    }
  });

  it('leaves and enters each box at its border, as the real routes do', () => {
    for (const e of graph.elements.edges) {
      const s = nodes.get(e.data.source)!.data;
      const t = nodes.get(e.data.target)!.data;
      expect(e.data.sourceEndpoint).toEqual([0, s.height / 2]);
      expect(e.data.targetEndpoint).toEqual([0, -t.height / 2]);
    }
  });
});
