/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../src/store/ui-store';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('guided walkthroughs', () => {
  it('starts from the Teaching section and moves with buttons and arrow keys, keeping the step in the URL', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Walk through AMPA/mTOR' }));
    const tour = await screen.findByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
    expect(within(tour).getByText('Step 1 of 28')).toBeInTheDocument();
    expect(within(tour).getByText('Ketamine', { selector: '.tour-element' })).toBeInTheDocument();
    expect(within(tour).getByRole('button', { name: '← Previous' })).toBeDisabled();
    await userEvent.click(within(tour).getByRole('button', { name: 'Next →' }));
    expect(within(tour).getByText('Step 2 of 28')).toBeInTheDocument();
    expect(within(tour).getByText('Ketamine blocks NMDA receptor')).toBeInTheDocument();
    expect(tour.querySelector('mark')).toHaveTextContent(
      'Although ketamine is known as an N-methyl-d-aspartate (NMDA) receptor antagonist',
    );
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(tour).getByText('Step 4 of 28')).toBeInTheDocument();
    expect(window.location.search).toBe('?tour=ampa-mtor&step=4');
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(tour).getByText('Step 3 of 28')).toBeInTheDocument();
    expect(
      within(tour).getByText('NMDA receptor', { selector: '.tour-element' }),
    ).toBeInTheDocument();
    // The canvas is told what to highlight.
    expect(useUiStore.getState().tourHighlight).toEqual({
      current: ['nmda-receptor'],
      visited: ['ketamine', 'ketamine-blocks-nmda-receptor'],
    });
    await userEvent.click(within(tour).getByRole('button', { name: 'End walkthrough' }));
    expect(screen.queryByRole('region', { name: /Walkthrough/ })).not.toBeInTheDocument();
    expect(useUiStore.getState().tourHighlight).toBeNull();
  });

  it('opens at the step a link names, and the arrow keys leave a search box alone', async () => {
    renderApp('/?tour=l-type-calcium&step=3');
    const tour = await screen.findByRole('region', { name: 'Walkthrough: L-type calcium' });
    expect(within(tour).getByText('Step 3 of 15')).toBeInTheDocument();
    expect(
      within(tour).getByText('L-type calcium channels', { selector: '.tour-element' }),
    ).toBeInTheDocument();
    const box = await screen.findByRole('combobox', { name: 'Search nodes' });
    await userEvent.type(box, 'bd{ArrowRight}');
    expect(within(tour).getByText('Step 3 of 15')).toBeInTheDocument();
  });

  it('clamps a step past the end to the last step', async () => {
    renderApp('/?tour=psychedelic-contrast&step=99');
    const tour = await screen.findByRole('region', { name: 'Walkthrough: Psychedelic contrast' });
    expect(within(tour).getByText('Step 17 of 17')).toBeInTheDocument();
    expect(within(tour).getByRole('button', { name: 'Next →' })).toBeDisabled();
  });

  it('shows the two dose branches side by side, and says when one has no further step', async () => {
    renderApp('/?tour=dose-branches&step=5');
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
    await userEvent.click(within(tour).getByRole('button', { name: 'Next →' }));
    for (let i = 0; i < 8; i++) await userEvent.keyboard('{ArrowRight}');
    expect(
      within(tour).getByText('No further step is described in the sources.'),
    ).toBeInTheDocument();
  });

  it('opens the full evidence of a step in the panel', async () => {
    renderApp('/?tour=ampa-mtor&step=14');
    const tour = await screen.findByRole('region', { name: 'Walkthrough: AMPA/mTOR' });
    await userEvent.click(within(tour).getByRole('button', { name: 'All evidence for “mTOR”' }));
    expect(await screen.findByRole('complementary', { name: 'mTOR' })).toBeInTheDocument();
  });
});

describe('presentation mode', () => {
  it('switches on from the Teaching section, is kept in the URL, and switches off', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Presentation mode' }));
    expect(document.querySelector('.layout')).toHaveClass('presentation');
    expect(window.location.search).toBe('?present=1');
    await userEvent.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(document.querySelector('.layout')).not.toHaveClass('presentation');
    expect(window.location.search).toBe('');
  });
});
