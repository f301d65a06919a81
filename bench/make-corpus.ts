/**
 * Writes a synthetic corpus `factor` times the size of the real one: 5·factor sources and about
 * 50·factor quotes (100× → 500 sources, 5,000 quotes), laid out as chains of 20 nodes per unit.
 * Every quote is a real sentence of its source and names both ends of its edge, so the corpus
 * passes --strict and the benchmark measures the whole pipeline.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS =
  'glutamate receptor surge cascade synaptic protein signal neuron cortex calcium channel plasticity dose effect pathway'.split(
    ' ',
  );

/** A small deterministic PRNG, so a corpus is the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeCorpus(
  dir: string,
  factor: number,
): { sources: number; quotes: number; nodes: number; edges: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  mkdirSync(path.join(dir, 'curation'), { recursive: true });
  const rand = rng(factor);
  const filler = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const nSources = 5 * factor;
  const nodesPerUnit = 20;
  const units = factor;
  const sentences = new Map<string, string[]>();
  const cite = (sourceIdx: number, sentence: string) => {
    const id = `src-${sourceIdx}`;
    const list = sentences.get(id) ?? [];
    list.push(sentence);
    sentences.set(id, list);
    return { source: id, quote: sentence };
  };
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  let quotes = 0;
  let s = 0;
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < nodesPerUnit; i++) {
      const id = `n-${u}-${i}`;
      nodes.push({
        id,
        label: `N${u}x${i}`,
        kind: i === 0 ? 'drug' : i === nodesPerUnit - 1 ? 'effect' : 'process',
        description: 'A synthetic node.',
        evidence: [
          cite(s++ % nSources, `Entity N${u}x${i} is described here with ${filler(12)}.`),
          // every fourth node has a second source, as real nodes often do
          ...(i % 4 === 0
            ? [cite(s++ % nSources, `Again N${u}x${i} appears with ${filler(8)}.`)]
            : []),
        ],
      });
      quotes += i % 4 === 0 ? 2 : 1;
      if (i === 0) continue;
      const targets = i >= 2 && i % 3 === 0 ? [i - 1, i - 2] : [i - 1];
      for (const t of targets) {
        edges.push({
          source: `n-${u}-${t}`,
          relation: 'increases',
          target: id,
          evidence: [cite(s++ % nSources, `N${u}x${t} increases N${u}x${i} by ${filler(10)}.`)],
        });
        quotes++;
      }
    }
  }
  for (let i = 0; i < nSources; i++) {
    const id = `src-${i}`;
    const body = (sentences.get(id) ?? []).map((q) => `${filler(20)}. ${q}`).join('\n');
    writeFileSync(path.join(dir, 'sources', `${id}.txt`), `Synthetic Source ${i}\n\n${body}\n`);
    writeFileSync(
      path.join(dir, 'sources', `${id}.yaml`),
      `seed: synthetic\ntitle: Synthetic Source ${i}\nshortTitle: S${i}\nlanguage: en\nkind: web-page\n`,
    );
  }
  writeFileSync(path.join(dir, 'curation', 'graph.yaml'), JSON.stringify({ nodes, edges }));
  return { sources: nSources, quotes, nodes: nodes.length, edges: edges.length };
}
