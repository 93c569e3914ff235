import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { classify, isViolation } from './classify.js';
import { crawlPhase, findingKey, type PhaseResult, type RawFinding } from './crawl.js';
import type { Phase, ScanResult } from './types.js';

/** What to scan and how. */
export interface ScanOptions {
  url: string;
  /** Pages to visit in each phase, the start page first. @default 10 */
  pages?: number;
  /** The site's Assent config, to name its own services; else the page's own is read. */
  config?: unknown;
  /** A CSS selector for the "Accept all" button of a banner that is not Assent's. */
  acceptSelector?: string;
  /** A browser to use (the scan leaves it open); by default the system Chromium is launched. */
  browser?: Browser;
  /** Progress: the phase, pages visited in it, the page limit and the page just read. */
  onProgress?: (phase: Phase, visited: number, limit: number, url: string) => void;
  /** How long each page may settle before it is read, in ms. @default 1500 */
  settleMs?: number;
}

/** Assent's banner, inside its shadow root (Playwright's CSS pierces open shadow roots). */
const ASSENT_ACCEPT = 'assent-banner [part~="accept-button"]';
const GENERIC_ACCEPT = /^(accept all|accept all cookies|allow all|agree|i agree|accept)$/i;

/** Clicks "Accept all" on the page's own banner; returns how, or throws why not. */
async function acceptAll(page: Page, selector: string | undefined): Promise<string> {
  if (selector) {
    await page.locator(selector).first().click({ timeout: 10_000 });
    return `selector ${selector}`;
  }
  const assent = page.locator(ASSENT_ACCEPT).first();
  try {
    await assent.waitFor({ state: 'visible', timeout: 8_000 });
    await assent.click();
    return 'Assent banner';
  } catch {
    const generic = page.getByRole('button', { name: GENERIC_ACCEPT }).first();
    if ((await generic.count()) === 0) {
      throw new Error(
        'no "Accept all" button found: the page shows no Assent banner; pass --accept-selector',
      );
    }
    await generic.click({ timeout: 5_000 });
    return `button "${(await generic.textContent())?.trim() ?? 'Accept'}"`;
  }
}

const activatedFindings = (phase: Phase, result: PhaseResult): RawFinding[] =>
  result.activated.map(({ service, page }) => ({
    phase,
    kind: 'activated',
    name: service,
    domain: new URL(page).host,
    page,
    source: 'Assent',
    thirdParty: false,
  }));

/**
 * Visits a site as a new visitor, then again after "Accept all", and reports what each phase
 * set or requested, matched to the catalogue, with what ran before consent as violations.
 *
 * @example
 * const result = await scan({ url: 'https://example.org/', pages: 5 });
 * if (result.violations.length > 0) process.exitCode = 1;
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const limit = Math.max(1, options.pages ?? 10);
  const startedAt = new Date().toISOString();
  const browser = options.browser ?? (await launchBrowser());
  try {
    const before = await crawlPhase(browser, {
      phase: 'before',
      start: [options.url],
      maxPages: limit,
      settleMs: options.settleMs,
      onProgress: (visited, url) => options.onProgress?.('before', visited, limit, url),
    });
    const consent: ScanResult['consent'] = { given: false };
    const after = await crawlPhase(browser, {
      phase: 'after',
      start: before.pages.length > 0 ? before.pages : [options.url],
      maxPages: limit,
      settleMs: options.settleMs,
      onFirstPage: async (page) => {
        try {
          consent.via = await acceptAll(page, options.acceptSelector);
          consent.given = true;
        } catch (error) {
          consent.error = (error as Error).message.split('\n')[0];
        }
      },
      onProgress: (visited, url) => options.onProgress?.('after', visited, limit, url),
    });
    const seenBefore = new Set(before.findings.map(findingKey));
    const raw = [
      ...before.findings,
      ...activatedFindings('before', before),
      // After consent, only what consent added.
      ...[...after.findings, ...activatedFindings('after', after)].filter(
        (finding) => !seenBefore.has(findingKey(finding)),
      ),
    ];
    const { findings, services } = classify(
      raw,
      options.config ?? before.assentConfig ?? after.assentConfig,
    );
    return {
      url: options.url,
      startedAt,
      finishedAt: new Date().toISOString(),
      pages: { before: before.pages, after: after.pages },
      consent,
      findings,
      services,
      violations: findings.filter(isViolation),
    };
  } finally {
    if (!options.browser) await browser.close();
  }
}
