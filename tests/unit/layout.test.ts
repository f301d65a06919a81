import { describe, expect, it } from 'vitest';
import { boxForText, textWidthInBox } from '../../src/domain/layout-constants';
import { bendsToSegments, segmentsToPoints } from '../../src/domain/routes';
import { labelBox, textWidth, wrapLabel } from '../../src/pipeline/label-metrics';
import {
  feedbackEdges,
  layoutGraph,
  type LayoutEdge,
  type LayoutNode,
} from '../../src/pipeline/layout';
import {
  labelFits,
  layoutReport,
  reportFailures,
  segmentHitsBox,
  segmentsCross,
  type ReportEdge,
  type ReportNode,
} from '../../src/pipeline/layout-report';

describe('route conversion (ELK bend points → Cytoscape segments)', () => {
  it('converts a bend beside a vertical edge to weight ½ and a signed distance', () => {
    // Source above target; the bend 20 px to the right, halfway down. Cytoscape's normal for
    // (0,0)→(0,100) is (−1, 0), so a point to the right is at distance −20.
    expect(bendsToSegments({ x: 0, y: 0 }, { x: 0, y: 100 }, [{ x: 20, y: 50 }])).toEqual({
      segmentWeights: [0.5],
      segmentDistances: [-20],
    });
  });

  it('converts an orthogonal route of two bends on a diagonal edge', () => {
    const s = { x: 100, y: 0 };
    const t = { x: 300, y: 200 };
    const bends = [
      { x: 100, y: 100 },
      { x: 300, y: 100 },
    ];
    const r = bendsToSegments(s, t, bends);
    expect(r.segmentWeights).toEqual([0.25, 0.75]);
    expect(r.segmentDistances[0]).toBeCloseTo(70.71, 2);
    expect(r.segmentDistances[1]).toBeCloseTo(-70.71, 2);
    // Where Cytoscape will put them is where ELK put them.
    const drawn = segmentsToPoints(s, t, r);
    drawn.forEach((p, i) => {
      expect(p.x).toBeCloseTo(bends[i]!.x, 1);
      expect(p.y).toBeCloseTo(bends[i]!.y, 1);
    });
  });

  it('gives a straight edge no segments', () => {
    expect(bendsToSegments({ x: 0, y: 0 }, { x: 0, y: 100 }, [])).toEqual({
      segmentWeights: [],
      segmentDistances: [],
    });
  });
});

const box = (id: string, x: number, y: number, w = 100, h = 50): ReportNode => ({
  id,
  label: id,
  shape: 'rectangle',
  x,
  y,
  width: w,
  height: h,
});

