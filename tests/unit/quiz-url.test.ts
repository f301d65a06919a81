import { describe, expect, it } from 'vitest';
import { GraphSchema } from '../../src/domain/schema';
import { parseView, serializeView } from '../../src/domain/url';
import { realGraph } from './quiz-fixture';

const graph = GraphSchema.parse(realGraph());

describe('quiz links', () => {
  it('reads quiz, q and seed, and writes them back', () => {
    const { view, ignored } = parseView('?quiz=ampa-mtor&q=4&seed=42', graph);
    expect(ignored).toEqual([]);
    expect(view.quiz).toEqual({ id: 'ampa-mtor', q: 3, seed: 42 });
    expect(serializeView(view, graph)).toBe('?quiz=ampa-mtor&q=4&seed=42');
    expect(parseView('?quiz=dose-branches', graph).view.quiz).toEqual({
      id: 'dose-branches',
      q: 0,
      seed: 1,
    });
  });

  it('drops and reports what is not on the allow-list', () => {
    const bad = parseView('?quiz=<script>&q=1', graph);
    expect(bad.view.quiz).toBeUndefined();
    expect(bad.ignored).toEqual(['unknown quiz "<script>"']);
    const odd = parseView('?quiz=l-type-calcium&q=-1&seed=1e9', graph);
    expect(odd.view.quiz).toEqual({ id: 'l-type-calcium', q: 0, seed: 1 });
    expect(odd.ignored).toEqual(['unknown q "-1"', 'unknown seed "1e9"']);
  });

  it('a quiz and a walkthrough never run together: the quiz wins, and the notice says so', () => {
    const { view, ignored } = parseView('?tour=ampa-mtor&step=2&quiz=ampa-mtor', graph);
    expect(view.tour).toBeNull();
    expect(view.quiz?.id).toBe('ampa-mtor');
    expect(ignored).toEqual(['the walkthrough, during a quiz']);
  });
});
