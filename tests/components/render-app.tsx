import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import { queryClient } from '../../src/app/query-client';
import { useUiStore } from '../../src/store/ui-store';

export const GRAPH_JSON = readFileSync(
  path.resolve(__dirname, '../../public/data/graph.json'),
  'utf8',
);

/** Renders the whole app at `url`, with fetch stubbed to answer `body` (the real graph by default). */
export function renderApp(url = '/', body: string | (() => Response) = GRAPH_JSON) {
  window.history.replaceState(null, '', url);
  queryClient.clear();
  useUiStore.setState({
    selected: null,
    filters: null,
    hovered: null,
    notices: [],
    centerRequest: 0,
    fitRequest: 0,
  });
  const fetchMock = vi.fn(async () =>
    typeof body === 'function' ? body() : new Response(body, { status: 200 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const utils = render(<App />);
  return { ...utils, fetchMock };
}

export type { QueryClient };
