/**
 * The visible graph as a list a keyboard or screen-reader user can walk: every node the filters
 * leave visible, top-down, each with its visible outgoing arrows. Selecting here selects on the
 * canvas and the other way round.
 */
import { useMemo } from 'react';
import type { Visible } from '../../domain/filter';
import { RELATION_PHRASES, type GraphIndex } from '../../domain/graph-index';
import { useUiStore } from '../../store/ui-store';
import { KIND_STYLE } from '../graph-canvas/visual-language';

export function Outline({ index, visible }: { index: GraphIndex; visible: Visible }) {
  const selected = useUiStore((s) => s.selected);
  const select = useUiStore((s) => s.select);
  const nodes = useMemo(
    () =>
      index.graph.elements.nodes
        .filter((n) => visible.nodes.has(n.data.id))
        .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x),
    [index, visible],
  );
  // Rendered only while open, so a large graph costs nothing until someone reads it as text.
  const open = useUiStore((s) => s.outlineOpen);
  return (
    <nav className="outline" aria-labelledby="outline-heading" id="outline">
      <details
        open={open}
        onToggle={(e) =>
          useUiStore.setState({ outlineOpen: (e.target as HTMLDetailsElement).open })
        }
      >
        <summary>
          <h2 id="outline-heading">Outline</h2>
        </summary>
        <p className="muted">The visible graph as text, top-down. Each arrow is a button too.</p>
        {open && (
          <ol>
            {nodes.map(({ data: n }) => {
              const out = (index.outgoing.get(n.id) ?? []).filter((e) => visible.edges.has(e.id));
              return (
                <li key={n.id}>
                  <button
                    type="button"
                    aria-current={selected === n.id ? 'true' : undefined}
                    onClick={() => select(n.id, { center: true })}
                  >
                    {n.label}
                  </button>{' '}
                  <span className="muted">{KIND_STYLE[n.kind].label.toLowerCase()}</span>
                  {out.length > 0 && (
                    <ul>
                      {out.map((e) => (
                        <li key={e.id}>
                          <button
                            type="button"
                            className="outline-edge"
                            aria-current={selected === e.id ? 'true' : undefined}
                            onClick={() => select(e.id, { center: true })}
                          >
                            {e.verb ?? RELATION_PHRASES[e.relation]}{' '}
                            {index.nodes.get(e.target)?.label ?? e.target}
                          </button>
                          {e.certainty !== 'established' && (
                            <span className="muted"> ({e.certainty})</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </details>
    </nav>
  );
}
