import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealedAt } from '../../src/domain/build-up';
import { indexGraph } from '../../src/domain/graph-index';
import { GraphSchema } from '../../src/domain/schema';
import { walkthroughDeck } from '../../src/domain/slides';
import { buildTour, DOSE_TOUR, type Tour, tourIds } from '../../src/domain/tour';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);
const hypothesisTours = tourIds(index)
  .filter((id) => id !== DOSE_TOUR)
  .map((id) => buildTour(index, id)!);

/** A small story by hand: drug, arrow, node, arrow, node, and the whole path (with a side element). */
const handmade: Tour = {
  id: 'toy',
  label: 'Toy',
  steps: [
    { entries: [], ids: ['drug'] },
    { entries: [], ids: ['receptor', 'drug-blocks-receptor'] },
    { entries: [], ids: ['effect', 'receptor-increases-effect'] },
    {
      entries: [],
      ids: [
        'drug',
        'drug-blocks-receptor',
        'receptor',
        'side',
        'receptor-increases-effect',
        'effect',
      ],
      closing: true,
    },
  ],
};

describe('build-up: what a story view draws at each walkthrough step', () => {
  it('step 1 is the start: the drug alone', () => {
    expect(revealedAt(handmade, 0)).toEqual(['drug']);
    for (const tour of hypothesisTours) {
      const first = revealedAt(tour, 0);
      expect(first, tour.id).toEqual(tour.steps[0]!.ids);
      expect(
        first.some((id) => index.nodes.get(id)?.kind === 'drug'),
        tour.id,
      ).toBe(true);
    }
  });

  it('grows with each step and never loses what it has drawn', () => {
    for (const tour of [handmade, ...hypothesisTours]) {
      for (let k = 1; k < tour.steps.length; k++) {
        const before = new Set(revealedAt(tour, k - 1));
        const now = new Set(revealedAt(tour, k));
        for (const id of before) expect(now.has(id), `${tour.id} step ${k + 1}: ${id}`).toBe(true);
        // Every step before the closing one adds its own elements.
        for (const id of tour.steps[k]!.ids) expect(now.has(id), `${tour.id}: ${id}`).toBe(true);
      }
    }
  });

  it('going back draws less: the earlier step is a strictly smaller set', () => {
    expect(revealedAt(handmade, 1)).toEqual(['drug', 'receptor', 'drug-blocks-receptor']);
    expect(revealedAt(handmade, 2).length).toBeGreaterThan(revealedAt(handmade, 1).length);
    for (const tour of hypothesisTours) {
      const last = tour.steps.length - 1;
      expect(revealedAt(tour, 1).length, tour.id).toBeLessThan(revealedAt(tour, 3).length);
      expect(revealedAt(tour, last - 1).length, tour.id).toBeLessThanOrEqual(
        revealedAt(tour, last).length,
      );
    }
  });

  it('the closing step draws every element of the story, side elements included', () => {
    expect(new Set(revealedAt(handmade, 3))).toEqual(
      new Set([
        'drug',
        'drug-blocks-receptor',
        'receptor',
        'side',
        'receptor-increases-effect',
        'effect',
      ]),
    );
    for (const tour of hypothesisTours) {
      const all = new Set(tour.steps.flatMap((s) => s.ids));
      expect(new Set(revealedAt(tour, tour.steps.length - 1)), tour.id).toEqual(all);
    }
  });

  it('a step out of range counts as the nearest step; an empty tour draws nothing', () => {
    expect(revealedAt(handmade, -3)).toEqual(revealedAt(handmade, 0));
    expect(revealedAt(handmade, 99)).toEqual(revealedAt(handmade, 3));
    expect(revealedAt(handmade, Number.NaN)).toEqual(['drug']);
    expect(revealedAt({ id: 'none', label: 'None', steps: [] }, 0)).toEqual([]);
  });

  it('the slides draw the same elements at each step as the screen', () => {
    for (const tour of hypothesisTours) {
      const frames = walkthroughDeck(index, tour)
        .pages.filter((p) => p.frame)
        .map((p) => p.frame!);
      expect(frames).toHaveLength(tour.steps.length);
      frames.forEach((f, k) => {
        const shown = new Set([...f.current, ...f.visited]);
        expect(shown, `${tour.id} step ${k + 1}`).toEqual(new Set(revealedAt(tour, k)));
      });
    }
  });
});
