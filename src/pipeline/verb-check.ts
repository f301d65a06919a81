/**
 * A curated arrow verb (`verb:` on an edge) must be the source's wording, not the curator's: each
 * of its content words must occur, up to inflection ("stimulates" / "stimulating" /
 * "stimulated"), in the sentence of one supporting quote. Words that only glue a phrase
 * together (articles, prepositions, "is") are not checked.
 */
import { stemmer } from 'stemmer';
import { searchKey } from '../domain/text';

const GLUE = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'into',
  'with',
  'and',
  'or',
  'is',
  'are',
  'be',
]);

const words = (text: string) => searchKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The content words of `verb`, folded. */
export function verbContentWords(verb: string): string[] {
  return words(verb).filter((w) => !GLUE.has(w));
}

/** The content words of `verb` that `sentence` lacks (empty: the sentence justifies the verb). */
export function verbWordsMissing(verb: string, sentence: string): string[] {
  const stems = new Set(words(sentence).map((w) => stemmer(w)));
  return verbContentWords(verb).filter((w) => !stems.has(stemmer(w)));
}
