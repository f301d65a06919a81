/**
 * The update policy (README, "Offline and updates"). The worker serves one version whole: the
 * app, graph.json and the source texts it precached together. A newer deployment installs in the
 * background and waits; the open page keeps the version it started with, so it never mixes one
 * version's graph with another's source texts or code. The page then offers "Reload"; and a
 * page that starts while a newer version is already waiting (the visitor reloaded instead)
 * switches to it at once, so the new graph shows after at most one reload.
 */
import { Workbox } from 'workbox-window';
import { offerUpdate } from './update-state';

/** How often an open page asks for a newer version (a lecture can keep it open for hours). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('./sw.js', { scope: './' });
  const apply = () => {
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  };
  wb.addEventListener('waiting', (event) => {
    if (event.wasWaitingBeforeRegister) apply();
    else offerUpdate(apply);
  });
  wb.register().then(
    () => setInterval(() => void wb.update().catch(() => {}), CHECK_EVERY_MS),
    // A browser may refuse a worker (private windows, policies, test runs that block them):
    // the app then works online as it is, without offline use or update checks.
    () => {},
  );
}
