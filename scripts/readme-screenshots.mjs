// The README's teaching screenshots, taken from the production build in Chromium, and one slide
// of an exported deck as LibreOffice Impress renders it. Run after `node scripts/e2e.mjs` (or
// any build into dist-e2e): `node scripts/readme-screenshots.mjs`. Needs soffice and pdftoppm
// (Debian: libreoffice-impress poppler-utils) for the slide.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const PORT = Number(process.env.E2E_PORT) || 4174;
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = 'docs/screenshots';
// `node scripts/readme-screenshots.mjs presentation` retakes only the shots whose name has that word.
const ONLY = process.argv[2];
mkdirSync(OUT, { recursive: true });

const server = spawn(
  'node_modules/.bin/vite',
  [
    'preview',
    '--outDir',
    'dist-e2e',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { stdio: 'ignore' },
);
try {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(BASE).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: await findChrome(), args: CHROME_ARGS });
  const shot = async (name, url, viewport, prepare) => {
    if (ONLY && !name.includes(ONLY)) return;
    const page = await browser.newPage({
      viewport,
      serviceWorkers: 'block',
      acceptDownloads: true,
    });
    await page.goto(BASE + url);
    await page.waitForFunction(() => performance.getEntriesByName('graph-drawn').length > 0);
    await page.waitForTimeout(700); // the canvas's centring animations
    const result = prepare ? await prepare(page) : undefined;
    await page.screenshot({ path: `${OUT}/${name}.png` });
    await page.close();
    return result;
  };
  const desk = { width: 1280, height: 720 };
  await shot('panel-ketamine', '?node=ketamine', desk);
  await shot('panel-nmda-receptor', '?node=nmda-receptor', desk);
  await shot('walkthrough-step', '?tour=l-type-calcium&step=3', desk);
  await shot('presentation-dose-walkthrough', '?present=1&tour=dose-branches&step=4', desk);
  // Presentation mode: a story step, and the doses' closing whole path (caption beside the graph).
  const still = (page) => page.waitForTimeout(1200); // story transition, then the step
  await shot('presentation-story-step', '?present=1&tour=ampa-mtor&step=4', desk, still);
  await shot('presentation-dose-closing', '?present=1&tour=dose-branches&step=9', desk, still);
  // The presenter view, opened by its button, after Next was pressed there.
  if (!ONLY || 'presenter-view'.includes(ONLY)) {
    const context = await browser.newContext({ viewport: desk, serviceWorkers: 'block' });
    const projected = await context.newPage();
    await projected.goto(`${BASE}?present=1&tour=ampa-mtor&step=3`);
    await projected.waitForFunction(() => performance.getEntriesByName('graph-drawn').length > 0);
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      projected.getByRole('button', { name: 'Open presenter view' }).click(),
    ]);
    await presenter.setViewportSize({ width: 960, height: 640 });
    await presenter.getByText('Step 3 of 11').waitFor();
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await presenter.getByText('Step 4 of 11').waitFor();
    await presenter.screenshot({ path: `${OUT}/presenter-view.png` });
    await context.close();
  }
  await shot('phone-first-view', '', { width: 390, height: 844 });
  if (ONLY && !'slide-libreoffice'.includes(ONLY)) {
    await browser.close();
    process.exitCode = 0;
  } else {
    // The AMPA/mTOR deck, exported by its button, rendered by LibreOffice: slide 5 (step 4).
    const dir = mkdtempSync(path.join(tmpdir(), 'deck-'));
    const page = await browser.newPage({
      viewport: desk,
      serviceWorkers: 'block',
      acceptDownloads: true,
    });
    await page.goto(`${BASE}?tour=ampa-mtor&step=1`);
    await page.waitForFunction(() => performance.getEntriesByName('graph-drawn').length > 0);
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export walkthrough as slides' }).click(),
    ]);
    const deck = path.join(dir, 'deck.pptx');
    await dl.saveAs(deck);
    await browser.close();
    const run = (cmd, args) => {
      const r = spawnSync(cmd, args, { stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`${cmd} failed`);
    };
    run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, deck]);
    run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '2',
      '-l',
      '2',
      path.join(dir, 'deck.pdf'),
      path.join(dir, 'slide'),
    ]);
    const pages = spawnSync('pdfinfo', [path.join(dir, 'deck.pdf')], { encoding: 'utf8' }).stdout;
    console.log(`deck: ${deck}\n${pages}`);
    const png = spawnSync('sh', ['-c', `ls ${dir}/slide*.png`], { encoding: 'utf8' }).stdout.trim();
    renameSync(png, `${OUT}/slide-libreoffice.png`);
  }
} finally {
  server.kill();
}
