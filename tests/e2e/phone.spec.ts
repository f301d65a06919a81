import { expect, test } from '@playwright/test';
import { expectNoErrors, nodePoint, openApp, SHOTS } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone the graph takes the screen, a tap opens the panel as a bottom sheet', async ({
  page,
}) => {
  const errors = await openApp(page);
  const canvas = (await page.locator('.canvas').boundingBox())!;
  expect(canvas.width).toBeGreaterThan(380);
  expect(canvas.height).toBeGreaterThan(600);
  await page.screenshot({ path: `${SHOTS}/phone-default.png` });
  await page.getByRole('button', { name: 'Show whole graph' }).tap();
  await page.waitForTimeout(100);
  const p = await nodePoint(page, 'mtor');
  await page.touchscreen.tap(p.x, p.y);
  const panel = page.getByRole('complementary', { name: 'mTOR' });
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(box.width).toBe(390);
  expect(box.y).toBeGreaterThan(844 * 0.4);
  // The tapped node is lifted above the sheet, at a readable zoom.
  await page.waitForTimeout(400);
  const node = await nodePoint(page, 'mtor');
  expect(node.y).toBeLessThan(box.y);
  expect(await page.evaluate(() => window.__cy!.zoom())).toBeGreaterThanOrEqual(0.8);
  await page.screenshot({ path: `${SHOTS}/phone-bottom-sheet.png` });
  await panel.getByRole('button', { name: 'Close details' }).tap();
  await expect(panel).toBeHidden();
  await expectNoErrors(errors);
});

test('on a phone a linked or searched node is shown above the bottom sheet', async ({ page }) => {
  // Tester 4: a link centred the node at mid-screen, under the sheet that covers the lower half.
  const errors = await openApp(page, '/?node=ampa-receptor');
  const panel = page.getByRole('complementary', { name: 'AMPA receptor' });
  await expect(panel).toBeVisible();
  const above = async (id: string) => {
    const sheetTop = (await panel.boundingBox())!.y;
    const node = await nodePoint(page, id);
    const canvasTop = (await page.locator('.canvas').boundingBox())!.y;
    return node.y > canvasTop && node.y < sheetTop - 20;
  };
  await expect.poll(() => above('ampa-receptor')).toBe(true);
  // A neighbour chosen in the panel is centred the same way.
  await panel.locator('.cascade-nav').getByRole('button', { name: /mTOR$/ }).tap();
  await expect(page.getByRole('complementary', { name: 'mTOR' })).toBeVisible();
  await page.waitForTimeout(400);
  const sheetTop = (await page.getByRole('complementary', { name: 'mTOR' }).boundingBox())!.y;
  const node = await nodePoint(page, 'mtor');
  expect(node.y).toBeLessThan(sheetTop - 20);
  // An arrow wider than the screen is shown with both its ends (tester 5: both were cut off).
  const widest = await page.evaluate(() =>
    window
      .__cy!.edges()
      .max((e) => e.boundingBox({}).w)
      .ele.id(),
  );
  await page.goto(`/?node=${widest}`);
  await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length > 0);
  await page.waitForTimeout(600);
  const ends = await page.evaluate((id) => {
    const cy = window.__cy!;
    const e = cy.getElementById(id);
    return [e.source(), e.target()].map((n) => {
      const b = n.renderedBoundingBox();
      return { x1: b.x1, x2: b.x2, width: cy.width() };
    });
  }, widest);
  for (const b of ends) {
    expect(b.x1).toBeGreaterThanOrEqual(-1);
    expect(b.x2).toBeLessThanOrEqual(b.width + 1);
  }
  await expectNoErrors(errors);
});

test('on a phone "Show whole graph" steps aside while a node is open', async ({ page }) => {
  const errors = await openApp(page);
  const pill = page.getByRole('button', { name: 'Show whole graph' });
  await expect(pill).toBeVisible();
  const p = await nodePoint(page, 'ketamine');
  await page.touchscreen.tap(p.x, p.y);
  const panel = page.getByRole('complementary', { name: 'Ketamine' });
  await expect(panel).toBeVisible();
  await expect(pill).toBeHidden();
  await panel.getByRole('button', { name: 'Close details' }).tap();
  await expect(pill).toBeVisible();
  await expectNoErrors(errors);
});

