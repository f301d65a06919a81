import { expect, test } from '@playwright/test';
import { clickNode, expectNoErrors, openApp } from './helpers';

/** The selection as the app shares it: the `node` parameter of the URL. */
const selectedId = (page: import('@playwright/test').Page) =>
  page.evaluate(() => new URL(window.location.href).searchParams.get('node'));

test('arrow keys on the canvas walk the selection along the arrows, focus staying on the canvas', async ({
  page,
}) => {
  const errors = await openApp(page);
  const canvas = page.locator('.canvas');
  await canvas.focus();
  // Nothing selected: the first arrow selects the top of the graph.
  await page.keyboard.press('ArrowDown');
  const top = await page.evaluate(() => {
    const nodes = window.__cy!.nodes().toArray();
    return nodes.reduce((a, b) => (b.position('y') < a.position('y') ? b : a)).id();
  });
  expect(await selectedId(page)).toBe(top);

  await page.keyboard.press('Escape');
  // The view centred on the selection: click where the node is once it stops moving.
  await page.waitForFunction(() => !window.__cy!.animated());
  await clickNode(page, 'nmda-receptor');
  await expect(page.getByRole('complementary', { name: 'NMDA receptor' })).toBeVisible();
  // A click hands focus to the panel's heading (as before); back on the canvas, the keys work.
  await expect(page.locator('#panel-heading')).toBeFocused();
  await page.mouse.move(1, 1); // a hovered node would take the highlight from the selection
  await canvas.focus();
  await page.keyboard.press('ArrowUp');
  const up = await selectedId(page);
  // ↑ reached a node with an arrow into the NMDA receptor.
  expect(
    await page.evaluate(
      (id) =>
        window
          .__cy!.getElementById(id!)
          .outgoers('node')
          .map((n) => n.id()),
      up,
    ),
  ).toContain('nmda-receptor');
  await expect(page.getByTestId('canvas-status')).toContainText(
    /^Selected .+ upstream, \d+ downstream\.$/,
  );

  // ↓ then → twice: repeated keys keep working because focus stays on the canvas.
  await page.keyboard.press('ArrowDown');
  const first = await selectedId(page);
  await page.keyboard.press('ArrowRight');
  const second = await selectedId(page);
  expect(second).not.toBe(first);
  await expect(canvas).toBeFocused();
  const siblings = await page.evaluate(
    (id) =>
      window
        .__cy!.getElementById(id!)
        .outgoers('node')
        .map((n) => n.id()),
    up,
  );
  expect(siblings).toContain(first);
  expect(siblings).toContain(second);
  // The panel follows the selection.
  const heading = await page.locator('#panel-heading').textContent();
  const label = await page.evaluate((id) => window.__cy!.getElementById(id!).data('label'), second);
  expect(heading).toBe(label);

  // The arrows do not scroll the page, and Esc on the canvas closes the panel.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('#panel-heading')).toHaveCount(0);
  await expectNoErrors(errors);
});

test('arrow keys never select a filtered-out node', async ({ page }) => {
  const errors = await openApp(page, '/?dose=high-dose');
  const canvas = page.locator('.canvas');
  await canvas.focus();
  const reached: string[] = [];
  for (const key of [
    'ArrowDown',
    'ArrowDown',
    'ArrowRight',
    'ArrowDown',
    'ArrowRight',
    'ArrowDown',
  ]) {
    await page.keyboard.press(key);
    const id = await selectedId(page);
    if (id) reached.push(id);
  }
  expect(reached.length).toBeGreaterThan(2);
  const faded = await page.evaluate(
    (ids) =>
      ids.filter((id) => {
        const n = window.__cy!.getElementById(id);
        // The filtered look (a bypass): faint and inert. Dimming by the selection is another look.
        return n.style('events') === 'no';
      }),
    reached,
  );
  expect(faded).toEqual([]);
  await expectNoErrors(errors);
});

test('at 1280×720 the first view still fits the whole graph, with no "Show whole graph" button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const errors = await openApp(page);
  const outside = await page.evaluate(() => {
    const cy = window.__cy!;
    return cy
      .nodes()
      .filter((n) => {
        const b = n.renderedBoundingBox({});
        return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height();
      })
      .map((n) => n.id());
  });
  expect(outside).toEqual([]);
  await expect(page.getByRole('button', { name: 'Show whole graph' })).toHaveCount(0);
  await expectNoErrors(errors);
});
