import { expect, test } from '@playwright/test';
import { expectNoErrors, openApp, SHOTS } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('once loaded, the app and its data work offline, after a reload', async ({
  page,
  context,
}) => {
  const errors = await openApp(page, '/');
  // Wait until the service worker controls the page and has precached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual([
    '192x192',
    '512x512',
    '512x512',
  ]);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => !!window.__cy && window.__cy.nodes().length === 33);
  await expect(page.getByText('33 nodes, 61 edges visible')).toBeVisible();
  // The labels keep the font the boxes were measured in: the WOFF2 is precached too.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.fonts]
          .filter((f) => f.family.replace(/"/g, '') === 'Atkinson Hyperlegible')
          .map((f) => f.status),
      ),
    )
    .toEqual(['loaded']);
  // A source text, fetched only on demand, is there offline too.
  await page.goto('/?node=mtor');
  await page
    .getByRole('complementary', { name: 'mTOR' })
    .getByRole('button', { name: 'Read in source' })
    .first()
    .click();
  await expect(page.getByRole('dialog').locator('mark')).toContainText(
    'stimulating the mTOR pathway',
  );
  await page.screenshot({ path: `${SHOTS}/offline.png` });
  await context.setOffline(false);
  // Offline, the browser reports failed network probes; nothing of the app's own fails.
  await expectNoErrors(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)));
});
