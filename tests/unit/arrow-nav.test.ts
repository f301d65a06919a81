import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrowMove, isArrowKey, neighbours } from '../../src/domain/arrow-nav';
import { allFilters, visibleElements, type Visible } from '../../src/domain/filter';
import { indexGraph } from '../../src/domain/graph-index';
import { GraphSchema } from '../../src/domain/schema';

const ROOT = path.resolve(__dirname, '../..');
const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.join(ROOT, 'public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);
const all = visibleElements(graph, allFilters(graph));
const x = (id: string) => graph.elements.nodes.find((n) => n.data.id === id)!.position.x;

describe('arrow keys on the canvas', () => {
  it('start at the top of the graph when nothing is selected', () => {
    const top = graph.elements.nodes.reduce((a, b) => (b.position.y < a.position.y ? b : a));
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'] as const)
      expect(arrowMove(index, all, null, key)?.id).toBe(top.data.id);
  });
  it('↓ goes to the leftmost downstream neighbour, ↑ to the leftmost upstream one', () => {
    const down = neighbours(index, all, 'nmda-receptor', 'down');
    expect(down.length).toBeGreaterThan(1);
    expect(down.map(x)).toEqual([...down.map(x)].sort((a, b) => a - b));
    expect(arrowMove(index, all, 'nmda-receptor', 'ArrowDown')).toEqual({
      id: down[0],
      context: { pivot: 'nmda-receptor', direction: 'down' },
    });
    // Every ↓ target is reached by an arrow from the node.
    for (const id of down)
      expect(index.outgoing.get('nmda-receptor')!.some((e) => e.target === id)).toBe(true);
    const up = neighbours(index, all, 'nmda-receptor', 'up');
    expect(up).toContain('ketamine');
    expect(arrowMove(index, all, 'nmda-receptor', 'ArrowUp')?.id).toBe(up[0]);
  });
  it('← → walk the row the node was reached in, and stop at its ends', () => {
    const row = neighbours(index, all, 'nmda-receptor', 'down');
    let move = arrowMove(index, all, 'nmda-receptor', 'ArrowDown')!;
    const seen = [move.id];
    for (;;) {
      const next = arrowMove(index, all, move.id, 'ArrowRight', move.context);
      if (!next) break;
      seen.push(next.id);
      move = next;
    }
    expect(seen).toEqual(row);
    expect(arrowMove(index, all, row[0]!, 'ArrowLeft', move.context)).toBeUndefined();
    expect(arrowMove(index, all, row[1]!, 'ArrowLeft', move.context)?.id).toBe(row[0]);
  });
  it('after ↑, ← → walk the upstream row of the node it came from', () => {
    const up = neighbours(index, all, 'ampa-receptor', 'up');
    const first = arrowMove(index, all, 'ampa-receptor', 'ArrowUp')!;
    expect(first.context).toEqual({ pivot: 'ampa-receptor', direction: 'up' });
    expect(arrowMove(index, all, first.id, 'ArrowRight', first.context)?.id).toBe(up[1]);
  });
  it('without a previous move, ← → use the row under the node’s first parent', () => {
    const parent = neighbours(index, all, 'ampa-receptor', 'up')[0]!;
    const row = neighbours(index, all, parent, 'down');
    const at = row.indexOf('ampa-receptor');
    expect(arrowMove(index, all, 'ampa-receptor', 'ArrowLeft')?.id).toBe(row[at - 1]);
  });
  it('from an arrow, ↑ goes to its source and ↓ to its target', () => {
    const edge = index.outgoing.get('ketamine')!.find((e) => e.target === 'nmda-receptor')!;
    expect(arrowMove(index, all, edge.id, 'ArrowUp')?.id).toBe('ketamine');
    expect(arrowMove(index, all, edge.id, 'ArrowDown')?.id).toBe('nmda-receptor');
  });
  it('never reaches a filtered-out element', () => {
    const down = neighbours(index, all, 'nmda-receptor', 'down');
    const hidden: Visible = {
      nodes: new Set([...all.nodes].filter((n) => n !== down[0])),
      edges: all.edges,
    };
    expect(arrowMove(index, hidden, 'nmda-receptor', 'ArrowDown')?.id).toBe(down[1]);
    // A hidden arrow is not followed either, though its end is visible.
    const viaEdge = index.outgoing.get('nmda-receptor')!.find((e) => e.target === down[1])!;
    const noEdge: Visible = {
      nodes: hidden.nodes,
      edges: new Set([...all.edges].filter((e) => e !== viaEdge.id)),
    };
    expect(neighbours(index, noEdge, 'nmda-receptor', 'down')).not.toContain(down[1]);
    // With the high-dose branch only, every step stays on that branch's visible elements.
    const highDose = visibleElements(graph, { ...allFilters(graph), dose: 'high-dose' });
    let id: string | undefined = 'ketamine';
    const reached: string[] = [];
    for (let i = 0; i < 10 && id; i++) {
      id = arrowMove(index, highDose, id, i % 3 === 2 ? 'ArrowRight' : 'ArrowDown')?.id;
      if (id) reached.push(id);
    }
    expect(reached.length).toBeGreaterThan(0);
    for (const r of reached) expect(highDose.nodes.has(r)).toBe(true);
  });
  it('has nowhere to go below an effect with no downstream arrow', () => {
    const leaf = [...all.nodes].find((n) => neighbours(index, all, n, 'down').length === 0)!;
    expect(arrowMove(index, all, leaf, 'ArrowDown')).toBeUndefined();
  });
  it('recognises only the four arrow keys', () => {
    expect(isArrowKey('ArrowLeft')).toBe(true);
    expect(isArrowKey('PageDown')).toBe(false);
    expect(isArrowKey(' ')).toBe(false);
  });
});
