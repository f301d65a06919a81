// Shared test setup: jest-dom matchers everywhere; a canvas for Cytoscape under jsdom.
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  const { cleanup, configure } = await import('@testing-library/react');
  // The first render of a file builds Cytoscape and mounts the sidebar two frames later; on a
  // shared 2-core machine that took up to 3 s, past the 1 s default of findBy/waitFor.
  configure({ asyncUtilTimeout: 5000 });
  const { afterEach } = await import('vitest');
  afterEach(() => cleanup());
}
