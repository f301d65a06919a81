import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import { queryClient } from '../../src/app/query-client';
import { useUiStore } from '../../src/store/ui-store';

// The app loads its sidebar and evidence panel lazily, after the graph's first frame. Load their
// modules once up front, so that a test's wait times the app, not the test runner transforming
// those modules on a busy machine.
await Promise.all([
  import('../../src/app/Sidebar'),
  import('../../src/features/details-panel/DetailsPanel'),
]);

export const GRAPH_JSON = readFileSync(
  path.resolve(__dirname, '../../public/data/graph.json'),
  'utf8',
);

/**
 * Renders the whole app at `url`. fetch is stubbed: graph.json answers `body` (the real graph by
 * default); a source text answers the real file, or `sourceBody` when given.
 */
export function renderApp(
  url = '/',
  body: string | (() => Response) = GRAPH_JSON,
  sourceBody?: () => Response,
) {
  window.history.replaceState(null, '', url);
  queryClient.clear();
  useUiStore.setState(useUiStore.getInitialState(), true);
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const u = String(input);
    const src = /data\/sources\/([a-z0-9-]+)\.txt$/.exec(u);
    if (src) {
      if (sourceBody) return sourceBody();
      return new Response(
        readFileSync(path.resolve(__dirname, `../../public/data/sources/${src[1]}.txt`), 'utf8'),
      );
    }
    return typeof body === 'function' ? body() : new Response(body, { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  const utils = render(<App />);
  return { ...utils, fetchMock };
}

export type { QueryClient };
