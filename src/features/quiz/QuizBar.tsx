/**
 * "Test yourself": one question at a time under the graph, a labelled radio group, the deciding
 * quotes after each answer, a score at the end and a retry of the missed questions. Loaded on
 * demand. The canvas is told what to highlight through the store (the walkthrough's highlight)
 * and which label to hide (`hiddenLabels`).
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { buildQuiz, type QuizQuestion } from '../../domain/quiz';
import { useUiStore } from '../../store/ui-store';
import { Quote } from '../details-panel/Quote';
import './quiz.css';

function optionLabel(q: QuizQuestion, id: string): string {
  return q.options.find((o) => o.id === id)?.label ?? id;
}

export default function QuizBar({ index }: { index: GraphIndex }) {
  const state = useUiStore((s) => s.quiz);
  const scope = state?.id;
  const seed = state?.seed;
  const quiz = useMemo(
    () => (scope !== undefined && seed !== undefined ? buildQuiz(index.graph, scope, seed) : null),
    [index, scope, seed],
  );
  const questions = quiz?.questions ?? [];
  const count = questions.length;
  const at = Math.min(Math.max(state?.q ?? 0, 0), Math.max(count - 1, 0));
  const question = questions[at];

  /** The chosen option per question id, once checked. */
  const [answers, setAnswers] = useState<Record<string, string>>({});
  /** The questions of this round, by position: all of them, or the missed ones on a retry. */
  const [round, setRound] = useState<number[] | null>(null);
  const [finished, setFinished] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const [hint, setHint] = useState('');
  const order = round ?? questions.map((_, i) => i);
  const answered = question ? answers[question.id] : undefined;

  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const firstOptionRef = useRef<HTMLInputElement>(null);
  const scoreRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'question' | 'feedback' | 'score' | null>(null);
  const name = useId();

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'question') firstOptionRef.current?.focus({ preventScroll: true });
    else if (target === 'feedback') feedbackRef.current?.focus({ preventScroll: true });
    else if (target === 'score') scoreRef.current?.focus({ preventScroll: true });
  });

  // Tell the canvas what to highlight and which label to hide; clear both when the quiz ends.
  useEffect(() => {
    if (!question || finished) {
      useUiStore.setState({ tourHighlight: null, hiddenLabels: [] });
      return;
    }
    const ids = answered !== undefined ? question.reveal : question.ask;
    useUiStore.setState({
      tourHighlight: ids.length ? { current: ids.slice(0, 1), visited: ids.slice(1) } : null,
      hiddenLabels: answered !== undefined ? [] : question.hiddenLabels,
    });
  }, [question, answered, finished]);
  useEffect(() => () => useUiStore.setState({ tourHighlight: null, hiddenLabels: [] }), []);

  // An unanswered question keeps the evidence panel shut: a node's panel names it and its
  // neighbours, which is the answer. A click on the canvas (or in the outline or search) is
  // refused and the quiz says why; once answered, the panel opens as usual.
  const locked = !finished && !!question && answered === undefined;
  useEffect(() => {
    useUiStore.setState(
      locked ? { selectionLocked: true, selected: null } : { selectionLocked: false },
    );
  }, [locked]);
  useEffect(() => () => useUiStore.setState({ selectionLocked: false }), []);
  const [refused, setRefused] = useState(false);
  useEffect(
    () =>
      useUiStore.subscribe((now, before) => {
        if (now.refusedSelections !== before.refusedSelections) setRefused(true);
      }),
    [],
  );

  const go = (n: number) => {
    const s = useUiStore.getState().quiz;
    if (s) useUiStore.setState({ quiz: { ...s, q: n } });
    setChoice(null);
    setHint('');
    setRefused(false);
    focusNext.current = 'question';
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!question) return;
    if (choice === null) {
      setHint('Choose an answer first.');
      return;
    }
    setAnswers((a) => ({ ...a, [question.id]: choice }));
    setHint('');
    setRefused(false);
    focusNext.current = 'feedback';
  };

  const next = () => {
    const later = order.filter((i) => i > at && answers[questions[i]?.id ?? ''] === undefined);
    if (later[0] !== undefined) go(later[0]);
    else {
      setFinished(true);
      focusNext.current = 'score';
    }
  };

  const missed = questions.map((q, i) => ({ q, i })).filter(({ q }) => answers[q.id] !== q.answer);
  const right = count - missed.length;

  const retry = () => {
    const again = missed.map(({ i }) => i);
    setAnswers((a) => {
      const kept = { ...a };
      for (const { q } of missed) delete kept[q.id];
      return kept;
    });
    setRound(again);
    setFinished(false);
    if (again[0] !== undefined) go(again[0]);
  };

  const end = () => useUiStore.setState({ quiz: null });
  const fresh = () => {
    const s = useUiStore.getState().quiz;
    // The next seed: a new order, and still one a class can share by its link.
    if (s) useUiStore.setState({ quiz: { id: s.id, q: 0, seed: (s.seed + 1) % 1_000_000_000 } });
  };

  if (!quiz) return null;
  const position = order.indexOf(at);
  const isLast =
    order.filter((i) => i > at && answers[questions[i]?.id ?? ''] === undefined).length === 0;

  return (
    <section className="tour quiz" aria-labelledby="quiz-heading">
      <header className="tour-header">
        <h2 id="quiz-heading" ref={headingRef} tabIndex={-1}>
          Test yourself: {quiz.label}
        </h2>
        <p className="tour-progress" aria-live="polite">
          {finished
            ? 'Score'
            : `Question ${at + 1} of ${count}${round ? ` (retry ${position + 1} of ${order.length})` : ''}`}
        </p>
      </header>
      {count === 0 && <p>The graph yields no question for this topic.</p>}
      <p className="quiz-refused" role="status">
        {locked && refused
          ? 'Answer the question first: its details would give the answer away.'
          : ''}
      </p>
      {finished ? (
        <div className="quiz-score">
          <h3 ref={scoreRef} tabIndex={-1}>
            You got {right} of {count} right.
          </h3>
          {missed.length > 0 && (
            <>
              <p>Missed or not answered:</p>
              <ol>
                {missed.map(({ q, i }) => (
                  <li key={q.id} value={i + 1}>
                    {q.prompt}
                    {q.passage && (
                      <>
                        {' '}
                        <q>{q.passage.length > 90 ? `${q.passage.slice(0, 90)}…` : q.passage}</q>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
          <nav className="tour-nav" aria-label="Quiz">
            {missed.length > 0 && (
              <button type="button" onClick={retry}>
                Retry the {missed.length} missed
              </button>
            )}
            <button type="button" onClick={fresh}>
              New questions
            </button>
            <button type="button" onClick={end}>
              End quiz
            </button>
          </nav>
        </div>
      ) : (
        question && (
          <form className="quiz-question" onSubmit={check} key={question.id}>
            <fieldset disabled={answered !== undefined}>
              <legend>{question.prompt}</legend>
              {question.passage && (
                <blockquote className="quiz-passage">
                  <p>{question.passage}</p>
                </blockquote>
              )}
              <div className="quiz-options">
                {question.options.map((o, i) => {
                  const mark =
                    answered === undefined
                      ? ''
                      : o.id === question.answer
                        ? ' correct'
                        : o.id === answered
                          ? ' wrong'
                          : '';
                  return (
                    <label key={o.id} className={`quiz-option${mark}`}>
                      <input
                        ref={i === 0 ? firstOptionRef : undefined}
                        type="radio"
                        name={name}
                        value={o.id}
                        checked={(answered ?? choice) === o.id}
                        onChange={() => setChoice(o.id)}
                      />
                      <span>{o.label}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
            {answered === undefined && (
              <div className="tour-nav">
                <button type="submit">Check answer</button>
                <button type="button" onClick={end}>
                  End quiz
                </button>
                <span className="quiz-hint">{hint}</span>
              </div>
            )}
          </form>
        )
      )}
      {/* Only the verdict is announced; the quotes follow it for reading. */}
      <div className="quiz-verdict" aria-live="polite">
        {!finished && question && answered !== undefined && (
          <p
            ref={feedbackRef}
            tabIndex={-1}
            className={answered === question.answer ? 'quiz-right' : 'quiz-wrong'}
          >
            {answered === question.answer
              ? `Right: ${optionLabel(question, question.answer)}.`
              : `Not quite. You chose “${optionLabel(question, answered)}”; the answer is “${optionLabel(question, question.answer)}”.`}
          </p>
        )}
      </div>
      {!finished && question && answered !== undefined && (
        <div className="quiz-feedback">
          <p>{question.explanation}</p>
          <p className="muted">
            {question.evidence.length === 1
              ? 'The quote that decides it:'
              : 'The quotes that decide it:'}
          </p>
          {question.evidence.map((ev) => (
            <Quote key={`${ev.sourceId}:${ev.start}`} evidence={ev} index={index} />
          ))}
          <nav className="tour-nav" aria-label="Quiz">
            <button type="button" onClick={next}>
              {isLast ? 'See your score' : 'Next question'}
            </button>
            <button type="button" onClick={end}>
              End quiz
            </button>
          </nav>
        </div>
      )}
    </section>
  );
}
