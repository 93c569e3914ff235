/**
 * `assent scan <url>`: the site scanner's command line. Exits 0 when nothing optional was set
 * or requested before consent, 1 when something was (so CI fails), 2 on a usage or browser
 * problem.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BrowserMissingError } from './browser.js';
import { htmlReport } from './report-html.js';
import { textReport } from './report-text.js';
import { scan } from './scan.js';
import { skeletonFile } from './skeleton.js';
import type { Phase } from './types.js';

const USAGE = `Usage: assent scan <url> [options]

Visits the site in the system's headless Chromium as a new visitor, then again after
"Accept all", and lists every cookie, storage key and third-party request with the page that
caused it. Exits 1 when anything optional was set or requested before consent.

Options:
  --pages N               pages to visit in each phase (default 10)
  --config file           the site's Assent config (JSON, or JS setting window.assentConfig)
  --json file             write the full report as JSON
  --html file             write the report as a self-contained HTML page
  --write file            write a config skeleton (JSON, or window.assentConfig for .js)
  --accept-selector sel   CSS selector of the "Accept all" button of a banner that is not Assent's
  --quiet                 print only the verdict
  -h, --help              show this help
`;

/** Reads a config file: JSON, or a script that assigns `window.assentConfig = {…}`. */
export function readConfigFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    // A script like the one the site serves (`window.assentConfig = {…}`): the site's own file,
    // run here with a stand-in for `window` and nothing else of a browser.
    const window: { assentConfig?: unknown } = {};
    new Function('window', text)(window);
    if (window.assentConfig === undefined) {
      throw new Error(`${path} is neither JSON nor a script setting window.assentConfig`);
    }
    return window.assentConfig;
  }
}

/** A progress bar on stderr while crawling; nothing when stderr is not a terminal. */
function progress(): { update(phase: Phase, visited: number, limit: number): void; done(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, done: () => undefined };
  return {
    update(phase, visited, limit) {
      const width = 24;
      const filled = Math.round((visited / limit) * width);
      const label = phase === 'before' ? 'as a new visitor' : 'after "Accept all"';
      process.stderr.write(
        `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${visited}/${limit} pages ${label} `,
      );
    },
    done: () => process.stderr.write('\r\x1b[2K'),
  };
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        config: { type: 'string' },
        json: { type: 'string' },
        html: { type: 'string' },
        write: { type: 'string' },
        'accept-selector': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`assent: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, url] = positionals;
  if (command !== 'scan' || !url || positionals.length > 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') throw new Error();
  } catch {
    process.stderr.write(`assent: "${url}" is not an http(s) URL.\n`);
    return 2;
  }
  const pages = values.pages === undefined ? 10 : Number(values.pages);
  if (!Number.isInteger(pages) || pages < 1 || pages > 1000) {
    process.stderr.write('assent: --pages must be a whole number from 1 to 1000.\n');
    return 2;
  }
  let config: unknown;
  if (values.config) {
    try {
      config = readConfigFile(values.config);
    } catch (error) {
      process.stderr.write(`assent: could not read --config: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const bar = progress();
  let result;
  try {
    result = await scan({
      url,
      pages,
      config,
      acceptSelector: values['accept-selector'],
      onProgress: (phase, visited, limit) => bar.update(phase, visited, limit),
    });
  } catch (error) {
    bar.done();
    if (error instanceof BrowserMissingError) process.stderr.write(`assent: ${error.message}\n`);
    else process.stderr.write(`assent: the scan failed: ${(error as Error).message}\n`);
    return 2;
  }
  bar.done();

  const report = textReport(result);
  process.stdout.write(`${values.quiet ? report.split('\n').at(-1) : report}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  if (values.html) writeFileSync(values.html, htmlReport(result));
  if (values.write) writeFileSync(values.write, skeletonFile(result, values.write));
  if (!result.consent.given) {
    process.stderr.write(`assent: could not give consent: ${result.consent.error}\n`);
  }
  return result.violations.length > 0 ? 1 : 0;
}
