import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickNode, expectNoErrors, openApp, SHOTS } from './helpers';

/** Presses Tab until the focused element's text (or, for a radio, its label) matches. */
async function tabTo(page: Page, match: RegExp, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el instanceof HTMLInputElement) return `radio: ${el.closest('label')?.textContent ?? ''}`;
      return el?.textContent?.trim() ?? '';
    });
    if (match.test(focused)) return focused;
  }
  throw new Error(`could not reach ${match} with Tab`);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const hiddenLabels = (page: Page) =>
  page.evaluate(() => window.__cy!.$('node.label-hidden').map((n) => n.id()));

test('a quiz taken by keyboard alone, from a deep link to its score and a retry', async ({
  page,
}) => {
  const errors = await openApp(page, '/?quiz=ampa-mtor&q=1&seed=7');
  const quiz = page.getByRole('region', { name: 'Test yourself: AMPA/mTOR' });
  await expect(quiz).toBeVisible();
  await expect(quiz.getByText('Question 1 of 10')).toBeVisible();
  let sawHidden = false;
  for (let n = 1; n <= 10; n++) {
    await expect(quiz.getByText(`Question ${n} of 10`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`quiz=ampa-mtor&q=${n}&seed=7`));
    const group = quiz.getByRole('group');
    const prompt = (await group.locator('legend').textContent()) ?? '';
    if (/comes directly after/.test(prompt)) {
      // The answer's name is hidden on the canvas until the question is answered, and so are
      // its kind and dose: a plain grey box like no node of the graph.
      expect(await hiddenLabels(page)).toHaveLength(1);
      const look = await page.evaluate(() => {
        const n = window.__cy!.$('node.label-hidden')[0]!;
        return [n.style('shape'), n.style('background-color'), n.style('outline-width')];
      });
      expect(look).toEqual(['round-rectangle', 'rgb(229,229,229)', '0px']);
      sawHidden = true;
    }
    // The options are a labelled radio group: reach it, choose with the arrow keys (odd
    // questions keep the first option, even ones take the second), then check.
    const first = await page.evaluate(() =>
      document.activeElement instanceof HTMLInputElement ? 'radio' : 'other',
    );
    if (first !== 'radio') await tabTo(page, /^radio: /);
    if (n % 2 === 0) await page.keyboard.press('ArrowDown');
    else await page.keyboard.press('Space');
    await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
    await tabTo(page, /^Check answer$/);
    await page.keyboard.press('Enter');
    await expect(quiz.locator('.quiz-right, .quiz-wrong')).toBeVisible();
    // Every answer quotes at least one passage, with "Read in source".
    expect(await quiz.locator('.quiz-feedback mark').count()).toBeGreaterThanOrEqual(1);
    await expect(quiz.getByRole('button', { name: 'Read in source' }).first()).toBeVisible();
    // The element the question is about is highlighted on the canvas.
    expect(await page.evaluate(() => window.__cy!.$('.selected').length)).toBeGreaterThanOrEqual(1);
    expect(await hiddenLabels(page)).toEqual([]);
    if (n === 1) {
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${SHOTS}/quiz-answered.png` });
      expect(await seriousViolations(page)).toEqual([]);
    }
    await tabTo(page, n < 10 ? /^Next question$/ : /^See your score$/);
    await page.keyboard.press('Enter');
  }
  expect(sawHidden).toBe(true);
  const score = quiz.getByRole('heading', { level: 3 });
  await expect(score).toHaveText(/^You got \d+ of 10 right\.$/);
  await expect(score).toBeFocused();
  const right = Number(/You got (\d+)/.exec((await score.textContent()) ?? '')![1]);
  await page.screenshot({ path: `${SHOTS}/quiz-score.png` });
  expect(await seriousViolations(page)).toEqual([]);
  if (right < 10) {
    await tabTo(page, new RegExp(`^Retry the ${10 - right} missed$`));
    await page.keyboard.press('Enter');
    await expect(quiz.getByText(new RegExp(`\\(retry 1 of ${10 - right}\\)`))).toBeVisible();
  }
  await tabTo(page, /^End quiz$/);
  await page.keyboard.press('Enter');
  await expect(quiz).toBeHidden();
  expect(await page.evaluate(() => window.__cy!.$('.selected, .label-hidden').length)).toBe(0);
  await expectNoErrors(errors);
});

test('"Test yourself" starts a quiz on the chosen topic; axe finds nothing serious during a question', async ({
  page,
}) => {
  const errors = await openApp(page);
  await page.getByLabel('Quiz topic').selectOption('dose-branches');
  await page.getByRole('button', { name: 'Test yourself' }).click();
  const quiz = page.getByRole('region', { name: 'Test yourself: Where the doses part ways' });
  await expect(quiz.getByText('Question 1 of 10')).toBeVisible();
  await expect(page).toHaveURL(/quiz=dose-branches&q=1&seed=\d+$/);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/quiz-question.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await expectNoErrors(errors);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a quiz question and its answer fit the screen and answer by touch', async ({ page }) => {
    const errors = await openApp(page, '/?quiz=l-type-calcium&q=1&seed=3');
    const quiz = page.getByRole('region', { name: 'Test yourself: L-type calcium' });
    await expect(quiz.getByText('Question 1 of 10')).toBeVisible();
    const box = (await quiz.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/quiz-phone-question.png` });
    const option = quiz.getByRole('radio').first();
    await option.tap();
    await quiz.getByRole('button', { name: 'Check answer' }).tap();
    await expect(quiz.locator('.quiz-right, .quiz-wrong')).toBeVisible();
    const optionBox = (await quiz.locator('.quiz-option').first().boundingBox())!;
    expect(optionBox.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${SHOTS}/quiz-phone-answered.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoErrors(errors);
  });
});

test('a click on the canvas during a question does not open the answer, and the topic follows the link', async ({
  page,
}) => {
  const errors = await openApp(page, '/?quiz=l-type-calcium&q=1&seed=4');
  const quiz = page.getByRole('region', { name: 'Test yourself: L-type calcium' });
  await expect(quiz.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Quiz topic' })).toHaveValue('l-type-calcium');
  await clickNode(page, 'nmda-receptor');
  await expect(quiz.getByRole('status')).toHaveText(/^Answer the question first/);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/node=/);
  // Answered, a click opens the panel beside the quiz.
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.locator('.quiz-right, .quiz-wrong')).toBeVisible();
  // The canvas moves to the answer; then a click on a highlighted node opens its panel.
  await page.waitForFunction(() => !window.__cy!.animated());
  const target = await page.evaluate(() => {
    const n = window.__cy!.nodes('.selected, .cascade').first();
    return { id: n.id(), label: n.data('label') as string };
  });
  await clickNode(page, target.id);
  await expect(page.getByRole('complementary', { name: target.label })).toBeVisible();
  await expectNoErrors(errors);
});
