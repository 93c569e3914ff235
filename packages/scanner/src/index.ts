/**
 * @assent/scanner: visits a site in the system's headless Chromium as a new visitor and again
 * after "Accept all", and reports every cookie, storage key and third-party request, matched
 * to Assent's service catalogue. `assent scan <url>` on the command line.
 * @packageDocumentation
 */
export { scan, type ScanOptions } from './scan.js';
export { BrowserMissingError, findChromium, launchBrowser } from './browser.js';
export { classify, isViolation, knownServices } from './classify.js';
export { textReport } from './report-text.js';
export { htmlReport } from './report-html.js';
export { configSkeleton, skeletonFile } from './skeleton.js';
export type { Finding, FindingKind, FoundService, Phase, ScanResult } from './types.js';
