// Issue 9's comparison benchmark (`npm run bench`): Assent against vanilla-cookieconsent, Klaro,
// Orejime and tarteaucitron.js, and a page with no consent tool, in headless Chromium with the
// CPU throttled 4×. Each tool gets the same page (bench/fixtures/layout.html) with categories
// necessary / analytics / marketing and a local fake analytics tag gated behind analytics the
// way the tool documents. Medians of BENCH_RUNS runs (default 7: single runs vary by ±30 %). Prints a table and the goals,
// and writes bench/results/compare.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../test/helpers/browser.js';
import { startFixtureServer, type FixtureServer } from './compare-server.js';

const root = resolve(import.meta.dirname, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7) || 7);
const CPU_THROTTLE = 4;
const SETTLE_MS = 500;
const VIEWPORT = { width: 1280, height: 720 };
const TAG_PATH = '/fake-analytics.js';

interface Tool {
  id: string;
  label: string;
  /** The npm package measured (none for Assent's dist/ and the baseline). */
  pkg?: string;
  /** The banner box: a selector, inside the shadow root of `host` when given. */
  host?: string;
  selector?: string;
  /** The text of the banner's accept-all button. */
  accept?: string;
  /** Its accessible name, where that differs from its text. */
  acceptName?: string;
  setup: string;
}

const ALL_TOOLS: Tool[] = [
  {
    id: 'baseline',
    label: 'baseline (no tool)',
    setup: 'the fake tag as a normal <script src> in <head>, no consent tool',
  },
  {
    id: 'assent',
    label: 'Assent',
    host: 'assent-banner',
    selector: '[part~="base"]',
    accept: 'Accept all',
    setup:
      '@assent/embed dist/assent.js (defer, data-config JSON), engine and UI chunks loaded on demand; tag <script type="text/plain" data-assent="analytics">',
  },
  {
    id: 'cookieconsent',
    label: 'vanilla-cookieconsent',
    pkg: 'vanilla-cookieconsent',
    selector: '#cc-main .cm',
    accept: 'Accept all',
    setup:
      'cookieconsent.css + module config importing cookieconsent.umd.js, CookieConsent.run({categories, language}); tag type="text/plain" data-category="analytics"',
  },
  {
    id: 'klaro',
    label: 'Klaro',
    pkg: 'klaro',
    selector: '.klaro .cookie-notice',
    accept: "That's ok",
    setup:
      'deferred config.js (window.klaroConfig, services per purpose) + deferred dist/klaro.js (CSS and translations built in); tag type="text/plain" data-type="text/javascript" data-name data-src',
  },
  {
    id: 'orejime',
    label: 'Orejime',
    pkg: 'orejime',
    selector: '.orejime-Banner',
    accept: 'Accept',
    setup:
      'window.orejimeConfig (purposes) + dist/orejime-standard-en.js + orejime-standard.css; tag wrapped in <template data-purpose="analytics">',
  },
  {
    id: 'tarteaucitron',
    label: 'tarteaucitron.js',
    pkg: 'tarteaucitronjs',
    selector: '#tarteaucitronAlertBig',
    accept: 'OK, accept all',
    acceptName: 'Cookies : OK, accept all',
    setup:
      'tarteaucitron.min.js + inline init() (README options, orientation bottom; it loads its .min lang, services and CSS files), tag as a custom service pushed to tarteaucitron.job',
  },
];

/** `BENCH_TOOLS=assent,orejime,cookieconsent` measures those only (the baseline always runs). */
const only = process.env.BENCH_TOOLS?.split(',').map((id) => id.trim());
const TOOLS = ALL_TOOLS.filter(
  (tool) => !only || tool.id === 'baseline' || tool.id === 'assent' || only.includes(tool.id),
);

// ---------------------------------------------------------------------------------------------
// Sizes

interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}
const ZERO: Bytes = { raw: 0, gzip: 0, brotli: 0 };
const sizeCache = new Map<Buffer, Bytes>();
function sizeOf(body: Buffer): Bytes {
  let size = sizeCache.get(body);
  if (!size) {
    size = {
      raw: body.length,
      gzip: body.length ? gzipSync(body, { level: 9 }).length : 0,
      brotli: body.length
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
        : 0,
    };
    sizeCache.set(body, size);
  }
  return size;
}
const add = (a: Bytes, b: Bytes): Bytes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
const sub = (a: Bytes, b: Bytes): Bytes => ({
  raw: a.raw - b.raw,
  gzip: a.gzip - b.gzip,
  brotli: a.brotli - b.brotli,
});

