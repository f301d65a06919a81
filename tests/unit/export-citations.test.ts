import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeBibtex, toBibtex, toRis } from '../../src/domain/export-citations';
import { GraphSchema, type GraphSource } from '../../src/domain/schema';

const ROOT = path.resolve(__dirname, '../..');
const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.join(ROOT, 'public/data/graph.json'), 'utf8')),
);
const sourceText = (id: string) => readFileSync(path.join(ROOT, `data/sources/${id}.txt`), 'utf8');

/** The entries of a BibTeX file as {type, key, fields}, by a strict reader of what we write. */
function parseBibtex(bib: string) {
  const entries: Array<{ type: string; key: string; fields: Map<string, string> }> = [];
  const re = /@(\w+)\{([^,\s]+),\n((?: {2}\w+ = \{.*\},?\n)+)\}\n/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(bib))) {
    consumed += m[0].length;
    const fields = new Map<string, string>();
    for (const line of m[3]!.trimEnd().split('\n')) {
      const f = /^ {2}(\w+) = \{(.*)\},?$/.exec(line)!;
      fields.set(f[1]!, f[2]!);
    }
    entries.push({ type: m[1]!, key: m[2]!, fields });
  }
  expect(consumed + entries.length - 1, 'entries separated by one blank line, nothing else').toBe(
    bib.length,
  );
  return entries;
}

