/**
 * Ketamine's net effect on a node, one line per dose branch ("High dose: ↑ up"), and on request
 * the path it follows ("↓ NMDA receptor → ↓ Intracellular calcium → ↑ Potential neurotoxicity"). Computed by the generator (graph.json `netEffects`); this only words it.
 * A net effect every path of which passes a hypothesised or debated arrow (`hedged`) says "may";
 * a cell population or region reads as its activity ("↓ GABAergic neurons (activity)"), not as a
 * number of cells.
 */
import { useState } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { netEffectSteps } from '../../domain/net-effect';
import type { GraphNodeData } from '../../domain/schema';

const ARROW = { up: '↑', down: '↓' } as const;

const BRANCH_HEADINGS: Record<string, string> = {
  subanesthetic: 'Subanesthetic dose',
  'high-dose': 'High dose',
  // A node on no dose branch: the arrows that hold at every dose (decision 006).
  'any-dose': 'No dose stated',
};
const SIGN_WORDS = { up: '↑ up', down: '↓ down', mixed: '↕ mixed' } as const;

/** One short line per dose branch (the sign); the path and how signs combine behind "Path". */
export function NetEffect({ node, index }: { node: GraphNodeData; index: GraphIndex }) {
  const [open, setOpen] = useState(false);
  if (node.netEffects.length === 0) return null;
  const edges = [...index.edges.values()];
  const label = (id: string) => {
    const n = index.nodes.get(id);
    if (!n) return id;
    return n.kind === 'cell-region' ? `${n.label} (activity)` : n.label;
  };
  const anyHedged = node.netEffects.some((fx) => fx.hedged);
  const branchName = (id: string) => index.graph.branches.find((b) => b.id === id)?.label ?? id;
  return (
    <section aria-labelledby="net-effect-heading" className="net-effect">
      <div className="glance-head">
        <h3 id="net-effect-heading">Net effect of ketamine</h3>
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide paths' : node.netEffects.length === 1 ? 'Path' : 'Paths'}
        </button>
      </div>
      <ul>
        {node.netEffects.map((fx) => {
          const steps = netEffectSteps(fx, edges).slice(1);
          return (
            <li key={fx.branch}>
              <strong>{BRANCH_HEADINGS[fx.branch] ?? branchName(fx.branch)}</strong>:{' '}
              {fx.hedged && <em className="net-effect-may">may </em>}
              {SIGN_WORDS[fx.sign]}
              {node.kind === 'cell-region' && ' (activity)'}
              {open && (
                <span className="net-path">
                  {' · '}
                  {'path: '}
                  {fx.sign === 'mixed' && 'paths of opposite sign reach it; one path: '}
                  {steps.map((s, i) => (
                    <span key={`${s.node}-${i}`}>
                      {i > 0 && ' → '}
                      {s.sign ? `${ARROW[s.sign]} ` : 'via '}
                      {label(s.node)}
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {open && (
        <p className="muted">
          Signs multiplied along the arrows: ⊣ then ⊣ gives ↑.
          {anyHedged &&
            ' “may”: every path to it passes an arrow the sources only hedge or dispute.'}
        </p>
      )}
    </section>
  );
}
