// Measures the built drop-in script: raw, gzip and brotli bytes of each file, of what a
// first visit downloads before the banner shows (the boot, then the UI with its static
// imports, English included), of the engine (storage, the outbox and sender, identity: what a
// decision, an API call or unsent events add), and of what a returning visitor downloads (the
// boot alone).
// Prints a table, writes bench/results/sizes.json, and exits non-zero past a budget.
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { budgets } from '../bench/budgets.mjs';

const dist = 'packages/embed/dist';
if (!existsSync(`${dist}/assent.js`)) {
  console.error('packages/embed/dist/assent.js is missing: run `npm run build` first.');
  process.exit(1);
}

const measure = (file) => {
  const body = readFileSync(`${dist}/${file}`);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

/** A module and everything it imports statically (what the browser fetches before running it). */
const staticGraph = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`${dist}/${file}`, 'utf8');
  for (const match of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g,
  )) {
    staticGraph(match[1], seen);
  }
  return seen;
};

const sum = (files) =>
  files
    .map(measure)
    .reduce(
      (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
      {
        raw: 0,
        gzip: 0,
        brotli: 0,
      },
    );

const files = readdirSync(dist).filter((file) => file.endsWith('.js'));
const engineFiles = [...staticGraph('assent-engine.js')];
const firstVisitFiles = [...new Set(['assent.js', ...staticGraph('assent-ui.js')])];
const report = {
  returningVisitor: { files: ['assent.js'], ...measure('assent.js') },
  firstVisit: { files: firstVisitFiles, ...sum(firstVisitFiles) },
  engine: { files: engineFiles, ...sum(engineFiles) },
  consentDefault: {
    files: ['assent-consent-default.js'],
    ...measure('assent-consent-default.js'),
  },
  chunks: Object.fromEntries(files.map((file) => [file, measure(file)])),
};

const row = (name, size, budget) =>
  `${name.padEnd(44)} ${String(size.raw).padStart(8)} ${String(size.gzip).padStart(8)} ${String(size.brotli).padStart(8)}` +
  (budget ? ` ${String(budget).padStart(8)}` : '');
console.log(
  `${'file / path'.padEnd(44)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)} ${'budget'.padStart(8)}`,
);
console.log(
  row('returning visitor (assent.js)', report.returningVisitor, budgets.returningVisitor),
);
console.log(
  row(
    `first visit before banner (${firstVisitFiles.length} files)`,
    report.firstVisit,
    budgets.firstVisit,
  ),
);
console.log(row(`engine on demand (${engineFiles.length} files)`, report.engine, budgets.engine));
console.log(
  row('early Consent Mode default (blocking tag)', report.consentDefault, budgets.consentDefault),
);
for (const [file, size] of Object.entries(report.chunks))
  console.log(row(`  ${file}`, size, budgets.chunk));

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/sizes.json', JSON.stringify(report, null, 2));

const over = [];
if (report.returningVisitor.brotli > budgets.returningVisitor) over.push('returning visitor');
if (report.firstVisit.brotli > budgets.firstVisit) over.push('first visit');
if (report.engine.brotli > budgets.engine) over.push('engine');
if (report.consentDefault.brotli > budgets.consentDefault) over.push('early Consent Mode default');
for (const [file, size] of Object.entries(report.chunks))
  if (size.brotli > budgets.chunk) over.push(file);
if (over.length > 0) {
  console.error(`Size budget exceeded: ${over.join(', ')} (see bench/budgets.mjs).`);
  process.exit(1);
}
