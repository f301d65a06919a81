/**
 * The hedge-cue lexicon: words by which a source signals that it does not state a claim as
 * settled fact. The generator looks for them in the SENTENCE around each anchored quote (a quote
 * often stops short of the "may" that governs it) and asks the curation to account for each one
 * (`certainty: hedged` with `hedges`, `certainty: disputes`, or `notHedgedBy` when the cue
 * qualifies another part of the sentence). See docs/decisions/006-certainty.md.
 *
 * Chosen by reading the five source texts. Cues that occur there, with an example:
 * - "may" (003 "AMPA receptors may be stimulated indirectly"; 001 "both may lead to")
 * - "is thought" / "it's thought" (003 "is thought to be critical", "it’s thought that it cannot
 *   be explained by NMDA antagonism alone"; typographic apostrophes are folded)
 * - "potential" (000 "Potential Role of L-Type Calcium Channels", "implicated in potential
 *   neurotoxicity"; 002 "their potential impact"); French "potentiel"
 * - "one hypothesis" (003 "One hypothesis is that another glutamate receptor ...")
 * - "suggests" (001 "The evidence suggests"), "proposed" (001 "the proposed mechanism of SPs")
 * - "implicated" (000 "which is implicated in potential neurotoxicity"; 002 "primarily
 *   implicated"); French "impliqué(e)s"
 * - "promising" (001 "has also proven promising")
 * - "not clear" (000 "are not clear and remain an advancing field"), "not fully understood" and
 *   "much more to learn" (003), "under investigation" (001), "less well known" (004)
 * - "debates" (002 "debates still persist on ..."); French "débats"
 * - "perspective" (000 "with an objective to present a perspective on the importance of the
 *   modulation of intracellular calcium ..."): a review's stated aim, not a finding (curator
 *   review 2, #3). Its sentence's last clause ("the latter having the ability to reduce
 *   intracellular calcium by blocking ...") states a finding, so quotes of that clause say
 *   `notHedgedBy: [perspective]`.
 * Cues kept for future sources although none of the five uses them: "might", "could",
 * "potentially", "possibly", "likely", "appears", "hypothesis", "hypothesised", "unclear",
 * "controversial", "pourrait".
 * Deliberately NOT cues: "have been shown", "has been reported", "demonstrated" (they report
 * findings), "indirectly" (a mechanism, not a doubt), "involving" / "impliquant" ("involving").
 */
import { searchKey } from './text';

export interface HedgeCue {
  /** The cue as written in the lexicon and reported to curators. */
  cue: string;
  /** What kind of doubt it signals: hedged wording, or an open dispute between findings. */
  signals: 'hedge' | 'dispute';
}

/** Every cue, longest first so that "one hypothesis" wins over "hypothesis" at the same place. */
export const HEDGE_CUES: readonly HedgeCue[] = (
  [
    ['may', 'hedge'],
    ['might', 'hedge'],
    ['could', 'hedge'],
    ['is thought', 'hedge'],
    ['are thought', 'hedge'],
    ["it's thought", 'hedge'],
    ['potential', 'hedge'],
    ['potentially', 'hedge'],
    ['one hypothesis', 'hedge'],
    ['hypothesis', 'hedge'],
    ['hypothesised', 'hedge'],
    ['hypothesized', 'hedge'],
    ['suggests', 'hedge'],
    ['suggest', 'hedge'],
    ['proposed', 'hedge'],
    ['implicated', 'hedge'],
    ['promising', 'hedge'],
    ['possibly', 'hedge'],
    ['likely', 'hedge'],
    ['appears', 'hedge'],
    ['not clear', 'hedge'],
    ['unclear', 'hedge'],
    ['not fully understood', 'hedge'],
    ['much more to learn', 'hedge'],
    ['under investigation', 'hedge'],
    ['less well known', 'hedge'],
    ['perspective', 'hedge'],
    ['potentiel', 'hedge'],
    ['potentielle', 'hedge'],
    ['pourrait', 'hedge'],
    ['pourraient', 'hedge'],
    ['hypothèse', 'hedge'],
    ['impliqué', 'hedge'],
    ['impliquée', 'hedge'],
    ['impliqués', 'hedge'],
    ['impliquées', 'hedge'],
    ['debates', 'dispute'],
    ['debate', 'dispute'],
    ['débats', 'dispute'],
    ['controversial', 'dispute'],
  ] as const
)
  .map(([cue, signals]) => ({ cue, signals }))
  .sort((a, b) => b.cue.length - a.cue.length);

/** One place where a word or phrase occurs in a folded sentence. */
export interface Occurrence {
  /** The cue or word looked for. */
  term: string;
  /** Offsets in `searchKey(sentence)`. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]/u;

/** Every whole-word occurrence of `term` in `text`, ignoring case, accents and typography. */
export function occurrences(text: string, term: string): Occurrence[] {
  return occurrencesInKey(searchKey(text), term);
}

/** As `occurrences`, in a text already folded with `searchKey` (fold a long text once). */
export function occurrencesInKey(h: string, term: string): Occurrence[] {
  return occurrencesOfKey(h, searchKey(term), term);
}

/** Whole-word occurrences of the folded term `t` in the folded text `h`, reported as `term`. */
function occurrencesOfKey(h: string, t: string, term: string): Occurrence[] {
  const out: Occurrence[] = [];
  if (!t) return out;
  for (let i = h.indexOf(t); i >= 0; i = h.indexOf(t, i + 1)) {
    const before = h[i - 1];
    const after = h[i + t.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after)))
      out.push({ term, start: i, end: i + t.length });
  }
  return out;
}

// The generator scans every quoted sentence for every cue: fold each cue once, not per sentence.
const CUE_KEYS = HEDGE_CUES.map((c) => ({ cue: c, key: searchKey(c.cue) }));

/** `findHedgeCues` on a sentence already folded with `searchKey`. */
function hedgeCuesInKey(h: string): Array<Occurrence & HedgeCue> {
  const found: Array<Occurrence & HedgeCue> = [];
  for (const { cue: c, key } of CUE_KEYS) {
    for (const o of occurrencesOfKey(h, key, c.cue)) {
      if (found.some((f) => f.start <= o.start && o.end <= f.end)) continue;
      found.push({ ...o, ...c });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The lexicon's cues found in `sentence`, in order; a cue inside a longer one is not repeated. */
export function findHedgeCues(sentence: string): Array<Occurrence & HedgeCue> {
  return hedgeCuesInKey(searchKey(sentence));
}

/** Whether `word` occurs as a whole word or phrase in `text` (folded). */
export function hasWords(text: string, word: string): boolean {
  return occurrences(text, word).length > 0;
}

/**
 * The cues in `sentence` that none of `accounted` (the curator's `hedges` and `notHedgedBy`)
 * covers: a cue is covered when a listed phrase occurs in the sentence overlapping it, so
 * `hedges: ["may lead to"]` covers "may".
 */
export function unaccountedCues(
  sentence: string,
  accounted: readonly string[],
): Array<Occurrence & HedgeCue> {
  const h = searchKey(sentence);
  const covered = accounted.flatMap((w) => occurrencesInKey(h, w));
  return hedgeCuesInKey(h).filter((c) => !covered.some((w) => w.start < c.end && c.start < w.end));
}
