// opentype.js 2.0 ships no types; this is the little the generator uses.
declare module 'opentype.js' {
  export interface Font {
    unitsPerEm: number;
    getAdvanceWidth(text: string, fontSize: number, options?: { kerning?: boolean }): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
