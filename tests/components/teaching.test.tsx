/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../src/store/ui-store';
import { GRAPH_JSON, renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('guided walkthroughs', () => {
  it('starts from the Teaching section and moves with buttons and arrow keys, keeping the step in the URL', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Walk through AMPA/mTOR' }));
    const tour = await screen.findByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
    expect(within(tour).getByText('Step 1 of 11')).toBeInTheDocument();
    expect(within(tour).getByText('Ketamine', { selector: '.tour-element' })).toBeInTheDocument();
    expect(within(tour).getByRole('button', { name: '← Previous' })).toBeDisabled();
    await userEvent.click(within(tour).getByRole('button', { name: 'Next →' }));
    expect(within(tour).getByText('Step 2 of 11')).toBeInTheDocument();
    expect(
      within(tour).getByText('NMDA receptor', { selector: '.tour-element' }),
    ).toBeInTheDocument();
    expect(tour.querySelector('mark')).toHaveTextContent(
      'Although ketamine is known as an N-methyl-d-aspartate (NMDA) receptor antagonist',
    );
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(tour).getByText('Step 4 of 11')).toBeInTheDocument();
    expect(window.location.search).toBe('?tour=ampa-mtor&step=4');
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(tour).getByText('Step 3 of 11')).toBeInTheDocument();
    expect(
      within(tour).getByText('GABAergic neurons', { selector: '.tour-element' }),
    ).toBeInTheDocument();
    // The canvas is told what to highlight: the node with the arrow into it.
    expect(useUiStore.getState().tourHighlight).toEqual({
      current: ['gabaergic-neurons', 'nmda-receptor-increases-gabaergic-neurons'],
      visited: ['ketamine', 'nmda-receptor', 'ketamine-blocks-nmda-receptor'],
    });
    await userEvent.click(within(tour).getByRole('button', { name: 'End walkthrough' }));
    expect(screen.queryByRole('region', { name: /Walkthrough/ })).not.toBeInTheDocument();
    expect(useUiStore.getState().tourHighlight).toBeNull();
  });

  it('moves with the keys presentation clickers send: PageDown, PageUp and Space', async () => {
    renderApp('/?tour=ampa-mtor&step=2');
    const tour = await screen.findByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
    expect(within(tour).getByText('Step 2 of 11')).toBeInTheDocument();
    await userEvent.keyboard('{PageDown}');
    expect(within(tour).getByText('Step 3 of 11')).toBeInTheDocument();
    await userEvent.keyboard('{PageDown}{PageDown}');
    expect(within(tour).getByText('Step 5 of 11')).toBeInTheDocument();
    await userEvent.keyboard('{PageUp}');
    expect(within(tour).getByText('Step 4 of 11')).toBeInTheDocument();
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard(' ');
    expect(within(tour).getByText('Step 5 of 11')).toBeInTheDocument();
    await userEvent.keyboard('{Shift>} {/Shift}');
    expect(within(tour).getByText('Step 4 of 11')).toBeInTheDocument();
    expect(window.location.search).toBe('?tour=ampa-mtor&step=4');
  });

  it('opens at the step a link names, and the arrow keys leave a search box alone', async () => {
    renderApp('/?tour=l-type-calcium&step=3');
    const tour = await screen.findByRole('region', { name: 'Walkthrough: L-type calcium' });
    expect(within(tour).getByText('Step 3 of 5')).toBeInTheDocument();
    expect(within(tour).getByText('BDNF', { selector: '.tour-element' })).toBeInTheDocument();
    const box = await screen.findByRole('combobox', { name: 'Search nodes' });
    await userEvent.type(box, 'bd{ArrowRight} {PageDown}');
    expect(within(tour).getByText('Step 3 of 5')).toBeInTheDocument();
  });

  it('clamps a step past the end to the last step, which shows the whole path', async () => {
    renderApp('/?tour=psychedelic-contrast&step=99');
    const tour = await screen.findByRole('region', { name: 'Walkthrough: Psychedelic contrast' });
    expect(within(tour).getByText('Step 8 of 8')).toBeInTheDocument();
    expect(within(tour).getByRole('button', { name: 'Next →' })).toBeDisabled();
    expect(within(tour).getByText('The whole path')).toBeInTheDocument();
    // The graph's own arrows: the contrast reads as a contrast, the parallel arrows as two.
    const lines = within(tour)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain('Ketamine contrasts with Serotonergic psychedelics (established)');
    expect(lines).toContain('Ketamine → Glutamate surge (debated)');
    expect(lines).toContain('Serotonergic psychedelics → Glutamate surge (hypothesised)');
    expect(lines.at(-1)).toBe(
      'Network reconfiguration → Rapid antidepressant effect (hypothesised)',
    );
    expect(tour).not.toHaveTextContent('›');
    // The whole path is highlighted at once, nothing dimmed as "visited".
    const hl = useUiStore.getState().tourHighlight!;
    expect(hl.visited).toEqual([]);
    expect(hl.current).toContain('network-reconfiguration-increases-rapid-antidepressant-effect');
  });

  it('shows the two dose branches side by side, and no empty column once a branch has ended', async () => {
    renderApp('/?tour=dose-branches&step=3');
    const tour = await screen.findByRole('region', {
      name: 'Walkthrough: Where the doses part ways',
    });
    expect(within(tour).getByRole('heading', { name: 'Subanesthetic' })).toBeInTheDocument();
    expect(within(tour).getByRole('heading', { name: 'High-dose' })).toBeInTheDocument();
    expect(
      within(tour).getByText('GABAergic neurons', { selector: '.tour-element' }),
    ).toBeInTheDocument();
    expect(
      within(tour).getByText('Intracellular calcium', { selector: '.tour-element' }),
    ).toBeInTheDocument();
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{ArrowRight}');
    expect(within(tour).getByRole('heading', { name: 'Subanesthetic' })).toBeInTheDocument();
    expect(within(tour).queryByRole('heading', { name: 'High-dose' })).toBeNull();
    expect(tour).not.toHaveTextContent('No further step');
  });

  it('opens the full evidence of a step in the panel', async () => {
    renderApp('/?tour=ampa-mtor&step=6');
    const tour = await screen.findByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
    await userEvent.click(within(tour).getByRole('button', { name: 'All evidence for “mTOR”' }));
    expect(await screen.findByRole('complementary', { name: 'mTOR' })).toBeInTheDocument();
  });

  it("shows a lecturer's note only when asked, marked as a note and apart from the evidence", async () => {
    const graph = JSON.parse(GRAPH_JSON);
    graph.tours = graph.tours.map((t: { id: string }) =>
      t.id === 'ampa-mtor' ? { ...t, notes: { mtor: 'Ask: what would rapamycin do here?' } } : t,
    );
    renderApp('/?tour=ampa-mtor&step=6', JSON.stringify(graph));
    const tour = await screen.findByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
    expect(tour).not.toHaveTextContent('rapamycin do here');
    const toggle = within(tour).getByRole('button', { name: "Lecturer's notes" });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const note = within(tour).getByRole('complementary', { name: "Lecturer's note" });
    expect(note).toHaveTextContent(
      "Lecturer's note (not from the sources): Ask: what would rapamycin do here?",
    );
    expect(note.querySelector('blockquote, mark')).toBeNull();
    // Never in a link: a shared view shows no notes.
    expect(window.location.search).toBe('?tour=ampa-mtor&step=6');
    await userEvent.keyboard('{ArrowRight}');
    expect(within(tour).queryByRole('complementary', { name: "Lecturer's note" })).toBeNull();
  });
});