test('on a phone the graph pans and pinch-zooms with touch', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Show whole graph' }).tap();
  await page.waitForTimeout(100);
  const cdp = await page.context().newCDPSession(page);
  // Start each gesture on empty background (a drag that starts on a node does not pan).
  const empty = await page.evaluate(() => {
    const cy = window.__cy!;
    const box = cy.container()!.getBoundingClientRect();
    const free = (x: number, y: number) =>
      !cy.elements().some((el) => {
        const bb = el.renderedBoundingBox({});
        return x > bb.x1 - 25 && x < bb.x2 + 25 && y > bb.y1 - 25 && y < bb.y2 + 25;
      }) &&
      // …and not under an overlay such as the on-canvas legend.
      cy.container()!.contains(document.elementFromPoint(box.left + x, box.top + y));
    for (let y = cy.height() - 30; y > 100; y -= 20) {
      // The pinch below starts with two fingers at 195 ± 20 on the same row.
      if (!free(175, y) || !free(215, y)) continue;
      for (let x = 60; x < cy.width() - 60; x += 20) {
        if (free(x, y)) return { x: box.left + x, y: box.top + y };
      }
    }
    throw new Error('no empty spot');
  });
  const before = await page.evaluate(() => ({
    zoom: window.__cy!.zoom(),
    pan: window.__cy!.pan(),
  }));
  // One finger drags the graph.
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: Array<{ x: number; y: number }>,
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ ...p, id })),
    });
  await touch('touchStart', [empty]);
  for (let i = 1; i <= 5; i++)
    await touch('touchMove', [{ x: empty.x + i * 12, y: empty.y - i * 10 }]);
  await touch('touchEnd', []);
  const panned = await page.evaluate(() => window.__cy!.pan());
  expect(panned.x - before.pan.x).toBeGreaterThan(30);
  expect(before.pan.y - panned.y).toBeGreaterThan(25);
  // Two fingers spread apart to zoom in.
  const zoomBefore = await page.evaluate(() => window.__cy!.zoom());
  const c = { x: 195, y: empty.y };
  await touch('touchStart', [
    { x: c.x - 20, y: c.y },
    { x: c.x + 20, y: c.y },
  ]);
  for (let i = 1; i <= 6; i++)
    await touch('touchMove', [
      { x: c.x - 20 - i * 15, y: c.y },
      { x: c.x + 20 + i * 15, y: c.y },
    ]);
  await touch('touchEnd', []);
  const zoomAfter = await page.evaluate(() => window.__cy!.zoom());
  expect(zoomAfter).toBeGreaterThan(zoomBefore * 1.3);
});

