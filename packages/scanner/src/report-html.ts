import type { Finding, ScanResult } from './types.js';

const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function rows(findings: Finding[], violations: Set<Finding>): string {
  if (findings.length === 0) return '<p>Nothing.</p>';
  const body = findings
    .map(
      (finding) => `<tr${violations.has(finding) ? ' class="violation"' : ''}>
<td>${violations.has(finding) ? '<span aria-label="before consent">✗</span>' : ''}</td>
<td>${escape(finding.kind)}</td><td><code>${escape(finding.name)}</code></td>
<td>${escape(finding.domain)}</td><td>${escape(finding.expires ?? '')}</td>
<td>${escape(finding.service ?? '?')}</td><td>${escape(finding.category)}</td>
<td>${escape(finding.page)}</td><td>${escape(finding.source ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th scope="col"><span class="visually-hidden">Before consent</span></th>
<th scope="col">Kind</th><th scope="col">Name</th><th scope="col">Domain</th><th scope="col">Expires</th>
<th scope="col">Service</th><th scope="col">Category</th><th scope="col">Page</th><th scope="col">Set by</th></tr></thead>
<tbody>${body}</tbody></table>`;
}

/** A self-contained HTML report (no scripts, no external resources). */
export function htmlReport(result: ScanResult): string {
  const violations = new Set(result.violations);
  const verdict =
    result.violations.length === 0
      ? '<p class="ok">Nothing optional was set or requested before consent.</p>'
      : `<p class="bad">${result.violations.length} optional item(s) before consent, from: ${escape(
          [...new Set(result.violations.map((finding) => finding.service ?? finding.domain))].join(
            ', ',
          ),
        )}</p>`;
  const services = result.services
    .map(
      (service) =>
        `<tr><td><code>${escape(service.id)}</code></td><td>${escape(service.title)}</td><td>${escape(
          service.category,
        )}</td><td>${service.before}</td><td>${service.after}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assent scan of ${escape(result.url)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
table { border-collapse: collapse; margin-block: 0.5rem 1.5rem; }
th, td { border-block-end: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
tr.violation { background: #fde8e8; }
.ok { color: #14532d; font-weight: 600; } .bad { color: #991b1b; font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
</style></head>
<body><main>
<h1>Assent scan of <code>${escape(result.url)}</code></h1>
<p>${result.pages.before.length} page(s) as a new visitor, ${result.pages.after.length} after ${
    result.consent.given
      ? `“Accept all” (${escape(result.consent.via ?? '')})`
      : `no consent (${escape(result.consent.error ?? '')})`
  }. Scanned ${escape(result.startedAt)}.</p>
${verdict}
<h2>Before consent</h2>
${rows(
  result.findings.filter((finding) => finding.phase === 'before'),
  violations,
)}
<h2>Added after “Accept all”</h2>
${rows(
  result.findings.filter((finding) => finding.phase === 'after'),
  violations,
)}
<h2>Services</h2>
<table><thead><tr><th scope="col">Id</th><th scope="col">Title</th><th scope="col">Category</th>
<th scope="col">Before consent</th><th scope="col">After consent</th></tr></thead><tbody>${services}</tbody></table>
</main></body></html>
`;
}
