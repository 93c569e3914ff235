import type { Browser, Frame, Page, Request } from 'playwright-core';
import { INSTRUMENT, type WriteReport } from './instrument.js';
import { domainInSite, siteOf } from './site.js';
import type { Finding, Phase } from './types.js';

/** A finding before classification. */
export type RawFinding = Omit<Finding, 'service' | 'category'>;

/** How one phase visits the site. */
export interface PhaseOptions {
  phase: Phase;
  /** Pages to visit, in order; links found on them join the queue up to `maxPages`. */
  start: string[];
  maxPages: number;
  /** Called once the first page has loaded; for the consent phase this clicks "Accept all". */
  onFirstPage?: (page: Page) => Promise<void>;
  /** After each page, with the number visited so far. */
  onProgress?: (visited: number, url: string) => void;
  /** How long to let a page settle after `load` before reading what it left. @default 1500 */
  settleMs?: number;
  /** How long a navigation may take. @default 20000 */
  timeoutMs?: number;
}

/** What one phase saw. */
export interface PhaseResult {
  pages: string[];
  findings: RawFinding[];
  /** Service ids whose gated content Assent activated (`data-assent-activated`), per page. */
  activated: Array<{ service: string; page: string }>;
  /** The page's Assent config, when it runs Assent (its services help the matching). */
  assentConfig?: unknown;
}

const withoutHash = (url: string) => url.split('#')[0]!;

/** The cookie names a `Set-Cookie` header sets (one cookie per line in Playwright's join). */
function setCookieNames(header: string): string[] {
  return header
    .split('\n')
    .map((line) => line.split(';')[0]!.split('=')[0]!.trim())
    .filter(Boolean);
}

/**
 * Visits up to `maxPages` same-site pages in one fresh browser context and records every
 * cookie (with who set it), storage key, IndexedDB database and third-party request.
 */
export async function crawlPhase(browser: Browser, options: PhaseOptions): Promise<PhaseResult> {
  const site = siteOf(options.start[0]!);
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const findings: RawFinding[] = [];
  const activated: PhaseResult['activated'] = [];
  const writers = new Map<string, string>();
  const seen = new Set<string>();
  let current = options.start[0]!;
  const add = (finding: RawFinding) => {
    const key = findingKey(finding);
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  await context.exposeBinding('__assentScanReport', ({ frame }, report: WriteReport) => {
    if (report.kind === 'cookie') {
      if (!writers.has(report.name) && report.script)
        writers.set(report.name, `script ${report.script}`);
      return;
    }
    const origin = safeOrigin(frame);
    add({
      phase: options.phase,
      kind: report.kind,
      name: report.name,
      domain: origin,
      page: current,
      source: report.script ? `script ${report.script}` : undefined,
      thirdParty: !sameSite(origin, site),
    });
  });
  await context.addInitScript(INSTRUMENT);

  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    if (sameSite(url, site)) return;
    add({
      phase: options.phase,
      kind: 'request',
      name: withoutHash(url),
      domain: new URL(url).host,
      page: current,
      source: initiatorOf(request),
      resourceType: request.resourceType(),
      thirdParty: true,
    });
  });
  context.on('response', (response) => {
    void response
      .headerValue('set-cookie')
      .then((header) => {
        for (const name of setCookieNames(header ?? '')) {
          if (!writers.has(name)) writers.set(name, `response ${withoutHash(response.url())}`);
        }
      })
      .catch(() => undefined);
  });

  const queue = [...options.start.map(withoutHash)];
  const queued = new Set(queue);
  const visited: string[] = [];
  let assentConfig: unknown;
  const page = await context.newPage();
  try {
    while (queue.length > 0 && visited.length < options.maxPages) {
      const url = queue.shift()!;
      current = url;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 20_000 });
      } catch (error) {
        if (visited.length === 0) throw error;
        continue; // one broken link does not stop the crawl
      }
      if (visited.length === 0 && options.onFirstPage) await options.onFirstPage(page);
      await page.waitForTimeout(options.settleMs ?? 1500);
      visited.push(url);
      assentConfig ??= await readAssentConfig(page);
      await readStorage(page, site, options.phase, url, add);
      for (const id of await page
        .$$eval('[data-assent][data-assent-activated]', (nodes) =>
          nodes.map((node) => node.getAttribute('data-assent') ?? ''),
        )
        .catch(() => [] as string[])) {
        if (id && !activated.some((item) => item.service === id))
          activated.push({ service: id, page: url });
      }
      for (const cookie of await context.cookies()) {
        add({
          phase: options.phase,
          kind: 'cookie',
          name: cookie.name,
          domain: cookie.domain,
          page: url,
          source: writers.get(cookie.name),
          expires: cookie.expires > 0 ? new Date(cookie.expires * 1000).toISOString() : 'session',
          thirdParty: !domainInSite(cookie.domain, site),
        });
      }
      for (const link of await sameSiteLinks(page, site)) {
        if (!queued.has(link)) {
          queued.add(link);
          queue.push(link);
        }
      }
      options.onProgress?.(visited.length, url);
    }
  } finally {
    await context.close();
  }
  return { pages: visited, findings, activated, assentConfig };
}

