/**
 * Whether a newer version of the app and its graph is installed and waiting. The service worker
 * module sets it; the `UpdateNotice` reads it. Kept apart from the worker code so the notice
 * costs the first view nothing.
 */
import { useSyncExternalStore } from 'react';

let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

/** Offer an update: `applyUpdate` activates the waiting version and reloads the page. */
export function offerUpdate(applyUpdate: (() => void) | null) {
  apply = applyUpdate;
  for (const l of listeners) l();
}

/** The function that applies the waiting update, or null when there is none. */
export function useUpdate() {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => apply,
  );
}
