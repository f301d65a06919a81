/**
 * Text normalization shared by the generator (quote anchoring), search and the source reader.
 * Curated quotes may differ from their source only in whitespace and typographic quotes and
 * dashes; `normalizeWithMap` folds those and keeps a map back to the original offsets.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

function foldChar(ch: string): string {
  // Fast path: the only ASCII character folded here is the backtick.
  if (ch < '\u0080') return ch === '`' ? "'" : ch;
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  return ch;
}

export interface NormalizedText {
  /** The folded text: runs of whitespace become one space, typographic quotes and dashes ASCII. */
  norm: string;
  /** `map[i]` is the offset in the original text of `norm[i]`; `map[norm.length]` is its length. */
  map: number[];
}

/** Folds whitespace, quotes and dashes, keeping a map from folded to original offsets. */
export function normalizeWithMap(text: string): NormalizedText {
  let norm = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    // Fast path for ASCII: its whitespace is \t \n \v \f \r and the space.
    if (ch < '\u0080' ? ch === ' ' || (ch >= '\t' && ch <= '\r') : SPACE.test(ch)) {
      if (!inSpace) {
        norm += ' ';
        map.push(i);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    norm += foldChar(ch);
    map.push(i);
  }
  map.push(text.length);
  return { norm, map };
}

/** The folded form of a short string, trimmed. */
export function normalize(text: string): string {
  return normalizeWithMap(text).norm.trim();
}

/** Folded, lower-cased and stripped of accents: for search and for "mentions" checks. */
export function searchKey(text: string): string {
  return normalize(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Whether `haystack` mentions `term` as a whole word or phrase, ignoring case, accents and
 * typographic differences.
 */
export function mentions(haystack: string, term: string): boolean {
  const h = searchKey(haystack);
  const t = searchKey(term);
  if (!t) return false;
  let from = 0;
  for (;;) {
    const i = h.indexOf(t, from);
    if (i < 0) return false;
    const before = h[i - 1];
    const after = h[i + t.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = i + 1;
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The context shown around a quote, cut to the quote's own sentence. */
export interface SentenceContext {
  before: string;
  after: string;
  /** The sentence goes on beyond the stored context on that side (show an ellipsis). */
  beforeCut: boolean;
  afterCut: boolean;
}

// A sentence or block ends at . ! ? (with a closing quote or bracket) before a space, at a line
// break, or at a front-matter rule such as "---".
const SENTENCE_END_BEFORE = /(?:[.!?;]["'\u201D\u2019)\]]?\s+|\n|-{3,}\s*)/g;
const SENTENCE_END_AFTER = /[.!?](?=["'\u201D\u2019)\]]?(?:\s|$))|\n/;

/**
 * Trims an evidence item's prefix and suffix to the sentence the quote stands in, so the panel
 * and walkthrough never show a neighbouring sentence, front matter or page chrome as context.
 * The source text itself is untouched: this only chooses what to display.
 */
export function sentenceContext(prefix: string, suffix: string, quote = ''): SentenceContext {
  // A quote that ends its sentence takes nothing after it.
  if (/[.!?]["'\u201D\u2019)\]]?\s*$/.test(quote)) suffix = '';
  let cut = -1;
  for (const m of prefix.matchAll(SENTENCE_END_BEFORE)) cut = m.index + m[0].length;
  // A list marker or stray rule left at the start of the sentence is chrome, not context.
  const before = (cut >= 0 ? prefix.slice(cut) : prefix).replace(/^[\s\-*•#>]+/, '');
  const end = SENTENCE_END_AFTER.exec(suffix);
  const after = end
    ? suffix.slice(0, end[0] === '\n' ? end.index : end.index + 1).trimEnd()
    : suffix;
  return {
    before: cut >= 0 || before === '' ? before : before.replace(/^\S*\s/, ''),
    after,
    beforeCut: cut < 0 && before !== '',
    afterCut: !end && after !== '',
  };
}

/**
 * Sentence start offsets of `text` (Unicode sentence boundaries via Intl.Segmenter, which does
 * not break before a lower-case word, so "pathways. and downstream effects" stays one sentence).
 */
export function sentenceStarts(text: string): number[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => s.index);
}

/** The range of the sentence(s) holding `[start, end)`, given `sentenceStarts(text)`. */
export function sentenceRange(
  starts: readonly number[],
  textLength: number,
  start: number,
  end: number,
): { start: number; end: number } {
  // The last sentence start at or before an offset (binary search).
  const startOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const first = startOf(start);
  const last = startOf(Math.max(start, end - 1));
  return { start: starts[first] ?? 0, end: starts[last + 1] ?? textLength };
}
