/** Browser benchmarks in headless Chromium against the production build on 127.0.0.1. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { makeGraph } from './make-graph';
import { serve } from './serve';

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
export const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] as number;

/** The marks both pages set on the way to the first drawn frame (see src/main.tsx). */
export const COLD_MARKS = ['scripts-run', 'graph-ready', 'canvas-created', 'graph-drawn'] as const;
type Marks = Record<(typeof COLD_MARKS)[number], number>;

/**
 * Polls an expression from Node (CDP evaluation, which the page's CSP does not govern; Playwright's
 * waitForFunction evaluates string predicates in the page, where the CSP forbids eval).
 */
async function waitFor(page: Page, expression: string, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function coldMarks(browser: Browser, url: string): Promise<Marks> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(url);
  await waitFor(page, "performance.getEntriesByName('graph-drawn').length > 0");
  const marks = (await page.evaluate(
    `Object.fromEntries(${JSON.stringify(COLD_MARKS)}.map((m) => [m, performance.getEntriesByName(m)[0]?.startTime ?? NaN]))`,
  )) as Marks;
  await context.close();
  return marks;
}

/**
 * Navigation → first Cytoscape render for the app, the bare Cytoscape page and the React +
 * Cytoscape page, taken in turn, `runs` each; medians per mark.
 */
