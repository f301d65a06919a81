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
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'View as SVG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('ketamine-pathways-view.svg');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  await expectNoErrors(errors);
});

test('random and malicious query strings never crash the app nor reach the DOM as HTML', async ({
  page,
}) => {
  const fc = (await import('fast-check')).default;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const fixed = [
    '?node=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?hyp=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&src=%3Csvg%20onload%3Dalert(1)%3E',
    '?tour=javascript:alert(1)&step=%3Cb%3E',
    '?dose=__proto__&node=constructor',
    `?node=${'a'.repeat(5000)}`,
    '?%E0%A4%A=%E0%A4%A&node=%',
  ];
  const random = fc
    .sample(fc.string({ maxLength: 60 }), { numRuns: 6, seed: 42 })
    .map((s) => `?${encodeURI(s)}`);
  for (const q of [...fixed, ...random]) {
    const errors: string[] = [];
    page.removeAllListeners('pageerror');
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`/${q}`);
    await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length > 0);
    expect(errors, q).toEqual([]);
    expect(await page.locator('body img, body svg[onload], body b').count(), q).toBe(0);
  }
  expect(dialogs).toEqual([]);
});

test('a missing, truncated or wrong graph.json shows a clear message with a retry that works', async ({
  page,
}) => {
  const real = await (await page.request.get('/data/graph.json')).text();
  let answer: { status: number; body: string } = { status: 404, body: 'not here' };
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load the graph');
  await expect(alert).toContainText('HTTP 404');
  answer = { status: 200, body: real.slice(0, 5000) };
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toContainText('not valid JSON');
  answer = { status: 200, body: JSON.stringify({ format: 'something-else/9' }) };
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toContainText('does not match the expected format');
  await expect(alert).toContainText('format: Invalid input: expected "ketamine-pathways/2"');
  answer = { status: 200, body: real };
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length === 33);
});

test('a slow graph.json shows a loading message, then the graph', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/graph.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Loading the pathway graph…');
  release();
  await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length === 33);
  await expect(page.getByText('Loading the pathway graph…')).toHaveCount(0);
});

test('a missing source text in "read in source" shows a message with a retry', async ({ page }) => {
  let missing = true;
  await page.route('**/data/sources/*.txt', (route) =>
    missing ? route.fulfill({ status: 404, body: '' }) : route.continue(),
  );
  await page.goto('/?node=mtor');
  await page
    .getByRole('complementary', { name: 'mTOR' })
    .getByRole('button', { name: 'Read in source' })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText(
    'Could not load the source text (HTTP 404).',
  );
  missing = false;
  await dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(dialog.locator('mark')).toContainText('stimulating the mTOR pathway');
});
