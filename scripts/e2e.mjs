// `npm run test:e2e`: build the app (with the test hook that exposes Cytoscape) and run Playwright
// against it in a real Chromium. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { findChrome, HOW_TO_GET_ONE } from './find-chrome.mjs';

const chrome = await findChrome();
if (!chrome) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (run('node_modules/.bin/tsx', ['src/pipeline/cli.ts']) !== 0) process.exit(1);
if (
  run(
    'node_modules/.bin/vite',
    ['build', '--outDir', 'dist-e2e', '--emptyOutDir', '--logLevel', 'warn'],
    { VITE_EXPOSE_CY: '1' },
  ) !== 0
)
  process.exit(1);
process.exit(
  run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
    CHROME_PATH: chrome,
    PLAYWRIGHT_JSON_OUTPUT_NAME:
      process.env.PLAYWRIGHT_JSON_OUTPUT_NAME || '.playwright-results.json',
  }),
);
