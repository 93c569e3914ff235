// Adds up the counts printed by node's test runner and @web/test-runner into one line:
// "N passed, N failed". Reads the log of a test run from the file named on the command line.
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex
const text = readFileSync(process.argv[2], 'utf8').replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;

// node --test (spec reporter) ends with "ℹ pass N", "ℹ fail N", "ℹ skipped N" per run.
for (const [, kind, count] of text.matchAll(/^ℹ (pass|fail|skipped) (\d+)$/gm)) {
  if (kind === 'pass') passed += Number(count);
  else if (kind === 'fail') failed += Number(count);
  else skipped += Number(count);
}

// @web/test-runner repaints its progress line and prints its summary twice: the last
// progress line holds the totals of its one run.
const browserRuns = [
  ...text.matchAll(/^Chrome: .*?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm),
];
const last = browserRuns.at(-1);
if (last) {
  passed += Number(last[1]);
  failed += Number(last[2]);
  skipped += Number(last[3] ?? 0);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
