import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Serious and critical axe-core violations, as "rule: target" lines. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const [name, path] of [
  ['the default view', '/'],
  ['a selected node', '/?node=nmda-receptor'],
  ['a walkthrough', '/?tour=dose-branches&step=5'],
  ['presentation mode', '/?present=1&node=mtor'],
  ['presentation mode during a walkthrough', '/?present=1&tour=ampa-mtor&step=9'],
] as const) {
  test(`axe-core finds no serious or critical violation in ${name}`, async ({ page }) => {
    await openApp(page, path);
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
