import { NECESSARY, WELL_KNOWN_CATEGORIES } from '@assent/core';
import type { ScanResult } from './types.js';

/**
 * A config skeleton for what the scan found: each recognised service named by its id with its
 * category written out (so the script tag can gate it on a returning visit without loading the
 * catalogue), and the categories they need. Unrecognised items are listed for the site to
 * describe.
 */
export function configSkeleton(result: ScanResult): {
  categories: Record<string, { title?: string }>;
  services: Record<string, { category: string }>;
  unrecognised: string[];
} {
  const services: Record<string, { category: string }> = {};
  const categories: Record<string, { title?: string }> = {};
  for (const service of result.services) {
    if (service.category === 'unknown') continue;
    services[service.id] = { category: service.category };
    if (service.category === NECESSARY) continue;
    // A category of the site's own needs a title to be valid; the site will want a better one.
    categories[service.category] = (WELL_KNOWN_CATEGORIES as readonly string[]).includes(
      service.category,
    )
      ? {}
      : { title: service.category };
  }
  const unrecognised = [
    ...new Set(
      result.findings
        .filter((finding) => finding.category === 'unknown')
        .map(
          (finding) =>
            `${finding.kind} ${finding.kind === 'request' ? finding.domain : finding.name}`,
        ),
    ),
  ];
  return { categories, services, unrecognised };
}

/** The skeleton as a file: JSON, or `window.assentConfig = …;` for a `.js` file. */
export function skeletonFile(result: ScanResult, path: string): string {
  const { categories, services, unrecognised } = configSkeleton(result);
  const config = { revision: '1', categories, services };
  const json = JSON.stringify(config, null, 2);
  if (!path.endsWith('.js')) return `${json}\n`;
  const notes = unrecognised.length
    ? `// Seen but not recognised (describe them under services, with their category):\n${unrecognised
        .map((item) => `//   ${item}`)
        .join('\n')}\n`
    : '';
  return `// Assent config written by \`assent scan ${result.url}\`.\n${notes}window.assentConfig = ${json};\n`;
}
