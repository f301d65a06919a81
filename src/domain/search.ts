/**
 * Node search by label, synonym or search term (names people search by that no source contains,
 * such as "HNK"), ignoring case, accents and typographic differences.
 */
import type { Graph, GraphNodeData } from './schema';
import { searchKey } from './text';

export interface SearchHit {
  node: GraphNodeData;
  /** The label, synonym or search term that matched. */
  matched: string;
}

/** Matches ranked: label prefix, then synonym prefix, then label substring, then synonym substring. */
export function searchNodes(graph: Graph, query: string, limit = 8): SearchHit[] {
  const q = searchKey(query);
  if (!q) return [];
  const scored: Array<{ hit: SearchHit; score: number }> = [];
  for (const { data } of graph.elements.nodes) {
    const names = [data.label, ...data.synonyms, ...data.searchTerms];
    let best: { score: number; matched: string } | undefined;
    names.forEach((name, i) => {
      const k = searchKey(name);
      const at = k.indexOf(q);
      if (at < 0) return;
      const score = (at === 0 ? 0 : 2) + (i === 0 ? 0 : 1);
      if (!best || score < best.score) best = { score, matched: name };
    });
    if (best) scored.push({ hit: { node: data, matched: best.matched }, score: best.score });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.node.label.localeCompare(b.hit.node.label));
  return scored.slice(0, limit).map((s) => s.hit);
}
