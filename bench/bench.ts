/**
 * `npm run bench`: prints figures and ratios; it asserts nothing about time.
 *   layout: the layout report of the full view, dagre (before) beside ELK (shipped)
 *   bundle, cold load, interactions (real graph, 500 and 2,000 synthetic nodes with routes)
 *   story transitions: frames per second on the real graph
 *   generator: time and peak memory on the real data and on synthetic corpora 10× and 100× larger
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { bundleReport, printBundle } from './bundle';
import { COLD_MARKS, coldLoad, interactions, storyFrames } from './browser';
import { compareLayouts } from './layout-compare';
import { makeCorpus } from './make-corpus';
import { findChrome } from '../scripts/find-chrome.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  ms: number;
  cpuMs: number;
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
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    quotes: runs[0]!.quotes,
  };
}

function generatorBench(factors: number[] = [10, 100]) {
  console.log(
    '\n## Generator growth (median of 3 runs, each in a fresh process; peak RSS of the process)',
  );
  const tmp = mkdtempSync(path.join(tmpdir(), 'kp-bench-'));
  const real = runGenerator(
    [tmp, path.join(ROOT, 'data/sources'), path.join(ROOT, 'data/curation')],
    3,
  );
  const rows: Array<[string, number, number, Run]> = [['real (5 sources)', 5, real.quotes, real]];
  for (const factor of factors) {
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
  console.log(
    '| corpus | quotes | time (ms) | CPU time (ms) | peak RSS (MB) | time ÷ real | quotes ÷ real |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, , quotes, r] of rows) {
    console.log(
      `| ${name} | ${quotes} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${(r.ms / real.ms).toFixed(1)} | ${(quotes / real.quotes).toFixed(1)} |`,
    );
  }
  if (rows.length < 3) return;
  const [, , q10, r10] = rows[1]!;
  const [, , q100, r100] = rows[2]!;
  console.log(
    `growth from 10× to 100×: time ×${(r100.ms / r10.ms).toFixed(1)} for quotes ×${(q100 / q10).toFixed(1)} (linear would be equal)`,
  );
}

function build() {
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(path.join(ROOT, 'node_modules/.bin/vite'), args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
  execFileSync(TSX, [path.join(ROOT, 'src/pipeline/cli.ts')], { cwd: ROOT, stdio: 'pipe' });
  run(['build', '--logLevel', 'error']);
  run(['build', '--outDir', 'dist-e2e', '--emptyOutDir', '--logLevel', 'error'], {
    VITE_EXPOSE_CY: '1',
  });
  run(['build', '--config', 'bench/vite.bare.config.ts']);
  run(['build', '--config', 'bench/vite.bare.config.ts'], { BARE: 'react' });
}

const loadLine = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/**
 * `npm run bench:generator` (`tsx bench/bench.ts --generator [--factor 100]`): the generator
 * figures alone, with the load average before and after, to re-run after a change.
 */
