/**
 * `npm run bench`: prints figures and ratios; it asserts nothing about time.
 *   generator: time and peak memory on the real data and on synthetic corpora 10× and 100× larger
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { makeCorpus } from './make-corpus';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  ms: number;
  peakRssMb: number;
  quotes: number;
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function runGenerator(args: string[], repeats: number): Run {
  const runs = Array.from(
    { length: repeats },
    () =>
      JSON.parse(
        execFileSync(TSX, [path.join(ROOT, 'bench/generator-child.ts'), ...args], {
          encoding: 'utf8',
        }),
      ) as Run,
  );
  return {
    ms: median(runs.map((r) => r.ms)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    quotes: runs[0]!.quotes,
  };
}

function generatorBench() {
  console.log(
    '\n## Generator growth (median of 3 runs, each in a fresh process; peak RSS of the process)',
  );
  const tmp = mkdtempSync(path.join(tmpdir(), 'kp-bench-'));
  const real = runGenerator(
    [tmp, path.join(ROOT, 'data/sources'), path.join(ROOT, 'data/curation')],
    3,
  );
  const rows: Array<[string, number, number, Run]> = [['real (5 sources)', 5, real.quotes, real]];
  for (const factor of [10, 100]) {
    const dir = path.join(tmp, `x${factor}`);
    const c = makeCorpus(dir, factor);
    const r = runGenerator([dir], 3);
    rows.push([
      `synthetic ${factor}× (${c.sources} sources, ${c.nodes} nodes, ${c.edges} edges)`,
      c.sources,
      r.quotes,
      r,
    ]);
  }
  console.log('| corpus | quotes | time (ms) | peak RSS (MB) | time ÷ real | quotes ÷ real |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, , quotes, r] of rows) {
    console.log(
      `| ${name} | ${quotes} | ${r.ms.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${(r.ms / real.ms).toFixed(1)} | ${(quotes / real.quotes).toFixed(1)} |`,
    );
  }
  const [, , q10, r10] = rows[1]!;
  const [, , q100, r100] = rows[2]!;
  console.log(
    `growth from 10× to 100×: time ×${(r100.ms / r10.ms).toFixed(1)} for quotes ×${(q100 / q10).toFixed(1)} (linear would be equal)`,
  );
}

console.log(
  `# Benchmarks — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
);
generatorBench();
