// Shared test setup: jest-dom matchers everywhere; a canvas for Cytoscape under jsdom.
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  const { cleanup } = await import('@testing-library/react');
  const { afterEach } = await import('vitest');
  afterEach(() => cleanup());
}
