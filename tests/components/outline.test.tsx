/** @vitest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../src/store/ui-store';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const outline = () => screen.getByRole('navigation', { name: 'Outline' });
async function openOutline() {
  await userEvent.click(within(outline()).getByText('Outline'));
}
const nodeItems = () =>
  within(outline())
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.tagName === 'OL');

describe('outline', () => {
  it('lists every visible node top-down, with its arrows as buttons', async () => {
    renderApp();
    await screen.findByText(/33 nodes/);
    // Closed, it renders nothing heavy; opened, every visible node.
    expect(
      within(await screen.findByRole('navigation', { name: 'Outline' })).queryAllByRole('button'),
    ).toHaveLength(0);
    await openOutline();
    expect(nodeItems()).toHaveLength(33);
    const ketamine = nodeItems().find(
      (li) => li.querySelector('button')?.textContent === 'Ketamine',
    )!;
    expect(
      within(ketamine).getByRole('button', { name: 'blocks NMDA receptor' }),
    ).toBeInTheDocument();
    // Top-down: the drugs come before the effect at the bottom of the cascade.
    const labels = nodeItems().map((li) => li.querySelector('button')?.textContent);
    expect(labels.indexOf('Ketamine')).toBeLessThan(labels.indexOf('Rapid antidepressant effect'));
  });

  it('follows the filters', async () => {
    renderApp('/?dose=high-dose');
    await screen.findByText(/5 nodes/);
    await screen.findByRole('navigation', { name: 'Outline' });
    await openOutline();
    expect(
      nodeItems()
        .map((li) => li.querySelector('button')?.textContent)
        .sort(),
    ).toEqual([
      'Anesthesia',
      'Intracellular calcium',
      'Ketamine',
      'NMDA receptor',
      'Potential neurotoxicity',
    ]);
  });

  it('selects from the outline, and shows the canvas selection', async () => {
    renderApp();
    await screen.findByText(/33 nodes/);
    await screen.findByRole('navigation', { name: 'Outline' });
    await openOutline();
    await userEvent.click(within(outline()).getByRole('button', { name: 'AMPA receptor' }));
    expect(await screen.findByRole('complementary', { name: 'AMPA receptor' })).toBeInTheDocument();
    expect(within(outline()).getByRole('button', { name: 'AMPA receptor' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await userEvent.click(within(outline()).getByRole('button', { name: 'stimulates mTOR' }));
    expect(
      await screen.findByRole('complementary', {
        name: 'AMPA receptor stimulates mTOR',
      }),
    ).toBeInTheDocument();
    act(() => useUiStore.getState().select('bdnf'));
    expect(within(outline()).getByRole('button', { name: 'BDNF' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(within(outline()).getByRole('button', { name: 'AMPA receptor' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('is reachable through a skip link, which opens it', async () => {
    renderApp();
    await screen.findByText(/33 nodes/);
    await screen.findByRole('navigation', { name: 'Outline' });
    const link = screen.getByRole('link', { name: /Skip to the outline/ });
    expect(link).toHaveAttribute('href', '#outline');
    await userEvent.click(link);
    const nav = document.getElementById('outline')!;
    expect(nav.querySelector('details')).toHaveAttribute('open');
    expect(await within(nav).findAllByRole('button')).not.toHaveLength(0);
    // The link opens the outline itself: no "#outline" is left in the URL.
    expect(window.location.hash).toBe('');
  });

  it('Esc in the panel returns focus to the outline entry that opened it', async () => {
    renderApp();
    await screen.findByText(/33 nodes/);
    await screen.findByRole('navigation', { name: 'Outline' });
    await openOutline();
    const entry = within(outline()).getByRole('button', { name: 'mTOR' });
    await userEvent.click(entry);
    const panel = await screen.findByRole('complementary', { name: 'mTOR' });
    // Moving through the panel's neighbours keeps the way back to the outline.
    await userEvent.click(
      within(within(panel).getByRole('navigation', { name: 'Upstream' })).getByRole('button', {
        name: 'AMPA receptor',
      }),
    );
    await screen.findByRole('complementary', { name: 'AMPA receptor' });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(within(outline()).getByRole('button', { name: 'mTOR' }));
  });
});
