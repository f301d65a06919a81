import { expect, type Page } from '@playwright/test';

export const SHOTS = 'test-results/screenshots';

/** Opens `path`, fails on any console error, and waits until Cytoscape has drawn the graph. */
export async function openApp(page: Page, path = '/') {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(path);
  await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length > 0);
  await page.waitForFunction(() => performance.getEntriesByName('graph-drawn').length > 0);
  return errors;
}

/** Page coordinates of a node's centre on the canvas. */
export async function nodePoint(page: Page, id: string) {
  const p = await page.evaluate((nodeId) => {
    const cy = window.__cy!;
    const pos = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + pos.x, y: box.top + pos.y };
  }, id);
  return p;
}

export async function clickNode(page: Page, id: string) {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y);
}

/** Ids of nodes the filters leave drawn in full and clickable (the others are faded and inert). */
export async function shownNodes(page: Page) {
  return page.evaluate(() =>
    window
      .__cy!.nodes()
      .filter((n) => n.style('events') !== 'no' && Number(n.style('opacity')) > 0.5)
      .map((n) => n.id())
      .sort(),
  );
}

export async function expectNoErrors(errors: string[]) {
  expect(errors).toEqual([]);
}
