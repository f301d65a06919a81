import { useId, useMemo, useState } from 'react';
import type { Graph } from '../../domain/schema';
import { searchNodes } from '../../domain/search';
import { useUiStore } from '../../store/ui-store';

/** A labelled search box listing matching nodes as you type (ARIA combobox with a listbox). */
export function Search({ graph }: { graph: Graph }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchNodes(graph, query), [graph, query]);
  const select = useUiStore((s) => s.select);
  const listId = useId();
  const inputId = useId();
  const choose = (id: string) => {
    select(id, { center: true });
    setQuery('');
  };
  const open = query.trim().length > 0;
  return (
    <div className="search">
      <label htmlFor={inputId}>Search nodes</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="e.g. mTOR, glutamate, esketamine"
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            choose(hits[active].node.id);
          } else if (e.key === 'Escape') {
            setQuery('');
          }
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Matching nodes" className="search-results">
          {hits.length === 0 && <li className="muted">No node matches “{query}”.</li>}
          {hits.map((h, i) => (
            <li
              key={h.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h.node.id)}
            >
              {h.node.label}
              {h.matched !== h.node.label && <span className="muted"> ({h.matched})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
