// Component and core tests run in Debian's Chromium (never a downloaded browser).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { consentEndpoint } from './test/helpers/endpoint-plugin.mjs';
import { preferencesBackend } from './test/helpers/preferences-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `Chromium not found at ${executablePath}. Install it with "apt-get install -y chromium" ` +
      'or point CHROME_PATH at a Chrome or Chromium binary.',
  );
  process.exit(1);
}

export default {
  files: ['test/core/**/*.test.ts', 'test/elements/**/*.test.ts', 'test/embed/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // A scriptable consent endpoint for the sync tests (test/helpers/endpoint-plugin.mjs).
  middleware: [consentEndpoint(), preferencesBackend()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  browsers: [
    chromeLauncher({
      launchOptions: {
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
          // Two test files run side by side; the one in the background tab must still get
          // timers, animation frames and rendering (layout-shift and focus tests need them).
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