describe('layout report', () => {
  it('detects one known crossing and one arrow through an unrelated box', () => {
    const nodes = [
      box('a', 0, 0),
      box('b', 300, 0),
      box('c', 0, 300),
      box('d', 300, 300),
      box('middle', 150, 450),
      box('e', 150, 350),
      box('f', 150, 600),
    ];
    const edges: ReportEdge[] = [
      // a→d and b→c cross once in the middle.
      {
        id: 'a-d',
        source: 'a',
        target: 'd',
        points: [
          { x: 0, y: 20 },
          { x: 300, y: 280 },
        ],
      },
      {
        id: 'b-c',
        source: 'b',
        target: 'c',
        points: [
          { x: 300, y: 20 },
          { x: 0, y: 280 },
        ],
      },
      // e→f runs straight down through "middle".
      {
        id: 'e-f',
        source: 'e',
        target: 'f',
        points: [
          { x: 150, y: 370 },
          { x: 150, y: 580 },
        ],
      },
    ];
    const r = layoutReport('fixture', nodes, edges);
    expect(r.crossings).toBe(1);
    expect(r.throughBoxes).toBe(1);
    expect(r.details).toContain('edge a-d crosses edge b-c');
    expect(r.details).toContain('edge e-f runs through node middle');
    expect(r.overlaps).toBe(0);
    expect(reportFailures(r, 'story')).toEqual(['1 arrow(s) through unrelated boxes']);
  });

  it('counts overlapping boxes and a label too long for its box', () => {
    const nodes = [box('a', 0, 0), box('b', 50, 10), box('Hydroxynorketamine', 400, 0, 60, 50)];
    const r = layoutReport('fixture', nodes, []);
    expect(r.overlaps).toBe(1);
    expect(r.overflows).toBe(2); // at the normal and at the presentation size
    expect(reportFailures(r, 'full')).toEqual(['1 overlapping node(s)', '2 overflowing label(s)']);
  });

  it('does not count routes that only touch or share an end as crossings', () => {
    expect(
      segmentsCross(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        [
          { x: 10, y: 0 },
          { x: 10, y: 10 },
        ],
      ),
    ).toBe(false);
    // Running along a box's border is not running through it.
    expect(
      segmentHitsBox(
        [
          { x: 50, y: -100 },
          { x: 50, y: 100 },
        ],
        box('n', 0, 0),
      ),
    ).toBe(false);
  });

  it('detects two arrow ends drawn on one point of a node, and not two ends spread along its side', () => {
    // a → c (increases) and b ⊣ c (decreases) both end at the top centre of c: the ⊣ bar would be
    // hidden under the → head. Spread 40 px apart along c's top side, they are told apart.
    const nodes = [box('a', 0, 0), box('b', 300, 0), box('c', 150, 200)];
    const into = (id: string, source: string, fromX: number, endX: number): ReportEdge => ({
      id,
      source,
      target: 'c',
      points: [
        { x: fromX, y: 25 },
        { x: fromX, y: 100 },
        { x: endX, y: 100 },
        { x: endX, y: 175 },
      ],
    });
    const merged = layoutReport('merged', nodes, [
      into('a-c', 'a', 0, 150),
      into('b-c', 'b', 300, 152),
    ]);
    expect(merged.sharedEnds).toBe(1);
    expect(merged.mostEndsAtOnePoint).toBe(2);
    // Two → heads merged are a fork, not a failure; a ⊣ head among them is.
    expect(reportFailures(merged, 'full')).toEqual([]);
    const hidden = layoutReport('merged', nodes, [
      into('a-c', 'a', 0, 150),
      { ...into('b-c', 'b', 300, 152), bar: true },
    ]);
    expect(hidden.hiddenBars).toBe(1);
    expect(hidden.details).toContain(
      'the ⊣ end of b-c shares its point of node c with another end',
    );
    expect(reportFailures(hidden, 'full')).toEqual([
      "1 ⊣ end(s) on the same point as another arrow's end",
    ]);

    const spread = layoutReport('spread', nodes, [
      into('a-c', 'a', 0, 130),
      into('b-c', 'b', 300, 170),
    ]);
    expect(spread.sharedEnds).toBe(0);
    expect(spread.mostEndsAtOnePoint).toBe(1);
    const spreadBar = layoutReport('spread', nodes, [
      into('a-c', 'a', 0, 130),
      { ...into('b-c', 'b', 300, 170), bar: true },
    ]);
    expect(spreadBar.hiddenBars).toBe(0);
    expect(reportFailures(spreadBar, 'full')).toEqual([]);
  });

  it('counts three ends on one point as three pairs, and a tail on a head as shared', () => {
    const nodes = [box('a', 0, 0), box('b', 300, 0), box('c', 150, 200), box('d', 150, 400)];
    const p = (x: number, y: number) => ({ x, y });
    const r = layoutReport('fixture', nodes, [
      {
        id: 'a-c',
        source: 'a',
        target: 'c',
        points: [p(0, 25), p(0, 150), p(150, 150), p(150, 175)],
      },
      {
        id: 'b-c',
        source: 'b',
        target: 'c',
        points: [p(300, 25), p(300, 150), p(150, 150), p(150, 175)],
      },
      // c → d leaves c from the same point where the two arrows enter it (a loop drawn badly).
      { id: 'c-d', source: 'c', target: 'd', points: [p(150, 175), p(100, 175), p(100, 375)] },
    ]);
    expect(r.sharedEnds).toBe(3);
    expect(r.mostEndsAtOnePoint).toBe(3);
  });

  it('reports the smallest label at the default fit at 1280×720', () => {
    // A graph 2,000 px tall fits a 643 px canvas at about 0.29: 18 px labels show at about 5.2 px.
    const r = layoutReport('tall', [box('top', 0, 0), box('bottom', 0, 1960)], []);
    expect(r.smallestLabelPx).toBeGreaterThan(4.5);
    expect(r.smallestLabelPx).toBeLessThan(6);
    // Too small to read from the back row: the view fails.
    expect(reportFailures(r, 'full')).toEqual([
      `smallest label ${r.smallestLabelPx} px at the default fit at 1280×720 (at least 12)`,
    ]);
  });
});

