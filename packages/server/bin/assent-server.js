#!/usr/bin/env node
// The published entry point: the server is built to dist/ by `npm run build`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'assent-server: dist/cli.js is missing. Run `npm run build` at the repository root first.\n',
  );
  process.exit(1);
}
await import(cli.href);
