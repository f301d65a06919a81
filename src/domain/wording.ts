/**
 * Each arrow's own sentence, computed from its relation, the kinds of its ends and its certainty,
 * so that a student reads it correctly: "NMDA receptor activity drives GABAergic interneurons"
 * (not "NMDA receptor increases GABAergic interneurons"), "Reduced intracellular calcium leads to
 * potential neurotoxicity" (not "Intracellular calcium decreases potential neurotoxicity"), and
 * "may" when every source only hedges the arrow.
 */
import type { ElementCertainty, EvidenceCertainty, NodeKind, Relation } from './schema';

/** A verb in its three forms: singular subject, plural subject, after "may". */
interface Verb {
  one: string;
  many: string;
  base: string;
}
const verb = (one: string, many: string, base = many): Verb => ({ one, many, base });

const ACTIVATES = verb('activates', 'activate');
const INCREASES = verb('increases', 'increase');
const PROMOTES = verb('promotes', 'promote');
const PRODUCES = verb('produces', 'produce');
const CONTRIBUTES = verb('contributes to', 'contribute to');
const STRENGTHENS = verb('strengthens', 'strengthen');
const DRIVES = verb('drives', 'drive');
const INHIBITS = verb('inhibits', 'inhibit');
const LEADS = verb('leads to', 'lead to');
const BLOCKS = verb('blocks', 'block');
const METABOLIZED = verb('is metabolized to', 'are metabolized to', 'be metabolized to');
const FORM = verb('is a form of', 'are forms of', 'be a form of');
const ACTS = verb('acts on', 'act on');
const INVOLVED = verb('is involved in', 'are involved in', 'be involved in');
const OCCURS = verb('takes place in', 'take place in');
const LOCATED = verb('is located in', 'are located in', 'be located in');
const CONTRASTS = verb('contrasts with', 'contrast with');
const RAISES = verb('raises', 'raise');

/** The irregular verbs a curated phrase may start with: singular → plural, base. */
const IRREGULAR: Record<string, [string, string]> = {
  is: ['are', 'be'],
  has: ['have', 'have'],
  does: ['do', 'do'],
};

