import { expect, test } from '@playwright/test';
import { expectNoErrors, openApp } from './helpers';

test('the production build sets a strict Content-Security-Policy and the app runs under it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const errors = await openApp(page, '/?node=mtor');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // Use what the first view does not load: walkthrough, source reader, image export.
  await page
    .getByRole('complementary', { name: 'mTOR' })
    .getByRole('button', { name: 'Read in source' })
    .first()
    .click();
  await expect(page.getByRole('dialog').locator('mark')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Walk through AMPA/mTOR' }).click();
  await expect(page.getByText('Step 1 of 25')).toBeVisible();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'View as SVG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('ketamine-pathways-view.svg');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  await expectNoErrors(errors);
});
