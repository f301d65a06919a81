/**
 * The evidence panel, ordered for a lecture: first what a class needs at a glance (name, kind,
 * one-line description, certainty and net effect, the dose card, the cascade navigator), all
 * within the first screen at 1280×720; then the evidence, grouped by source.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { edgeSentence, elementLabel, type GraphIndex } from '../../domain/graph-index';
import { doseCard, groupBySource, type DoseCard } from '../../domain/panel';
import type { GraphEdgeData, GraphEvidence, GraphNodeData, NodeKind } from '../../domain/schema';
import { useUiStore } from '../../store/ui-store';
import { KIND_STYLE, RELATION_STYLE } from '../graph-canvas/visual-language';
import { Certainty } from './Certainty';
import { FactGroups } from './FactGroups';
import { NetEffect } from './NetEffect';
import { Quote, shortCitation } from './Quote';

const BRANCH_HEADINGS: Record<string, string> = {
  subanesthetic: 'Subanesthetic',
  'high-dose': 'High-dose',
};

export function DetailsPanel({ index, onClose }: { index: GraphIndex; onClose: () => void }) {
  const selected = useUiStore((s) => s.selected);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Where focus was when the panel opened (an outline entry, a search result): Esc returns there.
  const openerRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!selected) return;
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && !panelRef.current?.contains(active))
      openerRef.current = active;
    // A neighbour opens at its top (its name and description), not at the old scroll position.
    if (panelRef.current) panelRef.current.scrollTop = 0;
    // Focus on the canvas stays there, so its arrow keys keep moving the selection (the canvas
    // announces each one); from anywhere else the panel's heading takes focus.
    if (!active?.classList.contains('canvas')) headingRef.current?.focus({ preventScroll: true });
  }, [selected]);
  if (!selected) return null;
  const node = index.nodes.get(selected);
  const edge = index.edges.get(selected);
  if (!node && !edge) return null;
  const label = elementLabel(index, selected) ?? selected;
  return (
    <aside
      className="panel"
      ref={panelRef}
      aria-labelledby="panel-heading"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        const opener = openerRef.current;
        openerRef.current = null;
        onClose();
        if (opener?.isConnected) opener.focus();
      }}
    >
      <header className="panel-header">
        <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
          {label}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {/* key: a new element starts with its passages folded again. */}
      {node ? (
        <NodeDetails key={node.id} node={node} index={index} />
      ) : (
        <EdgeDetails key={edge!.id} edge={edge!} index={index} />
      )}
    </aside>
  );
}

function kindLabel(kind: NodeKind) {
  return KIND_STYLE[kind].label;
}

/** Long descriptions fold to two lines so the cascade navigator stays on the first screen. */
const LONG_DESCRIPTION = 110;

function Description({ kind, text }: { kind: string; text: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > LONG_DESCRIPTION;
  return (
    <>
      <p className="kind-line">
        <span className="kind">{kind}</span>
        {long && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Shorter description' : 'Full description'}
          </button>
        )}
      </p>
      <p className={long && !open ? 'description folded' : 'description'}>{text}</p>
    </>
  );
}

function NodeDetails({ node, index }: { node: GraphNodeData; index: GraphIndex }) {
  const up = index.incoming.get(node.id) ?? [];
  const down = index.outgoing.get(node.id) ?? [];
  const card = doseCard(index, node.id);
  return (
    <>
      <div className="panel-glance">
        <Description kind={kindLabel(node.kind)} text={node.description} />
        <div className="cascade-nav">
          <Neighbours title="Upstream" edges={up} end="source" index={index} />
          <Neighbours title="Downstream" edges={down} end="target" index={index} />
        </div>
        <Certainty
          certainty={node.certainty}
          evidence={node.evidence}
          sourceCount={node.sourceCount}
          index={index}
        />
        <NetEffect node={node} index={index} />
        {card && <DoseCardView card={card} index={index} subject={node.id} />}
      </div>
      <Evidence evidence={node.evidence} index={index} />
      {node.synonyms.length > 0 && (
        <p className="synonyms">
          <span className="muted">Also called: </span>
          {node.synonyms.join('; ')}
        </p>
      )}
      <FactGroups facts={node.facts} index={index} />
    </>
  );
}

