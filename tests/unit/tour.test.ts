import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementLabel, indexGraph, type GraphIndex } from '../../src/domain/graph-index';
import { samePassage } from '../../src/domain/panel';
import { GraphSchema, type Graph } from '../../src/domain/schema';
import {
  buildTour,
  DOSE_TOUR,
  MAX_STEPS,
  pathLine,
  tourIds,
  type Tour,
  wholePath,
} from '../../src/domain/tour';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);
const labels = (id: string) =>
  buildTour(index, id)!.steps.map((s) =>
    s.closing
      ? 'the whole path'
      : s.entries
          .map((e) => `${e.lane ? `${e.lane}: ` : ''}${elementLabel(index, e.id)}`)
          .join(' | '),
  );

/** Every rule a walkthrough keeps, checked on one tour. */
function checkRules(idx: GraphIndex, tour: Tour) {
  const { steps } = tour;
  expect(steps.length, tour.id).toBeLessThanOrEqual(MAX_STEPS);
  // Starts at the drug.
  expect(idx.nodes.get(steps[0]!.entries[0]!.id)?.kind, tour.id).toBe('drug');
  // Closes with a step that shows the whole path at once: every element of the story.
  const closing = steps.at(-1)!;
  expect(closing.closing, tour.id).toBe(true);
  for (const s of steps.slice(0, -1)) {
    expect(s.closing, tour.id).toBeFalsy();
    for (const id of s.ids) expect(closing.ids, `${tour.id}: ${id}`).toContain(id);
  }
  // The story ends on an effect (in every lane that reaches one).
  const last = steps.at(-2)!;
  expect(
    last.entries.some((e) => idx.nodes.get(e.id)?.kind === 'effect'),
    `${tour.id} ends on ${last.entries.map((e) => e.id).join(', ')}`,
  ).toBe(true);
  // Consecutive steps never show the same passage, and each passage is the element's own.
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1]!.entries.flatMap((e) => (e.quote ? [e.quote] : []));
    for (const e of steps[i]!.entries) {
      if (!e.quote) continue;
      for (const p of prev)
        expect(samePassage(p, e.quote), `${tour.id} step ${i + 1}: ${e.quote.quote}`).toBe(false);
      const own = [e.id, ...e.with].flatMap(
        (id) => (idx.nodes.get(id) ?? idx.edges.get(id))?.evidence ?? [],
      );
      expect(own, `${tour.id} step ${i + 1}`).toContainEqual(e.quote);
    }
  }
  // Every story step shows a passage.
  for (const s of steps.slice(0, -1))
    expect(
      s.entries.every((e) => e.quote !== null),
      `${tour.id}: ${s.ids.join(',')}`,
    ).toBe(true);
}

