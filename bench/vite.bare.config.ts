import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The cold-load baselines, each built on its own so neither shares a chunk with the other:
// plain Cytoscape (bench/bare) and, with BARE=react, the same drawing created from React
// (bench/bare/react, served at /bare/react/).
const withReact = process.env.BARE === 'react';

export default defineConfig({
  root: withReact ? 'bench/bare/react' : 'bench/bare',
  base: './',
  publicDir: withReact ? false : '../../public',
  plugins: withReact ? [react()] : [],
  build: {
    outDir: withReact ? '../../../dist-bench/react' : '../../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
  },
  logLevel: 'warn',
});
