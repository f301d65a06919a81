import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generate } from '../../src/pipeline/generate';
import { SHOTS } from './helpers';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/hostile');
const TEXT = readFileSync(path.join(FIXTURE, 'sources/hostile.txt'), 'utf8');

/** Serve the hostile fixture's graph and source text in place of the real ones. */
async function serveHostile(page: Page) {
  const r = generate({
    sourcesDir: path.join(FIXTURE, 'sources'),
    curationDir: path.join(FIXTURE, 'curation'),
  });
  expect(r.graph).not.toBeNull();
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(r.graph) }),
  );
  await page.route('**/data/sources/hostile.txt', (route) =>
    route.fulfill({ contentType: 'text/plain; charset=utf-8', body: TEXT }),
  );
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

test('markup, script, bidi and zero-width characters in sources and curation show as inert text everywhere', async ({
  page,
}) => {
  const dialogs = await serveHostile(page);
  await page.goto('/?node=drug-x');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    '<img src=x onerror="window.__xss=8">Drug X',
  );
  await expect(panel).toContainText("<a href='javascript:window.__xss=9'>click</a>");
  await expect(panel.locator('mark').first()).toHaveText(
    '<img src=x onerror="window.__xss=1"> Hostile Page',
  );
  // The outline, the filters (source short title, hypothesis label) and the walkthrough.
  await page.locator('#outline summary').click();
  await expect(page.locator('#outline')).toContainText(
    '<img src=x onerror="window.__xss=8">Drug X',
  );
  await expect(page.locator('.filters')).toContainText('<svg onload=window.__xss=5>');
  await expect(page.locator('.filters')).toContainText('<script>window.__xss=6</script>Main');
  // The source reader: the full text, with the 20,000-character line, as text.
  await panel.getByRole('button', { name: 'Read in source' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(
    '<img src=x onerror="window.__xss=1"> Hostile Page',
  );
  await expect(dialog.getByLabel('Source text')).toContainText(
    '<iframe src="javascript:window.__xss=4"></iframe>',
  );
  await page.screenshot({ path: `${SHOTS}/hostile-reader.png` });
  await page.keyboard.press('Escape');
  await page
    .getByRole('button', { name: /Walk through/ })
    .first()
    .click();
  await expect(page.locator('.tour')).toContainText('<img src=x onerror="window.__xss=8">Drug X');
  // Exports carry the text as data.
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Source list (citations)' }).click(),
  ]);
  expect(readFileSync((await dl.path())!, 'utf8')).toContain(
    '<img src=x onerror="window.__xss=1"> Hostile Page',
  );
  // Nothing ran, and no element came from the text.
  expect(await xss(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('body img, body iframe, body b, body script:not([src])').count()).toBe(
    0,
  );
  expect(await page.title()).toBe('Ketamine pathways');
});
