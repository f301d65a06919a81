import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../src/domain/schema';
import { arrowSentence, isPlural } from '../../src/domain/wording';

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
    expect(arrowSentence('increases', ketamine, ampa, 'hypothesised')).toBe(
      'Ketamine may activate AMPA receptor',
    );
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
  it('tells plural labels from singular ones ending in s', () => {
    expect(isPlural('Mood and stress circuits')).toBe(true);
    expect(isPlural('Synaptogenesis')).toBe(false);
    expect(isPlural('Synaptic protein synthesis')).toBe(false);
    expect(isPlural('Other acute adverse effects')).toBe(true);
  });
});
