// Finds a Chromium for the real-browser tests: $CHROME_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';

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