function EdgeDetails({ edge, index }: { edge: GraphEdgeData; index: GraphIndex }) {
  const style = RELATION_STYLE[edge.relation];
  const tags = (edge.branches as string[]).filter((b) => b in BRANCH_HEADINGS);
  const dose =
    tags.length === 0
      ? 'The sources tie this arrow to no particular dose.'
      : tags.length === 2
        ? 'Both dose branches: subanesthetic and high-dose.'
        : `${BRANCH_HEADINGS[tags[0] as string]} branch only.`;
  return (
    <>
      <div className="panel-glance">
        <p className="kind">
          Arrow: {style.glyph} {style.label}
        </p>
        <div className="cascade-nav">
          <Neighbours title="From" edges={[edge]} end="source" index={index} relation={false} />
          <Neighbours title="To" edges={[edge]} end="target" index={index} relation={false} />
        </div>
        <Certainty
          certainty={edge.certainty}
          evidence={edge.evidence}
          sourceCount={edge.sourceCount}
          inference={edge.inference}
          index={index}
        />
        <section aria-labelledby="dose-heading" className="dose-card">
          <h3 id="dose-heading">Dose</h3>
          <p className={tags.length === 1 ? `dose-line branch-${tags[0]}` : 'dose-line'}>{dose}</p>
        </section>
      </div>
      <Evidence evidence={edge.evidence} index={index} />
    </>
  );
}

/** A dose row names this many arrows, then "+ N more": one line per branch on the first screen. */
export const DOSE_ROW_CAP = 3;

/** Only what differs between the doses: what both describe once, then a row per branch. */
function DoseCardView({
  card,
  index,
  subject,
}: {
  card: DoseCard;
  index: GraphIndex;
  /** The node the panel is about. */
  subject: string;
}) {
  const select = useUiStore((s) => s.select);
  const [passages, setPassages] = useState(false);
  const arrow = (e: GraphEdgeData, other: string, direction: 'in' | 'out') => {
    const glyph = RELATION_STYLE[e.relation].glyph;
    const name = index.nodes.get(other)?.label ?? other;
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => select(e.id, { center: true })}
        title={edgeSentence(index, e)}
        aria-label={edgeSentence(index, e)}
      >
        {direction === 'in' ? `${name} ${glyph}` : `${glyph} ${name}`}
      </button>
    );
  };
  if (card.untagged)
    return (
      <section aria-labelledby="dose-heading" className="dose-card">
        <h3 id="dose-heading">Dose</h3>
        <p className="dose-line muted">The sources tie this to no particular dose.</p>
      </section>
    );
  const quotes = card.columns.filter((c) => c.keyQuote).length;
  return (
    <section aria-labelledby="dose-heading" className="dose-card">
      <div className="dose-head">
        <h3 id="dose-heading">What differs between the doses</h3>
        {quotes > 0 && (
          <button
            type="button"
            className="link-button"
            aria-expanded={passages}
            onClick={() => setPassages(!passages)}
          >
            {passages ? 'Hide passages' : quotes === 1 ? 'Passage' : `${quotes} passages`}
          </button>
        )}
      </div>
      {card.shared.length > 0 && (
        <p className="dose-line">
          <span className="muted">Both doses: </span>
          {card.shared.map((e, i) => (
            <span key={e.id}>
              {i > 0 && ', '}
              {e.source === subject ? arrow(e, e.target, 'out') : arrow(e, e.source, 'in')}
            </span>
          ))}
        </p>
      )}
      {card.columns.map((col) => {
        const info = index.graph.branches.find((x) => x.id === col.branch);
        return (
          <section
            key={col.branch}
            aria-labelledby={`branch-${col.branch}`}
            className={`branch branch-${col.branch}`}
          >
            <div className="branch-row">
              <h4 id={`branch-${col.branch}`} title={info?.label}>
                {BRANCH_HEADINGS[col.branch] ?? info?.label}
              </h4>
              {col.items.length === 0 ? (
                <span className="muted">Nothing here for this dose alone.</span>
              ) : (
                <CappedList
                  items={col.items.map((it) => ({
                    key: it.edge.id,
                    node: arrow(it.edge, it.other, it.direction),
                  }))}
                  cap={DOSE_ROW_CAP}
                  what={`${BRANCH_HEADINGS[col.branch] ?? col.branch} arrows`}
                />
              )}
            </div>
            {passages && col.keyQuote && <Quote evidence={col.keyQuote} index={index} compact />}
          </section>
        );
      })}
    </section>
  );
}

