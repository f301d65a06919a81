import { describe, expect, it } from 'vitest';
import { initialViewport } from '../../src/features/graph-canvas/initial-viewport';

// Roughly the real graph: wide and tall, the drug at the top centre.
const graph = { x1: 0, y1: 0, x2: 2400, y2: 1800 };
const drug = { x: 1200, y: 40 };
const opts = { fontSize: 18 };

describe('the first view', () => {
  it('fits the whole graph on a large screen where fitted labels are readable', () => {
    expect(initialViewport({ width: 3000, height: 2200 }, graph, drug, opts)).toBeNull();
  });
  it('on a phone, shows the top of the cascade with labels of at least 12 px', () => {
    const v = initialViewport({ width: 390, height: 700 }, graph, drug, opts)!;
    expect(v).not.toBeNull();
    expect(v.zoom * opts.fontSize).toBeGreaterThanOrEqual(12);
    // The graph's top edge sits at the padding; the drug is centred horizontally.
    expect(v.pan.y + graph.y1 * v.zoom).toBeCloseTo(30);
    expect(v.pan.y + drug.y * v.zoom).toBeLessThan(700 * 0.4);
    expect(v.pan.x + drug.x * v.zoom).toBeCloseTo(195);
  });
  it('does not centre past the graph’s side: no more than the padding left empty', () => {
    const v = initialViewport({ width: 390, height: 700 }, graph, { x: 10, y: 40 }, opts)!;
    expect(v.pan.x + graph.x1 * v.zoom).toBeCloseTo(30);
  });
  it('fits the whole graph at 1280×720 even when its labels are small there', () => {
    expect(initialViewport({ width: 1280, height: 720 }, graph, drug, opts)).toBeNull();
  });
  it('brings a drug that sits low in the graph up to a quarter of the screen', () => {
    const v = initialViewport({ width: 390, height: 700 }, graph, { x: 1200, y: 900 }, opts)!;
    expect(v.pan.y + 900 * v.zoom).toBeCloseTo(175);
  });
  it('takes the readable size and the wide-screen width as options', () => {
    const big = initialViewport({ width: 1280, height: 720 }, graph, drug, {
      fontSize: 18,
      minLabelPx: 16,
      wideFrom: 2000,
    })!;
    expect(big.zoom * 18).toBeGreaterThanOrEqual(16);
    expect(
      initialViewport({ width: 1280, height: 720 }, graph, drug, { fontSize: 18, minLabelPx: 4 }),
    ).toBeNull();
  });
  it('starts the graph below the controls that cover the top of the screen', () => {
    const v = initialViewport({ width: 390, height: 700 }, graph, drug, {
      ...opts,
      topInset: 100,
    })!;
    expect(v.pan.y + graph.y1 * v.zoom).toBeCloseTo(130);
    // A drug low in the graph goes a quarter of the way down what the controls leave free.
    const low = initialViewport(
      { width: 390, height: 700 },
      graph,
      { x: 1200, y: 900 },
      {
        ...opts,
        topInset: 100,
      },
    )!;
    expect(low.pan.y + 900 * low.zoom).toBeCloseTo(100 + 600 * 0.25);
  });
  it('keeps the drug and its main branch whole on screen when they fit side by side', () => {
    // The real phone case: ketamine at x 640–800, the NMDA receptor at 342–521 (model units).
    const keep = { x1: 342, y1: 0, x2: 800, y2: 200 };
    const v = initialViewport(
      { width: 390, height: 700 },
      graph,
      { x: 720, y: 22 },
      {
        ...opts,
        keep,
      },
    )!;
    const left = v.pan.x + keep.x1 * v.zoom;
    const right = v.pan.x + keep.x2 * v.zoom;
    expect(left).toBeGreaterThanOrEqual(8);
    expect(right).toBeLessThanOrEqual(390 - 8);
    // Centred: as much room on either side.
    expect(left).toBeCloseTo(390 - right);
  });
  it('centres the drug alone when its branch is too wide to keep beside it', () => {
    const v = initialViewport({ width: 390, height: 700 }, graph, drug, {
      ...opts,
      keep: { x1: 200, y1: 0, x2: 1300, y2: 200 },
    })!;
    expect(v.pan.x + drug.x * v.zoom).toBeCloseTo(195);
  });
});
