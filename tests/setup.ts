// Shared test setup: jest-dom matchers everywhere; a canvas for Cytoscape under jsdom.
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  const { cleanup, configure } = await import('@testing-library/react');
  // The sidebar mounts two frames after the graph and lazy chunks load on first use: on a
  // machine shared with other jobs that can take more than the default 1 s of `findBy*`.
  configure({ asyncUtilTimeout: 5000 });
  const { afterEach } = await import('vitest');
  afterEach(() => cleanup());
}
