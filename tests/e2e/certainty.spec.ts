import { expect, test } from '@playwright/test';
import { openApp, SHOTS } from './helpers';

test('hypothesised arrows are drawn dashed, established ones solid; firm=1 hides them', async ({
  page,
}) => {
  const errors = await openApp(
    page,
    '/?node=hydroxynorketamine-increases-ampa-receptor&hyp=ampa-mtor',
  );
  const styles = await page.evaluate(() =>
    window.__cy!.edges().map((e) => ({
      id: e.id(),
      certainty: e.data('certainty') as string,
      line: e.style('line-style') as string,
      mid: e.style('mid-target-arrow-shape') as string,
    })),
  );
  const hyp = styles.filter((s) => s.certainty === 'hypothesised');
  const est = styles.filter((s) => s.certainty === 'established');
  expect(hyp.length).toBeGreaterThan(0);
  expect(est.length).toBeGreaterThan(0);
  for (const s of hyp) expect(s.line, s.id).toBe('dashed');
  for (const s of est) expect(s.line, s.id).toBe('solid');
  for (const s of styles.filter((x) => x.certainty === 'debated')) expect(s.mid).toBe('diamond');
  const panel = page.getByRole('complementary', {
    name: 'Hydroxynorketamine may directly stimulate AMPA receptor',
  });
  await expect(panel.getByRole('region', { name: 'How firmly the sources say it' })).toContainText(
    'Hypothesised: the sources say “may”',
  );
  await page.screenshot({ path: `${SHOTS}/certainty-hypothesised-arrow.png` });

  // The firm view keeps what a source states plainly and fades what is only hedged.
  await page.getByRole('checkbox', { name: 'Only what the sources state firmly' }).check();
  await expect(page).toHaveURL(/firm=1/);
  const faded = await page.evaluate(
    () =>
      window.__cy!.getElementById('hydroxynorketamine-increases-ampa-receptor').style('events') ===
      'no',
  );
  expect(faded).toBe(true);
  const kept = await page.evaluate(() => ({
    ketamine: window.__cy!.getElementById('ketamine').style('events'),
    blocks: window.__cy!.getElementById('ketamine-blocks-nmda-receptor').style('events'),
  }));
  expect(kept).toEqual({ ketamine: 'yes', blocks: 'yes' });
  expect(errors).toEqual([]);
});
