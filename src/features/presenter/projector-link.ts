/**
 * The projected window's side of the presenter link: it tells the presenter view which step it
 * shows, and moves its walkthrough when the presenter view asks (Previous/Next there).
 */
import { useEffect, useRef } from 'react';
import { parsePresenterMessage, PRESENTER_CHANNEL } from '../../domain/presenter';
import type { Tour } from '../../domain/tour';
import { useUiStore } from '../../store/ui-store';

export function useProjectorLink(tour: Tour | null, step: number): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const shown = useRef<{ id: string; step: number } | null>(null);

  const id = tour?.id ?? null;
  const count = tour?.steps.length ?? 0;
  // One channel per walkthrough (not per step: the tour object is rebuilt at every step).
  useEffect(() => {
    if (!id || typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    // Only this walkthrough, at a step it has: the presenter view can move it, nothing else.
    const allowed = new Map([[id, count]]);
    ch.onmessage = (e: MessageEvent) => {
      const m = parsePresenterMessage(e.data, allowed);
      if (m?.type === 'hello') ch.postMessage({ type: 'state', tour: shown.current });
      else if (m?.type === 'go' && useUiStore.getState().tour?.id === m.tour)
        useUiStore.setState({ tour: { id: m.tour, step: m.step } });
    };
    return () => {
      // The walkthrough ended (or another began): the presenter view shows no step of it.
      ch.postMessage({ type: 'state', tour: null });
      ch.close();
      channel.current = null;
    };
  }, [id, count]);

  useEffect(() => {
    shown.current = id ? { id, step } : null;
    if (id) channel.current?.postMessage({ type: 'state', tour: { id, step } });
  }, [id, count, step]);
}

/** Opens the presenter view in a window of its own; false when the browser blocked it. */
export function openPresenterWindow(): boolean {
  const url = `${window.location.pathname}?presenter=1`;
  const w = window.open(url, 'ketamine-pathways-presenter', 'popup,width=960,height=720');
  return !!w;
}
