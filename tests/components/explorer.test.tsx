/** @vitest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { useUiStore } from '../../src/store/ui-store';
import { GRAPH_JSON, renderApp } from './render-app';

afterEach(() => {
  vi.unstubAllGlobals();
  // A view kept for a reload (url-sync.ts) is this tab's: it must not reach the next test.
  window.sessionStorage.clear();
});

const countLine = () => screen.getByText(/edges? visible$/);
/** The browser's Back, and the popstate it sends a moment later. */
const goBack = () =>
  act(async () => {
    window.history.back();
    await new Promise((r) => setTimeout(r, 50));
  });

async function loaded() {
  return screen.findByText(/nodes?, \d+ edges? visible/);
}

describe('loading', () => {
  it('shows a loading state, then the count of visible elements', async () => {
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent(/Loading the pathway graph/);
    expect(await loaded()).toHaveTextContent('33 nodes, 61 edges visible');
  });

  it('shows a clear message and a retry button when graph.json cannot be fetched', async () => {
    let fail = true;
    const { fetchMock } = renderApp('/', () =>
      fail ? new Response('nope', { status: 500 }) : new Response(GRAPH_JSON),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load the graph .*HTTP 500/);
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await loaded()).toHaveTextContent('33 nodes');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuses a graph.json that does not match the schema, saying where', async () => {
    renderApp(
      '/',
      JSON.stringify({
        format: 'ketamine-pathways/2',
        sources: [],
        hypotheses: [],
        branches: [],
        views: [],
        elements: { nodes: [{ data: { id: 'X' } }], edges: [] },
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /does not match the expected format \(elements\.nodes\.0\.data/,
    );
  });

  it('refuses a truncated graph.json', async () => {
    renderApp('/', '{"format": "ketamine-pathways/2", "sour');
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
  });
});

describe('evidence panel', () => {
  it('opens for a node with its label as the accessible name, its quotes and citations', async () => {
    renderApp('/?node=mtor');
    const panel = await screen.findByRole('complementary', { name: 'mTOR' });
    expect(within(panel).getByText('Signaling molecule')).toBeInTheDocument();
    expect(
      within(panel).getByText(/mammalian target of rapamycin; mechanistic target of rapamycin/),
    ).toBeInTheDocument();
    // Two sources, the first passage of each; the dose card's passage waits behind "Passage".
    expect(panel.querySelectorAll('blockquote')).toHaveLength(2);
    await userEvent.click(within(panel).getByRole('button', { name: 'Passage' }));
    const quotes = panel.querySelectorAll('blockquote');
    expect(quotes.length).toBeGreaterThan(2);
    const marked = [...panel.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marked).toContain('stimulating the mTOR pathway (mammalian target of rapamycin)');
    // A quote from a source with a DOI cites it; the citation link opens safely.
    const biol = [...quotes].find((q) =>
      q.textContent?.includes('a cascade of intracellular events'),
    )!;
    expect(biol).toHaveAttribute('cite', 'https://doi.org/10.1051/jbio/2023026');
    const link = within(panel).getAllByRole('link', { name: 'Biol Aujourdhui 2023' })[0]!;
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('compares the branches side by side and says when a branch has nothing of its own', async () => {
    renderApp('/?node=mtor');
    const panel = await screen.findByRole('complementary', { name: 'mTOR' });
    const sub = within(panel).getByRole('region', { name: 'Subanesthetic' });
    const high = within(panel).getByRole('region', { name: 'High-dose' });
    expect(
      within(sub).getByRole('button', { name: 'AMPA receptor stimulates mTOR' }),
    ).toBeInTheDocument();
    expect(within(high).getByText('Nothing here for this dose alone.')).toBeInTheDocument();
  });

  it('shows what each branch does at the NMDA receptor, each with a quote of its own', async () => {
    renderApp('/?node=nmda-receptor');
    const panel = await screen.findByRole('complementary', { name: 'NMDA receptor' });
    await userEvent.click(within(panel).getByRole('button', { name: '2 passages' }));
    const high = within(panel).getByRole('region', { name: 'High-dose' });
    expect(
      within(high).getByRole('button', {
        name: 'NMDA receptor activity raises Intracellular calcium',
      }),
    ).toBeInTheDocument();
    expect(high.querySelector('mark')).toHaveTextContent(
      /reduce intracellular calcium by blocking the calcium-permeable NMDA receptors/,
    );
    const sub = within(panel).getByRole('region', { name: 'Subanesthetic' });
    expect(
      within(sub).getByRole('button', { name: 'NMDA receptor activity drives GABAergic neurons' }),
    ).toBeInTheDocument();
    expect(sub.querySelector('mark')).toHaveTextContent(/GABAergic/);
  });

  it('quotes the French abstract with its language', async () => {
    renderApp('/?node=mpfc-pyramidal-cells');
    const panel = await screen.findByRole('complementary', { name: 'mPFC pyramidal cells' });
    for (const more of within(panel).queryAllByRole('button', { name: /^Show all \d+ passages$/ }))
      await userEvent.click(more);
    const fr = [...panel.querySelectorAll('blockquote')].find((q) =>
      q.textContent?.includes('Les cellules pyramidales'),
    )!;
    expect(fr).toHaveAttribute('lang', 'fr');
    expect(fr.closest('figure')).toHaveTextContent('French');
  });

  it('lists clinical facts with their quotes', async () => {
    renderApp('/?node=esketamine');
    const panel = await screen.findByRole('complementary', { name: 'Esketamine' });
    const dose = within(panel).getByText('Dose', { selector: 'dt' });
    expect(dose.nextElementSibling?.textContent).toMatch(/^56–84 mg per session/);
    expect(dose.nextElementSibling?.querySelector('mark')).toHaveTextContent(
      'with doses of 56–84 mg per session',
    );
  });

  it('walks the cascade through neighbour buttons, and Esc closes the panel', async () => {
    renderApp('/?node=ampa-receptor');
    const panel = await screen.findByRole('complementary', { name: 'AMPA receptor' });
    const downstream = within(panel).getByRole('navigation', { name: 'Downstream' });
    await userEvent.click(within(downstream).getByRole('button', { name: 'mTOR' }));
    expect(await screen.findByRole('complementary', { name: 'mTOR' })).toBeInTheDocument();
    expect(window.location.search).toBe('?node=mtor');
    const upstream = within(screen.getByRole('complementary')).getByRole('navigation', {
      name: 'Upstream',
    });
    expect(within(upstream).getByRole('button', { name: 'AMPA receptor' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    // Focus returns to the graph, not to the top of the page.
    expect(document.activeElement).toBe(
      screen.getByRole('img', { name: /Pathway graph of 33 nodes/ }),
    );
  });

  it('opens for an edge with the relation as a sentence', async () => {
    renderApp('/?node=ketamine-blocks-nmda-receptor');
    const panel = await screen.findByRole('complementary', {
      name: 'Ketamine blocks NMDA receptor',
    });
    expect(within(panel).getByText(/blocks \(antagonist\)/)).toBeInTheDocument();
    const from = within(panel).getByRole('navigation', { name: 'From' });
    expect(from).toHaveTextContent(/^FromKetamine$/);
    const evidence = within(panel).getByRole('region', { name: 'What the sources say' });
    expect(evidence).toHaveTextContent('(6 passages, 4 sources)');
    // The dose line says where the arrow belongs without repeating its quotes.
    expect(within(panel).getByRole('region', { name: 'Dose' })).toHaveTextContent(
      'Both dose branches: subanesthetic and high-dose.',
    );
    await Promise.all(
      within(panel)
        .queryAllByRole('button', { name: /^Show all \d+ passages$/ })
        .map((b) => userEvent.click(b)),
    );
    expect(panel.querySelectorAll('blockquote').length).toBe(6);
  });

  it('renders source text as text, never as HTML', async () => {
    renderApp('/?node=mtor');
    const panel = await screen.findByRole('complementary', { name: 'mTOR' });
    expect(panel.querySelector('script, img, iframe')).toBeNull();
  });
});

describe('filters', () => {
  it('narrows to one hypothesis and says how many elements remain', async () => {
    renderApp();
    await loaded();
    const replace = vi.spyOn(window.history, 'replaceState');
    try {
      await userEvent.click(screen.getByRole('checkbox', { name: 'AMPA/mTOR' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Psychedelic contrast' }));
      expect(countLine()).toHaveTextContent('7 nodes, 9 edges visible');
      // The URL follows once the filters are left alone: one write for the two clicks, none in
      // the clicks themselves (it would compete with drawing the faded graph).
      expect(replace).not.toHaveBeenCalled();
      await waitFor(() => expect(window.location.search).toBe('?hyp=l-type-calcium'));
      expect(replace).toHaveBeenCalledTimes(1);
    } finally {
      replace.mockRestore();
    }
  });

  it('a filter change still waiting for the URL gives way to the back button', async () => {
    renderApp('/?node=ampa-receptor');
    await screen.findByRole('complementary', { name: 'AMPA receptor' });
    act(() => useUiStore.getState().select('mtor'));
    expect(window.location.search).toBe('?node=mtor');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' }));
    await goBack();
    expect(await screen.findByRole('complementary', { name: 'AMPA receptor' })).toBeInTheDocument();
    // Long after the filter change's delay, the URL is still the one the back button went to.
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(window.location.search).toBe('?node=ampa-receptor');
    expect(screen.getByRole('checkbox', { name: 'AMPA/mTOR' })).toBeChecked();
  });

  it('a filter change still waiting goes into the entry that a new selection leaves', async () => {
    renderApp('/?node=ampa-receptor');
    await screen.findByRole('complementary', { name: 'AMPA receptor' });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' }));
    act(() => useUiStore.getState().select('mtor'));
    expect(window.location.search).toBe('?node=mtor&hyp=l-type-calcium,psychedelic-contrast');
    await goBack();
    // Back finds the selection before, with the filter change made there (tester, 2026-12-06).
    expect(await screen.findByRole('complementary', { name: 'AMPA receptor' })).toBeInTheDocument();
    expect(window.location.search).toBe(
      '?node=ampa-receptor&hyp=l-type-calcium,psychedelic-contrast',
    );
    expect(screen.getByRole('checkbox', { name: 'AMPA/mTOR' })).not.toBeChecked();
  });

  /** What the next page's navigation entry says it was: a reload, or a link followed. */
  const navigationType = (type: 'reload' | 'navigate') =>
    vi
      .spyOn(performance, 'getEntriesByType')
      .mockReturnValue([{ type } as unknown as PerformanceEntry]);

  it('a reload within the delay keeps a filter change', async () => {
    const reload = navigationType('reload');
    onTestFinished(() => reload.mockRestore());
    const { unmount } = renderApp('/?node=mtor');
    await screen.findByRole('complementary', { name: 'mTOR' });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' }));
    expect(window.location.search).toBe('?node=mtor');
    // A reload: the page is hidden, then the address the reload started from loads again.
    window.dispatchEvent(new Event('pagehide'));
    unmount();
    renderApp('/?node=mtor');
    expect(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' })).not.toBeChecked();
    expect(window.location.search).toBe('?node=mtor&hyp=l-type-calcium,psychedelic-contrast');
    // Once: the next load of that address is the address.
    unmount();
    renderApp('/?node=mtor');
    expect(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' })).toBeChecked();
  });

  it('a view kept for a reload is not taken by a link followed to the same address', async () => {
    const followed = navigationType('navigate');
    onTestFinished(() => followed.mockRestore());
    const { unmount } = renderApp('/?node=mtor');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' }));
    window.dispatchEvent(new Event('pagehide'));
    unmount();
    renderApp('/?node=mtor');
    expect(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' })).toBeChecked();
    expect(window.location.search).toBe('?node=mtor');
    expect(window.sessionStorage.getItem('kp:waiting-view')).toBeNull();
  });

  it('a page back from the back/forward cache drops the view kept for a reload', async () => {
    renderApp('/?node=mtor');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' }));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.sessionStorage.getItem('kp:waiting-view')).not.toBeNull();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(window.sessionStorage.getItem('kp:waiting-view')).toBeNull();
  });

  it('a view kept for a reload is dropped when it does not fit the address loading', async () => {
    const reload = navigationType('reload');
    onTestFinished(() => reload.mockRestore());
    window.sessionStorage.setItem(
      'kp:waiting-view',
      JSON.stringify(['?node=bdnf', '?hyp=ampa-mtor', Date.now()]),
    );
    renderApp('/?node=mtor');
    expect(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'L-type calcium' })).toBeChecked();
    expect(window.location.search).toBe('?node=mtor');
    expect(window.sessionStorage.getItem('kp:waiting-view')).toBeNull();
  });

  it('a filter change is written to the URL at once when the page is left', async () => {
    renderApp();
    await loaded();
    await userEvent.click(screen.getByRole('checkbox', { name: 'AMPA/mTOR' }));
    expect(window.location.search).toBe('');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?hyp=l-type-calcium,psychedelic-contrast');
  });

  it('narrows to the high-dose branch', async () => {
    renderApp();
    await loaded();
    await userEvent.click(screen.getByRole('radio', { name: 'High-dose' }));
    expect(countLine()).toHaveTextContent('5 nodes, 6 edges visible');
  });

  it('narrows to one source', async () => {
    renderApp();
    await loaded();
    for (const name of [
      'Neuropsychotropic review (2023)',
      'L-type calcium review (2021)',
      'Psychedelic contrast chapter (2022)',
      "L'angolo del dottorino",
    ]) {
      await userEvent.click(screen.getByRole('checkbox', { name }));
    }
    expect(countLine()).toHaveTextContent(/^1\d nodes, \d+ edges visible$/);
  });
});

describe('view controls', () => {
  it('Reset clears the selection and restores every filter', async () => {
    renderApp('/?node=bdnf&hyp=ampa-mtor&dose=high-dose');
    await screen.findByRole('complementary', { name: 'BDNF' });
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(countLine()).toHaveTextContent('33 nodes, 61 edges visible');
    expect(screen.getByRole('radio', { name: 'Both doses' })).toBeChecked();
  });

  it('the close button closes the panel', async () => {
    renderApp('/?node=bdnf');
    const panel = await screen.findByRole('complementary', { name: 'BDNF' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});

describe('search', () => {
  it('lists matches as you type and Enter selects one', async () => {
    renderApp();
    await loaded();
    const box = screen.getByRole('combobox', { name: 'Search nodes' });
    await userEvent.type(box, 'mammalian target');
    const list = screen.getByRole('listbox', { name: 'Matching nodes' });
    expect(within(list).getByRole('option', { name: /mTOR/ })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('complementary', { name: 'mTOR' })).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    renderApp();
    await loaded();
    await userEvent.type(
      screen.getByRole('combobox', { name: 'Search nodes' }),
      'serotonin syndrome',
    );
    expect(screen.getByText(/No node matches/)).toBeInTheDocument();
  });
});

describe('shareable views', () => {
  it('restores node, hypotheses, sources and dose from the URL', async () => {
    renderApp('/?node=bdnf&hyp=ampa-mtor&dose=subanesthetic');
    expect(await screen.findByRole('complementary', { name: 'BDNF' })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'AMPA/mTOR' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'L-type calcium' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Subanesthetic' })).toBeChecked();
  });

  it('ignores unknown ids with a visible notice, never a crash', async () => {
    renderApp('/?node=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&hyp=nope');
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      'Some link parameters were ignored: unknown hyp "nope"; unknown node "<img src=x onerror=alert(1)>"',
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('steps back through selections with the browser history', async () => {
    renderApp('/?node=ampa-receptor');
    await screen.findByRole('complementary', { name: 'AMPA receptor' });
    act(() => useUiStore.getState().select('mtor'));
    expect(window.location.search).toBe('?node=mtor');
    await goBack();
    expect(await screen.findByRole('complementary', { name: 'AMPA receptor' })).toBeInTheDocument();
  });
});
