import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian, Ubuntu and Fedora put Chromium (and Chrome), tried in order. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Raised when no browser is installed; its message says how to install one. */
export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

/** The system's Chromium: `CHROME_PATH`, else the usual install paths. Never downloads one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROME_PATH;
  if (given) {
    if (existsSync(given)) return given;
    throw new BrowserMissingError(
      `CHROME_PATH points at ${given}, which does not exist. Install Chromium ` +
        '(Debian/Ubuntu: `sudo apt-get install chromium`) or fix CHROME_PATH.',
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new BrowserMissingError(
    'No Chromium found (looked in ' +
      CANDIDATES.join(', ') +
      '). The scanner uses the system browser and never downloads one: install it with ' +
      '`sudo apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome or ' +
      'Chromium binary.',
  );
}

/** Launches the system Chromium headless, with the flags containers need. */
export function launchBrowser(executablePath = findChromium()): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
