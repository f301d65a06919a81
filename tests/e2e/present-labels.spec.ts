import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { indexGraph } from '../../src/domain/graph-index';
import type { Graph } from '../../src/domain/schema';
import { buildTour, DOSE_TOUR } from '../../src/domain/tour';
import { openApp, SHOTS } from './helpers';

const graph = JSON.parse(readFileSync('public/data/graph.json', 'utf8')) as Graph;
const index = indexGraph(graph);

/** Waits until the canvas has held still for half a second (story transition, then the step). */
async function settle(page: Page) {
  let zoom = NaN;
  let pan = '';
  await expect
    .poll(
      async () => {
        const [z, p, busy] = await page.evaluate(() => {
          const cy = window.__cy!;
          return [
            cy.zoom(),
            JSON.stringify(cy.pan()),
            cy.animated() ||
              cy
                .nodes()
                .filter((n) => n.animated())
                .nonempty(),
          ] as const;
        });
        const still = !busy && z === zoom && p === pan;
        zoom = z;
        pan = p;
        return still;
      },
      { intervals: [500] },
    )
    .toBe(true);
}

/**
 * The labels the canvas draws on screen: font size × zoom of every shown node whose box lies at
 * least partly in the viewport. Returns the smallest, and the graph's height on screen.
 */
async function smallestLabel(page: Page) {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const z = cy.zoom();
    const ext = cy.extent();
    let min = Infinity;
    let count = 0;
    cy.nodes().forEach((n) => {
      if (n.style('display') === 'none' || !n.visible() || !n.style('label')) return;
      const b = n.boundingBox({ includeLabels: false });
      if (b.x2 < ext.x1 || b.x1 > ext.x2 || b.y2 < ext.y1 || b.y1 > ext.y2) return;
      count++;
      min = Math.min(min, parseFloat(n.style('font-size')) * z);
    });
    return { min, count, height: cy.height() };
  });
}

const hypotheses = graph.hypotheses.map((h) => h.id as string);

for (const [id, floor] of [...hypotheses.map((h) => [h, 16] as const), [DOSE_TOUR, 12] as const]) {
  test(`presentation mode, ${id}: every step draws its labels at ${floor} px or more at 1280×720`, async ({
    page,
  }) => {
    const tour = buildTour(index, id)!;
    await openApp(page, `/?present=1&tour=${id}&step=1`);
    const figures: string[] = [];
    for (let i = 0; i < tour.steps.length; i++) {
      await expect(page.getByText(`Step ${i + 1} of ${tour.steps.length}`)).toBeVisible();
      await settle(page);
      const m = await smallestLabel(page);
      figures.push(
        `step ${i + 1}: ${m.min.toFixed(1)} px (${m.count} labels, graph ${m.height} px)`,
      );
      if (i === tour.steps.length - 1)
        await page.screenshot({ path: `${SHOTS}/present-labels-${id}-closing.png` });
      expect.soft(m.count, `step ${i + 1}`).toBeGreaterThan(0);
      expect.soft(m.min, `step ${i + 1}`).toBeGreaterThanOrEqual(floor);
      if (i < tour.steps.length - 1) await page.getByRole('button', { name: 'Next →' }).click();
    }
    console.log(`${id}\n  ${figures.join('\n  ')}`);
  });
}
