import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/bare',
  base: './',
  publicDir: '../../public',
  build: { outDir: '../../dist-bench', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