function sameSite(url: string, site: string): boolean {
  try {
    return siteOf(url) === site;
  } catch {
    return false;
  }
}

function safeOrigin(frame: Frame): string {
  try {
    return new URL(frame.url()).origin;
  } catch {
    return frame.url();
  }
}

/** Where a request came from when it is not the top page: an iframe, or a frame's own. */
function initiatorOf(request: Request): string | undefined {
  try {
    const frame = request.frame();
    const parent = frame.parentFrame();
    if (!parent) return undefined;
    return request.isNavigationRequest()
      ? `iframe ${withoutHash(parent.url())}`
      : `frame ${withoutHash(frame.url())}`;
  } catch {
    return undefined; // service-worker requests have no frame
  }
}

/**
 * What makes two findings the same: kind, domain and name; a request by its origin and path,
 * so a pixel sent with a new query string each time is listed once.
 */
export function findingKey(finding: Pick<RawFinding, 'kind' | 'domain' | 'name'>): string {
  if (finding.kind !== 'request') return `${finding.kind}|${finding.domain}|${finding.name}`;
  try {
    const url = new URL(finding.name);
    return `request|${url.origin}${url.pathname}`;
  } catch {
    return `request|${finding.name}`;
  }
}

async function readAssentConfig(page: Page): Promise<unknown> {
  return page
    .evaluate(() => {
      const api = (window as { assent?: { config?: unknown } }).assent;
      return api?.config ? JSON.parse(JSON.stringify(api.config)) : undefined;
    })
    .catch(() => undefined);
}

/** localStorage, sessionStorage keys and IndexedDB databases of every frame. */
async function readStorage(
  page: Page,
  site: string,
  phase: Phase,
  url: string,
  add: (finding: RawFinding) => void,
): Promise<void> {
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(async () => {
        const keys = (storage: Storage | undefined) => {
          try {
            return storage ? Object.keys(storage) : [];
          } catch {
            return [];
          }
        };
        let databases: string[] = [];
        try {
          databases = (await indexedDB.databases()).map((database) => database.name ?? '');
        } catch {
          databases = [];
        }
        return {
          origin: location.origin,
          localStorage: keys(globalThis.localStorage),
          sessionStorage: keys(globalThis.sessionStorage),
          indexedDB: databases.filter(Boolean),
        };
      })
      .catch(() => undefined);
    if (!found || found.origin === 'null') continue;
    const thirdParty = !sameSite(found.origin, site);
    for (const kind of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
      for (const name of found[kind]) {
        add({ phase, kind, name, domain: found.origin, page: url, thirdParty });
      }
    }
  }
}

/** Links on the page to other pages of the same site (http and https only, no fragments). */
async function sameSiteLinks(page: Page, site: string): Promise<string[]> {
  const hrefs = await page
    .$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href))
    .catch(() => [] as string[]);
  return [
    ...new Set(
      hrefs
        .filter((href) => /^https?:/.test(href) && sameSite(href, site))
        .map(withoutHash)
        .filter((href) => !/\.(pdf|zip|jpe?g|png|gif|svg|webp|mp4|mp3|docx?|xlsx?)$/i.test(href)),
    ),
  ];
}
