/**
 * Anchors curated quotes in their source text, as the Hypothesis annotator anchors
 * annotations: an exact TextQuoteSelector (quote + prefix + suffix) and a TextPositionSelector.
 */
import approxSearch from 'approx-string-match';
import {
  normalize,
  normalizeWithMap,
  searchKey,
  sentenceRange,
  sentenceStarts,
  type NormalizedText,
} from '../domain/text';

/** Characters of context kept either side of a quote, as the W3C selector's prefix/suffix. */
export const CONTEXT_CHARS = 32;

export interface Anchor {
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export type AnchorResult =
  | { ok: true; anchor: Anchor }
  | {
      ok: false;
      reason: 'not-found';
      closest?: { passage: string; similarity: number; start: number };
    }
  | { ok: false; reason: 'ambiguous'; offsets: number[] };

/** A source text, folded once so that many quotes can be anchored in it. */
export class AnchorText {
  readonly folded: NormalizedText;
  private starts: number[] | undefined;
  private key: string | undefined;
  constructor(readonly text: string) {
    this.folded = normalizeWithMap(text);
  }

  /** The sentence (or sentences) of the original text holding `[start, end)`. */
  sentence(start: number, end: number): string {
    this.starts ??= sentenceStarts(this.text);
    const r = sentenceRange(this.starts, this.text.length, start, end);
    return this.text.slice(r.start, r.end).trim();
  }

  /** The text folded for whole-word look-ups (`searchKey`), computed once. */
  get searchKey(): string {
    this.key ??= searchKey(this.text);
    return this.key;
  }

  /** Offsets (in folded text) of every occurrence of the folded quote. */
  private occurrences(needle: string): number[] {
    const out: number[] = [];
    const hay = this.folded.norm;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
    return out;
  }

  /** Finds `quote` in the text; `prefix`/`suffix` (as the text reads around it) disambiguate. */
  anchor(quote: string, prefix?: string, suffix?: string): AnchorResult {
    const needle = normalize(quote);
    if (!needle) return { ok: false, reason: 'not-found' };
    const hay = this.folded.norm;
    let hits = this.occurrences(needle);
    if (prefix !== undefined) {
      const p = normalize(prefix);
      hits = hits.filter((i) => hay.slice(0, i).trimEnd().endsWith(p));
    }
    if (suffix !== undefined) {
      const s = normalize(suffix);
      hits = hits.filter((i) =>
        hay
          .slice(i + needle.length)
          .trimStart()
          .startsWith(s),
      );
    }
    if (hits.length === 0) return { ok: false, reason: 'not-found', closest: this.closest(needle) };
    if (hits.length > 1) {
      return {
        ok: false,
        reason: 'ambiguous',
        offsets: hits.map((i) => this.folded.map[i] as number),
      };
    }
    const i = hits[0] as number;
    const start = this.folded.map[i] as number;
    const end = (this.folded.map[i + needle.length - 1] as number) + 1;
    return { ok: true, anchor: this.selector(start, end) };
  }

  /** The W3C selector for an exact range of the original text. */
  selector(start: number, end: number): Anchor {
    return {
      quote: this.text.slice(start, end),
      start,
      end,
      prefix: this.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: this.text.slice(end, end + CONTEXT_CHARS),
    };
  }

  /** The passage most like `needle`, found with Myers' bit-parallel approximate matching. */
  closest(needle: string): { passage: string; similarity: number; start: number } | undefined {
    const matches = approxSearch(this.folded.norm, needle, Math.ceil(needle.length * 0.75));
    if (matches.length === 0) return undefined;
    const best = matches.reduce((a, b) => (b.errors < a.errors ? b : a));
    const start = this.folded.map[best.start] as number;
    const end = this.folded.map[best.end] as number;
    return {
      passage: this.text.slice(start, end),
      similarity: Math.max(0, 1 - best.errors / needle.length),
      start,
    };
  }
}