test('on a phone the menu opens over the graph and closes when a node is chosen', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Menu: search, filters, walkthroughs' }).tap();
  await expect(page.getByRole('combobox', { name: 'Search nodes' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/phone-menu.png` });
  await page.getByRole('combobox', { name: 'Search nodes' }).fill('bdnf');
  await page.getByRole('option', { name: 'BDNF' }).tap();
  await expect(page.getByRole('complementary', { name: 'BDNF' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search nodes' })).toBeHidden();
});

/** A node's rendered box in page coordinates (label and border included). */
async function renderedBox(page: import('@playwright/test').Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = window.__cy!;
    const b = cy.getElementById(nodeId).renderedBoundingBox({});
    const c = cy.container()!.getBoundingClientRect();
    return { x1: c.left + b.x1, y1: c.top + b.y1, x2: c.left + b.x2, y2: c.top + b.y2 };
  }, id);
}

/** The smallest label on screen in CSS px (font size × zoom) and which nodes lie fully on screen. */
async function labelsOnScreen(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const inside = cy.nodes().filter((n) => {
      const b = n.renderedBoundingBox({});
      return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
    });
    const sizes = inside.map((n) => parseFloat(n.style('font-size')) * cy.zoom());
    return { minPx: Math.min(...sizes), inside: inside.map((n) => n.id()), all: cy.nodes().length };
  });
}

test('on a phone the first view is the top of the cascade at reading size, with a way to the whole', async ({
  page,
}) => {
  const errors = await openApp(page);
  const first = await labelsOnScreen(page);
  expect(first.minPx).toBeGreaterThanOrEqual(12);
  // The drug at the top of the cascade is on screen, readable.
  expect(first.inside).toContain('ketamine');
  expect(first.inside.length).toBeGreaterThanOrEqual(3);
  const button = page.getByRole('button', { name: 'Show whole graph' });
  await expect(button).toBeVisible();
  // Ketamine sits below the zoom buttons and the pill, not under them.
  const controls = [
    ...(await page.getByRole('group', { name: 'View' }).getByRole('button').all()),
    button,
  ];
  const ketamine = await renderedBox(page, 'ketamine');
  for (const control of controls) {
    const b = (await control.boundingBox())!;
    const overlaps =
      ketamine.x1 < b.x + b.width &&
      ketamine.x2 > b.x &&
      ketamine.y1 < b.y + b.height &&
      ketamine.y2 > b.y;
    expect(
      overlaps,
      `Ketamine ${JSON.stringify(ketamine)} under ${await control.innerText()}`,
    ).toBe(false);
  }
  // The cascade's main branch, the NMDA receptor, is whole beside it, not cut at the edge.
  expect(first.inside).toContain('nmda-receptor');
  await page.screenshot({ path: `${SHOTS}/phone-first-view.png` });
  await button.tap();
  await expect(button).toBeHidden();
  await page.waitForTimeout(100);
  const whole = await labelsOnScreen(page);
  expect(whole.inside).toHaveLength(whole.all);
  await expectNoErrors(errors);
});

test('on a phone a walkthrough started from the first view hides "Show whole graph"', async ({
  page,
}) => {
  const errors = await openApp(page);
  const pill = page.getByRole('button', { name: 'Show whole graph' });
  await expect(pill).toBeVisible();
  const menu = page.getByRole('button', { name: 'Menu: search, filters, walkthroughs' });
  await menu.tap();
  await page.getByRole('button', { name: 'Walk through where the doses part ways' }).tap();
  if (await page.getByRole('combobox', { name: 'Search nodes' }).isVisible()) await menu.tap();
  await expect(page.getByText('Step 1 of 9')).toBeVisible();
  await expect(pill).toBeHidden();
  await page.getByRole('button', { name: 'Next →' }).tap();
  await page.getByRole('button', { name: 'Next →' }).tap();
  await page.getByRole('button', { name: 'Next →' }).tap();
  await expect(page.getByText('Step 4 of 9')).toBeVisible();
  await expect(pill).toBeHidden();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SHOTS}/phone-dose-step4.png` });
  // Ending the walkthrough brings the way back to the whole graph.
  await page.getByRole('button', { name: 'End walkthrough' }).tap();
  await expect(pill).toBeVisible();
  await expectNoErrors(errors);
});

