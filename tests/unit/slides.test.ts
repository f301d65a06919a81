import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/domain/graph-index';
import { GraphSchema } from '../../src/domain/schema';
import { walkthroughDeck } from '../../src/domain/slides';
import { buildTour, tourIds } from '../../src/domain/tour';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);

describe('a walkthrough as a deck', () => {
  for (const id of tourIds(index)) {
    it(`${id}: a title page, a page per step with its verbatim passages, the whole path last`, () => {
      const tour = buildTour(index, id)!;
      const deck = walkthroughDeck(index, tour);
      expect(deck.pages).toHaveLength(tour.steps.length + 1);
      expect(deck.pages[0]!.kind).toBe('title');
      const last = deck.pages.at(-1)!;
      expect(last.kind).toBe('closing');
      // The path is the graph's own arrows, never a chain of labels.
      expect(last.path?.[0]?.lines[0]).toMatch(/^Ketamine (⊣|→|acts on|contrasts with) /);
      expect(JSON.stringify(last.path)).not.toContain('›');
      expect(last.references?.length).toBeGreaterThan(0);
      tour.steps.forEach((step, i) => {
        const page = deck.pages[i + 1]!;
        // Build-up: each page shows what the story has reached, the closing page all of it.
        expect(page.frame!.current).toEqual(step.ids);
        if (!step.closing) {
          expect(page.frame!.visited).toEqual(tour.steps.slice(0, i).flatMap((s) => s.ids));
          const passages = step.entries.flatMap((e) => (e.quote ? [e.quote.quote] : []));
          expect(page.quotes.map((q) => q.quote)).toEqual(passages);
          // Each passage is the source text, character for character.
          for (const e of step.entries)
            if (e.quote) {
              const text = readFileSync(
                path.resolve(__dirname, `../../public/data/sources/${e.quote.sourceId}.txt`),
                'utf8',
              );
              expect(text.slice(e.quote.start, e.quote.end)).toBe(e.quote.quote);
            }
        }
      });
      // Every source cited on a step page is listed in full on the closing page.
      const cited = new Set(
        tour.steps.flatMap((s) => s.entries.flatMap((e) => (e.quote ? [e.quote.sourceId] : []))),
      );
      expect(last.references).toHaveLength(cited.size);
    });
  }

  it("carries each passage's certainty as graph.json records it, and none when it records none", () => {
    const tour = buildTour(index, 'ampa-mtor')!;
    const recorded = tour.steps[1]!.entries[0]!.quote!.certainty;
    expect(walkthroughDeck(index, tour).pages[2]!.quotes[0]!.certainty).toBe(recorded);
    const hedged = structuredClone(tour);
    const entry = hedged.steps[1]!.entries[0]!;
    entry.quote = { ...entry.quote!, certainty: 'hedged', hedges: ['may'] } as never;
    expect(walkthroughDeck(index, hedged).pages[2]!.quotes[0]!.certainty).toBe('hedged (“may”)');
    const bare = structuredClone(tour);
    delete (bare.steps[1]!.entries[0]!.quote as { certainty?: unknown }).certainty;
    expect(walkthroughDeck(index, bare).pages[2]!.quotes[0]!.certainty).toBeUndefined();
  });
});
