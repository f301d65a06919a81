/**
 * Node search by label, synonym or search term (names people search by that no source contains,
 * such as "HNK"), ignoring case, accents and typographic differences, and forgiving typos
 * ("glutamte" finds Glutamate surge) with Myers' approximate matching (approx-string-match, the
 * generator's quote matcher too).
 */
import approxSearch from 'approx-string-match';
import type { Graph, GraphNodeData } from './schema';
import { searchKey } from './text';

export interface SearchHit {
  node: GraphNodeData;
  /** The label, synonym or search term that matched. */
  matched: string;
  /** Matched with this many typos (insertions, deletions, substitutions); 0 for an exact match. */
  typos: number;
}

/** Queries shorter than this are matched exactly: three letters with a typo match almost anything. */
export const FUZZY_MIN_LENGTH = 4;

/** Typos forgiven in a query: one from 4 characters, two from 8. */
export function typosAllowed(query: string): number {
  if (query.length < FUZZY_MIN_LENGTH) return 0;
  return query.length >= 8 ? 2 : 1;
}

/** Where words start in a folded name: its start and after any character that is not a letter or digit. */
function wordStarts(name: string): number[] {
  const out = [0];
  for (let i = 1; i < name.length; i++)
    if (!/[\p{L}\p{N}]/u.test(name[i - 1]!) && /[\p{L}\p{N}]/u.test(name[i]!)) out.push(i);
  return out;
}

/**
 * The fewest typos with which `q` matches the start of a word of `name` (so "amap" may find
 * "AMPA receptor" but never the "amat" inside "glutamate"), or undefined beyond `max`.
 */
function fuzzyAtWordStart(name: string, q: string, max: number): number | undefined {
  let best: number | undefined;
  for (const p of wordStarts(name)) {
    const rest = name.slice(p, p + q.length + max);
    for (const m of approxSearch(rest, q, max))
      if (m.start === 0 && (best === undefined || m.errors < best)) best = m.errors;
  }
  return best;
}

/**
 * Matches ranked: label prefix, then synonym prefix, then label substring, then synonym
 * substring; after every exact match, matches with typos, fewest first.
 */
export function searchNodes(graph: Graph, query: string, limit = 8): SearchHit[] {
  const q = searchKey(query).trim();
  if (!q) return [];
  const max = typosAllowed(q);
  const scored: Array<{ hit: SearchHit; score: number }> = [];
  for (const { data } of graph.elements.nodes) {
    const names = [data.label, ...data.synonyms, ...data.searchTerms];
    let best: { score: number; matched: string; typos: number } | undefined;
    names.forEach((name, i) => {
      const k = searchKey(name);
      const synonym = i === 0 ? 0 : 1;
      const at = k.indexOf(q);
      let score: number;
      let typos = 0;
      if (at >= 0) score = (at === 0 ? 0 : 2) + synonym;
      else {
        const found = max > 0 ? fuzzyAtWordStart(k, q, max) : undefined;
        if (found === undefined) return;
        typos = found;
        score = 4 + 2 * typos + synonym;
      }
      if (!best || score < best.score) best = { score, matched: name, typos };
    });
    if (best)
      scored.push({
        hit: { node: data, matched: best.matched, typos: best.typos },
        score: best.score,
      });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.node.label.localeCompare(b.hit.node.label));
  return scored.slice(0, limit).map((s) => s.hit);
}