test('on a phone the dose legend starts folded to a chip on the canvas, and a tap opens it', async ({
  page,
}) => {
  // Open, the legend covered a fifth of a walkthrough's short canvas (its nodes among it).
  const errors = await openApp(page, '/?tour=dose-branches&step=3');
  await expect(page.getByText('Step 3 of 9')).toBeVisible();
  const legend = page.locator('.canvas-legend');
  const canvas = (await page.locator('.canvas').boundingBox())!;
  const chip = (await legend.boundingBox())!;
  expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(chip.height).toBeGreaterThanOrEqual(32); // tappable
  expect(chip.height).toBeLessThan(44);
  expect(chip.width).toBeLessThan(100);
  expect(chip.y).toBeGreaterThanOrEqual(canvas.y);
  expect(chip.y + chip.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  await expect(legend.getByText('subanesthetic only')).toBeHidden();
  await legend.locator('summary').tap();
  for (const label of ['subanesthetic only', 'high dose only', 'both doses', 'dose-independent'])
    await expect(legend.getByText(label)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/phone-legend-open.png` });
  await expectNoErrors(errors);
});

test('on a phone with a node open, the folded dose legend sits above the bottom sheet, where a tap opens it', async ({
  page,
}) => {
  // Tester 6: under the sheet, the chip could not be tapped while the panel was open.
  const errors = await openApp(page, '/?node=ampa-receptor');
  const panel = page.getByRole('complementary', { name: 'AMPA receptor' });
  await expect(panel).toBeVisible();
  const legend = page.locator('.canvas-legend');
  const sheetTop = (await panel.boundingBox())!.y;
  const chip = (await legend.boundingBox())!;
  expect(chip.y + chip.height).toBeLessThanOrEqual(sheetTop);
  // Near its edge too: the whole chip is the summary (tester 7: a 7 px rim did nothing).
  await page.touchscreen.tap(chip.x + 3, chip.y + chip.height / 2);
  await expect(legend.getByText('high dose only')).toBeVisible();
  await expectNoErrors(errors);
});

test('on a phone in a walkthrough with a node open, the dose legend chip stays on screen above the sheet', async ({
  page,
}) => {
  // Tester 7: lifted from the canvas's foot, which a walkthrough's bar raises, it left the screen.
  const errors = await openApp(page, '/?tour=dose-branches&step=3');
  await expect(page.getByText('Step 3 of 9')).toBeVisible();
  await page.waitForTimeout(500);
  const p = await nodePoint(page, 'gabaergic-neurons');
  await page.touchscreen.tap(p.x, p.y);
  const panel = page.getByRole('complementary', { name: 'GABAergic neurons' });
  await expect(panel).toBeVisible();
  const sheetTop = (await panel.boundingBox())!.y;
  const legend = page.locator('.canvas-legend');
  const chip = (await legend.boundingBox())!;
  const canvasTop = (await page.locator('.canvas').boundingBox())!.y;
  expect(chip.y).toBeGreaterThanOrEqual(canvasTop);
  expect(chip.y + chip.height).toBeLessThanOrEqual(sheetTop);
  await legend.locator('summary').tap();
  await expect(legend.getByText('both doses')).toBeVisible();
  await expectNoErrors(errors);
});

test.describe('a phone on its side', () => {
  test.use({ viewport: { width: 844, height: 390 } });
  test('the dose legend starts folded under the short canvas, and a tap opens it', async ({
    page,
  }) => {
    const errors = await openApp(page, '/?tour=dose-branches&step=3');
    const legend = page.locator('.canvas-legend');
    expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect(legend.getByText('both doses')).toBeHidden();
    expect((await legend.locator('summary').boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await legend.locator('summary').tap();
    await expect(legend.getByText('both doses')).toBeVisible();
    await expectNoErrors(errors);
  });
});

test('presentation mode on a phone: no menu bar over the graph, and "Exit presentation" leaves the zoom buttons free', async ({
  page,
}) => {
  // Tester 8: the menu bar was squeezed into a column over the graph and "Exit presentation" lay
  // over "+" (and "−" at 320 px), so a tap on them left presentation mode.
  const errors = await openApp(page, '/?present=1&node=ampa-receptor');
  const exit = page.getByRole('button', { name: 'Exit presentation' });
  await expect(exit).toBeVisible();
  await expect(page.getByRole('button', { name: /^Menu: / })).toBeHidden();
  const e = (await exit.boundingBox())!;
  for (const name of ['Zoom in', 'Zoom out', 'Fit', 'Reset']) {
    const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    const apart = b.x >= e.x + e.width || b.y >= e.y + e.height || b.x + b.width <= e.x;
    expect(apart, name).toBe(true);
  }
  const before = await page.evaluate(() => window.__cy!.zoom());
  await page.getByRole('button', { name: 'Zoom in' }).tap();
  await expect.poll(() => page.evaluate(() => window.__cy!.zoom())).toBeGreaterThan(before);
  await expect(exit).toBeVisible();
  await expectNoErrors(errors);
});
