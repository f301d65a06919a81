import fc from 'fast-check';
import type { NetEffect } from '../../src/domain/quiz';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildQuiz,
  generateQuestions,
  QUIZ_KINDS,
  QUIZ_LENGTH,
  quizScopes,
  seededRandom,
  type QuizGraph,
  type QuizQuestion,
} from '../../src/domain/quiz';
import { GraphSchema } from '../../src/domain/schema';
import { normalize } from '../../src/domain/text';
import { DISPUTED_EDGE, formatOneGraph, formatTwoGraph, realGraph, ROOT } from './quiz-fixture';

const today = GraphSchema.parse(realGraph());
const v2 = formatTwoGraph();
const sourceText = new Map(
  today.sources.map((s) => [
    s.id as string,
    readFileSync(path.join(ROOT, 'public/data/sources', `${s.id}.txt`), 'utf8'),
  ]),
);

/** An independent reading of graph.json: is `option` a correct answer to `q`? */
function isCorrect(graph: QuizGraph, q: QuizQuestion, option: string): boolean {
  const [, elementId, extra] = q.id.split(':') as [string, string, string | undefined];
  const edge = graph.elements.edges.find((e) => e.data.id === elementId)?.data;
  const node = graph.elements.nodes.find((n) => n.data.id === elementId)?.data;
  switch (q.kind) {
    case 'next':
      // Any arrow from the node to the option, of any relation, would make it correct.
      return graph.elements.edges.some(
        (e) => e.data.source === edge!.source && e.data.target === option,
      );
    case 'which-way':
      return node!.netEffects!.some((n) => n.branch === extra && n.sign === option);
    case 'how-sure':
      return edge!.certainty === option;
    case 'which-source': {
      // Correct if the source's text contains the passage (up to whitespace and typography).
      const text = sourceText.get(option);
      return !!text && normalize(text).includes(normalize(q.passage!));
    }
    case 'which-branch': {
      const b = edge!.branches as string[];
      return option === (b.length === 2 ? 'both' : b[0]);
    }
  }
}

/** Nodes reachable from `from` by any chain of arrows. */
function reachable(graph: QuizGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    for (const e of graph.elements.edges)
      if (e.data.source === at && !seen.has(e.data.target)) {
        seen.add(e.data.target);
        queue.push(e.data.target);
      }
  }
  return seen;
}

const count = (qs: QuizQuestion[]) =>
  Object.fromEntries(QUIZ_KINDS.map((k) => [k, qs.filter((q) => q.kind === k).length]));

