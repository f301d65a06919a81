import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { indexGraph } from '../../src/domain/graph-index';
import type { Graph } from '../../src/domain/schema';
import { wholePathLines } from '../../src/domain/slides';
import { buildTour } from '../../src/domain/tour';
import { expectNoErrors, openApp, SHOTS } from './helpers';

const graph = JSON.parse(readFileSync('public/data/graph.json', 'utf8')) as Graph;
const index = indexGraph(graph);

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each slide, in order, as PowerPoint reads it (every <a:t> run joined). */
async function slideTexts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  return Promise.all(
    names.map(async (n) => {
      const xml = await zip.file(n)!.async('string');
      return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!)).join('\n');
    }),
  );
}

/** Each text shape of a slide: its box (EMU) and its words. */
async function slideShapes(zip: JSZip, slide: number) {
  const xml = await zip.file(`ppt/slides/slide${slide}.xml`)!.async('string');
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => {
    const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(m[1]!)!;
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(m[1]!)!;
    return {
      x: Number(off[1]),
      y: Number(off[2]),
      w: Number(ext[1]),
      h: Number(ext[2]),
      text: [...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
    };
  });
}

/** The PNG a slide shows: its size in bytes and pixels (from the PNG header). */
async function slideImage(zip: JSZip, slide: number) {
  const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)!.async('string');
  const target = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)![1]!;
  const png = await zip.file(`ppt/media/${target}`)!.async('uint8array');
  const v = new DataView(png.buffer, png.byteOffset + 16, 8);
  return { bytes: png.length, w: v.getUint32(0), h: v.getUint32(4) };
}

for (const id of ['ampa-mtor', 'dose-branches']) {
  test(`the ${id} walkthrough exports as a deck: title, a slide per step with its quote, the whole path`, async ({
    page,
  }) => {
    const tour = buildTour(index, id)!;
    expect(tour).toBeTruthy();
    const errors = await openApp(page, `/?tour=${id}&step=2`);
    const before = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => r.name),
    );
    expect(before.some((n) => /slides-export|pptx/i.test(n))).toBe(false);
    // The walkthrough has shown its step and the canvas has finished moving to it.
    await expect(page.getByText(`Step 2 of ${tour.steps.length}`)).toBeVisible();
    // A hypothesis walkthrough first animates into its story view, then centres the step: wait
    // until the view has held still for half a second, not just between the two animations.
    let zoom = NaN;
    await expect
      .poll(
        async () => {
          const [z, busy] = await page.evaluate(() => [
            window.__cy!.zoom(),
            window.__cy!.animated(),
          ]);
          const still = !busy && z === zoom;
          zoom = z as number;
          return still;
        },
        { intervals: [500] },
      )
      .toBe(true);
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export walkthrough as slides' }).click(),
    ]);
    expect(dl.suggestedFilename()).toBe(`ketamine-pathways-${id}-slides.pptx`);
    const file = `${SHOTS}/../exports/${dl.suggestedFilename()}`;
    await dl.saveAs(file);
    const slides = await slideTexts(readFileSync(file));
    // A title slide, then one per step (the closing whole-path step included).
    expect(slides).toHaveLength(1 + tour.steps.length);
    expect(slides[0]).toContain(`Walkthrough: ${tour.label}`);
    tour.steps.forEach((step, i) => {
      const text = slides[i + 1]!;
      if (step.closing) {
        expect(text).toContain(`The whole path: ${tour.label}`);
        expect(text).toContain('Sources');
        // The path as the graph's arrows, the same lines as the caption and the handout.
        for (const g of wholePathLines(index, tour))
          for (const line of g.lines) expect(text).toContain(line);
        return;
      }
      expect(text.startsWith(`${i + 1}. `)).toBe(true);
      // Verbatim up to white space: a slide does not keep a paragraph break's trailing spaces.
      const squash = (t: string) => t.replace(/\s+/g, ' ');
      for (const entry of step.entries)
        if (entry.quote) expect(squash(text)).toContain(squash(`“${entry.quote.quote}”`));
    });
    // Every step slide carries its graph image and the legend.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const media = Object.keys(zip.files).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
    expect(media.length).toBe(tour.steps.length);
    expect(slides.slice(1).every((t) => t.includes('Legend'))).toBe(true);
    // The legend's box and the text column's box do not overlap, on a step slide and on the
    // closing slide (tester 3: "dose-independent (no ring)" printed over a source's URL).
    for (const n of [2, 1 + tour.steps.length]) {
      const shapes = await slideShapes(zip, n);
      const legend = shapes.find((s) => s.text.startsWith('Legend'))!;
      const text = shapes.find((s) => s.text.includes('Sources') || s.text.includes('“'))!;
      expect(legend && text, `slide ${n}: legend and text shapes`).toBeTruthy();
      const apart =
        legend.x + legend.w <= text.x ||
        text.x + text.w <= legend.x ||
        legend.y + legend.h <= text.y ||
        text.y + text.h <= legend.y;
      expect(apart, `slide ${n}: the legend overlaps the text column`).toBe(true);
    }
    // Each step's image is the graph as on screen at that step, framed to what the story has
    // reached: step 1 (the drug) is a smaller picture than the whole path, not the same frame.
    const first = await slideImage(zip, 2);
    const last = await slideImage(zip, 1 + tour.steps.length);
    expect(first.bytes).not.toBe(last.bytes);
    expect(first.w * first.h).toBeLessThan(last.w * last.h);
    await expect(page.getByText('Slides saved.')).toBeVisible();
    // The live view did not move while the images were drawn.
    expect(await page.evaluate(() => window.__cy!.zoom())).toBeCloseTo(zoom, 5);
    await expectNoErrors(errors);
  });
}

test('the handout prints one step per page', async ({ page }) => {
  const tour = buildTour(index, 'l-type-calcium')!;
  await openApp(page, '/?tour=l-type-calcium');
  await page.evaluate(() => {
    // The print dialog would block a headless run: record the call instead.
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Print handout' }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
  await page.emulateMedia({ media: 'print' });
  const pages = page.locator('.handout-page');
  await expect(pages).toHaveCount(1 + tour.steps.length);
  // The app is not printed; each step starts a new page.
  expect(await page.locator('#root').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  const breaks = await pages.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).breakBefore),
  );
  expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
  const first = tour.steps.find((s) => !s.closing)!;
  await expect(pages.nth(1)).toContainText(first.entries[0]!.quote!.quote);
  await page.screenshot({ path: `${SHOTS}/handout-print.png`, fullPage: true });
  // Printing to PDF (which ends the handout: the browser fires afterprint).
  const pdf = await page.pdf({ format: 'A4' });
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pageCount).toBe(1 + tour.steps.length);
});
