import {
  countLabel,
  DOSES,
  type Dose,
  type Filters as FilterState,
  type Visible,
} from '../../domain/filter';
import type { Graph } from '../../domain/schema';
import { storyViewFor } from '../../domain/story';
import { useUiStore } from '../../store/ui-store';

const DOSE_LABELS: Record<Dose, string> = {
  both: 'Both doses',
  subanesthetic: 'Subanesthetic',
  'high-dose': 'High-dose',
};

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

export function Filters({
  graph,
  filters,
  visible,
}: {
  graph: Graph;
  filters: FilterState;
  visible: Visible;
}) {
  const setFilters = useUiStore((s) => s.setFilters);
  const story = useUiStore((s) => s.story);
  const hasStory = storyViewFor(graph, filters) !== null;
  return (
    <div className="filters">
      <fieldset>
        <legend>Hypotheses</legend>
        {graph.hypotheses.map((h) => (
          <label key={h.id} title={h.summary}>
            <input
              type="checkbox"
              checked={filters.hypotheses.includes(h.id)}
              onChange={(e) =>
                setFilters({
                  ...filters,
                  hypotheses: toggle(filters.hypotheses, h.id, e.target.checked),
                })
              }
            />
            {h.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sources</legend>
        {graph.sources.map((s) => (
          <label key={s.id} title={s.citation}>
            <input
              type="checkbox"
              checked={filters.sources.includes(s.id)}
              onChange={(e) =>
                setFilters({ ...filters, sources: toggle(filters.sources, s.id, e.target.checked) })
              }
            />
            {s.shortTitle}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Dose</legend>
        {DOSES.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="dose"
              value={d}
              checked={filters.dose === d}
              onChange={() => setFilters({ ...filters, dose: d })}
            />
            {DOSE_LABELS[d]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Layout</legend>
        <label>
          <input
            type="radio"
            name="layout-mode"
            checked={!story}
            onChange={() => useUiStore.setState({ story: false })}
          />
          In context (faded in place)
        </label>
        <label>
          <input
            type="radio"
            name="layout-mode"
            checked={story}
            onChange={() => useUiStore.setState({ story: true })}
          />
          Story (one hypothesis or dose laid out alone)
        </label>
        {story && !hasStory && (
          <p className="hint">Choose one hypothesis, or one dose, to see its story.</p>
        )}
      </fieldset>
      <fieldset>
        <legend>Certainty</legend>
        <label title="Hide what every source only hedges (may, is thought, potential) and what a source disputes">
          <input
            type="checkbox"
            checked={!!filters.firm}
            onChange={(e) => setFilters({ ...filters, firm: e.target.checked })}
          />
          Only what the sources state firmly
        </label>
      </fieldset>
      <p className="count" role="status" aria-live="polite">
        {countLabel(visible)} visible
      </p>
    </div>
  );
}
