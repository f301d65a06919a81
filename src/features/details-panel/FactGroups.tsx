/**
 * A node's clinical facts. Facts that share a `group` and give different values are shown under
 * one heading that says the sources differ, each value with its source; `about` says which drug
 * a figure is about.
 */
import type { GraphIndex } from '../../domain/graph-index';
import type { GraphFact } from '../../domain/schema';
import { Quote } from './Quote';

interface Group {
  label: string;
  facts: GraphFact[];
}

/** Facts in order, those of one group gathered at the place of its first fact. */
export function groupFacts(facts: readonly GraphFact[]): Group[] {
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  for (const f of facts) {
    const g = f.group !== undefined ? byName.get(f.group) : undefined;
    if (g) {
      g.facts.push(f);
      continue;
    }
    const created = { label: f.group ?? f.label, facts: [f] };
    if (f.group !== undefined) byName.set(f.group, created);
    groups.push(created);
  }
  return groups;
}

export function FactGroups({ facts, index }: { facts: readonly GraphFact[]; index: GraphIndex }) {
  if (facts.length === 0) return null;
  const sourceName = (f: GraphFact) =>
    [
      ...new Set(f.evidence.map((e) => index.sources.get(e.sourceId)?.shortTitle ?? e.sourceId)),
    ].join('; ');
  return (
    <section aria-labelledby="facts-heading">
      <h3 id="facts-heading">Clinical facts</h3>
      <dl className="facts">
        {groupFacts(facts).map((g, i) => {
          const differ = new Set(g.facts.map((f) => f.value)).size > 1;
          return (
            <div key={i} className={differ ? 'fact-group differ' : 'fact-group'}>
              <dt>
                {g.label}
                {differ && <span className="sources-differ"> · the sources differ</span>}
              </dt>
              {g.facts.map((f, j) => (
                <dd key={j}>
                  {differ && <span className="fact-source">{sourceName(f)}: </span>}
                  {f.value}
                  {f.about && <span className="fact-about"> (about {f.about})</span>}
                  {f.evidence.map((ev, k) => (
                    <Quote key={k} evidence={ev} index={index} />
                  ))}
                </dd>
              ))}
            </div>
          );
        })}
      </dl>
    </section>
  );
}
