import { describe, expect, it } from 'vitest';
import { elementCertainty, sourceCount } from '../../src/domain/certainty';
import { findHedgeCues, unaccountedCues } from '../../src/domain/hedges';
import { ANY_DOSE } from '../../src/domain/ids';
import { netEffects, netEffectSteps } from '../../src/domain/net-effect';
import type { ElementCertainty, Relation } from '../../src/domain/schema';
import { sentenceRange, sentenceStarts } from '../../src/domain/text';

describe('hedge cues', () => {
  it('finds whole-word cues, typographic apostrophes folded, longer cues first', () => {
    const s =
      'The mechanisms are not fully understood, but it’s thought that one hypothesis may hold.';
    expect(findHedgeCues(s).map((c) => c.cue)).toEqual([
      'not fully understood',
      "it's thought",
      'one hypothesis',
      'may',
    ]);
    // "mayor" and "dismay" are not "may"; "potentially" is its own cue, not "potential".
    expect(findHedgeCues('The mayor was in dismay.')).toEqual([]);
    expect(findHedgeCues('potentially toxic').map((c) => c.cue)).toEqual(['potentially']);
  });

  it('marks dispute cues apart from hedges', () => {
    expect(findHedgeCues('However, debates still persist on it.')[0]).toMatchObject({
      cue: 'debates',
      signals: 'dispute',
    });
  });

  it('counts a cue as accounted for when a listed phrase overlaps it', () => {
    const s = 'Stimulation of AMPA receptors may lead to new synapse formation.';
    expect(unaccountedCues(s, ['may lead to'])).toEqual([]);
    expect(unaccountedCues(s, []).map((c) => c.cue)).toEqual(['may']);
  });
});

describe('sentence bounds', () => {
  it('keeps "pathways. and downstream" in one sentence and splits at a new capitalised one', () => {
    const text =
      'AMPA receptors may lead to many pathways. and downstream effects such as synapses. Ketamine blocks NMDA.';
    const starts = sentenceStarts(text);
    const at = text.indexOf('downstream');
    const r = sentenceRange(starts, text.length, at, at + 10);
    expect(text.slice(r.start, r.end).trim()).toBe(
      'AMPA receptors may lead to many pathways. and downstream effects such as synapses.',
    );
  });
});

describe('element certainty and agreement', () => {
  const ev = (sourceId: string, certainty: 'stated' | 'hedged' | 'disputes') => ({
    sourceId,
    certainty,
  });
  it('is established when one source states it, even if others hedge it', () => {
    expect(elementCertainty([ev('a', 'hedged'), ev('b', 'stated')])).toBe('established');
  });
  it('is hypothesised when every supporting source hedges it', () => {
    expect(elementCertainty([ev('a', 'hedged'), ev('b', 'hedged')])).toBe('hypothesised');
  });
  it('is debated when any source disputes it', () => {
    expect(elementCertainty([ev('a', 'stated'), ev('b', 'disputes')])).toBe('debated');
  });
  it('counts distinct supporting sources only', () => {
    expect(sourceCount([ev('a', 'stated'), ev('a', 'hedged'), ev('b', 'disputes')])).toBe(1);
    expect(sourceCount([ev('a', 'stated'), ev('c', 'hedged')])).toBe(2);
  });
});

