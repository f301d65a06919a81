/** @vitest-environment jsdom */
import { act, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  attachCanvas,
  canvas,
  CanvasNotReadyError,
  canvasReady,
  type CanvasHandle,
} from '../../src/features/graph-canvas/canvas-handle';
import { useUiStore } from '../../src/store/ui-store';
import { renderApp } from './render-app';

/** A stand-in canvas that records the calls it receives. */
function fakeCanvas() {
  const calls: string[] = [];
  const impl: CanvasHandle = {
    center: (id) => void calls.push(`center ${id}`),
    fit: () => void calls.push('fit'),
    zoomBy: (f) => void calls.push(`zoomBy ${f}`),
    image: async () => {
      calls.push('image');
      return [new Blob(['png'])];
    },
  };
  return { impl, calls };
}

describe('the canvas handle', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('before the canvas is ready: an image is refused with a clear error, a zoom does nothing', async () => {
    expect(canvasReady()).toBe(false);
    await expect(canvas.image({ format: 'png' })).rejects.toBeInstanceOf(CanvasNotReadyError);
    await expect(canvas.image({ format: 'svg' })).rejects.toThrow(/the graph is not drawn yet/);
    expect(() => canvas.zoomBy(1.25)).not.toThrow();
  });

  it('a centre or fit asked before the canvas is ready runs once it attaches (a deep link)', async () => {
    canvas.center('nmda-receptor');
    canvas.center('ampa-receptor');
    canvas.fit();
    canvas.zoomBy(2);
    const { impl, calls } = fakeCanvas();
    const detach = attachCanvas(impl);
    // The last centre wins; the zoom asked before was dropped, not replayed.
    expect(calls).toEqual(['fit', 'center ampa-receptor']);
    canvas.zoomBy(0.8);
    expect(await canvas.image({ format: 'png' })).toHaveLength(1);
    expect(calls.slice(2)).toEqual(['zoomBy 0.8', 'image']);
    detach();
    expect(canvasReady()).toBe(false);
    // Nothing queued from before leaks into the next canvas.
    const next = fakeCanvas();
    attachCanvas(next.impl)();
    expect(next.calls).toEqual([]);
  });

  it('once the graph is drawn, calls reach Cytoscape: zoom, fit, and centre on a selection', async () => {
    vi.stubEnv('VITE_EXPOSE_CY', '1');
    renderApp('/');
    await waitFor(() => expect(canvasReady()).toBe(true));
    const cy = window.__cy as Core;
    expect(cy).toBeTruthy();
    const zoom = cy.zoom();
    act(() => canvas.zoomBy(1.25));
    expect(cy.zoom()).toBeCloseTo(Math.min(zoom * 1.25, cy.maxZoom()), 5);

    const fit = vi.spyOn(cy, 'fit');
    act(() => canvas.fit());
    await waitFor(() => expect(fit).toHaveBeenCalled());

    const animate = vi.spyOn(cy, 'animate');
    // What the panel's neighbour buttons and the search do: select and centre.
    act(() => useUiStore.getState().select('nmda-receptor', { center: true }));
    await waitFor(() =>
      expect(
        animate.mock.calls.some(
          ([opts]) =>
            (opts as { center?: { eles: { id(): string } } }).center?.eles.id() === 'nmda-receptor',
        ),
      ).toBe(true),
    );
    expect(useUiStore.getState().selected).toBe('nmda-receptor');
  });
});
