import './app/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { graphQueryOptions } from './app/graph-query';
import { queryClient } from './app/query-client';
import './app/app.css';

// Start loading the graph now, not after React's first render (index.html preloads it too).
void queryClient.prefetchQuery(graphQueryOptions);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
