import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT_DIR, LABEL_FONT_FILES, makeLabelFont } from '../../scripts/label-font';
import { charsMissingFromLabelFont, LABEL_FONT_CHARS } from '../../src/domain/label-font-chars';
import { LABEL_FONT_SIZE, PRESENT_FONT_SIZE } from '../../src/domain/layout-constants';

const parse = (buf: Buffer) => opentype.parse(new Uint8Array(buf).buffer);
const shipped = parse(readFileSync(path.join(LABEL_FONT_DIR, LABEL_FONT_FILES.woff)));
const original = parse(
  readFileSync(
    createRequire(import.meta.url).resolve(
      '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff',
    ),
  ),
);
const graph = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8'),
) as { elements: { nodes: Array<{ data: { label: string } }> } };
const labels = graph.elements.nodes.map((n) => n.data.label);

describe('the shipped label font (a subset of Atkinson Hyperlegible 700)', () => {
  it('is what npm run font makes from LABEL_FONT_CHARS (the committed files are not stale)', async () => {
    const made = await makeLabelFont();
    for (const format of ['woff2', 'woff'] as const) {
      const committed = readFileSync(path.join(LABEL_FONT_DIR, LABEL_FONT_FILES[format]));
      expect(committed.equals(made[format]), `${LABEL_FONT_FILES[format]}: run npm run font`).toBe(
        true,
      );
    }
    // The point of the subset: the WOFF2 the first view loads is well under the latin file.
    expect(made.woff2.length).toBeLessThan(12_000);
  });

  it('has a glyph for every character of LABEL_FONT_CHARS', () => {
    const without = [...LABEL_FONT_CHARS].filter((c) => shipped.charToGlyphIndex(c) === 0);
    expect(without).toEqual([]);
  });

  it('has every character the canvas draws: each node label of graph.json, and "?"', () => {
    expect(labels.length).toBeGreaterThan(0);
    for (const label of [...labels, '?'])
      expect(charsMissingFromLabelFont(label), label).toEqual([]);
    expect(charsMissingFromLabelFont('Ca²⁺ influx → BDNF')).toEqual(['²', '⁺', '→']);
    // Bidirectional and zero-width marks draw nothing; they need no glyph.
    expect(charsMissingFromLabelFont('\u200bA\u202eB\u2066')).toEqual([]);
  });

  it('measures every label exactly as the full latin file does, kerning included', () => {
    for (const label of labels) {
      for (const size of [LABEL_FONT_SIZE, PRESENT_FONT_SIZE]) {
        expect(shipped.getAdvanceWidth(label, size, { kerning: true }), label).toBe(
          original.getAdvanceWidth(label, size, { kerning: true }),
        );
      }
    }
    // A kerned pair is kerned in the subset too (else the check above would prove little).
    const pairs = ['AV', 'To', 'Te', 'Ty', 'LT', 'Yo'];
    const kerned = pairs.filter(
      (p) =>
        original.getAdvanceWidth(p, 100, { kerning: true }) !==
        original.getAdvanceWidth(p, 100, { kerning: false }),
    );
    expect(kerned.length).toBeGreaterThan(0);
    for (const p of kerned)
      expect(shipped.getAdvanceWidth(p, 100, { kerning: true })).toBe(
        original.getAdvanceWidth(p, 100, { kerning: true }),
      );
  });
});
