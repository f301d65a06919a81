/**
 * The first half of the update policy (README, "Offline and updates"; the rest is sw-update.ts):
 * a page that starts while a newer version is already waiting (the visitor reloaded instead of
 * pressing "Reload to see it") switches to it before it draws anything or asks the old worker
 * for anything more.
 *
 * Why before: Chromium activates a waiting worker that called `skipWaiting()` only once the
 * active worker is idle. It asks that worker to stop when idle, and a request from the page that
 * starts it again cancels the ask; the new version then waits for the old worker's idle timeout
 * (about 30 s; never, while DevTools is attached, until a 5-minute limit). A page that switched
 * after drawing (as this app did until 2026-11-23) asked for chunks and fonts at that moment and
 * sometimes stayed on the old version. A page that asks for nothing while it switches does not.
 * If the switch still stalls, a reload asks again (the navigation restarts activation), at most
 * `MAX_RELOADS` times; then the page shows its own version and offers the new one.
 *
 * Plain DOM APIs, no workbox-window: this runs in the first view's chunk on every start.
 */

/** The message the generated worker answers with `skipWaiting()` (vite-plugin-pwa, "prompt"). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;
/** How long a switch may take before the page reloads to ask again. */
export const SWITCH_TIMEOUT_MS = 3000;
/** Reloads, per waiting version, before the page gives up and offers the update instead. */
export const MAX_RELOADS = 2;
const KEY = 'ketamine-pathways:switch-reloads';

interface Env {
  container: ServiceWorkerContainer | undefined;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  reload: () => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
}

function browserEnv(): Env {
  let storage: Env['storage'];
  try {
    storage = window.sessionStorage;
  } catch {
    storage = undefined; // storage blocked: the page still switches, without the reload count
  }
  return {
    container: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    storage,
    reload: () => window.location.reload(),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  };
}

function reloadsSoFar(storage: Env['storage']): number {
  try {
    return Number(storage?.getItem(KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}

function setReloads(storage: Env['storage'], n: number | null) {
  try {
    if (n === null) storage?.removeItem(KEY);
    else storage?.setItem(KEY, String(n));
  } catch {
    // storage full or blocked: nothing to remember
  }
}

/**
 * Resolves `false` at once when the page should start as it is (a first visit, no newer version
 * waiting, or the switch already stalled `MAX_RELOADS` times). Otherwise it asks the waiting
 * version to take over, reloads the page when it has, and never resolves: the page must not
 * start while it switches.
 */
export async function switchToWaitingVersion(env: Env = browserEnv()): Promise<false> {
  const { container, storage } = env;
  // A first visit (or a browser without workers) has no older version to leave.
  if (!container?.controller) return false;
  let waiting: ServiceWorker | null | undefined;
  try {
    waiting = (await container.getRegistration())?.waiting;
  } catch {
    return false;
  }
  if (!waiting) {
    setReloads(storage, null);
    return false;
  }
  const reloads = reloadsSoFar(storage);
  if (reloads >= MAX_RELOADS) return false;
  let switched = false;
  container.addEventListener(
    'controllerchange',
    () => {
      switched = true;
      env.reload();
    },
    { once: true },
  );
  waiting.postMessage(SKIP_WAITING);
  env.setTimeout(() => {
    if (switched) return;
    setReloads(storage, reloads + 1);
    env.reload();
  }, SWITCH_TIMEOUT_MS);
  return new Promise<false>(() => {});
}
