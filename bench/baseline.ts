/**
 * `npm run bench:baseline -- <commit> [runs]`: the same browser benchmarks on an older commit's
 * build and on the working tree's, taken in turn on the same machine in the same minutes, so a
 * regression can be told from the machine. Prints medians per run and the median of the runs.
 *
 * The older commit is checked out in a temporary git worktree (sharing this checkout's
 * node_modules) and built there. Only the real graph is compared: an older app may not read
 * today's graph.json format, so the synthetic graphs (built from it) are left out. For the cold
 * load each app is divided by its own commit's bare Cytoscape page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { coldLoad, interactions, median } from './browser';
import { findChrome } from '../scripts/find-chrome.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const VITE = path.join(ROOT, 'node_modules/.bin/vite');

const [commit, runsArg] = process.argv.slice(2);
if (!commit || !/^[0-9a-f]{7,40}$/i.test(commit)) {
  console.error('usage: npm run bench:baseline -- <commit (hex)> [runs, default 5]');
  process.exit(2);
}
const runs = Math.max(1, Math.min(15, Number(runsArg ?? 5) || 5));

/** Builds the app in `cwd` twice: as shipped (dist) and with the canvas exposed (dist-e2e). */
function buildApp(cwd: string, out: string) {
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(VITE, args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
  run(['build', '--outDir', path.join(out, 'dist'), '--emptyOutDir', '--logLevel', 'error']);
  run(['build', '--outDir', path.join(out, 'dist-e2e'), '--emptyOutDir', '--logLevel', 'error'], {
    VITE_EXPOSE_CY: '1',
  });
}

const chrome = await findChrome();
if (!chrome) throw new Error('no Chromium found (see scripts/find-chrome.mjs)');
const tmp = mkdtempSync(path.join(tmpdir(), 'kp-baseline-'));
const worktree = path.join(tmp, 'worktree');
const roots = { base: path.join(tmp, 'base'), head: path.join(tmp, 'head') };
try {
  execFileSync('git', ['worktree', 'add', '--detach', worktree, commit], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'));
  const subject = execFileSync('git', ['log', '-1', '--format=%h %cs %s', commit], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  console.log(`# Baseline ${subject}\n# against the working tree, ${runs} runs each, in turn`);
  buildApp(worktree, roots.base);
  buildApp(ROOT, roots.head);
  // Each app is divided by its own commit's bare Cytoscape page (the same graph.json and
  // stylesheet as that app), as `npm run bench` did at the time.
  for (const [cwd, root] of [
    [worktree, roots.base],
    [ROOT, roots.head],
  ] as const) {
    execFileSync(VITE, ['build', '--config', 'bench/vite.bare.config.ts'], { cwd, stdio: 'pipe' });
    execFileSync(VITE, ['build', '--config', 'bench/vite.bare.config.ts'], {
      cwd,
      env: { ...process.env, BARE: 'react' },
      stdio: 'pipe',
    });
    cpSync(path.join(cwd, 'dist-bench'), path.join(root, 'dist-bench'), { recursive: true });
  }

  const seen: Record<'base' | 'head', Record<string, number[]>> = { base: {}, head: {} };
  for (let r = 0; r < runs; r++) {
    for (const which of ['base', 'head'] as const) {
      for (const row of await interactions(roots[which], chrome, [])) {
        (seen[which][row.action] ??= []).push(row.median);
      }
      const cold = await coldLoad(roots[which], chrome, 5);
      (seen[which]['cold load app ÷ bare'] ??= []).push(
        cold.app['graph-drawn'] / cold.bare['graph-drawn'],
      );
      (seen[which]['cold load, app (ms)'] ??= []).push(cold.app['graph-drawn']);
      (seen[which]['cold load, bare page (ms)'] ??= []).push(cold.bare['graph-drawn']);
    }
  }
  console.log(
    '\n| real graph | baseline: median of runs | working tree: median of runs | ratio | baseline runs | working tree runs |',
  );
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const action of Object.keys(seen.head)) {
    const b = seen.base[action] ?? [];
    const h = seen.head[action] ?? [];
    const f = (x: number) => (action.includes('÷') ? x.toFixed(2) : x.toFixed(1));
    console.log(
      `| ${action} | ${f(median(b))} | ${f(median(h))} | ${(median(h) / median(b)).toFixed(2)} | ${b.map(f).join(', ')} | ${h.map(f).join(', ')} |`,
    );
  }
} finally {
  if (existsSync(worktree))
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT, stdio: 'pipe' });
  rmSync(tmp, { recursive: true, force: true });
}
