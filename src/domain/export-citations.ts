/**
 * The source list as BibTeX and as RIS, pure. Only what the source texts state goes in (the
 * generator checks each stated field of `data/sources/*.yaml` against its text): a field a text
 * does not state is left out, never filled in. A title the text does not state (`titleStated:
 * false`) is not a title: it goes in a note, marked as the curators' description.
 */
import type { GraphSource } from './schema';

type Kind = GraphSource['kind'];

const BIBTEX_TYPE: Record<Kind, string> = {
  'review-record': 'article',
  'book-chapter-page': 'incollection',
  'web-page': 'online',
  'video-transcript': 'online',
};

/** The BibTeX field that holds the venue: the journal, the book, or the site. */
const BIBTEX_VENUE: Record<Kind, string> = {
  'review-record': 'journal',
  'book-chapter-page': 'booktitle',
  'web-page': 'organization',
  'video-transcript': 'organization',
};

const RIS_TYPE: Record<Kind, string> = {
  'review-record': 'JOUR',
  'book-chapter-page': 'CHAP',
  'web-page': 'ELEC',
  'video-transcript': 'VIDEO',
};

/** The RIS tag of the venue: JO (journal abbreviation, as PubMed gives it) or T2 (book, site). */
const RIS_VENUE: Record<Kind, string> = {
  'review-record': 'JO',
  'book-chapter-page': 'T2',
  'web-page': 'T2',
  'video-transcript': 'T2',
};

const UNSTATED_TITLE = (s: GraphSource) =>
  `${s.title} (the source states no title; this is the curators' description)`;

/** Escapes the characters BibTeX and LaTeX treat as special, so text stays literal. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${c}`;
    }
  });
}

/**
 * A DOI or URL as biblatex reads it (verbatim: `_` and `%` stay as they are). Braces and
 * backslashes would break the entry, so they are percent-encoded, which keeps the link working.
 */
function verbatim(value: string): string {
  return value.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A citation key: the source id, which is already kebab-case ASCII. */
const bibKey = (s: GraphSource) => s.id.replace(/[^A-Za-z0-9_:-]/g, '-');

/** One BibTeX entry per source, in graph order; fields the text does not state are omitted. */
export function toBibtex(sources: GraphSource[]): string {
  return sources
    .map((s) => {
      const fields: Array<[string, string]> = [];
      if (s.authors?.length) fields.push(['author', s.authors.map(escapeBibtex).join(' and ')]);
      // Double braces keep the title's capitals as the source writes them.
      if (s.titleStated) fields.push(['title', `{${escapeBibtex(s.title)}}`]);
      if (s.venue) fields.push([BIBTEX_VENUE[s.kind], escapeBibtex(s.venue)]);
      if (s.year !== undefined) fields.push(['year', String(s.year)]);
      if (s.doi) fields.push(['doi', verbatim(s.doi)]);
      if (s.url) fields.push(['url', verbatim(s.url)]);
      if (!s.titleStated) fields.push(['note', escapeBibtex(UNSTATED_TITLE(s))]);
      fields.push(['langid', s.language]);
      const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
      return `@${BIBTEX_TYPE[s.kind]}{${bibKey(s)},\n${body}\n}\n`;
    })
    .join('\n');
}

/** RIS keeps a value on one line: line breaks inside a value become spaces. */
const risValue = (v: string) => v.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * One RIS record per source (tags TY, AU, TI, JO or T2, PY, DO, UR, N1, LA, ER), lines ending
 * CR LF as the RIS specification has it.
 */
export function toRis(sources: GraphSource[]): string {
  return sources
    .map((s) => {
      const lines: Array<[string, string]> = [['TY', RIS_TYPE[s.kind]]];
      for (const a of s.authors ?? []) lines.push(['AU', a]);
      if (s.titleStated) lines.push(['TI', s.title]);
      if (s.venue) lines.push([RIS_VENUE[s.kind], s.venue]);
      if (s.year !== undefined) lines.push(['PY', String(s.year)]);
      if (s.doi) lines.push(['DO', s.doi]);
      const link = s.url ?? (s.doi ? `https://doi.org/${s.doi}` : undefined);
      if (link) lines.push(['UR', link]);
      if (!s.titleStated) lines.push(['N1', UNSTATED_TITLE(s)]);
      lines.push(['LA', s.language]);
      lines.push(['ER', '']);
      return lines.map(([tag, v]) => `${tag}  - ${risValue(v)}\r\n`).join('');
    })
    .join('');
}
