/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildQuiz, type QuizQuestion } from '../../src/domain/quiz';
import { GraphSchema } from '../../src/domain/schema';
import { useUiStore } from '../../src/store/ui-store';
import { GRAPH_JSON, renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const graph = GraphSchema.parse(JSON.parse(GRAPH_JSON));
const label = (q: QuizQuestion, id: string) => q.options.find((o) => o.id === id)!.label;
const wrongOption = (q: QuizQuestion) => q.options.find((o) => o.id !== q.answer)!.id;

async function answer(region: HTMLElement, q: QuizQuestion, optionId: string) {
  const group = within(region).getByRole('group', { name: q.prompt });
  await userEvent.click(within(group).getByRole('radio', { name: label(q, optionId) }));
  await userEvent.click(within(region).getByRole('button', { name: 'Check answer' }));
}

describe('Test yourself', () => {
  it('a right answer says so, quotes the deciding passage with "Read in source", and highlights the element', async () => {
    const quiz = buildQuiz(graph, 'l-type-calcium', 3)!;
    const q = quiz.questions[0]!;
    renderApp('/?quiz=l-type-calcium&q=1&seed=3');
    // The quiz loads on demand: the first import in this file can take seconds on a busy machine.
    const region = await screen.findByRole(
      'region',
      { name: 'Test yourself: L-type calcium' },
      { timeout: 10_000 },
    );
    expect(within(region).getByText('Question 1 of 10')).toBeInTheDocument();
    // Nothing to check without a choice: a hint, not a verdict.
    await userEvent.click(within(region).getByRole('button', { name: 'Check answer' }));
    expect(within(region).getByText('Choose an answer first.')).toBeInTheDocument();
    await answer(region, q, q.answer);
    expect(within(region).getByText(`Right: ${label(q, q.answer)}.`)).toHaveFocus();
    expect(within(region).getByText(q.explanation)).toBeInTheDocument();
    const marks = region.querySelectorAll('.quiz-feedback mark');
    expect([...marks].map((m) => m.textContent)).toEqual(q.evidence.map((e) => e.quote));
    expect(useUiStore.getState().tourHighlight?.current).toEqual([q.reveal[0]]);
    expect(within(region).getByRole('group', { name: q.prompt })).toBeDisabled();
    await userEvent.click(within(region).getAllByRole('button', { name: 'Read in source' })[0]!);
    const ev = q.evidence[0]!;
    expect(useUiStore.getState().reader).toEqual({
      sourceId: ev.sourceId,
      start: ev.start,
      end: ev.end,
    });
  });

  it('a wrong answer names the choice and the answer; a "what comes next" answer is hidden on the canvas until then', async () => {
    // Find a seed whose first question is "what comes next".
    let seed = 0;
    while (buildQuiz(graph, 'ampa-mtor', seed)!.questions[0]!.kind !== 'next') seed++;
    const q = buildQuiz(graph, 'ampa-mtor', seed)!.questions[0]!;
    renderApp(`/?quiz=ampa-mtor&q=1&seed=${seed}`);
    const region = await screen.findByRole('region', { name: 'Test yourself: AMPA/mTOR' });
    expect(useUiStore.getState().hiddenLabels).toEqual([q.answer]);
    const wrong = wrongOption(q);
    await answer(region, q, wrong);
    expect(
      within(region).getByText(
        `Not quite. You chose “${label(q, wrong)}”; the answer is “${label(q, q.answer)}”.`,
      ),
    ).toBeInTheDocument();
    expect(useUiStore.getState().hiddenLabels).toEqual([]);
    expect(region.querySelector('.quiz-option.correct')).toHaveTextContent(label(q, q.answer));
    expect(region.querySelector('.quiz-option.wrong')).toHaveTextContent(label(q, wrong));
  });

  it('ends with a score, retries only the missed questions, and keeps the question in the URL', async () => {
    const quiz = buildQuiz(graph, 'psychedelic-contrast', 11)!;
    renderApp('/?quiz=psychedelic-contrast&seed=11');
    const region = await screen.findByRole('region', {
      name: 'Test yourself: Psychedelic contrast',
    });
    for (const [i, q] of quiz.questions.entries()) {
      expect(within(region).getByText(`Question ${i + 1} of 10`)).toBeInTheDocument();
      // The link as opened stays as it is; each move to a question writes it.
      if (i > 0)
        expect(window.location.search).toBe(`?quiz=psychedelic-contrast&q=${i + 1}&seed=11`);
      await answer(region, q, i < 7 ? q.answer : wrongOption(q));
      await userEvent.click(
        within(region).getByRole('button', { name: i < 9 ? 'Next question' : 'See your score' }),
      );
    }
    expect(within(region).getByRole('heading', { name: 'You got 7 of 10 right.' })).toHaveFocus();
    await userEvent.click(within(region).getByRole('button', { name: 'Retry the 3 missed' }));
    expect(within(region).getByText('Question 8 of 10 (retry 1 of 3)')).toBeInTheDocument();
    for (const q of quiz.questions.slice(7)) {
      await answer(region, q, q.answer);
      await userEvent.click(
        within(region).getByRole('button', { name: /^(Next question|See your score)$/ }),
      );
    }
    expect(
      within(region).getByRole('heading', { name: 'You got 10 of 10 right.' }),
    ).toBeInTheDocument();
    await userEvent.click(within(region).getByRole('button', { name: 'End quiz' }));
    expect(screen.queryByRole('region', { name: /Test yourself/ })).not.toBeInTheDocument();
    expect(useUiStore.getState().tourHighlight).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('a deep-linked quiz sets the "Quiz topic" select to its topic', async () => {
    renderApp('/?quiz=psychedelic-contrast&q=2&seed=5');
    await screen.findByRole('region', { name: 'Test yourself: Psychedelic contrast' });
    const topic = await screen.findByRole('combobox', { name: 'Quiz topic' });
    expect(topic).toHaveValue('psychedelic-contrast');
    // And it follows a quiz opened later, through the browser history, say.
    window.history.pushState(null, '', '/?quiz=dose-branches&seed=5');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await screen.findByRole('region', { name: 'Test yourself: Where the doses part ways' });
    expect(topic).toHaveValue('dose-branches');
  });

  it('keeps the evidence panel shut while a question is unanswered, saying why', async () => {
    let seed = 0;
    while (buildQuiz(graph, 'ampa-mtor', seed)!.questions[0]!.kind !== 'next') seed++;
    const q = buildQuiz(graph, 'ampa-mtor', seed)!.questions[0]!;
    renderApp(`/?quiz=ampa-mtor&q=1&seed=${seed}`);
    const region = await screen.findByRole('region', { name: 'Test yourself: AMPA/mTOR' });
    // A click on the answer's box on the canvas selects it, as the canvas's tap handler does.
    useUiStore.getState().select(q.answer);
    expect(await within(region).findByRole('status')).toHaveTextContent(
      /^Answer the question first/,
    );
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(useUiStore.getState().selected).toBeNull();
    expect(window.location.search).not.toMatch(/node=/);
    // Answered, the same click opens the panel.
    await answer(region, q, q.answer);
    expect(within(region).getByRole('status')).toBeEmptyDOMElement();
    useUiStore.getState().select(q.answer);
    expect(await screen.findByRole('complementary')).toBeInTheDocument();
  });

  it('closes a panel that a link opened together with an unanswered question', async () => {
    renderApp('/?node=mtor&quiz=ampa-mtor&seed=3');
    await screen.findByRole('region', { name: 'Test yourself: AMPA/mTOR' });
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
  });

  it('the "Test yourself" button starts a quiz on the chosen topic with a seed in the URL', async () => {
    renderApp('/?tour=ampa-mtor&step=2');
    await screen.findByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
    await userEvent.selectOptions(await screen.findByLabelText('Quiz topic'), 'dose-branches');
    await userEvent.click(screen.getByRole('button', { name: 'Test yourself' }));
    expect(
      await screen.findByRole('region', { name: 'Test yourself: Where the doses part ways' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Walkthrough/ })).not.toBeInTheDocument();
    expect(window.location.search).toMatch(/^\?quiz=dose-branches&q=1&seed=\d{1,6}$/);
  });
});
