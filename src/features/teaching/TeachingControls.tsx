import { DOSE_TOUR } from '../../domain/ids';
import type { Graph } from '../../domain/schema';
import { useUiStore } from '../../store/ui-store';

/** Start a walkthrough, switch presentation mode. */
export function TeachingControls({ graph }: { graph: Graph }) {
  const presentation = useUiStore((s) => s.presentation);
  const tour = useUiStore((s) => s.tour);
  const start = (id: string) => useUiStore.setState({ tour: { id, step: 0 }, selected: null });
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
    </section>
  );
}