function generatorOnly() {
  const i = process.argv.indexOf('--factor');
  const factors = i > 0 ? [Number(process.argv[i + 1])] : [10, 100];
  if (factors.some((f) => !Number.isInteger(f) || f < 1))
    throw new Error('--factor takes a whole number, e.g. --factor 100');
  console.log(
    `# Generator — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  );
  console.log(`load average at the start: ${loadLine()}`);
  generatorBench(factors);
  console.log(`load average at the end: ${loadLine()}`);
}

async function main() {
  const day = new Date().toISOString().slice(0, 10);
  console.log(
    `# Benchmarks — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${day}`,
  );
  console.log(
    `load average at the start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  layoutBench();
  build();
  printBundle(bundleReport(path.join(ROOT, 'dist')));
  const chrome = await findChrome();
  if (!chrome) {
    console.log('\n(no Chromium: cold-load and interaction figures skipped)');
  } else {
    const cold = await coldLoad(ROOT, chrome);
    console.log(
      `\n## Cold load (navigation → graph drawn, median of ${cold.runs} fresh contexts each, 1280×720)`,
    );
    console.log(
      '| phase (from the previous mark) | app (ms) | React + Cytoscape page (ms) | bare Cytoscape page (ms) | app − bare |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    const PHASES: Record<(typeof COLD_MARKS)[number], string> = {
      'scripts-run': 'navigation → scripts fetched and run',
      'graph-ready': '→ graph.json fetched (app: validated and indexed)',
      'canvas-created': '→ Cytoscape created with elements and layout (app: React render)',
      'graph-drawn': '→ first frame drawn',
    };
    let prev = { app: 0, react: 0, bare: 0 };
    for (const m of COLD_MARKS) {
      const [a, r, b] = (['app', 'react', 'bare'] as const).map((k) => cold[k][m] - prev[k]);
      console.log(
        `| ${PHASES[m]} | ${a!.toFixed(0)} | ${r!.toFixed(0)} | ${b!.toFixed(0)} | ${(a! - b!).toFixed(0)} |`,
      );
      prev = { app: cold.app[m], react: cold.react[m], bare: cold.bare[m] };
    }
    const drawn = (k: 'app' | 'react' | 'bare') => cold[k]['graph-drawn'];
    console.log(
      `app ${drawn('app').toFixed(0)} ms; React + Cytoscape page ${drawn('react').toFixed(0)} ms; bare Cytoscape page with the same elements ${drawn('bare').toFixed(0)} ms`,
    );
    console.log(
      `ratio app ÷ bare ${(drawn('app') / drawn('bare')).toFixed(2)} (target ≤ 1.20); React page ÷ bare ${(drawn('react') / drawn('bare')).toFixed(2)}; app ÷ React page ${(drawn('app') / drawn('react')).toFixed(2)}`,
    );
    console.log(
      '\n## Interaction (action → next painted frame: rAF then a post-paint task; 30 repeats, started 0–15 ms into a frame)',
    );
    console.log(
      '| graph | action | median (ms) | p95 (ms) | median − floor (ms) | target | median ÷ target |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | --- | ---: |');
    const rows = await interactions(ROOT, chrome, [500, 2000]);
    for (const r of rows) {
      const floor = rows.find((f) => f.graph === r.graph && f.action.startsWith('nothing'));
      const isFloor = r === floor;
      // Targets apply to the three actions, not to the two reference rows.
      const reference = isFloor || r.action.startsWith('pan');
      let target: number | undefined;
      if (!reference && r.graph === 'real') target = 16;
      else if (!reference && r.nodes >= 2000) target = 100;
      const ratio = target ? (r.median / target).toFixed(2) : '';
      const above = !isFloor && floor ? (r.median - floor.median).toFixed(1) : '';
      console.log(
        `| ${r.graph} | ${r.action} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${above} | ${target ? `≤ ${target} ms` : ''} | ${ratio} |`,
      );
    }
  }
  if (chrome) {
    console.log(
      '\n## Story transitions (real graph, 1280×720; frames counted with requestAnimationFrame between the story-start and story-end marks; to the story and back, 3 times each)',
    );
    console.log(
      '| view | transitions | median frames per second | worst frame gap (ms) | target |',
    );
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const r of await storyFrames(ROOT, chrome)) {
      console.log(
        `| ${r.view} | ${r.transitions} | ${r.fps.toFixed(0)} | ${r.worstGapMs.toFixed(0)} | ≥ 30 fps |`,
      );
    }
  }
  generatorBench();
  console.log(
    `\nload average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
}

function layoutBench() {
  const { dagre, elk } = compareLayouts(ROOT);
  console.log('\n## Layout report, full view (1280×720 default fit)');
  console.log(
    '| layout | nodes | edges | crossings | arrows through boxes | overlaps | overflowing labels | smallest label (px) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, r] of [
    ['dagre (before: 136×48 boxes, straight arrows)', dagre],
    ['ELK layered (shipped: sized boxes, routes)', elk],
  ] as const) {
    console.log(
      `| ${name} | ${r.nodes} | ${r.edges} | ${r.crossings} | ${r.throughBoxes} | ${r.overlaps} | ${r.overflows} | ${r.smallestLabelPx} |`,
    );
  }
}

if (process.argv.includes('--generator')) generatorOnly();
else await main();
