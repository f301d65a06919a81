import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementLabel, indexGraph } from '../../src/domain/graph-index';
import { GraphSchema } from '../../src/domain/schema';
import { buildTour, DOSE_TOUR, tourIds } from '../../src/domain/tour';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);
const labels = (id: string) =>
  buildTour(index, id)!.steps.map((s) =>
    s.entries.map((e) => `${e.lane ? `${e.lane}: ` : ''}${elementLabel(index, e.id)}`).join(' | '),
  );

describe('walkthroughs', () => {
  it('offers one walkthrough per hypothesis and one for the dose branches', () => {
    expect(tourIds(index)).toEqual([
      'l-type-calcium',
      'ampa-mtor',
      'psychedelic-contrast',
      DOSE_TOUR,
    ]);
  });

  it('walks AMPA/mTOR in the order the sources tell it, from the drug to the effect', () => {
    const steps = labels('ampa-mtor');
    expect(steps[0]).toBe('Ketamine');
    const at = (s: string) => steps.indexOf(s);
    for (const [a, b] of [
      ['NMDA receptor', 'GABAergic neurons'],
      ['GABAergic neurons', 'Glutamate surge'],
      ['Glutamate surge', 'AMPA receptor'],
      ['AMPA receptor', 'mTOR'],
      ['mTOR', 'Synaptic protein synthesis'],
      ['Synaptic protein synthesis', 'BDNF'],
      ['Synaptogenesis', 'Rapid antidepressant effect'],
    ]) {
      expect(at(a!), `${a} before ${b}`).toBeLessThan(at(b!));
    }
    // Every node step after the first is introduced by an arrow into it.
    expect(steps[1]).toBe('Ketamine blocks NMDA receptor');
  });

  it('derives an order from the edges when no curated order exists', () => {
    const derived = indexGraph({ ...graph, tours: undefined });
    const steps = buildTour(derived, 'psychedelic-contrast')!.steps.map((s) => s.entries[0]!.id);
    expect(steps[0]).toBe('ketamine');
    expect(steps.at(-1)).toBe('rapid-antidepressant-effect');
    // Each edge step is followed by its target node.
    steps.forEach((id, i) => {
      const e = derived.edges.get(id);
      if (e) expect(steps[i + 1]).toBe(e.target);
    });
  });

  it('walks the doses together to the NMDA receptor, then side by side', () => {
    const steps = labels(DOSE_TOUR);
    expect(steps.slice(0, 3)).toEqual([
      'Ketamine',
      'Ketamine blocks NMDA receptor',
      'NMDA receptor',
    ]);
    expect(steps).toContain('subanesthetic: GABAergic neurons | high-dose: Intracellular calcium');
    expect(steps).toContain('subanesthetic: Glutamate surge | high-dose: Potential neurotoxicity');
    expect(steps.at(-1)).toBe('subanesthetic: Rapid antidepressant effect');
    expect(steps.join('\n')).toMatch(/high-dose: Anesthesia/);
  });

  it('returns nothing for an unknown walkthrough', () => {
    expect(buildTour(index, 'nope')).toBeNull();
  });
});
