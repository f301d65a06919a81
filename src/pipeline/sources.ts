/** Loads `data/sources/<id>.txt` with its `<id>.yaml` metadata and checks the metadata against the text. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KEBAB_CASE, type SourceId } from '../domain/ids';
import { SourceMetaSchema, type GraphSource, type SourceMeta } from '../domain/schema';
import { normalize } from '../domain/text';
import { AnchorText } from './anchor';
import type { Problem } from './problems';
import { reportSchemaIssues } from './schema-issues';
import { YamlFile } from './yaml-doc';

export interface LoadedSource {
  id: SourceId;
  meta: SourceMeta;
  text: string;
  anchor: AnchorText;
  metaFile: YamlFile;
  textFile: string;
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes UTF-8 strictly; on failure, the position of the first byte that is not UTF-8. */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; line: number; column: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    return { ok: false, ...lineColumn(lenient, Math.max(0, at)) };
  }
}

export function loadSources(
  dir: string,
  display: (p: string) => string,
): { sources: LoadedSource[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources: LoadedSource[] = [];
  if (!existsSync(dir)) {
    problems.push({
      file: display(dir),
      line: 1,
      column: 1,
      message: 'sources folder not found',
      severity: 'error',
    });
    return { sources, problems };
  }
  const names = readdirSync(dir).sort();
  const metaNames = names.filter((n) => /\.ya?ml$/.test(n));
  const metaIds = new Set(metaNames.map((n) => n.replace(/\.ya?ml$/, '')));

  for (const name of names.filter((n) => n.endsWith('.txt'))) {
    const id = name.slice(0, -4);
    if (!metaIds.has(id)) {
      problems.push({
        file: display(path.join(dir, name)),
        line: 1,
        column: 1,
        message: `source text has no metadata file ${id}.yaml beside it`,
        severity: 'error',
      });
    }
  }

  for (const name of metaNames) {
    const id = name.replace(/\.ya?ml$/, '');
    const metaFile = YamlFile.read(path.join(dir, name), display(path.join(dir, name)));
    problems.push(...metaFile.problems);
    if (!KEBAB_CASE.test(id)) {
      problems.push(metaFile.problem([], `source id "${id}" (the file name) must be kebab-case`));
      continue;
    }
    if (!metaFile.ok) continue;
    const parsed = SourceMetaSchema.safeParse(metaFile.toJS() ?? {});
    if (!parsed.success) {
      problems.push(...reportSchemaIssues(metaFile, parsed.error.issues));
      continue;
    }
    const textPath = path.join(dir, `${id}.txt`);
    if (!existsSync(textPath)) {
      problems.push(metaFile.problem([], `source text ${display(textPath)} is missing`));
      continue;
    }
    const decoded = decodeUtf8(readFileSync(textPath));
    if (!decoded.ok) {
      problems.push({
        file: display(textPath),
        line: decoded.line,
        column: decoded.column,
        message: 'source text is not valid UTF-8',
        severity: 'error',
      });
      continue;
    }
    const meta = parsed.data;
    const anchor = new AnchorText(decoded.text);
    // Metadata is taken only from what the text states: every stated field must stand in it.
    const stated: Array<[string, string | undefined]> = [
      ['title', meta.titleStated ? meta.title : undefined],
      ['venue', meta.venue],
      ['year', meta.year?.toString()],
      ['doi', meta.doi],
      ['url', meta.url],
      ...(meta.authors ?? []).map((a, i) => [`authors.${i}`, a] as [string, string]),
    ];
    for (const [field, value] of stated) {
      if (value === undefined) continue;
      if (!anchor.folded.norm.includes(normalize(value))) {
        const p = field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        problems.push(
          metaFile.problem(p, `${field} "${value}" does not appear in the source text`),
        );
      }
    }
    sources.push({
      id: id as SourceId,
      meta,
      text: decoded.text,
      anchor,
      metaFile,
      textFile: display(textPath),
    });
  }
  return { sources, problems };
}

/** A short reference a lecturer can read aloud: authors, title, venue, year, DOI or URL. */
export function citation(meta: SourceMeta): string {
  const parts: string[] = [];
  if (meta.authors?.length) parts.push(meta.authors.join(', '));
  parts.push(meta.titleStated ? meta.title : `[${meta.title}]`);
  if (meta.venue) parts.push(meta.venue);
  if (meta.year) parts.push(String(meta.year));
  if (meta.doi) parts.push(`doi:${meta.doi}`);
  else if (meta.url) parts.push(meta.url);
  return parts.map((x, i) => (i < parts.length - 1 && !x.endsWith('.') ? `${x}.` : x)).join(' ');
}

/** The source as graph.json lists it. */
export function toGraphSource(s: LoadedSource): GraphSource {
  const m = s.meta;
  return {
    id: s.id,
    title: m.title,
    titleStated: m.titleStated,
    shortTitle: m.shortTitle,
    ...(m.authors ? { authors: m.authors } : {}),
    ...(m.venue ? { venue: m.venue } : {}),
    ...(m.year ? { year: m.year } : {}),
    ...(m.doi ? { doi: m.doi } : {}),
    ...(m.url ? { url: m.url } : {}),
    language: m.language,
    languages: m.languages ?? [m.language],
    kind: m.kind,
    citation: citation(m),
    length: s.text.length,
  };
}