describe('presentation mode', () => {
  it("never shows a lecturer's note in the projected caption, only the presenter view button", async () => {
    const graph = JSON.parse(GRAPH_JSON);
    graph.tours = graph.tours.map((t: { id: string }) =>
      t.id === 'ampa-mtor' ? { ...t, notes: { mtor: 'Ask: what would rapamycin do here?' } } : t,
    );
    renderApp('/?present=1&tour=ampa-mtor&step=6', JSON.stringify(graph));
    // Even with the notes switched on before presentation mode began.
    useUiStore.setState({ notesShown: true });
    const tour = await screen.findByRole(
      'region',
      { name: 'Walkthrough: AMPA/mTOR' },
      { timeout: 5000 },
    );
    expect(within(tour).getByRole('button', { name: 'Open presenter view' })).toBeInTheDocument();
    expect(within(tour).queryByRole('button', { name: "Lecturer's notes" })).toBeNull();
    expect(document.body).not.toHaveTextContent('what would rapamycin do here');
    useUiStore.setState({ notesShown: false });
  });

  it('switches on from the Teaching section, is kept in the URL, and switches off', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Presentation mode' }));
    expect(document.querySelector('.layout')).toHaveClass('presentation');
    await waitFor(() => expect(window.location.search).toBe('?present=1'));
    await userEvent.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(document.querySelector('.layout')).not.toHaveClass('presentation');
    await waitFor(() => expect(window.location.search).toBe(''));
  });
});
