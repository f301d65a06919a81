import { QueryClientProvider } from '@tanstack/react-query';
import { useGraph } from './graph-query';
import { Explorer } from './Explorer';
import { queryClient } from './query-client';
import { UpdateNotice } from './UpdateNotice';

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
