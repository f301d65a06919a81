/** @vitest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

async function openFirstReader() {
  const panel = await screen.findByRole('complementary', { name: 'mTOR' });
  // The first passage of the evidence (the dose card above it quotes arrows, not mTOR itself).
  const evidence = within(panel).getByRole('region', { name: 'What the sources say' });
  const firstQuote = evidence.querySelector('figure')!;
  await userEvent.click(
    within(firstQuote as HTMLElement).getByRole('button', { name: 'Read in source' }),
  );
  return screen.findByRole('dialog');
}

describe('read in source', () => {
  it('opens the full source text with the quoted passage marked, fetched on demand', async () => {
    const { fetchMock } = renderApp('/?node=mtor');
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).not.toContainEqual(
      expect.stringMatching(/\.txt$/),
    );
    const dialog = await openFirstReader();
    expect(dialog).toHaveAccessibleName('Ketamine and Esketamine in Depression');
    const mark = await within(dialog).findByText(
      'stimulating the mTOR pathway (mammalian target of rapamycin)',
      { selector: 'mark' },
    );
    expect(mark).toBeInTheDocument();
    // The whole text is there, as text, around the passage.
    const text = within(dialog).getByLabelText('Source text');
    expect(text.textContent).toMatch(/^Sfondo Header\nL'angolo del dottorino/);
    expect(text.textContent).toContain('Marcantoni WS et al.');
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toContainEqual(
      expect.stringMatching(/data\/sources\/dottorino-ketamine-esketamine\.txt$/),
    );
  });

  it('closes with Esc, returning focus to the button that opened it', async () => {
    renderApp('/?node=mtor');
    await openFirstReader();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.activeElement).toHaveTextContent('Read in source');
    // The panel stays open underneath.
    expect(screen.getByRole('complementary', { name: 'mTOR' })).toBeInTheDocument();
  });

  it('shows a clear message with a retry when the source text is missing', async () => {
    let missing = true;
    renderApp('/?node=mtor', undefined, () =>
      missing ? new Response('', { status: 404 }) : new Response('Sfondo Header\nthe text'),
    );
    const dialog = await openFirstReader();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the source text (HTTP 404).');
    missing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByLabelText('Source text')).toHaveTextContent('Sfondo Header');
  });

  it('renders markup in a source as inert text', async () => {
    renderApp(
      '/?node=mtor',
      undefined,
      () =>
        new Response(
          '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> text',
        ),
    );
    const dialog = await openFirstReader();
    const text = await within(dialog).findByLabelText('Source text');
    expect(text.textContent).toContain('<img src=x onerror=');
    expect(dialog.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
