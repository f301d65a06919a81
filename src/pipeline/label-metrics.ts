/**
 * Measures node labels at build time with the very font the app ships (Atkinson Hyperlegible
 * 700 subset to LABEL_FONT_CHARS by `npm run font`; the app loads the WOFF2 of the same subset),
 * wrapping them as Cytoscape does, so every box fits its label at the normal and the
 * presentation size.
 */
import { readFileSync } from 'node:fs';
import opentype, { type Font } from 'opentype.js';
import {
  boxForText,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  LABEL_WRAP_WIDTH,
  PRESENT_FONT_SIZE,
} from '../domain/layout-constants';

const FONT_FILE = new URL('../assets/fonts/atkinson-hyperlegible-700-labels.woff', import.meta.url);

let font: Font | null = null;
function labelFont(): Font {
  if (!font) {
    const buf = readFileSync(FONT_FILE);
    font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  }
  return font;
}

// Each label is measured many times (wrapping at two sizes, sizing the box, the layout report of
// every view); the font's width of a string at a size never changes, so measure it once.
const widths = new Map<string, number>();

/** Width of one line as Cytoscape measures it (canvas measureText, rounded up). */
export function textWidth(text: string, size: number): number {
  const key = `${size}\u0000${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    w = Math.ceil(labelFont().getAdvanceWidth(text, size, { kerning: true }));
    widths.set(key, w);
  }
  return w;
}

/** Cytoscape's greedy wrap (`text-wrap: wrap`, whitespace): the lines it will draw. */
export function wrapLabel(label: string, maxWidth: number, size: number): string[] {
  if (textWidth(label, size) <= maxWidth) return [label];
  const lines: string[] = [];
  let line = '';
  const words = label.split(/\s+/);
  words.forEach((word, i) => {
    const sep = i < words.length - 1 ? ' ' : '';
    const test = line.length === 0 ? word : line + word + sep;
    if (textWidth(test, size) <= maxWidth) line += word + sep;
    else {
      if (line) lines.push(line);
      line = word + sep;
    }
  });
  if (line.trim()) lines.push(line);
  return lines;
}

export interface LabelBox {
  width: number;
  height: number;
  /** The wrap width the canvas must use (`text-max-width`), so it breaks lines where we did. */
  wrapWidth: number;
  lines: { normal: string[]; present: string[] };
}

/** The text block of a label at one size: its lines, widest line and height. */
export function textBlock(label: string, wrapWidth: number, size: number) {
  const lines = wrapLabel(label, wrapWidth, size);
  return {
    lines,
    width: Math.max(...lines.map((l) => textWidth(l, size))),
    height: lines.length * size * LABEL_LINE_HEIGHT,
  };
}

/** The wrap width for a label: the standard one, or wider if a single word needs it. */
export function wrapWidthFor(label: string, standard = LABEL_WRAP_WIDTH): number {
  const longestWord = Math.max(...label.split(/\s+/).map((w) => textWidth(w, PRESENT_FONT_SIZE)));
  return Math.max(standard, longestWord);
}

/** The box a label needs in a given shape, at both font sizes, rounded up to whole pixels. */
export function labelBox(label: string, shape: string, standardWrap?: number): LabelBox {
  const wrapWidth = wrapWidthFor(label, standardWrap);
  const normal = textBlock(label, wrapWidth, LABEL_FONT_SIZE);
  const present = textBlock(label, wrapWidth, PRESENT_FONT_SIZE);
  const box = boxForText(
    shape,
    Math.max(normal.width, present.width),
    Math.max(normal.height, present.height),
  );
  return {
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
    wrapWidth,
    lines: { normal: normal.lines, present: present.lines },
  };
}