describe('walkthroughs', () => {
  it('offers one walkthrough per hypothesis and one for the dose branches', () => {
    expect(tourIds(index)).toEqual([
      'l-type-calcium',
      'ampa-mtor',
      'psychedelic-contrast',
      DOSE_TOUR,
    ]);
  });

  it('every walkthrough keeps the rules: ≤ 12 steps, drug first, effect last, a closing whole path, no passage twice in a row', () => {
    for (const id of tourIds(index)) checkRules(index, buildTour(index, id)!);
  });

  it('keeps the rules with the orders derived from the edges too (no tours.yaml)', () => {
    const derived = indexGraph({ ...graph, tours: undefined });
    for (const id of tourIds(derived)) checkRules(derived, buildTour(derived, id)!);
  });

  it('keeps the rules when tours.yaml lists far too many steps', () => {
    const every = [...index.nodes.keys(), ...index.edges.keys()].filter((id) => id !== 'ketamine');
    const long = indexGraph({
      ...graph,
      tours: [{ id: 'ampa-mtor', steps: ['ketamine', ...every] }] as Graph['tours'],
    });
    const tour = buildTour(long, 'ampa-mtor')!;
    checkRules(long, tour);
  });

  it('walks AMPA/mTOR in the order the sources tell it, each node with the arrow into it', () => {
    const steps = labels('ampa-mtor');
    expect(steps[0]).toBe('Ketamine');
    const at = (s: string) => steps.indexOf(s);
    for (const [a, b] of [
      ['NMDA receptor', 'GABAergic neurons'],
      ['GABAergic neurons', 'Glutamate surge'],
      ['Glutamate surge', 'AMPA receptor'],
      ['AMPA receptor', 'mTOR'],
      ['mTOR', 'Synaptic protein synthesis'],
      ['Synaptic protein synthesis', 'Rapid antidepressant effect'],
    ]) {
      expect(at(a!), `${a} before ${b}`).toBeGreaterThanOrEqual(0);
      expect(at(a!), `${a} before ${b}`).toBeLessThan(at(b!));
    }
    const nmda = buildTour(index, 'ampa-mtor')!.steps[1]!;
    expect(nmda.ids).toEqual(['nmda-receptor', 'ketamine-blocks-nmda-receptor']);
    // It ends on the effect, not on a side node after it.
    expect(steps.at(-2)).toBe('Rapid antidepressant effect');
    expect(steps.at(-1)).toBe('the whole path');
  });

  it('walks the doses together to the NMDA receptor, then side by side', () => {
    const steps = labels(DOSE_TOUR);
    expect(steps.slice(0, 2)).toEqual(['Ketamine', 'NMDA receptor']);
    expect(steps).toContain('subanesthetic: GABAergic neurons | high-dose: Intracellular calcium');
    expect(steps).toContain('subanesthetic: Glutamate surge | high-dose: Potential neurotoxicity');
    expect(steps.at(-2)).toBe('subanesthetic: Rapid antidepressant effect');
    expect(steps.join('\n')).toMatch(/high-dose: Anesthesia/);
    // No empty column: a lane that has ended is simply not shown.
    for (const s of buildTour(index, DOSE_TOUR)!.steps)
      for (const e of s.entries) expect(e.quote).not.toBeNull();
  });

  it("attaches a lecturer's note to the step that shows its element, and to the closing step", () => {
    const noted = indexGraph({
      ...graph,
      tours: [
        ...(graph.tours ?? []).filter((t) => t.id !== 'ampa-mtor'),
        {
          id: 'ampa-mtor',
          steps: graph.tours!.find((t) => t.id === 'ampa-mtor')!.steps,
          notes: { mtor: 'Ask what rapamycin would do.', closing: 'Recap in one sentence.' },
        },
      ] as Graph['tours'],
    });
    const tour = buildTour(noted, 'ampa-mtor')!;
    const withNote = tour.steps.filter((s) => s.note);
    expect(withNote.map((s) => s.note)).toEqual([
      'Ask what rapamycin would do.',
      'Recap in one sentence.',
    ]);
    expect(withNote[0]!.entries[0]!.id).toBe('mtor');
    // A note is never evidence: no step's passage changes.
    expect(tour.steps.map((s) => s.entries.map((e) => e.quote))).toEqual(
      buildTour(index, 'ampa-mtor')!.steps.map((s) => s.entries.map((e) => e.quote)),
    );
  });

  it("shows every lecturer's note curated in tours.yaml, the dose walkthrough's included", () => {
    for (const curated of graph.tours ?? []) {
      const tour = buildTour(index, curated.id)!;
      const shown = tour.steps.flatMap((s) => (s.note ? [s.note] : []));
      // A note keyed by an element that no step leads with would be lost silently.
      expect(shown.sort(), curated.id).toEqual(Object.values(curated.notes ?? {}).sort());
    }
    const dose = buildTour(index, DOSE_TOUR)!;
    expect(dose.steps.find((s) => s.entries[0]?.id === 'nmda-receptor')!.note).toMatch(
      /two outcomes/,
    );
    expect(dose.steps.at(-1)!.note).toBeTruthy();
  });

  it('returns nothing for an unknown walkthrough', () => {
    expect(buildTour(index, 'nope')).toBeNull();
  });
});

describe('the whole path (closing step)', () => {
  // A hand-made story on the real graph: a contrast, then two parallel arrows into one node.
  const fixture: Tour = {
    id: 'fixture',
    label: 'Fixture',
    steps: [
      { entries: [{ id: 'ketamine', with: [], quote: null }], ids: ['ketamine'] },
      {
        entries: [
          {
            id: 'serotonergic-psychedelics',
            with: ['ketamine-contrasts-with-serotonergic-psychedelics'],
            quote: null,
          },
        ],
        ids: [],
      },
      {
        entries: [
          {
            id: 'glutamate-surge',
            with: [
              'ketamine-increases-glutamate-surge',
              'serotonergic-psychedelics-increases-glutamate-surge',
            ],
            quote: null,
          },
        ],
        ids: [],
      },
      { entries: [], ids: [], closing: true },
    ],
  };

  it('writes each arrow the graph has, parallel arrows as two and a contrast as a contrast', () => {
    const [group, ...rest] = wholePath(index, fixture);
    expect(rest).toEqual([]);
    expect(group!.lane).toBeUndefined();
    expect(group!.arrows.map(pathLine)).toEqual([
      'Ketamine contrasts with Serotonergic psychedelics (established)',
      'Ketamine → Glutamate surge (debated)',
      'Serotonergic psychedelics → Glutamate surge (hypothesised)',
    ]);
    // Never one chain of labels that would read the contrast as a step of the cascade.
    expect(group!.arrows.map(pathLine).join('\n')).not.toMatch(/›|Psychedelics → Glutamate.*→/);
  });

  it('writes an inhibition as ⊣ and groups the dose walkthrough: shared start, then each branch', () => {
    const groups = wholePath(index, buildTour(index, DOSE_TOUR)!);
    expect(groups.map((g) => g.lane)).toEqual(['both', 'subanesthetic', 'high-dose']);
    expect(groups[0]!.arrows.map((a) => a.text)).toEqual(['Ketamine ⊣ NMDA receptor']);
    expect(groups[2]!.arrows.map((a) => a.text)).toContain(
      'Intracellular calcium ⊣ Potential neurotoxicity',
    );
  });

  it('lists every arrow the closing step highlights, each once, for every walkthrough', () => {
    for (const id of tourIds(index)) {
      const tour = buildTour(index, id)!;
      const closing = tour.steps.at(-1)!;
      const listed = wholePath(index, tour).flatMap((g) => g.arrows.map((a) => a.id));
      expect(new Set(listed).size, id).toBe(listed.length);
      expect(listed.sort(), id).toEqual(closing.ids.filter((x) => index.edges.has(x)).sort());
    }
  });
});
