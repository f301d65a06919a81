import './app/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { graphQueryOptions } from './app/graph-query';
import { queryClient } from './app/query-client';
import { switchToWaitingVersion } from './app/sw-switch';
import './app/label-font.css';
import './app/app.css';
import { labelFontReady } from './features/graph-canvas/label-font';

// Performance marks (scripts-run, graph-ready, canvas-created, graph-drawn) time the cold load
// in `npm run bench`, beside the same marks on a bare Cytoscape page.
performance.mark('scripts-run');

// A newer version already waiting switches in before this page draws or asks for anything more
// (sw-switch.ts); in the usual case this settles within a few milliseconds, beside the graph.
const switching = import.meta.env.PROD ? switchToWaitingVersion() : Promise.resolve(false);

// Start loading the graph now, not after React's first render (index.html preloads it too).
const graphLoaded = queryClient.prefetchQuery(graphQueryOptions);
// A graph that arrives at once is drawn in the first render; rendering "Loading…" first would
// cost a render and a layout on the way to the graph. A slow one shows the message after 200 ms.
await Promise.race([
  Promise.all([graphLoaded, labelFontReady]),
  new Promise((resolve) => setTimeout(resolve, 200)),
]);
await switching;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker (offline use and the update policy in sw-update.ts) registers once the page
// is up, from its own chunk.
if (import.meta.env.PROD) {
  const register = () => void import('./app/sw-update').then((m) => m.registerServiceWorker());
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
