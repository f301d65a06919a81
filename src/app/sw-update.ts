/**
 * The update policy (README, "Offline and updates"). The worker serves one version whole: the
 * app, graph.json and the source texts it precached together. A newer deployment installs in the
 * background and waits; the open page keeps the version it started with, so it never mixes one
 * version's graph with another's source texts or code. The page then offers "Reload"; a page
 * that starts while a newer version is already waiting switches to it before it draws
 * (sw-switch.ts), so the new graph shows after at most one reload.
 */
import { Workbox } from 'workbox-window';
import { SWITCH_TIMEOUT_MS } from './sw-switch';
import { offerUpdate } from './update-state';

/** How often an open page asks for a newer version (a lecture can keep it open for hours). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // A first visit (or a hard reload) is not controlled: the worker that claims it later serves the
  // same version the page loaded from the network.
  const startedControlled = !!container.controller;
  const wb = new Workbox('./sw.js', { scope: './' });
  let registration: ServiceWorkerRegistration | undefined;
  let applying = false;
  const reload = () => window.location.reload();
  // "Reload to see it": the waiting version takes over, then the page reloads into it. Should the
  // browser hold the switch (see sw-switch.ts), a plain reload after a few seconds lets the page
  // start afresh and switch before it draws.
  const apply = () => {
    if (applying) return;
    applying = true;
    if (!registration?.waiting) return reload(); // another tab switched already
    wb.addEventListener('controlling', reload);
    wb.messageSkipWaiting();
    window.setTimeout(reload, SWITCH_TIMEOUT_MS);
  };
  // A version waiting before this page registered had its chance in sw-switch.ts; one that
  // arrives now waits for the visitor, like any other.
  wb.addEventListener('waiting', () => offerUpdate(apply));
  wb.register().then(
    (reg) => {
      registration = reg;
      // A newer version took this page over without this page asking (another tab applied it,
      // or a stalled switch finished late): the page keeps what it shows and offers the reload.
      container.addEventListener('controllerchange', () => {
        if (startedControlled && !applying) offerUpdate(reload);
      });
      setInterval(() => void wb.update().catch(() => {}), CHECK_EVERY_MS);
    },
    // A browser may refuse a worker (private windows, policies, test runs that block them):
    // the app then works online as it is, without offline use or update checks.
    () => {},
  );
}
