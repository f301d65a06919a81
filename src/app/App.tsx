import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { isPresenterWindow } from '../domain/url';
import { useGraph } from './graph-query';
import { Explorer } from './Explorer';
import { queryClient } from './query-client';
import { UpdateNotice } from './UpdateNotice';

// The presenter view (a second window on the lecturer's screen) loads on demand.
const PresenterView = lazy(() => import('../features/presenter/PresenterView'));
const PRESENTER = isPresenterWindow(window.location.search);

function Content() {
  const { data, error, isPending, refetch, isFetching } = useGraph();
  if (isPending) {
    return (
      <p className="status" role="status">
        Loading the pathway graph…
      </p>
    );
  }
  if (error) {
    return (
      <div className="status error" role="alert">
        <p>{error.message}</p>
        <button type="button" onClick={() => refetch()} disabled={isFetching}>
          Retry
        </button>
      </div>
    );
  }
  if (PRESENTER)
    return (
      <Suspense fallback={<p className="status">Loading the presenter view…</p>}>
        <PresenterView index={data} />
      </Suspense>
    );
  return <Explorer index={data} />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <header className="app-header">
        <h1>Ketamine: antidepressant mechanisms</h1>
        <p className="tagline">Every node and arrow quotes its source, word for word.</p>
      </header>
      <UpdateNotice />
      <Content />
    </QueryClientProvider>
  );
}