describe('quiz questions from graph.json', () => {
  for (const [name, graph] of [
    ['today’s graph.json', today as QuizGraph],
    ['graph.json with certainty and net effects', v2],
  ] as const) {
    for (const scope of quizScopes(graph)) {
      it(`${name}, ${scope}: every question has exactly one correct option and cites verbatim quotes`, () => {
        const questions = generateQuestions(graph, scope, 3);
        expect(questions.length).toBeGreaterThan(10);
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
        for (const q of questions) {
          const ids = q.options.map((o) => o.id);
          expect(new Set(ids).size, q.id).toBe(ids.length);
          expect(ids.length, q.id).toBeGreaterThanOrEqual(2);
          const correct = ids.filter((o) => isCorrect(graph, q, o));
          expect(correct, q.id).toEqual([q.answer]);
          expect(q.evidence.length, q.id).toBeGreaterThanOrEqual(1);
          for (const ev of q.evidence) {
            expect(sourceText.get(ev.sourceId)!.slice(ev.start, ev.end), q.id).toBe(ev.quote);
          }
          expect(q.prompt.trim()).not.toBe('');
          expect(q.options.every((o) => o.label.trim() !== '')).toBe(true);
        }
      });
    }
  }

  it('a "what comes next" distractor is never reached from the node by any arrow, directly or later', () => {
    for (const scope of quizScopes(today))
      for (const q of generateQuestions(today, scope).filter((x) => x.kind === 'next')) {
        const from = q.ask[0]!;
        const later = reachable(today, from);
        for (const o of q.options.filter((x) => x.id !== q.answer)) {
          expect(later.has(o.id), `${q.id}: ${o.id}`).toBe(false);
          expect(o.id).not.toBe(from);
        }
        expect(q.hiddenLabels).toEqual([q.answer]);
      }
  });

  it('says an arrow as the panel does: "may" when no source states it, the curated verb (review 3, #5)', () => {
    const qs = generateQuestions(today, 'psychedelic-contrast');
    const next = qs.find(
      (q) => q.id === 'next:serotonergic-psychedelics-increases-rapid-antidepressant-effect',
    )!;
    expect(next.explanation).toBe(
      'Serotonergic psychedelics may produce Rapid antidepressant effect.',
    );
    const ampa = generateQuestions(today, 'ampa-mtor').find((q) =>
      q.id.endsWith(':ketamine-increases-ampa-receptor'),
    )!;
    expect(ampa.prompt + ampa.explanation).toContain(
      'Ketamine may indirectly stimulate AMPA receptor',
    );
  });

  it('a "which source" passage stands in its own source’s text and in no distractor’s', () => {
    for (const scope of quizScopes(today))
      for (const q of generateQuestions(today, scope).filter((x) => x.kind === 'which-source')) {
        expect(q.passage!.length).toBeGreaterThanOrEqual(40);
        expect(q.evidence[0]!.quote).toBe(q.passage);
        expect(q.evidence[0]!.sourceId).toBe(q.answer);
      }
  });

  it('without certainty and net effects, asks no "which way" or "how sure" question', () => {
    const plain = formatOneGraph();
    for (const scope of quizScopes(plain)) {
      const c = count(generateQuestions(plain, scope));
      expect(c['which-way']).toBe(0);
      expect(c['how-sure']).toBe(0);
      expect(c.next).toBeGreaterThan(0);
      expect(c['which-source']).toBeGreaterThan(0);
      expect(c['which-branch']).toBeGreaterThan(0);
    }
  });

  it('with them, asks which way (sign from the net effect, quotes along the path) and how sure', () => {
    const qs = generateQuestions(v2, 'l-type-calcium');
    const calcium = qs.find((q) => q.id === 'which-way:intracellular-calcium:high-dose')!;
    // Ketamine ⊣ NMDA receptor → intracellular calcium: down × up = down.
    expect(calcium.prompt).toBe(
      'With ketamine at a high dose, does Intracellular calcium go up or down?',
    );
    expect(calcium.answer).toBe('down');
    expect(calcium.evidence.map((e) => e.sourceId)).toHaveLength(2);
    expect(calcium.reveal).toEqual(
      expect.arrayContaining([
        'ketamine-blocks-nmda-receptor',
        'nmda-receptor-increases-intracellular-calcium',
      ]),
    );
    const sure = generateQuestions(v2, 'dose-branches').find(
      (q) => q.id === `how-sure:${DISPUTED_EDGE}`,
    )!;
    expect(sure.answer).toBe('debated');
    expect(sure.evidence.every((e) => e.certainty === 'disputes')).toBe(true);
  });

  it('asks a hedged net effect as what the hedged arrows imply, never as a finding (review 2, #4)', () => {
    const qs = generateQuestions(today, 'dose-branches');
    const gaba = qs.find((q) => q.id === 'which-way:gabaergic-neurons:subanesthetic')!;
    expect(gaba.prompt).toBe(
      'With ketamine at a subanesthetic dose, which way would GABAergic neurons go if the arrows the sources only hedge or dispute hold?',
    );
    expect(gaba.explanation).toMatch(/GABAergic neurons may go down \(every path passes/);
    const calcium = qs.find((q) => q.id === 'which-way:intracellular-calcium:high-dose')!;
    expect(calcium.prompt).toBe(
      'With ketamine at a high dose, does Intracellular calcium go up or down?',
    );
    // Esketamine's data is not ketamine's (review 2, #5).
    expect(qs.some((q) => q.id.startsWith('which-way:suicidal-ideation-reduction'))).toBe(false);
  });

  it('asks no "at which dose" question about a dose-free net effect (review 2, #25)', () => {
    const analgesia = today.elements.nodes.find((n) => n.data.id === 'analgesia')!.data;
    expect(analgesia.netEffects.map((x) => x.branch)).toEqual(['any-dose']);
    // Put Analgesia and its arrow into a hypothesis, so that it is in the quiz's scope.
    const tagged = <T extends { data: { id: string; hypotheses: unknown[] } }>(x: T): T =>
      ['analgesia', 'ketamine-increases-analgesia'].includes(x.data.id)
        ? { ...x, data: { ...x.data, hypotheses: ['ampa-mtor'] } }
        : x;
    const graph = {
      ...today,
      elements: {
        nodes: today.elements.nodes.map(tagged),
        edges: today.elements.edges.map(tagged),
      },
    } as QuizGraph;
    for (let seed = 1; seed <= 20; seed++)
      for (const q of generateQuestions(graph, 'ampa-mtor', seed)) {
        expect(q.id).not.toMatch(/any-dose/);
        expect(q.prompt).not.toMatch(/any-dose/);
      }
  });

  it('does not ask "which way" where paths disagree (a mixed net effect)', () => {
    const graph: QuizGraph = {
      ...v2,
      elements: {
        ...v2.elements,
        nodes: v2.elements.nodes.map((n) =>
          n.data.id === 'bdnf'
            ? {
                ...n,
                data: {
                  ...n.data,
                  netEffects: n.data.netEffects!.map((e) => ({ ...e, sign: 'mixed' as const })),
                },
              }
            : n,
        ),
      },
    };
    expect(
      generateQuestions(graph, 'ampa-mtor').some((q) => q.id.startsWith('which-way:bdnf:')),
    ).toBe(false);
    expect(generateQuestions(v2, 'ampa-mtor').some((q) => q.id.startsWith('which-way:bdnf:'))).toBe(
      true,
    );
  });

  it('does not ask "which way" when the stated sign disagrees with the arrows of its path', () => {
    const graph: QuizGraph = {
      ...v2,
      elements: {
        ...v2.elements,
        nodes: v2.elements.nodes.map((n) =>
          n.data.id === 'neurotoxicity'
            ? {
                ...n,
                data: {
                  ...n.data,
                  netEffects: [
                    {
                      branch: 'high-dose',
                      sign: 'down' as const,
                      hedged: false,
                      path: ['ketamine', 'nmda-receptor', 'intracellular-calcium', 'neurotoxicity'],
                    } as NetEffect,
                  ],
                },
              }
            : n,
        ),
      },
    };
    expect(
      generateQuestions(graph, 'l-type-calcium').some((q) =>
        q.id.startsWith('which-way:neurotoxicity'),
      ),
    ).toBe(false);
  });

  it('an unknown scope yields no quiz', () => {
    expect(buildQuiz(today, 'nope', 1)).toBeNull();
    expect(generateQuestions(today, '<script>')).toEqual([]);
  });
});

describe('quiz order', () => {
  it('the PRNG is deterministic and in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });

  it('over random seeds: the same seed gives the same quiz, every kind takes a turn, every question answerable', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.constantFrom(...quizScopes(v2)),
        (seed, scope) => {
          const quiz = buildQuiz(v2, scope, seed)!;
          expect(buildQuiz(v2, scope, seed)).toEqual(quiz);
          expect(quiz.questions).toHaveLength(QUIZ_LENGTH);
          expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(QUIZ_LENGTH);
          expect(new Set(quiz.questions.map((q) => q.kind))).toEqual(new Set(QUIZ_KINDS));
          for (const q of quiz.questions) {
            expect(q.options.filter((o) => isCorrect(v2, q, o.id)).map((o) => o.id)).toEqual([
              q.answer,
            ]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('different seeds give different orders', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5].map((s) =>
        buildQuiz(today, 'ampa-mtor', s)!
          .questions.map((q) => q.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
