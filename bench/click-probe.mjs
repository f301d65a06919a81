// Tiny click probe (h-click): clicks nodes on the real graph and times click → rAF → task,
// the way bench/browser.ts does, optionally with a CPU profile of the clicks.
// Usage: build dist-e2e (VITE_EXPOSE_CY=1), serve it on E2E_PORT, then
//   node bench/click-probe.mjs [repeats] [--profile out.cpuprofile]
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { CHROME_ARGS } from '../scripts/find-chrome.mjs';

const port = Number(process.env.E2E_PORT) || 4971;
const repeats = Number(process.argv[2]) || 20;
const profIdx = process.argv.indexOf('--profile');
const profOut = profIdx > 0 ? process.argv[profIdx + 1] : null;
const traceIdx = process.argv.indexOf('--trace');
const traceOut = traceIdx > 0 ? process.argv[traceIdx + 1] : null;

const IN_PAGE = `async ({ ids, repeats }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
  const out = [];
  const canvas = [...document.querySelectorAll('.canvas canvas')].pop();
  const box = () => window.__cy.container().getBoundingClientRect();
  const inView = (id) => { const p = window.__cy.getElementById(id).renderedPosition(); return p.x > 10 && p.y > 10 && p.x < box().width - 10 && p.y < box().height - 10; };
  const click = (id) => {
    const p = window.__cy.getElementById(id).renderedPosition(); const b = box();
    const at = { bubbles: true, cancelable: true, button: 0, clientX: b.left + p.x, clientY: b.top + p.y };
    canvas.dispatchEvent(new MouseEvent('mousedown', at)); canvas.dispatchEvent(new MouseEvent('mouseup', at));
  };
  window.__cy.stop(true, true); window.__cy.fit(undefined, 30);
  for (let i = 0; i < repeats; i++) {
    let id = ids[i % ids.length];
    await frame();
    await new Promise((r) => setTimeout(r, (i * 7) % 16));
    const before = window.__cy.$('node.selected').map((n) => n.id());
    const pick = ids.map((_, k) => ids[(i + k) % ids.length]).find((x) => inView(x) && !before.includes(x));
    if (!pick) throw new Error('no unselected node in view to click');
    id = pick;
    const t0 = performance.now();
    performance.mark('click-start');
    click(id);
    await frame();
    out.push(performance.now() - t0);
    performance.mark('click-end');
    if (!window.__cy.getElementById(id).hasClass('selected')) throw new Error('not selected ' + id);
  }
  return out;
}`;
const FLOOR = `async ({ repeats }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
  const out = [];
  for (let i = 0; i < repeats; i++) { await frame(); await new Promise((r) => setTimeout(r, (i * 7) % 16)); const t0 = performance.now(); await frame(); out.push(performance.now() - t0); }
  return out;
}`;

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS });
const context = await browser.newContext({
  viewport: { width: 1280, height: 720 },
  serviceWorkers: 'block',
});
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
// page.evaluate of a string works under the CSP; waitForFunction's predicate does not.
for (
  const end = Date.now() + 60000;
  !(await page.evaluate(
    "!!window.__cy && window.__cy.nodes().length > 0 && !!document.querySelector('.filters input')",
  ));
) {
  if (Date.now() > end) throw new Error('the app did not load');
  await new Promise((r) => setTimeout(r, 25));
}
const ids = await page.evaluate('window.__cy.nodes().map((n) => n.id()).slice(0, 40)');
// warm-up: one pass so the lazy panel chunk is loaded
await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ ids, repeats: 3 })})`);
const floor = await page.evaluate(`(${FLOOR})(${JSON.stringify({ repeats })})`);
let cdp;
if (profOut) {
  cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}
if (traceOut)
  await browser.startTracing(page, {
    path: traceOut,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
    ],
  });
const times = await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ ids, repeats })})`);
if (cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(profOut, JSON.stringify(profile));
}
if (traceOut) await browser.stopTracing();
const f = (x) => x.toFixed(1);
console.log(
  `floor median ${f(q(floor, 0.5))} ms; click median ${f(q(times, 0.5))} p95 ${f(q(times, 0.95))} ms (n=${times.length})`,
);
console.log('clicks:', times.map(f).join(' '));
await browser.close();