describe('labels in the shipped font', () => {
  it('wraps as Cytoscape does: greedy, at spaces, a long word alone on its line', () => {
    expect(wrapLabel('Rapid antidepressant effect', 150, 21)).toEqual([
      'Rapid ',
      'antidepressant ',
      'effect',
    ]);
    expect(wrapLabel('Hydroxynorketamine', 50, 18)).toEqual(['Hydroxynorketamine']);
  });

  it('sizes every box so its label fits at both font sizes, whatever the shape', () => {
    for (const shape of ['rectangle', 'ellipse', 'hexagon', 'octagon', 'barrel']) {
      for (const label of ['Hydroxynorketamine', 'Other acute adverse effects', 'mTOR']) {
        const b = labelBox(label, shape);
        const n = { ...box(label, 0, 0, b.width, b.height), label, shape };
        expect(labelFits(n, 18), `${label} in ${shape} at 18 px`).toBe(true);
        expect(labelFits(n, 21), `${label} in ${shape} at 21 px`).toBe(true);
      }
    }
  });

  it('inverts the box of a shape exactly, so the canvas wraps where the generator did', () => {
    for (const shape of ['rectangle', 'ellipse', 'hexagon']) {
      const b = boxForText(shape, 163, 48.3);
      expect(textWidthInBox(shape, b.width, b.height)).toBeGreaterThanOrEqual(163);
    }
    expect(textWidth('Hydroxynorketamine', 21)).toBeGreaterThan(
      textWidth('Hydroxynorketamine', 18),
    );
  });
});

