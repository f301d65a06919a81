import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/domain/graph-index';
import { doseCard, groupBySource, samePassage } from '../../src/domain/panel';
import { GraphSchema, type Graph, type GraphEvidence } from '../../src/domain/schema';
import { sentenceContext } from '../../src/domain/text';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);
const ids = [...index.nodes.keys(), ...index.edges.keys()];

describe('the dose card', () => {
  it('never lists an arrow of both doses in a column, nor an arrow under a branch it is not tagged with', () => {
    for (const id of ids) {
      const card = doseCard(index, id)!;
      for (const e of card.shared) expect(e.branches).toEqual(['high-dose', 'subanesthetic']);
      for (const col of card.columns)
        for (const it of col.items)
          expect(it.edge.branches, `${id}: ${it.edge.id}`).toEqual([col.branch]);
    }
  });

  it('never shows one passage in both columns, and takes each key quote from an arrow of that branch alone', () => {
    let quoted = 0;
    for (const id of ids) {
      const card = doseCard(index, id)!;
      const [a, b] = card.columns;
      if (a?.keyQuote && b?.keyQuote) expect(samePassage(a.keyQuote, b.keyQuote), id).toBe(false);
      for (const col of card.columns) {
        if (!col.keyQuote) continue;
        quoted++;
        const own = col.items.filter((it) => it.edge.evidence.includes(col.keyQuote!));
        expect(own.length, `${id} ${col.branch}`).toBeGreaterThan(0);
        // Nor is it a passage that an arrow of the other branch alone quotes.
        const other = card.columns.find((c) => c !== col)!;
        for (const it of other.items)
          for (const ev of it.edge.evidence)
            expect(samePassage(ev, col.keyQuote), `${id} ${col.branch}`).toBe(false);
      }
    }
    expect(quoted).toBeGreaterThan(10);
  });

  it('at the NMDA receptor, names the shared block once and contrasts GABAergic disinhibition with calcium', () => {
    const card = doseCard(index, 'nmda-receptor')!;
    expect(card.shared.map((e) => e.id)).toEqual(['ketamine-blocks-nmda-receptor']);
    const [sub, high] = card.columns;
    // The curation review added 002's route, NMDA receptor ⊣ AMPA receptor (subanesthetic).
    expect(sub!.items.map((i) => i.other).sort()).toEqual(['ampa-receptor', 'gabaergic-neurons']);
    expect(high!.items.map((i) => i.other).sort()).toEqual(['anesthesia', 'intracellular-calcium']);
    expect(sub!.keyQuote!.quote).toMatch(/GABAergic/);
    expect(high!.keyQuote!.quote).toMatch(/intracellular calcium/);
    // The high-dose passage that the shared arrow also quotes never lands under Subanesthetic.
    expect(sub!.keyQuote!.quote).not.toMatch(/high-dose|intracellular calcium/);
  });

  it('drops a key quote that the other branch alone also quotes', () => {
    const ev = (quote: string, start: number): GraphEvidence => ({
      sourceId: 's' as GraphEvidence['sourceId'],
      certainty: 'stated',
      hedges: [],
      quote,
      start,
      end: start + quote.length,
      prefix: '',
      suffix: '',
      language: 'en',
    });
    const shared = ev('low and high doses both do X', 0);
    const g = {
      format: 'ketamine-pathways/1',
      sources: [],
      hypotheses: [],
      branches: [
        { id: 'subanesthetic', label: 'Sub', summary: '', evidence: [ev('a', 500)] },
        { id: 'high-dose', label: 'High', summary: '', evidence: [ev('b', 600)] },
      ],
      elements: {
        nodes: ['n', 'a', 'b'].map((id, i) => ({
          data: {
            id,
            label: id,
            kind: 'process',
            synonyms: [],
            description: '',
            hypotheses: [],
            branches: [],
            evidence: [ev(id, 900 + i)],
            facts: [],
          },
          position: { x: i, y: i },
        })),
        edges: [
          {
            id: 'n-a',
            target: 'a',
            branches: ['subanesthetic'],
            evidence: [shared, ev('only low', 100)],
          },
          { id: 'n-b', target: 'b', branches: ['high-dose'], evidence: [shared] },
        ].map((e) => ({
          data: { ...e, source: 'n', relation: 'increases', hypotheses: [] },
        })),
      },
    } as unknown as Graph;
    const card = doseCard(indexGraph(g), 'n')!;
    expect(card.columns[0]!.keyQuote!.quote).toBe('only low');
    expect(card.columns[1]!.keyQuote).toBeNull();
  });
});

describe('evidence grouped by source', () => {
  it('keeps sources in the order first quoted and every passage once', () => {
    const k = index.nodes.get('ketamine')!;
    const groups = groupBySource(k.evidence);
    expect(groups.flatMap((g) => g.items)).toHaveLength(k.evidence.length);
    expect(groups[0]!.sourceId).toBe(k.evidence[0]!.sourceId);
    expect(new Set(groups.map((g) => g.sourceId)).size).toBe(groups.length);
  });
});

describe('the context shown around a quote', () => {
  it("never shows the video transcript's front matter", () => {
    const c = sentenceContext(
      '\nReviewed: false\n---\n- Image\n\n- ',
      ' It has been used as a recreatio',
    );
    expect(c.before).toBe('');
    expect(c.beforeCut).toBe(false);
    expect(c.after).toBe(' It has been used as a recreatio');
    expect(c.afterCut).toBe(true);
  });

  it('adds nothing after a quote that ends its sentence', () => {
    const c = sentenceContext(
      '',
      ' It has been used as a recreatio',
      'It is used as an antidepressant.',
    );
    expect([c.after, c.afterCut]).toEqual(['', false]);
  });

  it('stops at the sentence boundaries on both sides', () => {
    const c = sentenceContext(
      'the end of one. And the start of ',
      ' rest of it. Next sentence here',
    );
    expect(c.before).toBe('And the start of ');
    expect(c.after).toBe(' rest of it.');
    expect([c.beforeCut, c.afterCut]).toEqual([false, false]);
  });

  it('shows no page chrome or rule around any quote of the graph', () => {
    const all = [
      ...graph.elements.nodes.flatMap((n) => n.data.evidence),
      ...graph.elements.edges.flatMap((e) => e.data.evidence),
    ];
    for (const ev of all) {
      const c = sentenceContext(ev.prefix, ev.suffix);
      expect(c.before + c.after, ev.quote).not.toMatch(/Reviewed:|---|\n|- Image/);
    }
  });
});
