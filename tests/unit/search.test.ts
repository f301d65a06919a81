import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphSchema } from '../../src/domain/schema';
import { searchNodes, typosAllowed } from '../../src/domain/search';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const ids = (q: string): string[] => searchNodes(graph, q).map((h) => h.node.id);

describe('search forgives typos', () => {
  it.each([
    ['glutamte', 'glutamate-surge'],
    ['ketamnie', 'ketamine'],
    ['synaptogensis', 'synaptogenesis'],
    ['anesthsia', 'anesthesia'],
    ['neurotoxicty', 'neurotoxicity'],
    ['gabergic', 'gabaergic-neurons'],
    ['nmad', 'nmda-receptor'],
    ['mTRO', 'mtor'],
    ['amap', 'ampa-receptor'],
  ])('"%s" finds %s first', (query, id) => {
    const [first] = searchNodes(graph, query);
    expect(first?.node.id).toBe(id);
    expect(first?.typos).toBeGreaterThan(0);
  });

  it('"ketamin" finds Ketamine first, as an exact prefix', () => {
    const [first] = searchNodes(graph, 'ketamin');
    expect(first?.node.id).toBe('ketamine');
    expect(first?.typos).toBe(0);
  });

  it('ranks every exact or prefix match before any match with a typo', () => {
    // "ampa" is a prefix of AMPA receptor and within "hippocampal"; NMDA receptor's
    // "aspartate" is one typo away.
    const hits = searchNodes(graph, 'ampa');
    expect(hits[0]?.node.id).toBe('ampa-receptor');
    const typos = hits.map((h) => h.typos);
    expect(typos).toEqual([...typos].sort((a, b) => a - b));
    expect(ids('ampa')).toContain('nmda-receptor');
    expect(ids('ampa').indexOf('hippocampus')).toBeLessThan(ids('ampa').indexOf('nmda-receptor'));
  });

  it('matches a typo only at the start of a word: "amap" is not the "amat" in glutamate', () => {
    expect(ids('amap')).not.toContain('glutamate-surge');
  });

  it('finds nothing for nonsense, and forgives no typo in a query under four letters', () => {
    for (const q of ['zzzz', 'qwerty', 'xylophone', 'abcd']) expect(ids(q)).toEqual([]);
    expect(typosAllowed('mto')).toBe(0);
    expect(ids('mto')).toEqual(['mtor']);
    expect(ids('mtx')).toEqual([]);
  });
});
