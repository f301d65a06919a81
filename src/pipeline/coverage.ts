/** The curator's to-do list: sentences that mention a known entity but that no element cites. */
import type { Graph } from '../domain/schema';
import { allEvidence } from '../domain/graph-index';
import { mentions } from '../domain/text';
import type { ReviewedSentence } from './generate';
import { lineColumn, type LoadedSource } from './sources';

export interface UncitedSentence {
  sourceId: string;
  line: number;
  text: string;
  entities: string[];
}

/** Sentences: split at . ! ? followed by a space, or at line breaks. */
export function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\n.!?]+(?:[.!?]+(?=\s|$)|[.!?]+(?=\S)[^\n.!?]*)*[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length < 3) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + body.length });
  }
  return out;
}

export function uncitedSentences(
  graph: Graph,
  sources: LoadedSource[],
  reviewed: ReviewedSentence[],
): UncitedSentence[] {
  const cited = new Map<string, Array<[number, number]>>();
  const add = (id: string, a: number, b: number) => {
    const list = cited.get(id) ?? [];
    list.push([a, b]);
    cited.set(id, list);
  };
  const evidence = allEvidence(graph);
  for (const e of evidence) add(e.sourceId, e.start, e.end);
  for (const r of reviewed) add(r.sourceId, r.start, r.end);
  const names = graph.elements.nodes.flatMap((n) =>
    [n.data.label, ...n.data.synonyms].map((name) => ({ name, label: n.data.label })),
  );

  const out: UncitedSentence[] = [];
  for (const s of sources) {
    const ranges = cited.get(s.id) ?? [];
    for (const { start, end } of sentences(s.text)) {
      const text = s.text.slice(start, end);
      if (ranges.some(([a, b]) => a < end && b > start)) continue;
      const entities = [
        ...new Set(names.filter((n) => mentions(text, n.name)).map((n) => n.label)),
      ].sort();
      if (entities.length)
        out.push({ sourceId: s.id, line: lineColumn(s.text, start).line, text, entities });
    }
  }
  return out;
}
