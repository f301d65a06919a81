import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/domain/graph-index';
import { GraphSchema } from '../../src/domain/schema';
import {
  boxesOverlap,
  LEGEND_MIN_W,
  SLIDE,
  SLIDE_DPI,
  type SlideBox,
  slideLayout,
  walkthroughDeck,
} from '../../src/domain/slides';
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

describe('a step or closing slide lays its parts out without overlap', () => {
  // Image sizes (px) as the writer makes them: one step's drug, the whole path (the closing
  // slide: tester 3 saw the legend printed over the sources), a wide and a tall story, none.
  const sizes: Array<[string, { w: number; h: number } | undefined]> = [
    ['one node', { w: 520, h: 360 }],
    ['closing, dose branches', { w: 2100, h: 1700 }],
    ['wide', { w: 2800, h: 700 }],
    ['tall', { w: 900, h: 2400 }],
    ['no image', undefined],
  ];
  const inside = (b: SlideBox) =>
    b.x >= 0 && b.y >= 0 && b.x + b.w <= SLIDE.w + 1e-9 && b.y + b.h <= SLIDE.h + 1e-9;
  for (const [name, px] of sizes)
    it(`${name}: legend, text column, image and title are apart and on the slide`, () => {
      const l = slideLayout(px, SLIDE_DPI);
      const boxes = {
        title: l.title,
        legend: l.legend,
        text: l.text,
        ...(l.image ? { image: l.image } : {}),
      };
      const names = Object.keys(boxes) as Array<keyof typeof boxes>;
      for (const a of names) {
        expect(inside(boxes[a]!), `${a} on the slide`).toBe(true);
        for (const b of names)
          if (a < b)
            expect(boxesOverlap(boxes[a]!, boxes[b]!), `${a} and ${b} overlap`).toBe(false);
      }
      expect(l.legend.w).toBeGreaterThanOrEqual(LEGEND_MIN_W);
      // The text column keeps room for a passage or the source list, and runs to the bottom.
      expect(l.text.w).toBeGreaterThan(4.5);
      expect(l.text.y + l.text.h).toBeGreaterThan(l.legend.y + l.legend.h / 2);
      if (px) {
        expect(l.image).toBeDefined();
        // The image keeps its aspect ratio and is never blown up past its placing resolution.
        expect(l.image!.w / l.image!.h).toBeCloseTo(px.w / px.h, 6);
        expect(l.image!.w).toBeLessThanOrEqual(px.w / SLIDE_DPI + 1e-9);
      }
    });

  it('the old layout (full-width legend under a full-height text column) is caught', () => {
    const legend = { x: 0.3, y: SLIDE.h - 0.85, w: SLIDE.w - 0.6, h: 0.75 };
    const text = { x: 5.9, y: 1.1, w: SLIDE.w - 6.2, h: SLIDE.h - 1.4 };
    expect(boxesOverlap(legend, text)).toBe(true);
    expect(boxesOverlap(legend, { ...text, y: 0, h: legend.y })).toBe(false);
  });
});
