import { expect, type Page, test } from '@playwright/test';
import { openApp, SHOTS } from './helpers';

/**
 * Labels as drawn: the ink each shown label leaves on Cytoscape's node canvas, against the size
 * of the label's text at its current font. A label whose texture was cut to a stale, smaller box
 * (presentation mode's 21 px text in the box measured for 18 px) loses its ends and, on two
 * lines, its height: its ink falls short of its text. Font size × zoom cannot see that.
 */
interface Ink {
  id: string;
  /** Font size on screen, px. */
  font: number;
  lines: number;
  text: [number, number];
  /** Width of the ink the widest line leaves when drawn whole, px. */
  expected: number;
  ink: [number, number];
}

async function labelInk(page: Page): Promise<Ink[]> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
    const ctx = canvas.getContext('2d')!;
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const z = cy.zoom();
    const measure = document.createElement('canvas').getContext('2d')!;
    const out: Ink[] = [];
    cy.nodes().forEach((n) => {
      if (!n.visible() || Number(n.style('opacity')) < 1) return;
      if (!n.style('label') || n.hasClass('label-hidden')) return;
      // The label's lines (as Cytoscape wrapped them) and their size at the current font, and
      // the ink the widest line leaves when drawn in that font (TextMetrics): what a whole label
      // shows. Cytoscape's own sizes are right in both cases; the cut comes from the box the
      // label's texture was cached in.
      const p_ = (
        n as unknown as {
          _private: {
            rstyle: { labelWidth: number; labelHeight: number };
            rscratch: { labelWrapCachedLines?: string[] };
          };
        }
      )._private;
      const w = p_.rstyle.labelWidth * z;
      const h = p_.rstyle.labelHeight * z;
      const size = Number(n.numericStyle('font-size'));
      measure.font = `${n.style('font-weight')} ${size}px ${n.style('font-family')}`;
      const lines = p_.rscratch.labelWrapCachedLines ?? [String(n.style('label'))];
      const inkW =
        Math.max(
          ...lines.map((l) => {
            const m = measure.measureText(l.trim());
            return m.actualBoundingBoxLeft + m.actualBoundingBoxRight;
          }),
        ) * z;
      const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      const inset = Number(n.numericStyle('border-width')) * z + 1;
      const p = n.renderedPosition();
      // Look a little beyond the text, but inside the box's border (whose colours are not ink).
      const x1 = Math.max(p.x - w / 2 - 6, body.x1 + inset);
      const x2 = Math.min(p.x + w / 2 + 6, body.x2 - inset);
      const y1 = Math.max(p.y - h / 2 - 6, body.y1 + inset);
      const y2 = Math.min(p.y + h / 2 + 6, body.y2 - inset);
      if (x1 < 0 || y1 < 0 || x2 > cy.width() || y2 > cy.height()) return;
      const sx = Math.floor(x1 * scale);
      const sy = Math.floor(y1 * scale);
      const sw = Math.ceil((x2 - x1) * scale);
      const sh = Math.ceil((y2 - y1) * scale);
      const px = ctx.getImageData(sx, sy, sw, sh).data;
      let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
      for (let y = 0; y < sh; y++)
        for (let x = 0; x < sw; x++) {
          const i = (y * sw + x) * 4;
          // Text is #000 or #111; borders, fills and arrows are all lighter than this.
          if (px[i + 3]! > 200 && Math.max(px[i]!, px[i + 1]!, px[i + 2]!) < 40) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
        }
      out.push({
        id: n.id(),
        font: size * z,
        lines: lines.length,
        text: [w, h],
        expected: inkW,
        ink: [(maxX - minX + 1) / scale, (maxY - minY + 1) / scale],
      });
    });
    return out;
  });
}

/** Waits until the canvas has drawn and holds still (no animation, same zoom two frames running). */
async function settled(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('graph-drawn').length > 0);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => {
          const cy = window.__cy!;
          return cy.animated() ? 'moving' : `${cy.zoom()} ${JSON.stringify(cy.pan())}`;
        });
        const still = now !== 'moving' && now === last;
        last = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
  // Two frames, so the last viewport change has been drawn.
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/**
 * Every label's ink spans the width its widest line inks when drawn whole, less 4 px and 2 % (the
 * darkness threshold drops the anti-aliased edges: whole labels measure 1 to 3 px short, cut ones
 * 7 to 22 px at these sizes) and, for labels on more than one line,
 * 70 % of its text height (ink runs from cap height to baseline, the text box from ascent to
 * descent; a squashed label lost its lower line).
 */
async function expectWholeLabels(page: Page, what: string, shot: string) {
  const inks = await labelInk(page);
  await page.screenshot({ path: `${SHOTS}/label-ink-${shot}.png` });
  expect(inks.length, `${what}: labels measured`).toBeGreaterThan(3);
  const cut = inks.filter(
    (l) => !(l.ink[0] >= 0.98 * l.expected - 4) || (l.lines > 1 && !(l.ink[1] >= 0.7 * l.text[1])),
  );
  const fmt = (l: Ink) =>
    `${l.id}: ink ${l.ink.map((v) => v.toFixed(0)).join('×')} px, whole ${l.expected.toFixed(0)} px wide, ${l.text[1].toFixed(0)} px high`;
  const short = Math.max(...inks.map((l) => l.expected - l.ink[0]));
  console.log(`${what}: ${inks.length} labels; ink at most ${short.toFixed(1)} px short of whole`);
  expect(cut.map(fmt), `${what}: labels drawn cut`).toEqual([]);
}

test('presentation mode draws every label whole (full view, walkthrough, story view)', async ({
  page,
}) => {
  const errors = await openApp(page, '/?present=1');
  await settled(page);
  await expectWholeLabels(page, 'present, full view', 'present-full');

  await openApp(page, '/?present=1&tour=dose-branches&step=4');
  await settled(page);
  await expectWholeLabels(page, 'present, dose walkthrough step 4', 'present-tour');

  await openApp(page, '/?present=1&hyp=ampa-mtor&view=story');
  await settled(page);
  await expectWholeLabels(page, 'present, story view', 'present-story');
  expect(errors).toEqual([]);
});

test('labels stay whole when presentation mode is switched on and off from the page', async ({
  page,
}) => {
  const errors = await openApp(page, '/');
  await settled(page);
  await expectWholeLabels(page, 'normal', 'normal');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
  await settled(page);
  await expectWholeLabels(page, 'switched on', 'switched-on');
  await page.getByRole('button', { name: 'Exit presentation' }).click();
  await settled(page);
  await expectWholeLabels(page, 'switched off', 'switched-off');
  expect(errors).toEqual([]);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('presentation mode draws every label whole on a phone', async ({ page }) => {
    const errors = await openApp(page, '/?present=1');
    await settled(page);
    // The whole graph fits a phone at about 5 px a label, too small to measure ink: zoom in to
    // reading size (a zoom alone re-measures no label box, so a cut label stays cut).
    await page.evaluate(() => {
      const cy = window.__cy!;
      cy.zoom(1);
      cy.center(cy.getElementById('nmda-receptor'));
    });
    await settled(page);
    await expectWholeLabels(page, 'present, phone, zoomed to reading size', 'present-phone');
    expect(errors).toEqual([]);
  });
});