/** Items separated by commas; past `cap`, the rest behind "+ N more". */
function CappedList({
  items,
  cap,
  what,
}: {
  items: { key: string; node: ReactNode }[];
  cap: number;
  what: string;
}) {
  const [open, setOpen] = useState(false);
  const capped = !open && items.length > cap + 1;
  const shown = capped ? items.slice(0, cap) : items;
  return (
    <>
      {shown.map((it, i) => (
        <span key={it.key}>
          {i > 0 && ', '}
          {it.node}
        </span>
      ))}
      {items.length > cap + 1 && (
        <>
          {' '}
          <button
            type="button"
            className="link-button more"
            aria-expanded={open}
            aria-label={open ? `Fewer ${what}` : `Show all ${items.length} ${what}`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'fewer' : `+ ${items.length - cap} more`}
          </button>
        </>
      )}
    </>
  );
}

/** The passages, grouped by source: the first of each shown, the rest one click away. */
function Evidence({ evidence, index }: { evidence: GraphEvidence[]; index: GraphIndex }) {
  const groups = groupBySource(evidence);
  return (
    <section aria-labelledby="evidence-heading" className="evidence">
      <h3>
        <span id="evidence-heading">What the sources say</span>{' '}
        <span className="muted">
          ({evidence.length} {evidence.length === 1 ? 'passage' : 'passages'}, {groups.length}{' '}
          {groups.length === 1 ? 'source' : 'sources'})
        </span>
      </h3>
      {groups.map((g) => (
        <SourceGroupView key={g.sourceId} items={g.items} sourceId={g.sourceId} index={index} />
      ))}
    </section>
  );
}

function SourceGroupView({
  items,
  sourceId,
  index,
}: {
  items: GraphEvidence[];
  sourceId: string;
  index: GraphIndex;
}) {
  const [open, setOpen] = useState(false);
  const source = index.sources.get(sourceId);
  const name = source ? `${shortCitation(source)} · ${source.shortTitle}` : sourceId;
  const shown = open ? items : items.slice(0, 1);
  return (
    <section className="source-group" aria-label={name}>
      <h4>{name}</h4>
      {shown.map((ev, i) => (
        <Quote key={i} evidence={ev} index={index} />
      ))}
      {items.length > 1 && (
        <button
          type="button"
          className="link-button show-all"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Show only the first passage' : `Show all ${items.length} passages`}
        </button>
      )}
    </section>
  );
}

/** A long neighbour list shows this many, then "+ N more", so the navigator stays on the first screen. */
export const NEIGHBOUR_CAP = 6;

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
  const [open, setOpen] = useState(false);
  const items = edges.filter((e) => index.nodes.has(e[end]));
  if (items.length === 0) return null;
  // Folding a single extra neighbour behind a button would save nothing.
  const capped = !open && items.length > NEIGHBOUR_CAP + 1;
  const shown = capped ? items.slice(0, NEIGHBOUR_CAP) : items;
  return (
    <nav aria-label={title} className="neighbours">
      <h3>{title}</h3>
      <ul>
        {shown.map((e) => {
          const other = index.nodes.get(e[end])!;
          const glyph = RELATION_STYLE[e.relation].glyph;
          return (
            <li key={`${e.id}-${end}`}>
              <button
                type="button"
                onClick={() => select(other.id, { center: true })}
                title={relation ? edgeSentence(index, e) : undefined}
              >
                {relation && end === 'target' && (
                  <span className="glyph" aria-hidden="true">
                    {glyph}{' '}
                  </span>
                )}
                {other.label}
                {relation && end === 'source' && (
                  <span className="glyph" aria-hidden="true">
                    {' '}
                    {glyph}
                  </span>
                )}
              </button>
            </li>
          );
        })}
        {items.length > NEIGHBOUR_CAP + 1 && (
          <li>
            <button
              type="button"
              className="link-button more"
              aria-expanded={open}
              aria-label={
                open
                  ? `Fewer ${title.toLowerCase()} neighbours`
                  : `Show all ${items.length} ${title.toLowerCase()} neighbours`
              }
              onClick={() => setOpen(!open)}
            >
              {open ? 'fewer' : `+ ${items.length - NEIGHBOUR_CAP} more`}
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
