import { describe, expect, it } from 'vitest';
import { workspace } from './helpers';

/** Each fixture folder holds exactly one defect; each must fail with a precise file:line:column message. */
const CURATION_DEFECTS: Array<[string, RegExp]> = [
  ['malformed-yaml', /curation\.yaml:19:5: malformed YAML: Flow sequence/],
  ['unknown-field', /curation\.yaml:19:5: nodes\.0: unknown field "colour"/],
  [
    'duplicate-id',
    /curation\.yaml:24:9: duplicate node id "drug-x" \(first defined at .*curation\.yaml:16\)/,
  ],
  [
    'edge-to-missing-node',
    /curation\.yaml:67:13: unknown node "messenger-n" \(known: drug-x, effect-e, messenger-m, receptor-r\)/,
  ],
  ['unknown-source', /curation\.yaml:30:17: unknown source "paper-c" \(known: paper-a, paper-b\)/],
  ['unknown-hypothesis', /curation\.yaml:58:18: unknown hypothesis "mian" \(known: main\)/],
  ['unknown-branch', /curation\.yaml:59:16: unknown branch "high" \(known: low\)/],
  [
    'quote-not-in-source',
    /curation\.yaml:72:16: quote not found in source "paper-a"; closest passage \(90% similar\) at .*paper-a\.txt:5:47: "Blocking receptor R leads to a surge of messenger M"/,
  ],
  [
    'ambiguous-quote',
    /curation\.yaml:38:16: quote occurs 2 times in source "paper-a" \(.*paper-a\.txt at 7:1, 7:36\); add a prefix or suffix/,
  ],
  ['empty-quote', /curation\.yaml:72:16: edges\.1\.evidence\.0\.quote: quote must not be empty/],
  [
    'label-outside-font',
    /curation\.yaml:25:12: label "receptor Rα" uses "α" \(U\+03B1\), which the shipped label font lacks; add the character to LABEL_FONT_CHARS/,
  ],
  [
    'note-for-unknown-step',
    /curation\.yaml:88:17: note for "effect-e", which is not a step of this tour \(use a step id or "closing"\)/,
  ],
];

/** Certainty and inference defects: warnings that fail the run under --strict (as CI runs it). */
const STRICT_DEFECTS: Array<[string, RegExp]> = [
  [
    'hedge-cue-unaccounted',
    /curation\.yaml:85:16: warning: the quote's sentence holds the hedge cue "may" that the curation does not account for: "Messenger M may also raise effect E in some cells\."; propose "certainty: hedged" with "hedges: \[may\]"/,
  ],
  [
    'hedge-not-in-sentence',
    /curation\.yaml:26:18: hedging word "may" is not in the quote or its sentence: "Drug X blocks receptor R on inhibitory cells\."/,
  ],
  [
    'edge-without-inference',
    /curation\.yaml:84:15: warning: no quote of edge "drug-x-increases-effect-e" names both "Drug X" and "effect E" \(label or synonym\) in one sentence; add "inference:"/,
  ],
  [
    'verb-not-in-quote',
    /curation\.yaml:59:11: warning: verb "antagonizes" of edge "drug-x-blocks-receptor-r" is not the sources' wording: no supporting quote's sentence holds "antagonizes"/,
  ],
  [
    'synonym-not-in-source',
    /curation\.yaml:19:31: warning: synonym "DX-1" occurs in no source text; a synonym must be the sources' own name \(put names people search by in "searchTerms"\)/,
  ],
];

const SOURCE_DEFECTS: Array<[string, RegExp]> = [
  ['source-text-missing', /paper-b\.yaml:1:1: source text .*paper-b\.txt is missing/],
  ['source-not-utf8', /paper-b\.txt:1:17: source text is not valid UTF-8/],
];

/** Runs `broken` into a folder that already holds a good graph.json, and checks that it fails cleanly. */
function expectCleanFailure(
  broken: ReturnType<typeof workspace>,
  expected: RegExp,
  flags: string[] = [],
) {
  const seeded = workspace('valid');
  expect(seeded.run().code).toBe(0);
  const before = seeded.read('out/graph.json');
  const r = broken.run(['--out', seeded.graphPath.replace(/graph\.json$/, ''), ...flags]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(expected);
  // Every problem line names a place; the summary says the output was left alone, and it was.
  const lines = r.err.split('\n');
  for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[^:]+:\d+:\d+: /);
  expect(lines.at(-1)).toMatch(/output left unchanged$/);
  expect(seeded.read('out/graph.json')).toBe(before);
  return r;
}

describe('bad curation input', () => {
  for (const [defect, expected] of CURATION_DEFECTS) {
    it(`${defect}: a clear file:line error, previous output untouched`, () => {
      expectCleanFailure(workspace(`invalid/${defect}`), expected);
    });
  }
});

describe('certainty and inference defects under --strict', () => {
  for (const [defect, expected] of STRICT_DEFECTS) {
    it(`${defect}: a clear file:line:column problem, previous output untouched`, () => {
      expectCleanFailure(workspace(`invalid/${defect}`), expected, ['--strict']);
    });
  }
});

describe('bad source input', () => {
  for (const [defect, expected] of SOURCE_DEFECTS) {
    it(`${defect}: a clear file:line error, previous output untouched`, () => {
      const r = expectCleanFailure(workspace('valid', `invalid-sources/${defect}`), expected);
      // The unreadable source is reported once, not again at every quote that cites it.
      expect(r.err).not.toMatch(/unknown source/);
    });
  }
});