export async function coldLoad(root: string, chrome: string, runs = 21) {
  const server = await serve({
    app: { dir: path.join(root, 'dist') },
    bare: { dir: path.join(root, 'dist-bench') },
  });
  const pages = { app: '/app/', bare: '/bare/', react: '/bare/react/' } as const;
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  try {
    await coldMarks(browser, `${server.url}/app/`); // warm the disk cache of the server, not the browser
    const seen = { app: [] as Marks[], bare: [] as Marks[], react: [] as Marks[] };
    for (let i = 0; i < runs; i++) {
      for (const [name, url] of Object.entries(pages) as Array<[keyof typeof pages, string]>) {
        seen[name].push(await coldMarks(browser, `${server.url}${url}`));
      }
    }
    const medians = (xs: Marks[]) =>
      Object.fromEntries(COLD_MARKS.map((m) => [m, median(xs.map((x) => x[m]))])) as Marks;
    return { app: medians(seen.app), bare: medians(seen.bare), react: medians(seen.react), runs };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Time from an action to the next painted frame (requestAnimationFrame, then a task after the
 * paint), measured in the page. Each action starts at a different point of the frame (0–15 ms
 * after one), as real input does. "nothing" times the measurement alone, which is what waiting
 * for the next frame costs; "pan by 1 px" times a canvas redraw with no app code in it. Clicks
 * are mouse events on the canvas at the node, as a real click sends them. Written as a string so
 * the bundler's helpers (esbuild's `__name`) never reach the page.
 */
const IN_PAGE = `async ({ kind, ids, repeats }) => {
  // The next frame's rAF, then a task: that task runs once the frame has been painted.
  const frame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
  const out = [];
  const checkbox = document.querySelectorAll('.filters input[type=checkbox]')[0];
  const input = document.querySelector('input[type=search]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const canvas = [...document.querySelectorAll('.canvas canvas')].pop();
  const box = () => window.__cy.container().getBoundingClientRect();
  const inView = (id) => {
    const p = window.__cy.getElementById(id).renderedPosition();
    return p.x > 10 && p.y > 10 && p.x < box().width - 10 && p.y < box().height - 10;
  };
  const click = (id) => {
    const p = window.__cy.getElementById(id).renderedPosition();
    const b = box();
    const at = { bubbles: true, cancelable: true, button: 0, clientX: b.left + p.x, clientY: b.top + p.y };
    canvas.dispatchEvent(new MouseEvent('mousedown', at));
    canvas.dispatchEvent(new MouseEvent('mouseup', at));
  };
  if (kind === 'click') { window.__cy.stop(true, true); window.__cy.fit(undefined, 30); }
  for (let i = 0; i < repeats; i++) {
    let id = ids[i % ids.length];
    if (kind === 'search') {
      setValue.call(input, id);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await frame();
    await new Promise((r) => setTimeout(r, (i * 7) % 16));
    // The next node in the list that the view shows (opening the panel narrows the canvas) and
    // that is not selected already: a click on the open node changes nothing, and until 11-23
    // up to 22 of the 30 clicks were such no-ops, timed as clicks (see the README).
    const before = kind === 'click' ? window.__cy.$('node.selected').map((n) => n.id()) : [];
    if (kind === 'click') {
      const pick = ids.map((_, k) => ids[(i + k) % ids.length]).find((x) => inView(x) && !before.includes(x));
      if (!pick) throw new Error('no unselected node in view to click');
      id = pick;
    }
    const t0 = performance.now();
    if (kind === 'pan') window.__cy.panBy({ x: i % 2 ? 1 : -1, y: 0 });
    else if (kind === 'filter') checkbox.click();
    else if (kind === 'click') {
      window.__cy.one('tap', (e) => (window.__tapped = e.target === window.__cy ? 'background' : e.target.id()));
      click(id);
    }
    else if (kind === 'search') document.querySelector('[role=option]').click();
    await frame();
    out.push(performance.now() - t0);
    if (kind === 'click' && !window.__cy.getElementById(id).hasClass('selected'))
      throw new Error('the click at ' + id + ' did not select it; it tapped ' + window.__tapped + ' at ' + JSON.stringify(window.__cy.getElementById(id).renderedPosition()) + ' in ' + JSON.stringify(box()));
  }
  return out;
}`;

async function timeActions(
  page: Page,
  kind: 'nothing' | 'pan' | 'filter' | 'search' | 'click',
  ids: string[],
  repeats: number,
): Promise<number[]> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify({ kind, ids, repeats })})`) as Promise<
    number[]
  >;
}

export async function interactions(root: string, chrome: string, sizes: number[], repeats = 30) {
  const tmp = path.join(root, 'dist-bench');
  const mounts: Record<string, { dir: string; overrides?: Record<string, string> }> = {
    real: { dir: path.join(root, 'dist-e2e') },
  };
  for (const n of sizes) {
    const file = path.join(tmp, `graph-${n}.json`);
    writeFileSync(file, JSON.stringify(makeGraph(n, root)));
    mounts[`g${n}`] = { dir: path.join(root, 'dist-e2e'), overrides: { 'data/graph.json': file } };
  }
  const server = await serve(mounts);
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  const rows: Array<{ graph: string; nodes: number; action: string; median: number; p95: number }> =
    [];
  try {
    for (const mount of Object.keys(mounts)) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/${mount}/`);
      await waitFor(
        page,
        "!!window.__cy && window.__cy.nodes().length > 0 && !!document.querySelector('.filters input')",
        60_000,
      );
      const ids = (await page.evaluate(
        'window.__cy.nodes().map((n) => n.id()).slice(0, 40)',
      )) as string[];
      const labels = (await page.evaluate(
        "window.__cy.nodes().map((n) => n.data('label')).slice(0, 40)",
      )) as string[];
      const nodes = (await page.evaluate('window.__cy.nodes().length')) as number;
      for (const [action, kind, args] of [
        ['nothing (the floor)', 'nothing', ids],
        ['pan by 1 px (a redraw, no app code)', 'pan', ids],
        ['filter toggle', 'filter', ids],
        ['search selection', 'search', labels],
        ['node click', 'click', ids],
      ] as const) {
        const times = await timeActions(page, kind, [...args], repeats);
        rows.push({
          graph: mount === 'real' ? 'real' : `synthetic ${nodes}`,
          nodes,
          action,
          median: median(times),
          p95: p95(times),
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

/**
 * Frame rate of the story transitions on the real graph: for each precomputed story view, the
 * "Story" choice animates from the full view to the story and "In context" animates back.
 * Frames are counted with requestAnimationFrame between the app's `story-start` and `story-end`
 * marks. Returns per view: transitions measured, median frames per second, worst frame gap.
 */
export async function storyFrames(root: string, chrome: string, repeats = 3) {
  const server = await serve({ real: { dir: path.join(root, 'dist-e2e') } });
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  const rows: Array<{ view: string; transitions: number; fps: number; worstGapMs: number }> = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    for (const q of [
      'hyp=l-type-calcium',
      'hyp=ampa-mtor',
      'hyp=psychedelic-contrast',
      'dose=subanesthetic',
      'dose=high-dose',
    ]) {
      await page.goto(`${server.url}/real/?${q}`);
      await waitFor(page, "!!window.__cy && !!document.querySelector('.filters input')", 60_000);
      const fps: number[] = [];
      let worst = 0;
      for (let i = 0; i < repeats * 2; i++) {
        const ends = (await page.evaluate(
          "performance.getEntriesByName('story-end').length",
        )) as number;
        // A rAF loop records every frame's timestamp until stopped.
        await page.evaluate(
          'window.__frames = []; window.__counting = true; (function loop(t) { if (!window.__counting) return; window.__frames.push(t); requestAnimationFrame(loop); })(performance.now())',
        );
        await page.getByLabel(i % 2 === 0 ? /^Story \(/ : 'In context (faded in place)').check();
        await waitFor(page, `performance.getEntriesByName('story-end').length > ${ends}`);
        const r = (await page.evaluate(
          "(() => { window.__counting = false; const s = performance.getEntriesByName('story-start').at(-1).startTime; const e = performance.getEntriesByName('story-end').at(-1).startTime; const f = window.__frames.filter((t) => t >= s && t <= e); let gap = 0; let prev = s; for (const t of [...f, e]) { gap = Math.max(gap, t - prev); prev = t; } return { n: f.length, ms: e - s, gap }; })()",
        )) as { n: number; ms: number; gap: number };
        fps.push((r.n / r.ms) * 1000);
        worst = Math.max(worst, r.gap);
      }
      rows.push({ view: q, transitions: fps.length, fps: median(fps), worstGapMs: worst });
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
