import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Graph } from '../../src/domain/schema';
import { expectNoErrors, openApp, SHOTS } from './helpers';

const graph = JSON.parse(readFileSync('public/data/graph.json', 'utf8')) as Graph;
const notes = Object.values(graph.tours?.find((t) => t.id === 'ampa-mtor')?.notes ?? {});

test("the presenter view drives the projected walkthrough and shows the lecturer's notes there only", async ({
  context,
  page,
}) => {
  expect(notes.length).toBeGreaterThan(0);
  const errors = await openApp(page, '/?present=1&tour=ampa-mtor&step=2');
  const projected = page.getByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
  await expect(projected.getByText('Step 2 of 11')).toBeVisible();
  // In presentation mode the caption offers no notes toggle.
  await expect(projected.getByRole('button', { name: "Lecturer's notes" })).toHaveCount(0);

  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    projected.getByRole('button', { name: 'Open presenter view' }).click(),
  ]);
  const presenterErrors: string[] = [];
  presenter.on('pageerror', (e) => presenterErrors.push(String(e)));
  presenter.on('console', (m) => {
    if (m.type() === 'error') presenterErrors.push(m.text());
  });
  await expect(presenter.getByRole('heading', { name: 'Presenter view' })).toBeVisible();
  expect(new URL(presenter.url()).searchParams.get('presenter')).toBe('1');
  await expect(presenter.getByText('Step 2 of 11')).toBeVisible();
  await expect(presenter.getByText('NMDA receptor', { exact: true })).toBeVisible();
  await expect(presenter.locator('.presenter-next')).toContainText('GABAergic neurons');

  // Next in the presenter view advances the projected walkthrough.
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(projected.getByText('Step 3 of 11')).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=3\b/);
  await expect(presenter.getByText('Step 3 of 11')).toBeVisible();
  // The presenter view shows this step's note, marked as a note and not evidence.
  const note = presenter.getByRole('complementary', { name: "Lecturer's note" });
  await expect(note).toContainText("Lecturer's note — not evidence");
  await expect(note).toContainText('ask the class what observation would settle it');
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(projected.getByText('Step 4 of 11')).toBeVisible();
  await expect(note).toContainText('⊣ then ⊣ means more glutamate');
  await presenter.screenshot({ path: `${SHOTS}/presenter-view.png` });
  await page.screenshot({ path: `${SHOTS}/presenter-projected.png` });

  // The projected page never contains a note, not even hidden.
  for (const text of notes) expect(await page.locator('body').textContent()).not.toContain(text);
  expect(await page.locator('body').textContent()).not.toContain("Lecturer's note");

  // Previous there, and the projected window's own keys move the presenter view too.
  await presenter.getByRole('button', { name: '← Previous' }).click();
  await expect(projected.getByText('Step 3 of 11')).toBeVisible();
  await page.locator('.canvas').focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(projected.getByText('Step 5 of 11')).toBeVisible();
  await expect(presenter.getByText('Step 5 of 11')).toBeVisible();
  // A clicker paired with the presenter's window works there as well.
  await presenter.keyboard.press('PageDown');
  await expect(projected.getByText('Step 6 of 11')).toBeVisible();
  for (const text of notes) expect(await page.locator('body').textContent()).not.toContain(text);

  // The walkthrough ends: the presenter view says so.
  await projected.getByRole('button', { name: 'End walkthrough' }).click();
  await expect(
    presenter.getByText('No walkthrough is running in the projected window.'),
  ).toBeVisible();
  await expectNoErrors(errors);
  expect(presenterErrors).toEqual([]);
});

test('says so when the browser blocks the presenter window', async ({ page }) => {
  const errors = await openApp(page, '/?present=1&tour=l-type-calcium&step=1');
  // What a pop-up blocker does: window.open returns null.
  await page.evaluate(() => {
    window.open = () => null;
  });
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'blocked' })).toContainText(
    'The browser blocked the presenter window: allow pop-ups for this site',
  );
  await expectNoErrors(errors);
});

test('a presenter link with another value opens the explorer, with a notice', async ({ page }) => {
  await openApp(page, '/?presenter=yes');
  await expect(page.getByRole('alert')).toContainText('unknown presenter "yes"');
  await expect(page.getByRole('heading', { name: 'Presenter view' })).toHaveCount(0);
});
