/** Debian's Chromium through playwright-core, with the flags this machine needs. */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Launches Debian's Chromium (or `CHROME_PATH`) headless, with any extra flags a caller needs. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install -y chromium, or set CHROME_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
