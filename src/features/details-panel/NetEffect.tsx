/**
 * Ketamine's net effect on a node, one line per dose branch, with the path it follows:
 * "With ketamine (high dose): ↓ NMDA receptor → ↓ Intracellular calcium → ↑ Potential
 * neurotoxicity". Computed by the generator (graph.json `netEffects`); this only words it.
 * A net effect every path of which passes a hypothesised or debated arrow (`hedged`) says "may";
 * a cell population or region reads as its activity ("↓ GABAergic neurons (activity)"), not as a
 * number of cells.
 */
import type { GraphIndex } from '../../domain/graph-index';
import { netEffectSteps } from '../../domain/net-effect';
import type { GraphNodeData } from '../../domain/schema';

const BRANCH_WORDS: Record<string, string> = {
  subanesthetic: 'subanesthetic dose',
  'high-dose': 'high dose',
  // A node on no dose branch: the arrows that hold at every dose (decision 006).
  'any-dose': 'no dose stated',
};
const ARROW = { up: '↑', down: '↓' } as const;

export function NetEffect({ node, index }: { node: GraphNodeData; index: GraphIndex }) {
  if (node.netEffects.length === 0) return null;
  const edges = [...index.edges.values()];
  const label = (id: string) => {
    const n = index.nodes.get(id);
    if (!n) return id;
    return n.kind === 'cell-region' ? `${n.label} (activity)` : n.label;
  };
  const anyHedged = node.netEffects.some((fx) => fx.hedged);
  return (
    <section aria-labelledby="net-effect-heading" className="net-effect">
      <h3 id="net-effect-heading">Net effect of ketamine</h3>
      <ul>
        {node.netEffects.map((fx) => {
          const steps = netEffectSteps(fx, edges).slice(1);
          const branch =
            BRANCH_WORDS[fx.branch] ??
            index.graph.branches.find((b) => b.id === fx.branch)?.label ??
            fx.branch;
          return (
            <li key={fx.branch}>
              <strong>With ketamine ({branch})</strong>:{' '}
              {fx.hedged && <em className="net-effect-may">may </em>}
              {fx.sign === 'mixed' && (
                <>
                  <strong>↕ mixed</strong>: paths of opposite sign reach it; one path:{' '}
                </>
              )}
              {steps.map((s, i) => (
                <span key={`${s.node}-${i}`}>
                  {i > 0 && ' → '}
                  {s.sign ? `${ARROW[s.sign]} ` : 'via '}
                  {label(s.node)}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        Signs multiplied along the arrows: ⊣ then ⊣ gives ↑.
        {anyHedged && ' “may”: every path to it passes an arrow the sources only hedge or dispute.'}
      </p>
    </section>
  );
}
