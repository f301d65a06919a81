// `npm test`: every test, unit + component (vitest) and real-browser (Playwright), then one line
// `N passed, N failed` totalled over both runners. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const VITEST_JSON = '.vitest-results.json';
const PW_JSON = '.playwright-results.json';
for (const f of [VITEST_JSON, PW_JSON]) rmSync(f, { force: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const vitestCode = run('node_modules/.bin/vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${VITEST_JSON}`,
]);
const e2eCode = run('node', ['scripts/e2e.mjs'], { PLAYWRIGHT_JSON_OUTPUT_NAME: PW_JSON });

let passed = 0;
let failed = 0;
if (existsSync(VITEST_JSON)) {
  const v = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
} else failed += 1; // vitest did not report: count the runner itself as a failure
if (existsSync(PW_JSON)) {
  const s = JSON.parse(readFileSync(PW_JSON, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  // Playwright writes its report even when it never ran a test (its server could not start).
  if (e2eCode !== 0 && s.unexpected === 0) failed += 1;
} else failed += 1;

const line = `${passed} passed, ${failed} failed`;
writeFileSync('.test-summary', `${line}\n`);
console.log(line);
process.exit(vitestCode !== 0 || e2eCode !== 0 || failed > 0 ? 1 : 0);
