import type { Finding, ScanResult } from './types.js';

const KIND: Record<Finding['kind'], string> = {
  cookie: 'cookie',
  localStorage: 'localStorage',
  sessionStorage: 'sessionStorage',
  indexedDB: 'IndexedDB',
  request: 'request',
  activated: 'activated',
};

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Shortens a URL to what a reader needs: path for the site's own pages, host+path otherwise. */
function short(url: string | undefined, base: string, max = 48): string {
  if (!url) return '—';
  const [kind, ...rest] = url.includes(' ') ? url.split(' ') : ['', url];
  const target = rest.join(' ');
  let text = target;
  try {
    const parsed = new URL(target);
    text =
      parsed.origin === new URL(base).origin
        ? parsed.pathname + parsed.search
        : parsed.host + parsed.pathname + parsed.search;
  } catch {
    text = target;
  }
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return kind ? `${kind} ${shown}` : shown;
}

const expiry = (finding: Finding) => {
  if (!finding.expires) return '';
  if (finding.expires === 'session') return 'session';
  const days = Math.round((Date.parse(finding.expires) - Date.now()) / 86_400_000);
  return days >= 365 && days % 365 <= 1 ? `${Math.round(days / 365)} y` : `${days} d`;
};

/** Lays out rows as columns padded to the widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

type Marked = Finding & { violation: boolean };

function findingRows(findings: Marked[], base: string): string[][] {
  return findings.map((finding) => [
    finding.violation ? '✗' : ' ',
    KIND[finding.kind],
    finding.kind === 'request' ? short(finding.name, base, 40) : clip(finding.name, 40),
    finding.kind === 'request' ? '' : finding.domain.replace(/^https?:\/\//, ''),
    expiry(finding),
    finding.service ?? (finding.category === 'unknown' ? '?' : '—'),
    finding.category,
    short(finding.page, base, 24),
    short(finding.source, base),
  ]);
}

const HEADER = ['', 'kind', 'name', 'domain', 'expires', 'service', 'category', 'page', 'set by'];

/** The report as the terminal shows it: one table per phase, then the services and verdict. */
export function textReport(result: ScanResult): string {
  const marked = result.findings.map((finding) => ({
    ...finding,
    violation: result.violations.includes(finding),
  }));
  const out: string[] = [];
  out.push(`Assent scan of ${result.url}`);
  out.push(
    `${result.pages.before.length} page(s) as a new visitor, ${result.pages.after.length} after ` +
      (result.consent.given
        ? `"Accept all" (${result.consent.via})`
        : `no consent (${result.consent.error})`),
  );
  for (const phase of ['before', 'after'] as const) {
    const rows = marked.filter((finding) => finding.phase === phase);
    out.push('');
    out.push(phase === 'before' ? 'Before consent' : 'Added after "Accept all"');
    out.push(rows.length === 0 ? '  nothing' : table(HEADER, findingRows(rows, result.url)));
  }
  out.push('');
  out.push('Services');
  out.push(
    result.services.length === 0
      ? '  none recognised'
      : table(
          ['service', 'title', 'category', 'before consent', 'after consent'],
          result.services.map((service) => [
            service.id,
            service.title,
            service.category,
            String(service.before),
            String(service.after),
          ]),
        ),
  );
  const unknown = result.findings.filter((finding) => finding.category === 'unknown');
  if (unknown.length > 0) {
    out.push('');
    out.push(
      `${unknown.length} item(s) matched no known service: describe them in your config's services.`,
    );
  }
  out.push('');
  if (result.violations.length === 0) {
    out.push('✓ Nothing optional was set or requested before consent.');
  } else {
    const names = [
      ...new Set(result.violations.map((finding) => finding.service ?? finding.domain)),
    ];
    out.push(
      `✗ ${result.violations.length} optional item(s) before consent, from: ${names.join(', ')}`,
    );
  }
  return out.join('\n');
}
