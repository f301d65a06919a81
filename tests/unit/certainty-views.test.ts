import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCyjs, toWebAnnotations } from '../../src/domain/exports';
import { allFilters, visibleElements } from '../../src/domain/filter';
import { indexGraph, edgeSentence } from '../../src/domain/graph-index';
import { GraphSchema, type Graph } from '../../src/domain/schema';
import { parseView, serializeView } from '../../src/domain/url';

const real = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);

/** The real graph with one arrow hedged by its source ("may"), as the curation marks it. */
function withHedgedArrow(id: string): Graph {
  const g = structuredClone(real);
  const e = g.elements.edges.find((x) => x.data.id === id)!;
  e.data.certainty = 'hypothesised';
  e.data.evidence = e.data.evidence.map((ev) => ({ ...ev, certainty: 'hedged', hedges: ['may'] }));
  return g;
}

describe('"only what the sources state firmly"', () => {
  const id = 'ampa-receptor-increases-synaptogenesis';
  const g = withHedgedArrow(id);

  it('hides hypothesised arrows and keeps established ones', () => {
    const all = visibleElements(g, allFilters(g));
    const firm = visibleElements(g, { ...allFilters(g), firm: true });
    expect(all.edges.has(id)).toBe(true);
    expect(firm.edges.has(id)).toBe(false);
    expect(firm.edges.has('ketamine-blocks-nmda-receptor')).toBe(true);
  });

  it('round-trips through the URL as firm=1 and reports a bad value', () => {
    const parsed = parseView('?firm=1', g);
    expect(parsed.view.filters.firm).toBe(true);
    expect(serializeView(parsed.view, g)).toBe('?firm=1');
    expect(parseView('?firm=yes', g).ignored).toEqual(['unknown firm "yes"']);
    expect(parseView('', g).view.filters.firm).toBeUndefined();
  });

  it('words a hypothesised arrow with "may"', () => {
    const index = indexGraph(g);
    expect(edgeSentence(index, index.edges.get(id)!)).toBe(
      'AMPA receptor may promote Synaptogenesis',
    );
  });
});

describe('exports carry certainty', () => {
  const id = 'ampa-receptor-increases-synaptogenesis';
  const g = withHedgedArrow(id);

  it('gives the .cyjs a certainty and a source_count column, and per-quote certainty', () => {
    const cy = toCyjs(g);
    const edge = cy.elements.edges.find((e) => e.data.id === id)!;
    expect(edge.data.certainty).toBe('hypothesised');
    expect(edge.data.evidence_certainty.every((c) => c === 'hedged')).toBe(true);
    expect(edge.data.evidence_hedges[0]).toBe('may');
    const blocks = cy.elements.edges.find((e) => e.data.id === 'ketamine-blocks-nmda-receptor')!;
    expect(blocks.data).toMatchObject({ certainty: 'established' });
    expect(blocks.data.source_count).toBeGreaterThanOrEqual(4);
  });

  it('tags every Web Annotation with its quote certainty and classifies its element', () => {
    const doc = toWebAnnotations(g, 'http://localhost/');
    type Body = { purpose?: string; value?: string };
    const items = doc.first.items as Array<{ id: string; body: Body[] }>;
    const mine = items.filter((a) => a.id.includes(`#evidence/${id}/`));
    expect(mine.length).toBeGreaterThan(0);
    for (const a of mine) {
      expect(a.body.find((b) => b.purpose === 'tagging')?.value).toBe('hedged');
      expect(a.body.find((b) => b.purpose === 'classifying')?.value).toBe('hypothesised');
      expect(a.body.find((b) => b.purpose === 'commenting')?.value).toBe(
        'Hedged by the source: "may"',
      );
    }
    for (const a of items) expect(a.body.some((b) => b.purpose === 'tagging')).toBe(true);
  });
});
