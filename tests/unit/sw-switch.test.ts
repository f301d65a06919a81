// The page-start half of the update policy (src/app/sw-switch.ts), with a fake worker container:
// when the page starts as it is, when it hands over to a waiting version, and when it gives up.
import { describe, expect, it } from 'vitest';
import {
  MAX_RELOADS,
  SKIP_WAITING,
  SWITCH_TIMEOUT_MS,
  switchToWaitingVersion,
} from '../../src/app/sw-switch';

function fakeEnv(opts: { controlled: boolean; waiting: boolean; reloads?: number }) {
  const posted: unknown[] = [];
  const listeners: Array<() => void> = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const store = new Map<string, string>();
  const key = 'ketamine-pathways:switch-reloads';
  if (opts.reloads !== undefined) store.set(key, String(opts.reloads));
  let reloaded = 0;
  const waiting = opts.waiting ? { postMessage: (m: unknown) => posted.push(m) } : null;
  const container = {
    controller: opts.controlled ? {} : null,
    getRegistration: async () => ({ waiting }),
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'controllerchange') listeners.push(fn);
    },
  } as unknown as ServiceWorkerContainer;
  const env = {
    container,
    storage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    },
    reload: () => void reloaded++,
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  };
  return {
    env,
    posted,
    timers,
    reloads: () => reloaded,
    stored: () => store.get(key),
    takeOver: () => listeners.forEach((fn) => fn()),
  };
}

/** Whether the promise settled within a few turns of the event loop. */
async function settles(p: Promise<unknown>) {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('a page starting while a newer version may be waiting', () => {
  it('on a first visit starts at once, asking the browser nothing', async () => {
    const f = fakeEnv({ controlled: false, waiting: true });
    await expect(switchToWaitingVersion(f.env)).resolves.toBe(false);
    expect(f.posted).toEqual([]);
  });

  it('with no newer version waiting starts at once and forgets earlier reloads', async () => {
    const f = fakeEnv({ controlled: true, waiting: false, reloads: 1 });
    await expect(switchToWaitingVersion(f.env)).resolves.toBe(false);
    expect(f.posted).toEqual([]);
    expect(f.stored()).toBeUndefined();
  });

  it('with a newer version waiting does not start, asks it to take over and reloads when it has', async () => {
    const f = fakeEnv({ controlled: true, waiting: true });
    const started = switchToWaitingVersion(f.env);
    expect(await settles(started)).toBe(false);
    expect(f.posted).toEqual([SKIP_WAITING]);
    expect(f.reloads()).toBe(0);
    f.takeOver();
    expect(f.reloads()).toBe(1);
    // The stall timer that follows a finished switch does nothing more.
    f.timers.forEach((t) => t.fn());
    expect(f.reloads()).toBe(1);
    expect(f.stored()).toBeUndefined();
  });

  it('reloads to ask again when the switch stalls, and counts the reload', async () => {
    const f = fakeEnv({ controlled: true, waiting: true });
    void switchToWaitingVersion(f.env);
    await settles(Promise.resolve());
    expect(f.timers.map((t) => t.ms)).toEqual([SWITCH_TIMEOUT_MS]);
    f.timers[0]!.fn();
    expect(f.reloads()).toBe(1);
    expect(f.stored()).toBe('1');
  });

  it(`after ${MAX_RELOADS} stalled switches starts on its own version (the notice offers the new one)`, async () => {
    const f = fakeEnv({ controlled: true, waiting: true, reloads: MAX_RELOADS });
    await expect(switchToWaitingVersion(f.env)).resolves.toBe(false);
    expect(f.posted).toEqual([]);
    expect(f.reloads()).toBe(0);
  });

  it('starts as it is when the browser cannot say whether a version is waiting', async () => {
    const f = fakeEnv({ controlled: true, waiting: true });
    f.env.container.getRegistration = async () => {
      throw new Error('SecurityError');
    };
    await expect(switchToWaitingVersion(f.env)).resolves.toBe(false);
    expect(f.posted).toEqual([]);
  });
});
