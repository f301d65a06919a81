import { expect, test } from '@playwright/test';
import { clickNode, expectNoErrors, nodePoint, openApp, shownNodes, SHOTS } from './helpers';

test('the page loads without console errors and draws every node of the graph', async ({
  page,
}) => {
  const errors = await openApp(page);
  const graph = await (await page.request.get('/data/graph.json')).json();
  const count = await page.evaluate(() => window.__cy!.nodes().length);
  expect(count).toBe(graph.elements.nodes.length);
  await expect(page.locator('.count')).toHaveText(
    `${graph.elements.nodes.length} nodes, ${graph.elements.edges.length} edges visible`,
  );
  // The canvas really has pixels: Cytoscape drew onto it.
  const drawn = await page.evaluate(() => {
    const canvases = [...document.querySelectorAll('.canvas canvas')] as HTMLCanvasElement[];
    return canvases.some((c) => c.width > 0 && c.toDataURL().length > 5000);
  });
  expect(drawn).toBe(true);
  await page.screenshot({ path: `${SHOTS}/default.png` });
  await expectNoErrors(errors);
});

test('clicking a node on the canvas opens the panel with its label and quotes', async ({
  page,
}) => {
  const errors = await openApp(page);
  await clickNode(page, 'ampa-receptor');
  const panel = page.getByRole('complementary', { name: 'AMPA receptor' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('blockquote').first()).toBeVisible();
  await expect(page).toHaveURL(/\?node=ampa-receptor$/);
  // The selection's cascade is highlighted; unrelated nodes are dimmed (drawn at a quarter).
  const classes = await page.evaluate(() => ({
    selected: window.__cy!.getElementById('ampa-receptor').hasClass('selected'),
    mtor: window.__cy!.getElementById('mtor').hasClass('cascade'),
    mtorOpacity: Number(window.__cy!.getElementById('mtor').style('opacity')),
    anesthesia: Number(window.__cy!.getElementById('anesthesia').style('opacity')),
  }));
  expect(classes).toEqual({ selected: true, mtor: true, mtorOpacity: 1, anesthesia: 0.25 });
  await page.screenshot({ path: `${SHOTS}/selected-node.png` });
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expectNoErrors(errors);
});

test('a hover that leaves the canvas from a node ends: nothing stays dimmed', async ({ page }) => {
  const errors = await openApp(page);
  const opacities = () =>
    page.evaluate(() => window.__cy!.nodes().map((n) => Number(n.style('opacity'))));
  const { x, y } = await nodePoint(page, 'ampa-receptor');
  await page.mouse.move(x, y);
  // Hovering shows the node's cascade: the unrelated nodes are dimmed.
  await expect.poll(async () => (await opacities()).filter((o) => o < 1).length).toBeGreaterThan(0);
  // Straight from the node onto the page outside the canvas (tester 4: the hover never ended).
  const box = (await page.locator('.canvas').boundingBox())!;
  await page.mouse.move(box.x - 40, y);
  await expect.poll(async () => (await opacities()).filter((o) => o < 1).length).toBe(0);
  // Back onto the same node: the hover shows again (Cytoscape sends no second mouseover).
  await page.mouse.move(x, y);
  await page.mouse.move(x + 2, y);
  await expect.poll(async () => (await opacities()).filter((o) => o < 1).length).toBeGreaterThan(0);
  await expectNoErrors(errors);
});

test('a selection the filters hide dims nothing else', async ({ page }) => {
  // Only AMPA/mTOR shown: the selected node is filtered out, its panel stays open.
  const errors = await openApp(page, '/?node=l-type-calcium-channels&hyp=ampa-mtor');
  await expect(page.getByRole('complementary', { name: 'L-type calcium channels' })).toBeVisible();
  const looks = await page.evaluate(() => {
    const cy = window.__cy!;
    const shown = cy.nodes().filter((n) => n.style('events') !== 'no');
    return {
      selected: Number(cy.getElementById('l-type-calcium-channels').style('opacity')),
      shown: shown.length,
      shownDimmed: shown.filter((n) => Number(n.style('opacity')) < 1).length,
    };
  });
  // Tester 4: every shown node was dimmed to 0.25 around a selection nobody could see.
  expect(looks.selected).toBe(0.08);
  expect(looks.shown).toBeGreaterThan(5);
  expect(looks.shownDimmed).toBe(0);
  // Nor does the view pan to the hidden node: every shown node is inside the canvas (tester 5).
  const outside = await page.evaluate(() => {
    const cy = window.__cy!;
    return cy
      .nodes()
      .filter((n) => n.style('events') !== 'no')
      .filter((n) => {
        const b = n.renderedBoundingBox();
        return b.x1 < -1 || b.y1 < -1 || b.x2 > cy.width() + 1 || b.y2 > cy.height() + 1;
      })
      .map((n) => n.id());
  });
  expect(outside).toEqual([]);
  await expectNoErrors(errors);
});

test('clicking an edge opens its evidence', async ({ page }) => {
  await openApp(page);
  const point = await page.evaluate(() => {
    const cy = window.__cy!;
    const e = cy.getElementById('ampa-receptor-increases-mtor');
    const mid = e.renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + mid.x, y: box.top + mid.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(
    page.getByRole('complementary', { name: 'AMPA receptor stimulates mTOR' }),
  ).toBeVisible();
});

for (const [label, id, present, absent] of [
  ['L-type calcium', 'l-type-calcium', 'l-type-calcium-channels', 'mtor'],
  ['AMPA/mTOR', 'ampa-mtor', 'mtor', 'l-type-calcium-channels'],
  ['Psychedelic contrast', 'psychedelic-contrast', 'serotonergic-psychedelics', 'mtor'],
] as const) {
  test(`the ${label} filter isolates its cascade without moving anything`, async ({ page }) => {
    await openApp(page);
    const before = await page.evaluate(() =>
      window.__cy!.nodes().map((n) => [n.id(), n.position()]),
    );
    await page.evaluate(() => {
      (window as unknown as { __cyBefore: unknown }).__cyBefore = window.__cy;
    });
    for (const other of ['L-type calcium', 'AMPA/mTOR', 'Psychedelic contrast']) {
      if (other !== label) await page.getByRole('checkbox', { name: other, exact: true }).uncheck();
    }
    await expect(page).toHaveURL(new RegExp(`hyp=${id}$`));
    const shown = await shownNodes(page);
    expect(shown).toContain(present);
    expect(shown).toContain('ketamine');
    expect(shown).not.toContain(absent);
    const after = await page.evaluate(() =>
      window.__cy!.nodes().map((n) => [n.id(), n.position()]),
    );
    expect(after).toEqual(before);
    // The same Cytoscape instance: filtering faded elements, it did not rebuild the graph.
    const same = await page.evaluate(
      () => (window as unknown as { __cyBefore: unknown }).__cyBefore === window.__cy,
    );
    expect(same).toBe(true);
    // A faded node is inert: clicking it opens nothing.
    await clickNode(page, absent);
    await page.waitForTimeout(200);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/hypothesis-${id}.png` });
  });
}

test('a deep link opens the node, filters and dose it names', async ({ page }) => {
  const errors = await openApp(page, '/?node=nmda-receptor&dose=high-dose');
  await expect(page.getByRole('complementary', { name: 'NMDA receptor' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'High-dose' })).toBeChecked();
  expect(await shownNodes(page)).toEqual([
    'anesthesia',
    'intracellular-calcium',
    'ketamine',
    'neurotoxicity',
    'nmda-receptor',
  ]);
  await page.screenshot({ path: `${SHOTS}/deep-link-high-dose.png` });
  await expectNoErrors(errors);
});

test('back and forward step through selections', async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'ketamine');
  await expect(page.getByRole('complementary', { name: 'Ketamine' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Downstream' })
    .getByRole('button', { name: 'NMDA receptor' })
    .click();
  await expect(page.getByRole('complementary', { name: 'NMDA receptor' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'Ketamine' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('complementary')).toBeHidden();
  await page.goForward();
  await expect(page.getByRole('complementary', { name: 'Ketamine' })).toBeVisible();
});

test('a filter change is kept by a reload at once after it, and by Back after a quick click', async ({
  page,
}) => {
  // The URL follows a filter change after a quarter second (url-sync.ts); neither a reload nor a
  // selection within that time may lose it (tester, 2026-12-06).
  const errors = await openApp(page, '/?node=bdnf');
  await expect(page.getByRole('complementary', { name: 'BDNF' })).toBeVisible();
  const ampa = page.getByRole('checkbox', { name: 'AMPA/mTOR', exact: true });
  await ampa.uncheck();
  await page.reload();
  await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length > 0);
  await expect(page).toHaveURL(/\?node=bdnf&hyp=l-type-calcium,psychedelic-contrast$/);
  await expect(ampa).not.toBeChecked();
  // A slow server: the quarter second ends while the reload waits for the page (tester's
  // second round: the write then went to the page being left, and the change was lost).
  const slow = async (route: import('@playwright/test').Route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  };
  await page.route(/\/\?node=/, slow);
  await page.getByRole('checkbox', { name: 'Psychedelic contrast', exact: true }).uncheck();
  await page.reload();
  await page.unroute(/\/\?node=/, slow);
  await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length > 0);
  await expect(page).toHaveURL(/\?node=bdnf&hyp=l-type-calcium$/);
  await ampa.check();
  await page.getByRole('checkbox', { name: 'Psychedelic contrast', exact: true }).check();
  await expect(page).toHaveURL(/\?node=bdnf$/);
  await ampa.uncheck();
  await expect(page).toHaveURL(/\?node=bdnf&hyp=l-type-calcium,psychedelic-contrast$/);

  await ampa.check();
  // Within the quarter second: the tap the canvas sends for a click on mTOR.
  await page.evaluate(() => {
    window.__cy!.getElementById('mtor').emit('tap');
  });
  await expect(page.getByRole('complementary', { name: 'mTOR' })).toBeVisible();
  await expect(page).toHaveURL(/\?node=mtor$/);
  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'BDNF' })).toBeVisible();
  await expect(page).toHaveURL(/\?node=bdnf$/);
  await expect(ampa).toBeChecked();
  await expectNoErrors(errors);
});

test('unknown ids in a link are ignored with a notice, and nothing from the URL runs', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors = await openApp(
    page,
    '/?node=%3Cimg%20src=x%20onerror=alert(1)%3E&hyp=%3Cscript%3Ealert(2)%3C/script%3E',
  );
  await expect(page.getByRole('alert')).toContainText('Some link parameters were ignored');
  expect(dialogs).toEqual([]);
  await expectNoErrors(errors);
});

test('search finds a node by synonym and centres it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Search nodes' }).fill('mammalian target of rapamycin');
  await page
    .getByRole('listbox', { name: 'Matching nodes' })
    .getByRole('option', { name: /mTOR/ })
    .click();
  await expect(page.getByRole('complementary', { name: 'mTOR' })).toBeVisible();
  await page.waitForTimeout(400);
  const centred = await page.evaluate(() => {
    const cy = window.__cy!;
    const p = cy.getElementById('mtor').renderedPosition();
    return Math.abs(p.x - cy.width() / 2) < 5 && Math.abs(p.y - cy.height() / 2) < 5;
  });
  expect(centred).toBe(true);
});

test('"+" and "Fit" pressed while the view is still moving take effect', async ({ page }) => {
  // CI, 2026-11-23: "+" tapped during the 250 ms lift above a phone's sheet was undone by the
  // animation's next frame. Here the move lasts long enough for any press to land inside it.
  const errors = await openApp(page);
  const fitted = await page.evaluate(() => window.__cy!.zoom());
  const move = (zoom: number) =>
    page.evaluate((z) => {
      const cy = window.__cy!;
      const mtor = cy.getElementById('mtor').position();
      cy.animate(
        { zoom: z, pan: { x: cy.width() / 2 - mtor.x * z, y: cy.height() / 2 - mtor.y * z } },
        { duration: 1500 },
      );
    }, zoom);

  // A pan at the same zoom: "+" zooms from what is on screen, and the move stops there.
  await move(fitted);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(1700);
  let now = await page.evaluate(() => [window.__cy!.zoom(), window.__cy!.animated()] as const);
  expect(now[1]).toBe(false);
  expect(now[0]).toBeCloseTo(fitted * 1.25, 3);

  await move(2.5);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(1700);
  now = await page.evaluate(() => [window.__cy!.zoom(), window.__cy!.animated()] as const);
  expect(now[1]).toBe(false);
  expect(now[0]).toBeCloseTo(fitted, 3);
  await expectNoErrors(errors);
});