describe('net effect of the drug along signed paths', () => {
  const e = (
    source: string,
    relation: Relation,
    target: string,
    branches: string[] = ['low'],
    certainty: ElementCertainty = 'established',
  ) => ({ source, relation, target, branches, certainty });

  it('⊣ then ⊣ gives up; ⊣ then → gives down', () => {
    const fx = netEffects(
      'ketamine',
      [
        e('ketamine', 'blocks', 'nmda'),
        e('nmda', 'decreases', 'calcium'),
        e('nmda', 'increases', 'gaba'),
      ],
      ['low'],
    );
    expect(fx.get('calcium')).toEqual([
      { branch: 'low', sign: 'up', hedged: false, path: ['ketamine', 'nmda', 'calcium'] },
    ]);
    expect(fx.get('gaba')?.[0]?.sign).toBe('down');
  });

  it('two paths with opposite signs give mixed, with the shortest path recorded', () => {
    const fx = netEffects(
      'ketamine',
      [
        e('ketamine', 'increases', 'x'),
        e('ketamine', 'blocks', 'y'),
        e('y', 'increases', 'z'),
        e('x', 'increases', 'y'),
      ],
      ['low'],
    );
    expect(fx.get('y')?.[0]).toEqual({
      branch: 'low',
      sign: 'mixed',
      hedged: false,
      path: ['ketamine', 'y'],
    });
    expect(fx.get('z')?.[0]?.sign).toBe('mixed');
  });

  it('metabolites carry the drug; acts-on stops a signed path; branches apart', () => {
    const fx = netEffects(
      'ketamine',
      [
        e('ketamine', 'metabolized-to', 'norketamine', []),
        e('norketamine', 'blocks', 'nmda', []),
        e('ketamine', 'acts-on', 'other'),
        e('other', 'increases', 'w'),
      ],
      ['low', 'high'],
    );
    expect(fx.get('nmda')).toEqual([
      { branch: 'low', sign: 'down', hedged: false, path: ['ketamine', 'norketamine', 'nmda'] },
      { branch: 'high', sign: 'down', hedged: false, path: ['ketamine', 'norketamine', 'nmda'] },
    ]);
    expect(fx.has('other')).toBe(false);
    expect(fx.has('w')).toBe(false);
    expect(fx.has('norketamine')).toBe(false);
  });

  it('computes a dose-free net effect over the arrows that hold at every dose (review 2, #25)', () => {
    const edges = [
      e('ketamine', 'increases', 'analgesia', []),
      e('ketamine', 'blocks', 'nmda', ['low', 'high']),
      e('nmda', 'decreases', 'analgesia', [], 'hypothesised'),
      e('nmda', 'increases', 'gaba', ['low']),
    ];
    const fx = netEffects('ketamine', edges, ['low', 'high', ANY_DOSE]);
    // Both paths (the direct arrow, and ⊣ NMDA ⊣ through an arrow tagged with every dose) say up.
    expect(fx.get('analgesia')?.find((x) => x.branch === ANY_DOSE)).toEqual({
      branch: ANY_DOSE,
      sign: 'up',
      hedged: false,
      path: ['ketamine', 'analgesia'],
    });
    // An arrow tagged with one dose only does not hold at every dose.
    expect(fx.get('gaba')?.map((x) => x.branch)).toEqual(['low']);
    // The steps find the arrows whatever their tags.
    const viaNmda = {
      branch: ANY_DOSE,
      sign: 'up' as const,
      hedged: true,
      path: ['ketamine', 'nmda', 'analgesia'],
    };
    expect(netEffectSteps(viaNmda as never, edges).map((s) => s.sign)).toEqual([
      null,
      'down',
      'up',
    ]);
  });

  it("does not give ketamine esketamine's effects: form-of carries no drug (review 2, #5)", () => {
    const fx = netEffects(
      'ketamine',
      [
        e('esketamine', 'form-of', 'ketamine', []),
        e('esketamine', 'increases', 'suicidal-ideation-reduction', ['low']),
        e('esketamine', 'increases', 'effect', ['low']),
        e('ketamine', 'increases', 'effect', ['low']),
      ],
      ['low'],
    );
    expect(fx.has('suicidal-ideation-reduction')).toBe(false);
    expect(fx.has('esketamine')).toBe(false);
    expect(fx.get('effect')).toEqual([
      { branch: 'low', sign: 'up', hedged: false, path: ['ketamine', 'effect'] },
    ]);
  });

  it('is hedged when every path passes a hypothesised or debated arrow; prefers an established path', () => {
    const fx = netEffects(
      'ketamine',
      [
        e('ketamine', 'increases', 'ampa', ['low'], 'hypothesised'),
        e('ketamine', 'blocks', 'nmda'),
        e('nmda', 'decreases', 'ampa'),
        e('ampa', 'increases', 'restoration', ['low'], 'debated'),
        e('ketamine', 'increases', 'surge', ['low'], 'hypothesised'),
        e('surge', 'increases', 'bdnf'),
      ],
      ['low'],
    );
    // The shorter path is hedged; the established one (⊣ NMDA ⊣ AMPA) is recorded.
    expect(fx.get('ampa')).toEqual([
      { branch: 'low', sign: 'up', hedged: false, path: ['ketamine', 'nmda', 'ampa'] },
    ]);
    expect(fx.get('restoration')?.[0]?.hedged).toBe(true);
    expect(fx.get('bdnf')).toEqual([
      { branch: 'low', sign: 'up', hedged: true, path: ['ketamine', 'surge', 'bdnf'] },
    ]);
    expect(fx.get('nmda')?.[0]?.hedged).toBe(false);
  });
});
