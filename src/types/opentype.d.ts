// opentype.js 2.0 ships no types; this is the little the generator and its tests use.
declare module 'opentype.js' {
  export interface Font {
    unitsPerEm: number;
    getAdvanceWidth(text: string, fontSize: number, options?: { kerning?: boolean }): number;
    /** 0 (.notdef) when the font has no glyph for the character. */
    charToGlyphIndex(char: string): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
