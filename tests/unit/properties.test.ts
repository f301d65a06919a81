import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { allEvidence } from '../../src/domain/graph-index';
import { GraphSchema, type Graph, type GraphEvidence } from '../../src/domain/schema';
import { parseView, serializeView } from '../../src/domain/url';
import { normalize } from '../../src/domain/text';
import { generate } from '../../src/pipeline/generate';
import { formatProblem } from '../../src/pipeline/problems';
import { FIXTURES } from './helpers';

type Doc = Record<string, Array<Record<string, unknown>>>;
const BASE = parse(readFileSync(path.join(FIXTURES, 'valid/curation.yaml'), 'utf8')) as Doc;
const TEXTS: Record<string, string> = {
  'paper-a': readFileSync(path.join(FIXTURES, 'sources/paper-a.txt'), 'utf8'),
  'paper-b': readFileSync(path.join(FIXTURES, 'sources/paper-b.txt'), 'utf8'),
};

/** Every evidence object in the document, wherever it sits. */
function evidenceOf(doc: Doc): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.quote === 'string' && typeof o.source === 'string') out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(doc);
  return out;
}

const MANGLES = ['\u200B', '\u202E', '\u0430', '🧪', '\u00A0', '<script>x</script>', '\uFEFF'];

/** One random edit of the kinds curators make by mistake. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('shift' as const),
    i: fc.nat(),
    by: fc.integer({ min: -12, max: 12 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), i: fc.nat(), keep: fc.nat({ max: 60 }) }),
  fc.record({
    kind: fc.constant('mangle' as const),
    i: fc.nat(),
    at: fc.nat(),
    what: fc.constantFrom(...MANGLES),
  }),
  fc.record({ kind: fc.constant('nfd' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('remove-id' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-id' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({
    kind: fc.constant('drop-field' as const),
    list: fc.constantFrom('nodes', 'edges', 'hypotheses'),
    i: fc.nat(),
    field: fc.constantFrom(
      'id',
      'label',
      'kind',
      'description',
      'evidence',
      'source',
      'target',
      'relation',
      'summary',
    ),
  }),
);

function applyOne(doc: Doc, e: { kind: string; [k: string]: unknown }) {
  const ev = evidenceOf(doc);
  const pick = <T>(xs: T[], i: unknown) => xs[(i as number) % xs.length];
  if (e.kind === 'shift') {
    const item = pick(ev, e.i)!;
    const text = TEXTS[item.source as string] ?? '';
    const at = text.indexOf(item.quote as string);
    if (at >= 0) {
      const start = Math.max(0, at + (e.by as number));
      item.quote = text.slice(start, start + (item.quote as string).length);
    }
  } else if (e.kind === 'truncate') {
    const item = pick(ev, e.i)!;
    item.quote = (item.quote as string).slice(0, e.keep as number);
  } else if (e.kind === 'mangle') {
    const item = pick(ev, e.i)!;
    const q = item.quote as string;
    const at = (e.at as number) % (q.length + 1);
    item.quote = q.slice(0, at) + (e.what as string) + q.slice(at);
  } else if (e.kind === 'nfd') {
    const item = pick(ev, e.i)!;
    item.quote = (item.quote as string).normalize('NFD');
  } else if (e.kind === 'remove-id') {
    delete pick(doc.nodes!, e.i)!.id;
  } else if (e.kind === 'duplicate-id') {
    pick(doc.nodes!, e.j)!.id = pick(doc.nodes!, e.i)!.id;
  } else if (e.kind === 'drop-field') {
    delete pick(doc[e.list as string]!, e.i)![e.field as string];
  }
}

function expectAnchored(graph: Graph) {
  const all: GraphEvidence[] = allEvidence(graph);
  for (const ev of all) {
    const text = TEXTS[ev.sourceId]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(text.slice(ev.start - ev.prefix.length, ev.start)).toBe(ev.prefix);
    expect(text.slice(ev.end, ev.end + ev.suffix.length)).toBe(ev.suffix);
  }
}

/** Each emitted quote is the curated one, up to whitespace, quotes and dashes. */
function expectSameQuotes(doc: Doc, graph: Graph) {
  const byId = new Map<string, GraphEvidence[]>([
    ...graph.elements.nodes.map((n) => [n.data.id as string, n.data.evidence] as const),
    ...graph.elements.edges.map((e) => [e.data.id as string, e.data.evidence] as const),
  ]);
  const curated = [
    ...(doc.nodes ?? []).map((n) => [n.id as string, n.evidence] as const),
    ...(doc.edges ?? []).map(
      (e) => [(e.id as string) ?? `${e.source}-${e.relation}-${e.target}`, e.evidence] as const,
    ),
  ];
  for (const [id, evidence] of curated) {
    const out = byId.get(id);
    if (!out) continue;
    (evidence as Array<{ quote: string }>).forEach((ev, i) => {
      expect(normalize(out[i]!.quote)).toBe(normalize(ev.quote));
    });
  }
}

describe('the generator under random edits of the curation', () => {
  it('never emits a quote that is not at its offsets, and never fails without file:line:column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-prop-'));
    let failures = 0;
    let successes = 0;
    try {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          const doc = structuredClone(BASE);
          for (const e of edits) applyOne(doc, e as { kind: string });
          writeFileSync(path.join(dir, 'curation.yaml'), stringify(doc));
          const r = generate({
            sourcesDir: path.join(FIXTURES, 'sources'),
            curationDir: dir,
            root: dir,
          });
          for (const p of r.problems) {
            expect(formatProblem(p)).toMatch(/^[^:\n]+\.(ya?ml|txt):\d+:\d+: \S/);
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.column).toBeGreaterThanOrEqual(1);
          }
          if (r.graph) {
            successes++;
            GraphSchema.parse(r.graph);
            expectAnchored(r.graph);
            expectSameQuotes(doc, r.graph);
          } else {
            failures++;
            expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
          }
        }),
        { numRuns: 150, seed: 20261121 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Both outcomes were exercised.
    expect(successes).toBeGreaterThan(5);
    expect(failures).toBeGreaterThan(5);
  });
});

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '%3Cscript%3E',
  '\u202Eevil',
  '../../etc/passwd',
  'ketamine',
  'ampa-mtor',
  'high-dose',
  '',
  ',,,',
  '1e9',
  '-1',
);

describe('URL parsing under fuzzing', () => {
  it('never throws, and keeps only ids the graph knows', () => {
    const ids = new Set<string>([
      ...graph.elements.nodes.map((n) => n.data.id),
      ...graph.elements.edges.map((e) => e.data.id),
    ]);
    const keys = fc.constantFrom(
      'node',
      'hyp',
      'src',
      'dose',
      'tour',
      'step',
      'present',
      'x',
      '__proto__',
    );
    const query = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(fc.tuple(keys, fc.oneof(hostile, fc.string({ maxLength: 40 }))), { maxLength: 8 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { view, ignored } = parseView(`?${q}`, graph);
        if (view.selected !== null) expect(ids.has(view.selected)).toBe(true);
        for (const h of view.filters.hypotheses)
          expect(graph.hypotheses.map((x) => x.id as string)).toContain(h);
        for (const s of view.filters.sources)
          expect(graph.sources.map((x) => x.id as string)).toContain(s);
        expect(['both', 'subanesthetic', 'high-dose']).toContain(view.filters.dose);
        if (view.tour) expect(view.tour.step).toBeGreaterThanOrEqual(0);
        for (const note of ignored) expect(note.length).toBeLessThan(80);
        // What we write back parses to the same view with nothing ignored.
        const again = parseView(serializeView(view, graph), graph);
        expect(again.view).toEqual(view);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
