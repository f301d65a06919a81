import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../src/domain/schema';
import { arrowSentence, isPlural, verbForms } from '../../src/domain/wording';
import { verbWordsMissing } from '../../src/pipeline/verb-check';

const n = (label: string, kind: NodeKind) => ({ label, kind });
const ketamine = n('Ketamine', 'drug');
const nmda = n('NMDA receptor', 'receptor-channel');
const gaba = n('GABAergic neurons', 'cell-region');
const calcium = n('Intracellular calcium', 'signaling-molecule');
const toxicity = n('Potential neurotoxicity', 'effect');
const ampa = n('AMPA receptor', 'receptor-channel');
const synaptogenesis = n('Synaptogenesis', 'process');

describe('arrow sentences read correctly for their relation and kinds', () => {
  it('says a receptor drives a cell population, not that it "increases" it', () => {
    expect(arrowSentence('increases', nmda, gaba)).toBe(
      'NMDA receptor activity drives GABAergic neurons',
    );
  });
  it('reads ⊣ into an effect as "reduced … leads to", never as protection', () => {
    expect(arrowSentence('decreases', calcium, toxicity)).toBe(
      'Reduced intracellular calcium leads to Potential neurotoxicity',
    );
    expect(arrowSentence('decreases', nmda, n('Analgesia', 'effect'))).toBe(
      'Reduced NMDA receptor activity leads to Analgesia',
    );
  });
  it('reads ⊣ between two receptors as "reduced … activity activates", never as a direct inhibition', () => {
    expect(arrowSentence('decreases', nmda, ampa)).toBe(
      'Reduced NMDA receptor activity activates AMPA receptor',
    );
  });
  it('keeps "blocks" for an antagonist and agrees the verb with a plural subject', () => {
    expect(arrowSentence('blocks', ketamine, nmda)).toBe('Ketamine blocks NMDA receptor');
    expect(arrowSentence('decreases', gaba, n('Glutamate surge', 'signaling-molecule'))).toBe(
      'GABAergic neurons inhibit Glutamate surge',
    );
    expect(
      arrowSentence('increases', n('Restoration of synaptic deficits', 'process'), synaptogenesis),
    ).toBe('Restoration of synaptic deficits promotes Synaptogenesis');
  });
  it('says "may" when every source only hedges the arrow', () => {
    expect(arrowSentence('increases', ampa, synaptogenesis, 'hypothesised')).toBe(
      'AMPA receptor may promote Synaptogenesis',
    );
    expect(
      arrowSentence('increases', n('Hydroxynorketamine', 'metabolite'), ampa, 'hypothesised'),
    ).toBe('Hydroxynorketamine may activate AMPA receptor');
  });
  it('says "may" when no source states the arrow plainly, even when another disputes it', () => {
    const hippocampus = n('Hippocampus', 'cell-region');
    const only003 = [{ certainty: 'hedged' as const }, { certainty: 'disputes' as const }];
    expect(arrowSentence('located-in', synaptogenesis, hippocampus, 'debated', only003)).toBe(
      'Synaptogenesis may take place in Hippocampus',
    );
    const statedToo = [{ certainty: 'stated' as const }, { certainty: 'disputes' as const }];
    expect(arrowSentence('located-in', synaptogenesis, hippocampus, 'debated', statedToo)).toBe(
      'Synaptogenesis takes place in Hippocampus',
    );
  });
  it('says a receptor raises a messenger, not that it "increases" it (review 2, #24)', () => {
    expect(arrowSentence('increases', nmda, calcium)).toBe(
      'NMDA receptor activity raises Intracellular calcium',
    );
    // A plural receptor label gives a singular "… channel activity", not "channels activity".
    expect(
      arrowSentence(
        'increases',
        n('L-type calcium channels', 'receptor-channel'),
        n('BDNF', 'signaling-molecule'),
      ),
    ).toBe('L-type calcium channel activity raises BDNF');
  });
  it("uses an edge's curated verb instead of the relation's default, with its qualifier", () => {
    const stated = [{ certainty: 'stated' as const }];
    const hedged = [{ certainty: 'hedged' as const }];
    // 003: "AMPA receptors may be stimulated indirectly by ketamine" (review 2, #10).
    expect(
      arrowSentence('increases', ketamine, ampa, 'hypothesised', hedged, 'indirectly stimulates'),
    ).toBe('Ketamine may indirectly stimulate AMPA receptor');
    // 004: "This effect results in ... normalization of brain circuits" (review 2, #11).
    const synthesis = n('Synaptic protein synthesis', 'process');
    const circuits = n('Mood and stress circuits', 'cell-region');
    expect(arrowSentence('increases', synthesis, circuits, 'established', stated)).toBe(
      'Synaptic protein synthesis strengthens Mood and stress circuits',
    );
    expect(
      arrowSentence(
        'increases',
        synthesis,
        circuits,
        'established',
        stated,
        'results in normalization of',
      ),
    ).toBe('Synaptic protein synthesis results in normalization of Mood and stress circuits');
    // 004: "stimulating the mTOR pathway".
    expect(
      arrowSentence(
        'increases',
        ampa,
        n('mTOR', 'signaling-molecule'),
        'established',
        stated,
        'stimulates',
      ),
    ).toBe('AMPA receptor stimulates mTOR');
    // A plural subject takes the plural form.
    expect(
      arrowSentence('increases', circuits, synthesis, 'established', stated, 'results in'),
    ).toBe('Mood and stress circuits result in Synaptic protein synthesis');
  });
  it('conjugates a curated verb phrase for a plural subject and after "may"', () => {
    expect(verbForms('indirectly stimulates')).toEqual({
      one: 'indirectly stimulates',
      many: 'indirectly stimulate',
      base: 'indirectly stimulate',
    });
    expect(verbForms('is required for')).toEqual({
      one: 'is required for',
      many: 'are required for',
      base: 'be required for',
    });
    expect(verbForms('reaches').base).toBe('reach');
    expect(verbForms('modifies').many).toBe('modify');
  });
  it("accepts a curated verb only when a quote's sentence holds its content words", () => {
    const s003 =
      'AMPA receptors may be stimulated indirectly by ketamine or directly by other ketamine metabolites such as hydroxynorketamine.';
    expect(verbWordsMissing('indirectly stimulates', s003)).toEqual([]);
    expect(verbWordsMissing('directly activates', s003)).toEqual(['activates']);
    const s004 =
      'This effect results in synaptic remodeling, increased neuronal connectivity, and normalization of brain circuits involved in mood regulation.';
    expect(verbWordsMissing('results in normalization of', s004)).toEqual([]);
    expect(verbWordsMissing('contributes to normalization of', s004)).toEqual(['contributes']);
  });
  it('tells plural labels from singular ones ending in s', () => {
    expect(isPlural('Mood and stress circuits')).toBe(true);
    expect(isPlural('Synaptogenesis')).toBe(false);
    expect(isPlural('Synaptic protein synthesis')).toBe(false);
    expect(isPlural('Other acute adverse effects')).toBe(true);
  });
});