/** Braces must balance in every BibTeX value, ignoring escaped ones. */
function balanced(value: string): boolean {
  let depth = 0;
  for (const c of value.replace(/\\[{}]/g, '')) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** RIS records as lists of [tag, value]; every line must be `XX  - value` ending CR LF. */
function parseRis(ris: string) {
  expect(ris.endsWith('\r\n')).toBe(true);
  const records: Array<Array<[string, string]>> = [[]];
  for (const line of ris.slice(0, -2).split('\r\n')) {
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    expect(m, `RIS line: ${JSON.stringify(line)}`).not.toBeNull();
    records.at(-1)!.push([m![1]!, m![2]!]);
    if (m![1] === 'ER') records.push([]);
  }
  expect(records.pop()).toEqual([]);
  return records;
}

describe('citations as BibTeX', () => {
  const entries = parseBibtex(toBibtex(graph.sources));
  const byKey = new Map(entries.map((e) => [e.key, e]));

  it('has one entry per source, typed by what the source is', () => {
    expect(entries.map((e) => e.key)).toEqual(graph.sources.map((s) => s.id));
    expect(byKey.get('chem-res-toxicol-2021')!.type).toBe('article');
    expect(byKey.get('disruptive-psychopharmacology-2022')!.type).toBe('incollection');
    expect(byKey.get('dottorino-ketamine-esketamine')!.type).toBe('online');
  });
  it('gives the chapter its stated authors, BibTeX style, and the journal reviews their journal', () => {
    const chapter = byKey.get('disruptive-psychopharmacology-2022')!.fields;
    expect(chapter.get('author')).toBe(
      'Kojic, M. and Saelens, J. and Kadriu, B. and Zarate, C.A. and Kraus, C.',
    );
    expect(chapter.get('booktitle')).toBe('Disruptive Psychopharmacology');
    expect(chapter.get('doi')).toBe('10.1007/7854_2022_313');
    const review = byKey.get('chem-res-toxicol-2021')!.fields;
    expect(review.get('title')).toBe(
      '{Antidepressant Actions of Ketamine: Potential Role of L-Type Calcium Channels}',
    );
    expect(review.get('journal')).toBe('Chem Res Toxicol');
    expect(review.get('year')).toBe('2021');
  });
  it('states nothing the text does not: no authors, year or DOI invented, no unstated title', () => {
    for (const e of entries) {
      const s = graph.sources.find((x) => x.id === e.key)!;
      expect(e.fields.has('author')).toBe(!!s.authors?.length);
      expect(e.fields.has('year')).toBe(s.year !== undefined);
      expect(e.fields.has('doi')).toBe(!!s.doi);
      // Whatever is stated occurs in the source's own text.
      for (const a of s.authors ?? []) expect(sourceText(s.id)).toContain(a);
      if (s.doi) expect(sourceText(s.id)).toContain(s.doi);
    }
    const video = byKey.get('ketamine-explainer-video')!.fields;
    expect(video.has('title')).toBe(false);
    expect(video.get('note')).toMatch(/source states no title/);
    expect(video.get('url')).toBe('https://www.youtube.com/watch?v=kRtNsaMildw');
    const page = byKey.get('dottorino-ketamine-esketamine')!.fields;
    expect([...page.keys()].sort()).toEqual(['langid', 'organization', 'title']);
  });
  it('keeps every value brace-balanced', () => {
    for (const e of entries) for (const v of e.fields.values()) expect(balanced(v), v).toBe(true);
  });
});

describe('BibTeX escaping', () => {
  it('escapes every character BibTeX or LaTeX would read as markup', () => {
    expect(escapeBibtex('50% of {A} & B_1 #2 $3 ^ ~ \\x')).toBe(
      '50\\% of \\{A\\} \\& B\\_1 \\#2 \\$3 \\textasciicircum{} \\textasciitilde{} \\textbackslash{}x',
    );
  });
  it('keeps a hostile title literal and the entry well formed; DOIs and URLs stay verbatim', () => {
    const hostile: GraphSource = {
      ...graph.sources[0]!,
      id: graph.sources[0]!.id,
      title: 'Oops} , author = {Mallory} @misc{x, 100% & more',
      doi: '10.1000/a_b%20{c}',
      url: 'https://example.org/a_b?q=1%202',
      authors: ["O'Brien, T.", 'Müller, {J}.'],
    };
    const [entry] = parseBibtex(toBibtex([hostile]));
    expect(entry!.fields.get('title')).toBe(
      '{Oops\\} , author = \\{Mallory\\} @misc\\{x, 100\\% \\& more}',
    );
    expect(entry!.fields.has('author')).toBe(true);
    expect(entry!.fields.get('author')).toBe("O'Brien, T. and Müller, \\{J\\}.");
    expect(entry!.fields.get('doi')).toBe('10.1000/a_b%20%7Bc%7D');
    expect(entry!.fields.get('url')).toBe('https://example.org/a_b?q=1%202');
    for (const v of entry!.fields.values()) expect(balanced(v), v).toBe(true);
  });
});

describe('citations as RIS', () => {
  const records = parseRis(toRis(graph.sources));
  const tags = (r: Array<[string, string]>, tag: string) =>
    r.filter(([t]) => t === tag).map(([, v]) => v);

  it('has one record per source, each from TY to ER', () => {
    expect(records).toHaveLength(graph.sources.length);
    for (const r of records) {
      expect(r[0]![0]).toBe('TY');
      expect(r.at(-1)).toEqual(['ER', '']);
    }
    expect(records.map((r) => tags(r, 'TY')[0])).toEqual(
      graph.sources.map(
        (s) =>
          ({
            'review-record': 'JOUR',
            'book-chapter-page': 'CHAP',
            'web-page': 'ELEC',
            'video-transcript': 'VIDEO',
          })[s.kind],
      ),
    );
  });
  it('lists the chapter authors one AU line each, and the DOI as DO and as a link', () => {
    const chapter = records.find((r) => tags(r, 'DO')[0] === '10.1007/7854_2022_313')!;
    expect(tags(chapter, 'AU')).toEqual([
      'Kojic, M.',
      'Saelens, J.',
      'Kadriu, B.',
      'Zarate, C.A.',
      'Kraus, C.',
    ]);
    expect(tags(chapter, 'UR')).toEqual(['https://doi.org/10.1007/7854_2022_313']);
    expect(tags(chapter, 'PY')).toEqual(['2022']);
    const review = records.find((r) => tags(r, 'DO')[0] === '10.1021/acs.chemrestox.0c00411')!;
    expect(tags(review, 'JO')).toEqual(['Chem Res Toxicol']);
    expect(tags(review, 'TI')).toEqual([
      'Antidepressant Actions of Ketamine: Potential Role of L-Type Calcium Channels',
    ]);
    expect(tags(review, 'AU')).toEqual([]);
  });
  it('omits what the text does not state and marks the undescribed video as such', () => {
    const video = records.find((r) => tags(r, 'TY')[0] === 'VIDEO')!;
    expect(tags(video, 'TI')).toEqual([]);
    expect(tags(video, 'PY')).toEqual([]);
    expect(tags(video, 'N1')[0]).toMatch(/source states no title/);
    expect(tags(video, 'UR')).toEqual(['https://www.youtube.com/watch?v=kRtNsaMildw']);
    const page = records.find((r) => tags(r, 'TY')[0] === 'ELEC')!;
    expect(page.map(([t]) => t)).toEqual(['TY', 'TI', 'T2', 'LA', 'ER']);
  });
  it('keeps a value with a line break on its one line', () => {
    const [r] = parseRis(toRis([{ ...graph.sources[0]!, title: 'Two\nlines\r\n  here' }]));
    expect(tags(r!, 'TI')).toEqual(['Two lines here']);
  });
});
