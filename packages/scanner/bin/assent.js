#!/usr/bin/env node
// The published entry point: the scanner is built to dist/ by `npm run build`.
import { existsSync } from 'node:fs';

const run = new URL('../dist/run.js', import.meta.url);
if (!existsSync(run)) {
  process.stderr.write(
    'assent: dist/run.js is missing. Run `npm run build` at the repository root first.\n',
  );
  process.exit(2);
}
await import(run.href);