describe('ELK layout', () => {
  const nodes: LayoutNode[] = [
    { id: 'drug', kind: 'drug', width: 120, height: 40 },
    { id: 'other-drug', kind: 'drug', width: 120, height: 40 },
    { id: 'receptor', kind: 'receptor-channel', width: 120, height: 40 },
    { id: 'step', kind: 'process', width: 120, height: 40 },
    { id: 'effect', kind: 'effect', width: 120, height: 40 },
    { id: 'side-effect', kind: 'effect', width: 120, height: 40 },
    { id: 'region', kind: 'cell-region', width: 120, height: 40 },
  ];
  const edges: LayoutEdge[] = [
    { id: 'e1', source: 'drug', target: 'receptor', relation: 'blocks' },
    { id: 'e2', source: 'receptor', target: 'step', relation: 'decreases' },
    { id: 'e3', source: 'step', target: 'effect', relation: 'increases' },
    { id: 'e4', source: 'drug', target: 'side-effect', relation: 'increases' },
    { id: 'e5', source: 'drug', target: 'effect', relation: 'increases' },
    { id: 'e6', source: 'drug', target: 'other-drug', relation: 'contrasts-with' },
    { id: 'e7', source: 'step', target: 'region', relation: 'located-in' },
  ];

  it('puts drugs first and effects last, causation flowing down, and is deterministic', () => {
    const l = layoutGraph(nodes, edges);
    const y = (id: string) => l.nodes.get(id)!.y;
    expect(y('drug')).toBeLessThan(y('receptor'));
    expect(y('receptor')).toBeLessThan(y('step'));
    expect(y('step')).toBeLessThan(y('effect'));
    // Short causal edge or not, every effect sits on the last layer.
    expect(y('side-effect')).toBe(y('effect'));
    // A non-ranking edge keeps its own direction in the output, whatever ELK was told.
    const e6 = l.edges.get('e6')!;
    expect(e6.bends.length === 0 || e6.segmentWeights.length === e6.bends.length).toBe(true);
    expect(JSON.stringify([...layoutGraph(nodes, edges).edges])).toBe(JSON.stringify([...l.edges]));
  });

  it('routes no arrow through a box', () => {
    const l = layoutGraph(nodes, edges);
    const at = (id: string) => l.nodes.get(id)!;
    const r = layoutReport(
      'small',
      nodes.map((n) => ({ ...box(n.id, at(n.id).x, at(n.id).y, n.width, n.height) })),
      edges.map((e) => {
        const route = l.edges.get(e.id)!;
        const s = at(e.source);
        const t = at(e.target);
        return {
          id: e.id,
          source: e.source,
          target: e.target,
          points: [
            { x: s.x + route.sourceEndpoint[0], y: s.y + route.sourceEndpoint[1] },
            ...route.bends,
            { x: t.x + route.targetEndpoint[0], y: t.y + route.targetEndpoint[1] },
          ],
        };
      }),
    );
    expect(r.throughBoxes).toBe(0);
    expect(r.overlaps).toBe(0);
  });

  it('gives a ⊣ arrow its own end where ELK merged it with → arrows into the same node', () => {
    // Three arrows into one node: two → and one ⊣. ELK merges their ends on one point.
    const ns: LayoutNode[] = [
      { id: 'a', kind: 'drug', width: 120, height: 40 },
      { id: 'b', kind: 'drug', width: 120, height: 40 },
      { id: 'c', kind: 'drug', width: 120, height: 40 },
      { id: 't', kind: 'effect', width: 200, height: 40 },
    ];
    const es: LayoutEdge[] = [
      { id: 'a-t', source: 'a', target: 't', relation: 'increases' },
      { id: 'b-t', source: 'b', target: 't', relation: 'decreases' },
      { id: 'c-t', source: 'c', target: 't', relation: 'increases' },
    ];
    const head = (l: ReturnType<typeof layoutGraph>, id: string) => {
      const r = l.edges.get(id)!;
      const t = l.nodes.get('t')!;
      return { x: t.x + r.targetEndpoint[0], y: t.y + r.targetEndpoint[1] };
    };
    const merged = layoutGraph(ns, es, { 'kp.spreadBars': 'false' });
    const d0 = Math.hypot(
      head(merged, 'b-t').x - head(merged, 'a-t').x,
      head(merged, 'b-t').y - head(merged, 'a-t').y,
    );
    expect(d0).toBeLessThan(6);
    const spread = layoutGraph(ns, es);
    for (const other of ['a-t', 'c-t']) {
      const p = head(spread, other);
      const q = head(spread, 'b-t');
      expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(6);
    }
    // The → arrows keep their routes; the ⊣ route stays orthogonal and still ends on t's side.
    expect(spread.edges.get('a-t')).toEqual(merged.edges.get('a-t'));
    const r = spread.edges.get('b-t')!;
    const s = spread.nodes.get('b')!;
    const pts = [
      { x: s.x + r.sourceEndpoint[0], y: s.y + r.sourceEndpoint[1] },
      ...r.bends,
      head(spread, 'b-t'),
    ];
    for (let i = 1; i < pts.length; i++)
      expect(pts[i]!.x === pts[i - 1]!.x || pts[i]!.y === pts[i - 1]!.y).toBe(true);
    expect(head(spread, 'b-t').y).toBe(head(merged, 'b-t').y);
  });

  it('puts a region beside its cell, not on a layer of its own below it', () => {
    const l = layoutGraph(nodes, edges);
    // The region is laid out above what lies in it (at most one layer up), never below the effects.
    expect(l.nodes.get('region')!.y).toBeLessThan(l.nodes.get('step')!.y);
  });

  it('lays a loop out by its feedback edge, so the loop costs one layer', () => {
    // a → b ⇄ c and a → x → c, as ketamine → L-type channels ⇄ BDNF ← … ← glutamate surge.
    const loop: LayoutNode[] = ['a', 'b', 'c', 'x'].map((id) => ({
      id,
      kind: 'process',
      width: 80,
      height: 40,
    }));
    const loopEdges: LayoutEdge[] = [
      { id: 'ab', source: 'a', target: 'b', relation: 'acts-on' },
      { id: 'bc', source: 'b', target: 'c', relation: 'increases' },
      { id: 'cb', source: 'c', target: 'b', relation: 'acts-on' },
      { id: 'ax', source: 'a', target: 'x', relation: 'increases' },
      { id: 'xc', source: 'x', target: 'c', relation: 'increases' },
    ];
    // c → b points back towards a (b is one step from a, c two): it is the feedback edge.
    expect([...feedbackEdges(loop, loopEdges)]).toEqual(['cb']);
    const l = layoutGraph(loop, loopEdges);
    const y = (id: string) => l.nodes.get(id)!.y;
    expect(y('b')).toBe(y('x'));
    expect(y('a')).toBeLessThan(y('b'));
    expect(y('b')).toBeLessThan(y('c'));
  });
});
