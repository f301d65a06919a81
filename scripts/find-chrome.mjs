// Finds a Chromium for the real-browser tests: $CHROME_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';

/** Headless flags that work on this project's machines (no sandbox as root, no background network). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const HOW_TO_GET_ONE =
  'No Chromium found for the browser tests. Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium (or set CHROME_PATH).';

export async function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    const { chromium } = await import('playwright-core');
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core not installed or no bundled browser: fine, the others may exist
  }
  return candidates.find((p) => p && existsSync(p)) ?? null;
}