/** "stimulates" → "stimulate", "reaches" → "reach", "modifies" → "modify". */
function unconjugate(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|ss|x|z|o)es$/i.test(word)) return word.slice(0, -2);
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The three forms of a curated verb phrase written after a singular subject ("indirectly
 * stimulates", "results in normalization of"): the first word that is not an adverb in "-ly"
 * is the verb and is conjugated; the rest stays as written.
 */
export function verbForms(phrase: string): Verb {
  const words = phrase.trim().split(/\s+/);
  const at = words.findIndex((w) => !/ly$/i.test(w));
  if (at < 0) return verb(phrase, phrase, phrase);
  const head = words[at]!;
  const [many, base] = IRREGULAR[head.toLowerCase()] ?? [unconjugate(head), unconjugate(head)];
  const with_ = (w: string) => [...words.slice(0, at), w, ...words.slice(at + 1)].join(' ');
  return verb(phrase.trim(), with_(many), with_(base));
}

/** "NMDA receptor" → "NMDA receptor activity"; "L-type calcium channels" → "L-type calcium channel activity". */
function activityOf(label: string): string {
  return `${isPlural(label) ? label.replace(/s$/, '') : label} activity`;
}

/** "Mood and stress circuits", "Other receptors" are plural; "Synaptogenesis", "Analgesia" are not. */
export function isPlural(label: string): boolean {
  // The head noun comes before "of": "Restoration of synaptic deficits" is singular.
  const head = label.split(/\s+of\s+/i)[0] ?? label;
  const last = head.trim().split(/\s+/).at(-1) ?? '';
  return /[^s]s$/i.test(last) && !/(sis|us|ss)$/i.test(last);
}

/** "Intracellular calcium" → "intracellular calcium"; acronyms ("NMDA receptor", "mTOR") stay. */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

interface End {
  label: string;
  kind: NodeKind;
}

/** The subject phrase and verb for one arrow. */
function phrase(relation: Relation, from: End, to: End): { subject: string; verb: Verb } {
  const s = from.label;
  switch (relation) {
    case 'increases':
      if (from.kind === 'receptor-channel' && to.kind === 'cell-region')
        return { subject: activityOf(s), verb: DRIVES };
      // 000: "reduce intracellular calcium by blocking the calcium-permeable NMDA receptors": the
      // receptor's activity lets calcium in; "NMDA receptor increases Intracellular calcium"
      // reads as if the receptor made calcium (curator review 2, #24).
      if (from.kind === 'receptor-channel' && to.kind === 'signaling-molecule')
        return { subject: activityOf(s), verb: RAISES };
      if (to.kind === 'receptor-channel') return { subject: s, verb: ACTIVATES };
      if (to.kind === 'cell-region') return { subject: s, verb: STRENGTHENS };
      if (to.kind === 'process') return { subject: s, verb: PROMOTES };
      if (to.kind === 'effect')
        return {
          subject: s,
          verb: from.kind === 'drug' || from.kind === 'metabolite' ? PRODUCES : CONTRIBUTES,
        };
      return { subject: s, verb: INCREASES };
    case 'decreases':
      // "A ⊣ effect" read aloud as "A decreases effect" makes A sound protective; the sources
      // put it the other way round: less A goes with more of the effect.
      if (to.kind === 'effect') {
        const what = from.kind === 'receptor-channel' ? activityOf(s) : s;
        return { subject: `Reduced ${lowerFirst(what)}`, verb: LEADS };
      }
      // 002: "the consequences of R-NMDA blockade ... involving the activation of AMPA glutamate
      // receptors". "NMDA receptor inhibits AMPA receptor" would read as a direct inhibition.
      if (from.kind === 'receptor-channel' && to.kind === 'receptor-channel')
        return { subject: `Reduced ${lowerFirst(activityOf(s))}`, verb: ACTIVATES };
      return { subject: s, verb: INHIBITS };
    case 'blocks':
      return { subject: s, verb: BLOCKS };
    case 'metabolized-to':
      return { subject: s, verb: METABOLIZED };
    case 'form-of':
      return { subject: s, verb: FORM };
    case 'acts-on':
      return { subject: s, verb: to.kind === 'effect' ? INVOLVED : ACTS };
    case 'located-in':
      return { subject: s, verb: from.kind === 'process' ? OCCURS : LOCATED };
    case 'contrasts-with':
      return { subject: s, verb: CONTRASTS };
  }
}

/** The evidence an arrow's wording reads: whether some source states it plainly. */
interface EvidenceLike {
  certainty: EvidenceCertainty;
}

/**
 * Whether the arrow's sentence says "may": no supporting item states it plainly, whether or not
 * a source also disputes it (a debated arrow whose only support says "may" keeps the "may"; the
 * panel says separately that a source disputes it). Without the evidence, `hypothesised` decides.
 */
export function saysMay(certainty: ElementCertainty, evidence?: readonly EvidenceLike[]): boolean {
  if (!evidence) return certainty === 'hypothesised';
  return !evidence.some((e) => e.certainty === 'stated');
}

/**
 * The arrow as a sentence a student reads correctly. It says "may" when no source states the
 * arrow plainly (`saysMay`); a debated arrow that one source states keeps the plain verb, and the
 * panel says that a source disputes it. A curated `verb` (the edge's own phrase, in its singular
 * form, justified by its quotes) replaces the relation's default wording: "Ketamine may
 * indirectly stimulate AMPA receptor".
 */
export function arrowSentence(
  relation: Relation,
  from: End,
  to: End,
  certainty: ElementCertainty = 'established',
  evidence?: readonly EvidenceLike[],
  curatedVerb?: string,
): string {
  const { subject, verb: v } = curatedVerb
    ? { subject: from.label, verb: verbForms(curatedVerb) }
    : phrase(relation, from, to);
  // "Reduced X" and "X activity" are singular whatever X is.
  const plural = subject === from.label && isPlural(from.label);
  const words = saysMay(certainty, evidence) ? `may ${v.base}` : plural ? v.many : v.one;
  return `${subject} ${words} ${to.label}`;
}
