/** Writes the generator's output deterministically and atomically; `planOutput` serves --check. */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { CurationFileSchema, SourceMetaSchema, type Graph } from '../domain/schema';
import type { LoadedSource } from './sources';

export interface OutputFile {
  path: string;
  content: string;
}

/** Pretty JSON with a trailing newline: objects are built in a fixed key order, so output is stable. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The JSON Schemas of the hand-edited files, generated from the zod schema so editors can check them. */
export function jsonSchemas(): { curation: string; source: string } {
  const curation = z.toJSONSchema(CurationFileSchema, { io: 'input', unrepresentable: 'any' });
  const source = z.toJSONSchema(SourceMetaSchema, { io: 'input', unrepresentable: 'any' });
  return {
    curation: toJson({ ...curation, title: 'Ketamine pathways curation file' }),
    source: toJson({ ...source, title: 'Ketamine pathways source metadata' }),
  };
}

/** Every file the generator owns, with its content. */
export function planOutput(
  graph: Graph,
  sources: LoadedSource[],
  dirs: { out: string; curation: string; sources: string },
): OutputFile[] {
  const schemas = jsonSchemas();
  return [
    { path: path.join(dirs.out, 'graph.json'), content: toJson(graph) },
    ...sources.map((s) => ({
      path: path.join(dirs.out, 'sources', `${s.id}.txt`),
      content: s.text,
    })),
    { path: path.join(dirs.curation, 'curation.schema.json'), content: schemas.curation },
    { path: path.join(dirs.sources, 'source.schema.json'), content: schemas.source },
  ];
}

/** Files whose content on disk differs from the plan (missing ones included), plus stray source copies. */
export function staleFiles(plan: OutputFile[], outDir: string): string[] {
  const stale = plan
    .filter((f) => !existsSync(f.path) || readFileSync(f.path, 'utf8') !== f.content)
    .map((f) => f.path);
  const srcDir = path.join(outDir, 'sources');
  if (existsSync(srcDir)) {
    const planned = new Set(plan.map((f) => path.resolve(f.path)));
    for (const n of readdirSync(srcDir)) {
      if (!planned.has(path.resolve(srcDir, n))) stale.push(path.join(srcDir, n));
    }
  }
  return stale;
}

/** Writes each file to a temporary name and renames it, so a failed run leaves the old output whole. */
export function writeOutput(plan: OutputFile[], outDir: string): void {
  const temps: Array<[string, string]> = [];
  try {
    for (const f of plan) {
      mkdirSync(path.dirname(f.path), { recursive: true });
      const tmp = `${f.path}.tmp-${process.pid}`;
      writeFileSync(tmp, f.content);
      temps.push([tmp, f.path]);
    }
  } catch (e) {
    for (const [tmp] of temps) if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
  for (const [tmp, final] of temps) renameSync(tmp, final);
  const srcDir = path.join(outDir, 'sources');
  const planned = new Set(plan.map((f) => path.resolve(f.path)));
  for (const n of readdirSync(srcDir)) {
    if (!planned.has(path.resolve(srcDir, n))) unlinkSync(path.join(srcDir, n));
  }
}
