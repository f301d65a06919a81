// Shared test setup: jest-dom matchers everywhere; a canvas for Cytoscape under jsdom.
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  const { cleanup, configure } = await import('@testing-library/react');
  // The first render of a test file (jsdom, Cytoscape, the whole app) can take over the default
  // 1 s on a loaded 2-core machine; a wait that long is a slow machine, not a failure.
  configure({ asyncUtilTimeout: 5000 });
  const { afterEach } = await import('vitest');
  afterEach(() => cleanup());
}
