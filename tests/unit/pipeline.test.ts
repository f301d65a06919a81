import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphSchema } from '../../src/domain/schema';
import { workspace } from './helpers';

describe('the generator on a valid curation', () => {
  it('writes graph.json in the documented shape, with every quote found at its offsets', () => {
    const ws = workspace();
    const r = ws.run();
    expect(r.code, r.err).toBe(0);
    const graph = GraphSchema.parse(JSON.parse(ws.read('out/graph.json')));
    expect(graph.elements.nodes.map((n) => n.data.id)).toEqual([
      'drug-x',
      'effect-e',
      'messenger-m',
      'receptor-r',
    ]);
    const text = ws.read('out/sources/paper-a.txt');
    expect(text).toBe(ws.read('sources/paper-a.txt'));
    const all = [
      ...graph.elements.nodes.flatMap((n) => n.data.evidence),
      ...graph.elements.edges.flatMap((e) => e.data.evidence),
    ];
    for (const ev of all) {
      const src = ws.read(`out/sources/${ev.sourceId}.txt`);
      expect(src.slice(ev.start, ev.end)).toBe(ev.quote);
      expect(src.slice(0, ev.start).endsWith(ev.prefix)).toBe(true);
      expect(src.slice(ev.end).startsWith(ev.suffix)).toBe(true);
    }
    // The ASCII quote was matched to the source's typographic apostrophe and dash.
    const effect = graph.elements.nodes.find((n) => n.data.id === 'effect-e')!;
    expect(effect.data.evidence[0]!.quote).toContain('Q’s activation – in');
    // A quote in the French source carries its language.
    const receptor = graph.elements.nodes.find((n) => n.data.id === 'receptor-r')!;
    expect(receptor.data.evidence[0]!.language).toBe('fr');
    // Nodes inherit the hypotheses and branches of their edges.
    expect(receptor.data.hypotheses).toEqual(['main']);
    expect(receptor.data.branches).toEqual(['low']);
    // Positions come from the build-time layout, top-down: the drug sits above the effect.
    const drug = graph.elements.nodes.find((n) => n.data.id === 'drug-x')!;
    expect(drug.position.y).toBeLessThan(effect.position.y);
  });

  it('is deterministic: a second run writes byte-identical output, and --check passes', () => {
    const ws = workspace();
    expect(ws.run().code).toBe(0);
    const first = ws.read('out/graph.json');
    expect(ws.run().code).toBe(0);
    expect(ws.read('out/graph.json')).toBe(first);
    expect(ws.run(['--check']).code).toBe(0);
  });

  it('--check fails when the output is stale', () => {
    const ws = workspace();
    expect(ws.run().code).toBe(0);
    const file = path.join(ws.dir, 'curation', 'curation.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('The fixture drug.', 'The fixture drug, edited.'),
    );
    const r = ws.run(['--check']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/graph\.json: stale/);
  });

  it('carries certainty, hedges, agreement, inference and search terms into graph.json', () => {
    const ws = workspace();
    const file = path.join(ws.dir, 'curation', 'curation.yaml');
    let yaml = readFileSync(file, 'utf8').replace(
      'synonyms: ["la drogue X"]',
      'synonyms: ["la drogue X"]\n    searchTerms: ["DX-1"]',
    );
    yaml += `  - source: messenger-m
    relation: increases
    target: drug-x
    inference: The fixture says the messenger rises with effect E; the curator infers the loop.
    evidence:
      - source: paper-a
        quote: "Messenger M may also raise effect E"
        certainty: hedged
        hedges: [may]
`;
    writeFileSync(file, yaml);
    const r = ws.run(['--strict']);
    expect(r.code, r.err).toBe(0);
    const graph = GraphSchema.parse(JSON.parse(ws.read('out/graph.json')));
    const edge = graph.elements.edges.find((e) => e.data.id === 'messenger-m-increases-drug-x');
    expect(edge?.data).toMatchObject({
      certainty: 'hypothesised',
      sourceCount: 1,
      inference: expect.stringContaining('curator infers'),
    });
    expect(edge?.data.evidence[0]).toMatchObject({ certainty: 'hedged', hedges: ['may'] });
    const blocks = graph.elements.edges.find((e) => e.data.id === 'drug-x-blocks-receptor-r');
    expect(blocks?.data).toMatchObject({ certainty: 'established', sourceCount: 2 });
    expect(blocks?.data.evidence[0]).toMatchObject({ certainty: 'stated', hedges: [] });
    expect(blocks?.data).not.toHaveProperty('inference');
    const drug = graph.elements.nodes.find((n) => n.data.id === 'drug-x');
    expect(drug?.data.searchTerms).toEqual(['DX-1']);
  });

  it('warns when an edge quote names neither endpoint, and fails under --strict', () => {
    const ws = workspace();
    const file = path.join(ws.dir, 'curation', 'curation.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'quote: "Blocking receptor R leads to a surge of messenger M"',
        'quote: "which in turn activates receptor Q."',
      ),
    );
    const loose = ws.run();
    expect(loose.code).toBe(0);
    expect(loose.err).toMatch(
      /curation\.yaml:\d+:\d+: warning: quote for edge "receptor-r-decreases-messenger-m" mentions neither "receptor R" nor "messenger M"/,
    );
    const strict = ws.run(['--strict']);
    expect(strict.code).toBe(1);
  });

  it('rejects a fact whose value does not stand in its quotes', () => {
    const ws = workspace();
    const file = path.join(ws.dir, 'curation', 'curation.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('value: within hours', 'value: within minutes'),
    );
    const r = ws.run();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /curation\.yaml:\d+:\d+: fact value "within minutes" does not appear in any of its quotes/,
    );
  });

  it('rejects source metadata that the text does not state', () => {
    const ws = workspace();
    const file = path.join(ws.dir, 'sources', 'paper-a.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2020', 'year: 2019'));
    const r = ws.run();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/paper-a\.yaml:5:7: year "2019" does not appear in the source text/);
  });

  it('collects every problem before failing, instead of stopping at the first', () => {
    const ws = workspace();
    const file = path.join(ws.dir, 'curation', 'curation.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(
          'quote: "Messenger M is released in bursts."',
          'quote: "Messenger M is released in floods."',
        )
        .replace('target: effect-e', 'target: effect-f'),
    );
    const r = ws.run();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/quote not found/);
    expect(r.err).toMatch(/unknown node "effect-f"/);
  });
});

describe('hostile text', () => {
  it('keeps markup, bidi and zero-width characters and very long lines as data, verbatim', () => {
    const ws = workspace('hostile/curation', 'hostile/sources');
    const r = ws.run();
    expect(r.code, r.err).toBe(0);
    const graph = GraphSchema.parse(JSON.parse(ws.read('out/graph.json')));
    const drug = graph.elements.nodes.find((n) => n.data.id === 'drug-x')!;
    expect(drug.data.label).toBe('<img src=x onerror="window.__xss=8">Drug X');
    expect(drug.data.synonyms).toContain('X\u202eevil');
    const receptor = graph.elements.nodes.find((n) => n.data.id === 'receptor-r')!;
    expect(receptor.data.evidence[0]!.quote).toBe('blocks receptor \u202eR\u202c on cells.');
    const effect = graph.elements.nodes.find((n) => n.data.id === 'effect-e')!;
    expect(effect.data.evidence[0]!.quote).toMatch(/^x{300} end of the long line\.$/);
    expect(ws.read('out/sources/hostile.txt')).toBe(ws.read('sources/hostile.txt'));
  });
});