interface Resource {
  path: string;
  startTime: number;
  responseEnd: number;
}
interface Transfer {
  /** Everything fetched: the page, the tool's files, the tag. */
  page: Bytes;
  /** The tool's share: its files, plus its markup in the page (page minus the baseline page). */
  tool: Bytes;
  files: { path: string; bytes: Bytes; startTime: number; responseEnd: number }[];
}

function transfer(
  server: FixtureServer,
  tool: Tool,
  resources: Resource[],
  until: number,
): Transfer {
  const doc = sizeOf(server.page(tool.id));
  const markup = sub(doc, sizeOf(server.page('baseline')));
  let page = doc;
  let tool_ = markup;
  const files: Transfer['files'] = [];
  for (const { path, startTime, responseEnd } of resources) {
    if (responseEnd > until) continue;
    const body = server.bodyOf(path);
    if (!body) continue;
    const bytes = sizeOf(body);
    page = add(page, bytes);
    if (path !== TAG_PATH) tool_ = add(tool_, bytes);
    files.push({ path, bytes, startTime, responseEnd });
  }
  return { page, tool: tool.id === 'baseline' ? ZERO : tool_, files };
}

// ---------------------------------------------------------------------------------------------
// One run: a first visit (banner, accept) and a returning visit in the same context.

interface Run {
  ok: boolean;
  error?: string;
  first: {
    bannerMs: number | null;
    /** First contentful paint of the page, for the banner's delay after it. */
    fcpMs: number | null;
    /** What the tool downloaded from landing through the visitor's first decision. */
    decisionBytes: Bytes;
    scriptMs: number;
    cls: number;
    clickToHiddenMs: number | null;
    bytes: Transfer;
    tagRequestsBeforeConsent: number;
    tagRanBeforeConsent: boolean;
    tagRequestsAfterAccept: number;
    tagMs: number | null;
    nav?: Snapshot['nav'];
    assentAt?: number | null;
    assentReadyAt?: number | null;
  };
  returning: {
    tagMs: number | null;
    bytes: Transfer;
    tagRequests: number;
    bannerShown: boolean;
    nav: Snapshot['nav'];
    assentAt: number | null;
    assentReadyAt: number | null;
  } | null;
  remoteRequests: string[];
  errors: string[];
}

interface Probe {
  cls: number;
  bannerAt: number | null;
  clickAt: number | null;
  hiddenAt: number | null;
  assentAt: number | null;
  assentReadyAt: number | null;
}
interface Snapshot {
  probe: Probe;
  tagRanAt: number | null;
  nav: { responseEnd: number; domInteractive: number; domContentLoaded: number; loadEnd: number };
  fcp: number | null;
  resources: Resource[];
}

const PROBE = readFileSync(join(root, 'bench', 'fixtures', 'probe.js'), 'utf8');

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Events the page's probe reports through the __benchEvent binding. */
class Events {
  private seen = new Map<string, number>();
  private waiting = new Map<string, (value: number) => void>();
  emit(name: string, value: number) {
    this.seen.set(name, value);
    this.waiting.get(name)?.(value);
  }
  reset() {
    this.seen.clear();
  }
  next(name: string, timeout: number): Promise<number | null> {
    const seen = this.seen.get(name);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((done) => {
      const timer = setTimeout(() => done(null), timeout);
      this.waiting.set(name, (value) => {
        clearTimeout(timer);
        this.waiting.delete(name);
        done(value);
      });
    });
  }
}

const SNAPSHOT = `(() => ({
  probe: window.__bench,
  tagRanAt: typeof window.__tagRanAt === 'number' ? window.__tagRanAt : null,
  nav: ((n) => ({
    responseEnd: n?.responseEnd ?? 0,
    domInteractive: n?.domInteractive ?? 0,
    domContentLoaded: n?.domContentLoadedEventEnd ?? 0,
    loadEnd: n?.loadEventEnd ?? 0,
  }))(performance.getEntriesByType('navigation')[0]),
  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  resources: performance.getEntriesByType('resource').map((e) => ({
    path: new URL(e.name).pathname,
    origin: new URL(e.name).origin,
    startTime: e.startTime,
    responseEnd: e.responseEnd,
  })).filter((e) => e.origin === location.origin),
}))()`;

