/**
 * What the details panel shows, derived without React: the dose card (only what differs between
 * the dose branches) and the evidence grouped by source.
 */
import type { GraphIndex } from './graph-index';
import type { GraphEdgeData, GraphEvidence } from './schema';

export const DOSE_BRANCHES = ['subanesthetic', 'high-dose'] as const;
/** The dose card stays within the first screen: a key quote only this long, under a column this short. */
export const KEY_QUOTE_MAX_CHARS = 180;
export const KEY_QUOTE_MAX_ITEMS = 4;

export type DoseBranch = (typeof DOSE_BRANCHES)[number];

/** One arrow at this element that only one branch describes. */
export interface DoseItem {
  edge: GraphEdgeData;
  /** The node at the arrow's other end (for an edge's own card: its target). */
  other: string;
  /** The arrow leads into this node (`in`) or out of it (`out`). */
  direction: 'in' | 'out';
}

export interface DoseColumn {
  branch: DoseBranch;
  items: DoseItem[];
  /**
   * One passage that speaks of this branch: taken from an arrow tagged with this branch and no
   * other, and not quoted (nor overlapping a quote) by any arrow of the other branch alone, so the
   * two columns never share a passage.
   */
  keyQuote: GraphEvidence | null;
}

export interface DoseCard {
  /** Arrows here that both branches describe: named once, above the columns, never in them. */
  shared: GraphEdgeData[];
  columns: DoseColumn[];
  /** The sources tie nothing here to a dose. */
  untagged: boolean;
}

/** The same passage: same source and overlapping offsets, or the same words. */
export function samePassage(a: GraphEvidence, b: GraphEvidence): boolean {
  if (a.sourceId === b.sourceId && a.start < b.end && b.start < a.end) return true;
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return fold(a.quote) === fold(b.quote);
}

/** The dose branches an edge is tagged with, restricted to the two the card compares. */
function doseTags(e: GraphEdgeData): DoseBranch[] {
  return DOSE_BRANCHES.filter((b) => (e.branches as string[]).includes(b));
}

/**
 * The dose card of a node or edge. For a node, its incident arrows: those of both branches are
 * listed once as shared; each column holds only the arrows tagged with that branch alone.
 */
export function doseCard(index: GraphIndex, id: string): DoseCard | null {
  const node = index.nodes.get(id);
  const edge = index.edges.get(id);
  if (!node && !edge) return null;
  const branches = DOSE_BRANCHES.filter((b) => index.graph.branches.some((x) => x.id === b));
  const incident: DoseItem[] = node
    ? [
        ...(index.incoming.get(id) ?? []).map((e) => ({
          edge: e,
          other: e.source as string,
          direction: 'in' as const,
        })),
        ...(index.outgoing.get(id) ?? []).map((e) => ({
          edge: e,
          other: e.target as string,
          direction: 'out' as const,
        })),
      ]
    : [{ edge: edge!, other: edge!.target as string, direction: 'out' as const }];
  const pos = (n: string) =>
    index.graph.elements.nodes.find((x) => x.data.id === n)?.position ?? { x: 0, y: 0 };
  incident.sort(
    (a, b) =>
      pos(a.other).y - pos(b.other).y ||
      pos(a.other).x - pos(b.other).x ||
      a.edge.id.localeCompare(b.edge.id),
  );
  const tagged = incident.filter((i) => doseTags(i.edge).length > 0);
  const shared = tagged
    .filter((i) => branches.every((b) => doseTags(i.edge).includes(b)))
    .map((i) => i.edge);
  const columns = branches.map((branch): DoseColumn => {
    const items = tagged.filter((i) => {
      const tags = doseTags(i.edge);
      return tags.length === 1 && tags[0] === branch;
    });
    // Every passage quoted by an arrow here that is the other branch's alone: such a passage
    // speaks of the other branch, so it never stands under this one.
    const foreign = tagged
      .filter((i) => {
        const tags = doseTags(i.edge);
        return tags.length === 1 && tags[0] !== branch;
      })
      .flatMap((i) => i.edge.evidence);
    // The mechanism before its endpoint: a passage about an arrow that leads on (to intracellular
    // calcium, say) says more about the branch than one about an effect (anaesthesia).
    const leadsOn = (i: DoseItem) => (index.nodes.get(i.other)?.kind === 'effect' ? 1 : 0);
    const ranked = [...items].sort((a, b) => leadsOn(a) - leadsOn(b));
    const keyQuote =
      items.length > KEY_QUOTE_MAX_ITEMS
        ? null
        : (ranked
            .map((i) =>
              i.edge.evidence
                .filter(
                  (ev) =>
                    ev.quote.length <= KEY_QUOTE_MAX_CHARS &&
                    !foreign.some((f) => samePassage(ev, f)),
                )
                .sort((a, b) => a.quote.length - b.quote.length),
            )
            .find((list) => list.length > 0)?.[0] ?? null);
    return { branch, items, keyQuote };
  });
  return { shared, columns, untagged: tagged.length === 0 };
}

export interface SourceGroup {
  sourceId: string;
  items: GraphEvidence[];
}

/** Evidence grouped by source, sources in the order they are first quoted, passages in order. */
export function groupBySource(evidence: GraphEvidence[]): SourceGroup[] {
  const groups = new Map<string, GraphEvidence[]>();
  for (const ev of evidence) groups.set(ev.sourceId, [...(groups.get(ev.sourceId) ?? []), ev]);
  return [...groups].map(([sourceId, items]) => ({ sourceId, items }));
}
