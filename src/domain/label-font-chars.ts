/**
 * The characters the shipped label font holds. `npm run font` subsets Atkinson Hyperlegible 700
 * (its latin file from @fontsource) to exactly these, for the canvas labels: printable ASCII
 * and the usual typographic marks. A label with any other character would be drawn partly in a
 * fallback font that the build did not measure, so the generator rejects it (add the character
 * here and run `npm run font`).
 */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
export const LABEL_FONT_CHARS = `${ASCII}\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00b7\u00d7`;

const CHARS = new Set(LABEL_FONT_CHARS);

/**
 * The characters of `text` that the label font lacks, each once, in order. Invisible format
 * characters (bidirectional marks, zero-width joiners) draw no glyph and are not counted.
 */
export function charsMissingFromLabelFont(text: string): string[] {
  const missing = new Set<string>();
  for (const c of text) if (!CHARS.has(c) && !/\p{Cf}/u.test(c)) missing.add(c);
  return [...missing];
}