async function scriptMs(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>) {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function waitForTag(page: Page, timeout: number): Promise<boolean> {
  try {
    await page.waitForFunction('typeof window.__tagRanAt === "number"', null, {
      timeout,
      polling: 100,
    });
    return true;
  } catch {
    return false;
  }
}

async function waitForLoad(page: Page) {
  await page.waitForLoadState('load', { timeout: 20_000 });
}

async function runOnce(browser: Browser, server: FixtureServer, tool: Tool): Promise<Run> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: VIEWPORT,
    serviceWorkers: 'block',
  });
  const events = new Events();
  const remoteRequests: string[] = [];
  const errors: string[] = [];
  try {
    await context.exposeBinding('__benchEvent', (_source, name: string, value: number) =>
      events.emit(name, value),
    );
    const args = {
      host: tool.host ?? null,
      selector: tool.selector ?? null,
      accept: tool.accept ?? null,
    };
    await context.addInitScript({
      content: `window.__benchArgs = ${JSON.stringify(args)};\n${PROBE}`,
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !url.startsWith('data:')) remoteRequests.push(url);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await cdp.send('Performance.enable');
    const url = `${server.origin}/page/${tool.id}`;
    // Land on a bare page of the same origin first, so the measured navigation stays in one
    // (throttled, profiled) renderer process and pays no process start-up.
    await page.goto(`${server.origin}/privacy`);
    const scriptBefore = await scriptMs(cdp);

    // First visit.
    server.resetTagRequests();
    const bannerShown = events.next('banner', 20_000);
    await page.goto(url, { waitUntil: 'commit' });
    let bannerMs: number | null = null;
    if (tool.selector) {
      bannerMs = await bannerShown;
      if (bannerMs === null) throw new Error('the banner did not show within 20 s');
    } else {
      await waitForLoad(page);
    }
    await sleep(SETTLE_MS);
    const firstScript = (await scriptMs(cdp)) - scriptBefore;
    const before = (await page.evaluate(SNAPSHOT)) as Snapshot;
    const until = bannerMs ?? before.nav.loadEnd;
    const firstBytes = transfer(server, tool, before.resources, until);
    const tagRequestsBeforeConsent = tool.selector ? server.tagRequests() : 0;
    const tagRanBeforeConsent = tool.selector ? before.tagRanAt !== null : false;

    let clickToHiddenMs: number | null = null;
    let decisionBytes = transfer(server, tool, before.resources, Number.POSITIVE_INFINITY);
    let cls = before.probe.cls;
    let firstTagMs = before.tagRanAt;
    if (tool.accept) {
      const hidden = events.next('hidden', 10_000);
      await page.getByRole('button', { name: tool.acceptName ?? tool.accept, exact: true }).click();
      const hiddenAt = await hidden;
      const tagRan = await waitForTag(page, 10_000);
      await sleep(SETTLE_MS);
      const after = (await page.evaluate(SNAPSHOT)) as Snapshot;
      if (hiddenAt !== null && after.probe.clickAt !== null)
        clickToHiddenMs = hiddenAt - after.probe.clickAt;
      cls = after.probe.cls;
      firstTagMs = tagRan ? after.tagRanAt : null;
      // Everything the tool made the browser download from landing through the decision.
      decisionBytes = transfer(server, tool, after.resources, Number.POSITIVE_INFINITY);
    }
    const tagRequestsAfterAccept = server.tagRequests();

    // Returning visit: same context (cookies and storage kept), cache off (no-store).
    events.reset();
    server.resetTagRequests();
    await page.goto(url, { waitUntil: 'commit' });
    const tagRan = await waitForTag(page, 15_000);
    await waitForLoad(page);
    await sleep(SETTLE_MS);
    const back = (await page.evaluate(SNAPSHOT)) as Snapshot;
    const returning = {
      tagMs: tagRan ? back.tagRanAt : null,
      bytes: transfer(server, tool, back.resources, Number.POSITIVE_INFINITY),
      tagRequests: server.tagRequests(),
      bannerShown: back.probe.bannerAt !== null,
      nav: back.nav,
      assentAt: back.probe.assentAt,
      assentReadyAt: back.probe.assentReadyAt,
    };
    const first = {
      bannerMs,
      fcpMs: before.fcp,
      decisionBytes: decisionBytes.tool,
      scriptMs: firstScript,
      cls,
      clickToHiddenMs,
      bytes: firstBytes,
      tagRequestsBeforeConsent,
      tagRanBeforeConsent,
      tagRequestsAfterAccept,
      tagMs: firstTagMs,
      nav: before.nav,
      assentAt: before.probe.assentAt,
      assentReadyAt: before.probe.assentReadyAt,
    };
    const ok = tool.selector
      ? tagRequestsBeforeConsent === 0 &&
        !tagRanBeforeConsent &&
        tagRequestsAfterAccept >= 1 &&
        firstTagMs !== null &&
        returning.tagRequests >= 1 &&
        returning.tagMs !== null &&
        !returning.bannerShown
      : firstTagMs !== null && returning.tagMs !== null;
    return { ok, first, returning, remoteRequests, errors };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      first: {
        bannerMs: null,
        fcpMs: null,
        decisionBytes: ZERO,
        scriptMs: 0,
        cls: 0,
        clickToHiddenMs: null,
        bytes: { page: ZERO, tool: ZERO, files: [] },
        tagRequestsBeforeConsent: 0,
        tagRanBeforeConsent: false,
        tagRequestsAfterAccept: 0,
        tagMs: null,
      },
      returning: null,
      remoteRequests,
      errors,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// What Assent's bytes are made of: each built file's source map, minified characters per source.

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeSegment(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

interface Segment {
  column: number;
  /** Index into `sources`, for a segment mapped to a source. */
  source?: number;
  originalLine?: number;
}

interface DecodedMap {
  sources: string[];
  /** Each generated line's length and segments, in order. */
  lines: { length: number; segments: Segment[] }[];
}

const decoded = new Map<string, DecodedMap | null>();

/** A built drop-in file's source map, decoded once (null when the file has none). */
function decodedMap(file: string): DecodedMap | null {
  if (decoded.has(file)) return decoded.get(file)!;
  const mapFile = join(root, 'packages', 'embed', 'dist', `${file}.map`);
  let result: DecodedMap | null = null;
  if (existsSync(mapFile)) {
    const code = readFileSync(join(root, 'packages', 'embed', 'dist', file), 'utf8').split('\n');
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    let source = 0;
    let originalLine = 0;
    result = {
      sources: map.sources,
      lines: map.mappings.split(';').map((text, row) => {
        let column = 0;
        const segments: Segment[] = [];
        for (const part of text.split(',')) {
          if (!part) continue;
          const fields = decodeSegment(part);
          column += fields[0] ?? 0;
          if (fields.length < 4) {
            segments.push({ column });
            continue;
          }
          source += fields[1] ?? 0;
          originalLine += fields[2] ?? 0;
          segments.push({ column, source, originalLine });
        }
        return { length: code[row]?.length ?? 0, segments };
      }),
    };
  }
  decoded.set(file, result);
  return result;
}

/** A source's name as the reports print it: a package, or a project path. */
function sourceLabel(source: string | undefined): string {
  if (source === undefined) return '(unmapped)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return `npm:${pkg[1]}`;
  return source.replace(/^(\.\.\/)+/, '').replace(/^packages\//, '');
}

/** Minified characters of a built drop-in file per original source (package or project file). */
function composition(file: string): Map<string, number> {
  const result = new Map<string, number>();
  const map = decodedMap(file);
  if (!map) return result;
  for (const { length, segments } of map.lines) {
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? length;
      const key = sourceLabel(
        segment.source === undefined ? undefined : map.sources[segment.source],
      );
      result.set(key, (result.get(key) ?? 0) + Math.max(0, end - segment.column));
    });
  }
  return result;
}

/** Original `source:line` of a position in a built drop-in file (0-based line and column). */
function originalPosition(file: string, line: number, column: number): string | null {
  const segments = decodedMap(file)?.lines[line]?.segments ?? [];
  const found = segments.findLast(
    (segment) => segment.column <= column && segment.source !== undefined,
  );
  if (!found) return null;
  // The file itself, not only its package: the line number is the file's.
  const name = decodedMap(file)!
    .sources[found.source!]!.replace(/^(\.\.\/)+/, '')
    .replace(/^packages\//, '')
    .replace(/.*node_modules\//, 'npm:');
  return `${name}:${found.originalLine! + 1}`;
}

// ---------------------------------------------------------------------------------------------
// Where Assent's first-visit main-thread time goes: one extra, profiled run (not in the medians).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

async function profileFirstVisit(browser: Browser, server: FixtureServer, tool: Tool) {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: VIEWPORT,
    serviceWorkers: 'block',
  });
  try {
    const events = new Events();
    await context.exposeBinding('__benchEvent', (_source, name: string, value: number) =>
      events.emit(name, value),
    );
    const args = {
      host: tool.host ?? null,
      selector: tool.selector ?? null,
      accept: tool.accept ?? null,
    };
    await context.addInitScript({
      content: `window.__benchArgs = ${JSON.stringify(args)};\n${PROBE}`,
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/privacy`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const bannerShown = events.next('banner', 20_000);
    await page.goto(`${server.origin}/page/${tool.id}`, { waitUntil: 'commit' });
    await bannerShown;
    await sleep(SETTLE_MS);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const self = new Map<number, number>();
    const { samples = [], timeDeltas = [] } = profile;
    for (let i = 0; i < samples.length; i++) {
      const delta = timeDeltas[i + 1] ?? 0;
      self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + delta / 1000);
    }
    const byUrl = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (!ms) continue;
      const { url, functionName, lineNumber, columnNumber } = node.callFrame;
      if (functionName === '(idle)') continue;
      const where = url ? new URL(url, server.origin).pathname : functionName || '(native)';
      byUrl.set(where, (byUrl.get(where) ?? 0) + ms);
      if (url) {
        const file = where.startsWith('/assent/') ? where.slice('/assent/'.length) : null;
        const original = file ? originalPosition(file, lineNumber, columnNumber) : null;
        const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}${original ? ` (${original})` : ''}`;
        byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      }
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([name, ms]) => ({ name, ms: round(ms, 1) }));
    return { byUrl: top(byUrl, 10), byFunction: top(byFunction, 10) };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Medians, table, goals.

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

function median(values: (number | null | undefined)[]): number | null {
  const v = values
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

interface Summary {
  tool: string;
  label: string;
  runs: number;
  okRuns: number;
  firstBytes: Bytes;
  firstPageBytes: Bytes;
  bannerMs: number | null;
  fcpMs: number | null;
  decisionBytes: Bytes;
  scriptMs: number | null;
  cls: number | null;
  clsMax: number | null;
  clickToHiddenMs: number | null;
  returningBytes: Bytes;
  returningTagMs: number | null;
  firstTagMs: number | null;
  correct: boolean;
  problems: string[];
}

function medianBytes(list: Bytes[]): Bytes {
  return {
    raw: median(list.map((b) => b.raw)) ?? 0,
    gzip: median(list.map((b) => b.gzip)) ?? 0,
    brotli: median(list.map((b) => b.brotli)) ?? 0,
  };
}

function summarize(tool: Tool, runs: Run[]): Summary {
  const ok = runs.filter((r) => !r.error);
  const problems = [
    ...new Set(
      runs.flatMap((r) => {
        const p: string[] = [];
        if (r.error) p.push(`error: ${r.error}`);
        if (r.first.tagRequestsBeforeConsent > 0 || r.first.tagRanBeforeConsent)
          p.push('tag ran before consent');
        if (
          !r.error &&
          tool.selector &&
          (r.first.tagRequestsAfterAccept < 1 || r.first.tagMs === null)
        )
          p.push('tag did not run after accept');
        if (r.returning && r.returning.tagMs === null)
          p.push('tag did not run on the returning visit');
        if (r.returning?.bannerShown) p.push('banner shown again on the returning visit');
        if (!r.error && tool.selector && r.first.clickToHiddenMs === null)
          p.push('banner did not hide after accept');
        for (const url of r.remoteRequests) p.push(`remote request: ${url}`);
        for (const e of r.errors) p.push(`page error: ${e.slice(0, 160)}`);
        return p;
      }),
    ),
  ];
  return {
    tool: tool.id,
    label: tool.label,
    runs: runs.length,
    okRuns: runs.filter((r) => r.ok).length,
    firstBytes: medianBytes(ok.map((r) => r.first.bytes.tool)),
    firstPageBytes: medianBytes(ok.map((r) => r.first.bytes.page)),
    bannerMs: median(ok.map((r) => r.first.bannerMs)),
    fcpMs: median(ok.map((r) => r.first.fcpMs)),
    decisionBytes: medianBytes(ok.map((r) => r.first.decisionBytes)),
    scriptMs: median(ok.map((r) => r.first.scriptMs)),
    cls: median(ok.map((r) => r.first.cls)),
    clsMax: ok.length ? Math.max(...ok.map((r) => r.first.cls)) : null,
    clickToHiddenMs: median(ok.map((r) => r.first.clickToHiddenMs)),
    returningBytes: medianBytes(ok.flatMap((r) => (r.returning ? [r.returning.bytes.tool] : []))),
    returningTagMs: median(ok.map((r) => r.returning?.tagMs)),
    firstTagMs: median(ok.map((r) => r.first.tagMs)),
    correct: runs.length > 0 && runs.every((r) => r.ok),
    problems,
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number | null) => (value === null ? '—' : value.toFixed(0));

function table(rows: Summary[]): string {
  const head = [
    'tool',
    'first-visit KB raw / gz / br',
    'banner ms (FCP)',
    'through decision KB br',
    'script ms',
    'CLS',
    'click→hidden ms',
    'return KB br',
    'return tag ms',
    'correct',
  ];
  const body = rows.map((s) => {
    const base = s.tool === 'baseline';
    const bytes = base ? s.firstPageBytes : s.firstBytes;
    return [
      s.label,
      `${base ? '(page) ' : ''}${kb(bytes.raw)} / ${kb(bytes.gzip)} / ${kb(bytes.brotli)}`,
      `${ms(s.bannerMs)} (${ms(s.fcpMs)})`,
      base ? '—' : kb(s.decisionBytes.brotli),
      ms(s.scriptMs),
      s.cls === null ? '—' : s.cls.toFixed(4),
      ms(s.clickToHiddenMs),
      base ? '—' : kb(s.returningBytes.brotli),
      ms(s.returningTagMs),
      s.correct ? `yes ${s.okRuns}/${s.runs}` : `NO ${s.okRuns}/${s.runs}`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' │ ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)].join('\n');
}

interface Goal {
  goal: string;
  assent: number | null;
  best: number | null;
  bestTool: string | null;
  value: number | null;
  target: string;
  met: boolean;
}

function goals(rows: Summary[]): Goal[] {
  const assent = rows.find((r) => r.tool === 'assent')!;
  const baseline = rows.find((r) => r.tool === 'baseline')!;
  const peers = rows.filter((r) => r.tool !== 'assent' && r.tool !== 'baseline' && r.okRuns > 0);
  const ratio = (goal: string, pick: (s: Summary) => number | null, max: number): Goal => {
    let best: Summary | undefined;
    for (const p of peers) {
      const v = pick(p);
      if (v !== null && (best === undefined || v < (pick(best) ?? Infinity))) best = p;
    }
    const a = pick(assent);
    const b = best ? pick(best) : null;
    const value = a !== null && b ? a / b : null;
    return {
      goal,
      assent: a,
      best: b,
      bestTool: best?.label ?? null,
      value: value === null ? null : round(value, 2),
      target: `≤ ${max}× the best peer`,
      met: value !== null && value <= max,
    };
  };
  const delta =
    assent.returningTagMs !== null && baseline.returningTagMs !== null
      ? assent.returningTagMs - baseline.returningTagMs
      : null;
  return [
    ratio('bytes before the banner (brotli)', (s) => s.firstBytes.brotli, 0.8),
    ratio('bytes through the first decision (brotli)', (s) => s.decisionBytes.brotli, 1),
    {
      goal: 'returning visitor: bytes (brotli)',
      assent: assent.returningBytes.brotli,
      best: 3 * 1024,
      bestTool: null,
      value: round(assent.returningBytes.brotli / 1024, 1),
      target: '≤ 3 KB',
      met: assent.returningBytes.brotli <= 3 * 1024,
    },
    {
      goal: 'banner visible after first contentful paint',
      assent: assent.bannerMs,
      best: assent.fcpMs,
      bestTool: 'FCP',
      value:
        assent.bannerMs !== null && assent.fcpMs !== null
          ? round(assent.bannerMs - assent.fcpMs, 1)
          : null,
      target: '≤ +20 ms',
      met:
        assent.bannerMs !== null && assent.fcpMs !== null && assent.bannerMs - assent.fcpMs <= 20,
    },
    ratio('banner visible', (s) => s.bannerMs, 0.8),
    ratio(
      'first-visit script time above the baseline',
      (s) =>
        s.scriptMs === null || baseline.scriptMs === null ? null : s.scriptMs - baseline.scriptMs,
      0.6,
    ),
    {
      goal: 'returning visitor: gated tag vs baseline',
      assent: assent.returningTagMs,
      best: baseline.returningTagMs,
      bestTool: baseline.label,
      value: delta === null ? null : round(delta, 1),
      target: '≤ +30 ms',
      met: delta !== null && delta <= 30,
    },
    {
      goal: 'CLS (worst run)',
      assent: assent.clsMax,
      best: null,
      bestTool: null,
      value: assent.clsMax,
      target: '= 0',
      met: assent.clsMax === 0,
    },
  ];
}

function goalLines(list: Goal[]): string {
  return list
    .map((g) => {
      const figure = g.goal.startsWith('returning visitor: bytes')
        ? `${kb(g.assent ?? 0)} KB`
        : g.goal.startsWith('banner visible after')
          ? `${ms(g.assent)} ms vs FCP ${ms(g.best)} ms → ${g.value === null ? '—' : `+${g.value} ms`}`
          : g.goal.startsWith('returning')
            ? `${ms(g.assent)} ms vs ${ms(g.best)} ms → ${g.value === null ? '—' : `${g.value >= 0 ? '+' : ''}${g.value} ms`}`
            : g.goal.startsWith('CLS')
              ? `${g.value === null ? '—' : g.value.toFixed(4)}`
              : g.goal.includes('bytes')
                ? `${kb(g.assent ?? 0)} KB vs ${kb(g.best ?? 0)} KB (${g.bestTool}) → ${g.value ?? '—'}×`
                : `${ms(g.assent)} ms vs ${ms(g.best)} ms (${g.bestTool}) → ${g.value ?? '—'}×`;
      return `  ${g.met ? 'met   ' : 'MISSED'}  ${g.goal.padEnd(42)} ${figure}   (goal ${g.target})`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

function version(pkg: string): string {
  try {
    const json = JSON.parse(
      readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'),
    ) as {
      version?: string;
    };
    return json.version ?? '?';
  } catch {
    return 'not installed';
  }
}

async function main() {
  if (!existsSync(join(root, 'packages', 'embed', 'dist', 'assent.js'))) {
    console.error('packages/embed/dist/assent.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  for (const tool of TOOLS) {
    if (tool.pkg && version(tool.pkg) === 'not installed') {
      console.error(`${tool.pkg} is not installed: run \`npm install\` first.`);
      process.exit(1);
    }
  }
  const started = Date.now();
  const server = await startFixtureServer(TOOLS.map((t) => t.id));
  const browser = await launchChromium([
    // navigator.webdriver would be true: vanilla-cookieconsent hides its banner from bots.
    '--disable-blink-features=AutomationControlled',
    // Nothing leaves this machine: any other host fails to resolve (and is reported).
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ]);
  try {
    console.log(
      `Chromium ${browser.version()}, CPU ×${CPU_THROTTLE}, ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} run(s) per tool, medians.`,
    );
    // Warm-up (discarded): the browser's first context pays one-off start-up costs.
    await runOnce(browser, server, TOOLS[0]!);
    const runs = new Map<string, Run[]>(TOOLS.map((t) => [t.id, []]));
    for (let i = 0; i < RUNS; i++) {
      // Rotate the order so no tool always runs first or last.
      const order = TOOLS.map((_, k) => TOOLS[(k + i) % TOOLS.length]!);
      for (const tool of order) {
        const t0 = Date.now();
        const run = await runOnce(browser, server, tool);
        runs.get(tool.id)!.push(run);
        if (process.env.BENCH_DEBUG)
          console.log(
            tool.id,
            Date.now() - t0,
            'ms',
            JSON.stringify({
              ...run,
              first: { ...run.first, bytes: run.first.bytes.tool },
              returning: run.returning && { ...run.returning, bytes: run.returning.bytes.tool },
            }),
          );
      }
      process.stdout.write(
        `  run ${i + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
      );
    }
    const assentTool = TOOLS.find((t) => t.id === 'assent')!;
    const profile = await profileFirstVisit(browser, server, assentTool);
    const summaries = TOOLS.map((t) => summarize(t, runs.get(t.id)!));
    const goalList = goals(summaries);

    console.log('');
    console.log(table(summaries));
    console.log('');
    console.log(
      'first-visit KB: what the tool adds before its banner shows (its files, plus its markup in the page); the baseline row is the bare page.',
    );
    console.log(
      'return: same context after "accept", reloaded with a cold HTTP cache; tag ms from navigation start.',
    );
    console.log('');
    console.log('Goals (Assent against the best peer in this run):');
    console.log(goalLines(goalList));

    const assentRuns = runs.get('assent')!.filter((r) => !r.error);
    const byBanner = [...assentRuns].sort(
      (a, b) => (a.first.bannerMs ?? 0) - (b.first.bannerMs ?? 0),
    );
    const sample = byBanner[Math.floor((byBanner.length - 1) / 2)];
    const composed = new Map<string, number>();
    if (sample) {
      const f = sample.first;
      const n = f.nav!;
      console.log('');
      console.log(
        'Assent, first visit, the median run (ms from navigation start; bytes brotli / raw):',
      );
      console.log(
        `  HTML received ${n.responseEnd.toFixed(0)}, DOM interactive ${n.domInteractive.toFixed(0)}, DOMContentLoaded ${n.domContentLoaded.toFixed(0)}`,
      );
      for (const file of f.bytes.files) {
        console.log(
          `  ${file.path.padEnd(36)} ${file.startTime.toFixed(0).padStart(5)} → ${file.responseEnd.toFixed(0).padStart(5)}  ${String(file.bytes.brotli).padStart(6)} B / ${String(file.bytes.raw).padStart(6)} B`,
        );
        if (file.path.startsWith('/assent/'))
          for (const [source, chars] of composition(file.path.slice(8)))
            composed.set(source, (composed.get(source) ?? 0) + chars);
      }
      console.log(
        `  window.assent set ${ms(f.assentAt ?? null)}, assent.ready settled ${ms(f.assentReadyAt ?? null)}, banner visible ${ms(f.bannerMs)}; script ${ms(f.scriptMs)} ms`,
      );
      const back = sample.returning;
      if (back) {
        console.log('Assent, returning visit, same run:');
        console.log(
          `  HTML received ${back.nav.responseEnd.toFixed(0)}, DOM interactive ${back.nav.domInteractive.toFixed(0)}, DOMContentLoaded ${back.nav.domContentLoaded.toFixed(0)}`,
        );
        for (const file of back.bytes.files)
          console.log(
            `  ${file.path.padEnd(36)} ${file.startTime.toFixed(0).padStart(5)} → ${file.responseEnd.toFixed(0).padStart(5)}  ${String(file.bytes.brotli).padStart(6)} B / ${String(file.bytes.raw).padStart(6)} B`,
          );
        console.log(
          `  window.assent set ${ms(back.assentAt)}, assent.ready settled ${ms(back.assentReadyAt)}, tag ran ${ms(back.tagMs)}`,
        );
      }
    }
    const totalChars = [...composed.values()].reduce((a, b) => a + b, 0);
    if (totalChars) {
      console.log('');
      console.log(
        "Assent's first-visit files by source (minified characters, from the source maps):",
      );
      for (const [source, chars] of [...composed].sort((a, b) => b[1] - a[1]).slice(0, 14))
        console.log(
          `  ${String(chars).padStart(7)}  ${((chars / totalChars) * 100).toFixed(1).padStart(5)} %  ${source}`,
        );
    }
    console.log('');
    console.log(
      'Assent, first visit, one profiled run (self time to banner + 500 ms; CPU ×4, and the sampler charges throttling pauses to whatever runs, so read it as shares):',
    );
    for (const { name, ms: t } of profile.byUrl)
      console.log(`  ${t.toFixed(1).padStart(7)} ms  ${name}`);
    console.log('  top functions:');
    for (const { name, ms: t } of profile.byFunction)
      console.log(`  ${t.toFixed(1).padStart(7)} ms  ${name}`);

    const problems = summaries.filter((s) => s.problems.length);
    if (problems.length || server.notFound.size) {
      console.log('');
      console.log('Problems seen:');
      for (const s of problems) for (const p of s.problems) console.log(`  ${s.label}: ${p}`);
      for (const path of server.notFound) console.log(`  404: ${path}`);
    }

    const out = join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'compare.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: browser.version(),
          node: process.version,
          cpuThrottle: CPU_THROTTLE,
          viewport: VIEWPORT,
          runsPerTool: RUNS,
          settleMs: SETTLE_MS,
          durationSeconds: round((Date.now() - started) / 1000, 1),
          tools: TOOLS.map((t) => ({
            id: t.id,
            label: t.label,
            package: t.pkg ?? null,
            version: t.pkg ? version(t.pkg) : null,
            setup: t.setup,
          })),
          summary: summaries,
          goals: goalList,
          assentProfile: profile,
          assentComposition: Object.fromEntries([...composed].sort((a, b) => b[1] - a[1])),
          notFound: [...server.notFound],
          runs: Object.fromEntries(runs),
        },
        null,
        2,
      ),
    );
    console.log('');
    console.log(
      `Wrote ${file.replace(`${root}/`, '')} (${((Date.now() - started) / 1000).toFixed(0)} s).`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
