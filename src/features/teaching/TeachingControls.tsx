import { useState } from 'react';
import { DOSE_TOUR } from '../../domain/ids';
import type { Graph } from '../../domain/schema';
import { useUiStore } from '../../store/ui-store';

/** A fresh seed for a new quiz (crypto, not Math.random); the question order depends on it alone. */
function freshSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0] as number) % 1_000_000;
}

/** Start a walkthrough or a self-test quiz, switch presentation mode. */
export function TeachingControls({ graph }: { graph: Graph }) {
  const presentation = useUiStore((s) => s.presentation);
  const tour = useUiStore((s) => s.tour);
  const quizId = useUiStore((s) => s.quiz?.id ?? null);
  const [topic, setTopic] = useState<string>(quizId ?? graph.hypotheses[0]?.id ?? DOSE_TOUR);
  // The topic follows the quiz that runs, whether started here or opened from a link.
  const [followed, setFollowed] = useState(quizId);
  if (quizId !== followed) {
    setFollowed(quizId);
    if (quizId) setTopic(quizId);
  }
  const start = (id: string) =>
    useUiStore.setState({ tour: { id, step: 0 }, quiz: null, selected: null });
  return (
    <section className="teaching" aria-labelledby="teaching-heading">
      <h2 id="teaching-heading">Teaching</h2>
      <ul>
        {graph.hypotheses.map((h) => (
          <li key={h.id}>
            <button type="button" onClick={() => start(h.id)} aria-pressed={tour?.id === h.id}>
              Walk through {h.label}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            onClick={() => start(DOSE_TOUR)}
            aria-pressed={tour?.id === DOSE_TOUR}
          >
            Walk through where the doses part ways
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-pressed={presentation}
            onClick={() => useUiStore.setState({ presentation: !presentation })}
          >
            Presentation mode
          </button>
        </li>
      </ul>
      <form
        className="quiz-start"
        onSubmit={(e) => {
          e.preventDefault();
          useUiStore.setState({
            quiz: { id: topic, q: 0, seed: freshSeed() },
            tour: null,
            selected: null,
          });
        }}
      >
        <label htmlFor="quiz-topic">Quiz topic</label>
        <select id="quiz-topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
          {graph.hypotheses.map((h) => (
            <option key={h.id} value={h.id}>
              {h.label}
            </option>
          ))}
          <option value={DOSE_TOUR}>Where the doses part ways</option>
        </select>
        <button type="submit">Test yourself</button>
      </form>
    </section>
  );
}
