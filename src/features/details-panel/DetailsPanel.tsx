import { useEffect, useRef } from 'react';
import {
  edgeSentence,
  elementLabel,
  RELATION_PHRASES,
  type GraphIndex,
} from '../../domain/graph-index';
import type { GraphEdgeData, GraphNodeData, NodeKind } from '../../domain/schema';
import { useUiStore } from '../../store/ui-store';
import { KIND_STYLE, RELATION_STYLE } from '../graph-canvas/visual-language';
import { Certainty } from './Certainty';
import { FactGroups } from './FactGroups';
import { NetEffect } from './NetEffect';
import { Quote } from './Quote';

const BRANCH_HEADINGS: Record<string, string> = {
  subanesthetic: 'Subanesthetic',
  'high-dose': 'High-dose',
};

export function DetailsPanel({ index, onClose }: { index: GraphIndex; onClose: () => void }) {
  const selected = useUiStore((s) => s.selected);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (selected) headingRef.current?.focus({ preventScroll: true });
  }, [selected]);
  if (!selected) return null;
  const node = index.nodes.get(selected);
  const edge = index.edges.get(selected);
  if (!node && !edge) return null;
  const label = elementLabel(index, selected) ?? selected;
  return (
    <aside
      className="panel"
      aria-labelledby="panel-heading"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <header className="panel-header">
        <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
          {label}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {node ? (
        <NodeDetails node={node} index={index} />
      ) : (
        <EdgeDetails edge={edge!} index={index} />
      )}
    </aside>
  );
}

function kindLabel(kind: NodeKind) {
  return KIND_STYLE[kind].label;
}

function NodeDetails({ node, index }: { node: GraphNodeData; index: GraphIndex }) {
  const up = index.incoming.get(node.id) ?? [];
  const down = index.outgoing.get(node.id) ?? [];
  const incident = [...up, ...down];
  return (
    <>
      <p className="kind">{kindLabel(node.kind)}</p>
      {node.synonyms.length > 0 && (
        <p className="synonyms">
          <span className="muted">Also: </span>
          {node.synonyms.join('; ')}
        </p>
      )}
      <p>{node.description}</p>
      <Certainty
        certainty={node.certainty}
        evidence={node.evidence}
        sourceCount={node.sourceCount}
        index={index}
      />
      <NetEffect node={node} index={index} />
      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">What the sources say</h3>
        {node.evidence.map((ev, i) => (
          <Quote key={i} evidence={ev} index={index} />
        ))}
      </section>
      <FactGroups facts={node.facts} index={index} />
      <BranchComparison
        index={index}
        untagged={node.branches.length === 0}
        statements={(branch) => incident.filter((e) => (e.branches as string[]).includes(branch))}
        quotes
      />
      <Neighbours title="Upstream" edges={up} end="source" index={index} />
      <Neighbours title="Downstream" edges={down} end="target" index={index} />
    </>
  );
}

function EdgeDetails({ edge, index }: { edge: GraphEdgeData; index: GraphIndex }) {
  const style = RELATION_STYLE[edge.relation];
  return (
    <>
      <p className="kind">
        Arrow: {style.glyph} {style.label}
      </p>
      <Certainty
        certainty={edge.certainty}
        evidence={edge.evidence}
        sourceCount={edge.sourceCount}
        inference={edge.inference}
        index={index}
      />
      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">What the sources say</h3>
        {edge.evidence.map((ev, i) => (
          <Quote key={i} evidence={ev} index={index} />
        ))}
      </section>
      <BranchComparison
        index={index}
        untagged={edge.branches.length === 0}
        statements={(branch) => ((edge.branches as string[]).includes(branch) ? [edge] : [])}
        quotes={false}
      />
      <Neighbours title="From" edges={[edge]} end="source" index={index} relation={false} />
      <Neighbours title="To" edges={[edge]} end="target" index={index} relation={false} />
    </>
  );
}

/** Side by side: what each dose branch says here, or that the sources say nothing. */
function BranchComparison({
  index,
  statements,
  untagged,
  quotes,
}: {
  index: GraphIndex;
  statements: (branch: string) => GraphEdgeData[];
  /** The sources tie this element to no dose. */
  untagged: boolean;
  /** Quote each statement (for nodes); an edge's own quotes are already above. */
  quotes: boolean;
}) {
  const branches = ['subanesthetic', 'high-dose'].filter((b) =>
    index.graph.branches.some((x) => x.id === b),
  );
  return (
    <section aria-labelledby="branches-heading" className="branches">
      <h3 id="branches-heading">Dose branches</h3>
      {untagged && <p className="muted">The sources tie this to no particular dose.</p>}
      <div className="branch-grid">
        {branches.map((b) => {
          const list = statements(b);
          const info = index.graph.branches.find((x) => x.id === b);
          return (
            <section key={b} aria-labelledby={`branch-${b}`} className={`branch branch-${b}`}>
              <h4 id={`branch-${b}`} title={info?.label}>
                {BRANCH_HEADINGS[b] ?? info?.label}
              </h4>
              {list.length === 0 ? (
                <p className="muted">Not described in the sources.</p>
              ) : (
                <ul>
                  {list.map((e) => (
                    <li key={e.id}>
                      <p className="statement">{edgeSentence(index, e)}</p>
                      {quotes &&
                        e.evidence.map((ev, i) => <Quote key={i} evidence={ev} index={index} />)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

function Neighbours({
  title,
  edges,
  end,
  index,
  relation = true,
}: {
  title: string;
  edges: GraphEdgeData[];
  end: 'source' | 'target';
  index: GraphIndex;
  /** Say how each neighbour relates to this node (not for an edge's own two ends). */
  relation?: boolean;
}) {
  const select = useUiStore((s) => s.select);
  if (edges.length === 0) return null;
  return (
    <nav aria-label={title} className="neighbours">
      <h3>{title}</h3>
      <ul>
        {edges.map((e) => {
          const other = index.nodes.get(e[end]);
          if (!other) return null;
          return (
            <li key={`${e.id}-${end}`}>
              <button type="button" onClick={() => select(other.id, { center: true })}>
                {other.label}
              </button>
              {relation && (
                <span className="muted">
                  {' '}
                  (
                  {end === 'source'
                    ? `${RELATION_PHRASES[e.relation]} this`
                    : `this ${RELATION_PHRASES[e.relation]}`}
                  )
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
