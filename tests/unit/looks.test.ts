import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { type Looks, setDimmed, setFiltered } from '../../src/features/graph-canvas/looks';
import { STYLESHEET } from '../../src/features/graph-canvas/stylesheet';

const NODE = {
  label: 'x',
  textMaxWidth: 10,
  width: 10,
  height: 10,
  shape: 'ellipse',
  fill: '#fff',
  border: '#000',
};
const ROUTE = {
  segmentDistances: [0],
  segmentWeights: [0.5],
  sourceEndpoint: [0, 0],
  targetEndpoint: [0, 0],
};

/** Three nodes and a non-causal edge (drawn at 0.85 by the stylesheet), headless. */
function canvas() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLESHEET,
    elements: [
      { data: { id: 'a', ...NODE } },
      { data: { id: 'b', ...NODE } },
      { data: { id: 'c', ...NODE } },
      {
        data: { id: 'ab', source: 'a', target: 'b', width: 2, arrow: 'triangle', ...ROUTE },
        classes: 'non-causal straight',
      },
    ],
  });
  const looks: Looks = new Map();
  const opacity = (id: string) => Number(cy.getElementById(id).style('opacity'));
  return { cy, looks, opacity };
}

describe('the canvas fades (selection dims, filters fade)', () => {
  it('dims the elements outside the cascade and restores them, without a class', () => {
    const { cy, looks, opacity } = canvas();
    setDimmed(cy, looks, new Set(['c', 'ab']));
    expect([opacity('a'), opacity('c'), opacity('ab')]).toEqual([1, 0.25, 0.25]);
    expect(cy.getElementById('c').classes()).toEqual([]);
    setDimmed(cy, looks, new Set(['a']));
    // The edge returns to its stylesheet look, not to full opacity.
    expect([opacity('a'), opacity('c'), opacity('ab')]).toEqual([0.25, 1, 0.85]);
  });

  it('keeps a filtered element faded when the selection dims or undims it', () => {
    const { cy, looks, opacity } = canvas();
    setFiltered(cy, looks, new Set(['b']));
    setDimmed(cy, looks, new Set(['b', 'c']));
    expect([opacity('b'), opacity('c')]).toEqual([0.08, 0.25]);
    setDimmed(cy, looks, new Set());
    expect([opacity('b'), opacity('c')]).toEqual([0.08, 1]);
    expect(cy.getElementById('b').style('events')).toBe('no');
  });

  it('leaves a dimmed element dimmed when its filter is lifted', () => {
    const { cy, looks, opacity } = canvas();
    setDimmed(cy, looks, new Set(['b']));
    setFiltered(cy, looks, new Set(['b']));
    expect(opacity('b')).toBe(0.08);
    setFiltered(cy, looks, new Set());
    expect(opacity('b')).toBe(0.25);
    expect(cy.getElementById('b').style('events')).toBe('yes');
  });
});
