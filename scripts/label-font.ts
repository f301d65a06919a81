/**
 * `npm run font`: subsets the label font to LABEL_FONT_CHARS (src/domain/label-font-chars.ts).
 * Writes the WOFF2 the app ships and the WOFF of the same subset that the generator measures
 * labels with (src/pipeline/label-metrics.ts), so both read one set of glyphs. `--check` fails
 * when the committed files differ from what the subset makes (tests/unit/label-font.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { LABEL_FONT_CHARS } from '../src/domain/label-font-chars';

const require = createRequire(import.meta.url);
const ORIGINAL =
  '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2';
export const LABEL_FONT_DIR = path.resolve(import.meta.dirname, '../src/assets/fonts');
export const LABEL_FONT_FILES = {
  woff2: 'atkinson-hyperlegible-700-labels.woff2',
  woff: 'atkinson-hyperlegible-700-labels.woff',
} as const;

/** The subset in both formats, made from the @fontsource latin 700 file. */
export async function makeLabelFont(): Promise<Record<'woff2' | 'woff', Buffer>> {
  const original = readFileSync(require.resolve(ORIGINAL));
  return {
    woff2: await subsetFont(original, LABEL_FONT_CHARS, { targetFormat: 'woff2' }),
    woff: await subsetFont(original, LABEL_FONT_CHARS, { targetFormat: 'woff' }),
  };
}

if (process.argv[1]?.endsWith('label-font.ts')) {
  const made = await makeLabelFont();
  const check = process.argv.includes('--check');
  let stale = false;
  for (const format of ['woff2', 'woff'] as const) {
    const file = path.join(LABEL_FONT_DIR, LABEL_FONT_FILES[format]);
    if (check) {
      let committed: Buffer | null = null;
      try {
        committed = readFileSync(file);
      } catch {
        // missing: stale
      }
      if (!committed?.equals(made[format])) {
        console.error(`${file} is not the subset of LABEL_FONT_CHARS: run npm run font`);
        stale = true;
      }
    } else {
      writeFileSync(file, made[format]);
      console.log(`${path.relative(process.cwd(), file)}: ${made[format].length} bytes`);
    }
  }
  if (stale) process.exit(1);
}
