/** CSV import: a preview of the file and of what would happen, then the import itself. */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, ImportReport } from './api.js';
import { formatNumber } from './format.js';
import { baseStyles } from './styles.js';

const PREVIEW_ROWS = 10;

/** Splits the first lines of a CSV for the preview (quotes honoured; the server parses it all). */
export function previewRows(text: string, limit = PREVIEW_ROWS + 1): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < limit; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some(Boolean)) rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if ((cell || row.length) && rows.length < limit) rows.push([...row, cell]);
  return rows;
}

@customElement('assent-admin-import')
export class AssentAdminImport extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) api!: AdminApi;

  @state() private file: File | null = null;
  @state() private rows: string[][] = [];
  @state() private preview: ImportReport | null = null;
  @state() private result: ImportReport | null = null;
  @state() private error = '';
  @state() private busy = false;

  private async onFile(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file = file;
    this.preview = this.result = null;
    this.error = '';
    if (!file) return;
    this.rows = previewRows(await file.slice(0, 64 * 1024).text());
    await this.run(true);
  }

  private async run(dryRun: boolean) {
    if (!this.file) return;
    this.busy = true;
    this.error = '';
    try {
      const report = await this.api.importCsv(this.file, dryRun);
      if (dryRun) this.preview = report;
      else this.result = report;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  private renderReport(report: ImportReport, title: string) {
    const verb = report.dryRun ? 'would be imported' : 'imported';
    return html`<h3>${title}</h3>
      <p role="status">
        ${formatNumber(report.rows)} rows: ${formatNumber(report.imported)} ${verb},
        ${formatNumber(report.skipped)} skipped, ${formatNumber(report.refused)}
        refused${report.dryRun ? '' : ` in ${report.seconds} s`}.
      </p>
      ${
        report.refusals.length || report.skips.length
          ? html`<table>
              <caption>
                ${report.dryRun ? 'Rows that would not be imported' : 'Rows not imported'}${report.truncated ? ' (the first 1,000 of each kind)' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                ${[
                  ...report.refusals.map((r) => ({ ...r, kind: 'refused' })),
                  ...report.skips.map((s) => ({ ...s, kind: 'skipped' })),
                ]
                  .sort((a, b) => a.line - b.line)
                  .map(
                    (r) =>
                      html`<tr>
                        <th scope="row">${r.line}</th>
                        <td>${r.kind}</td>
                        <td>${r.reason}</td>
                      </tr>`,
                  )}
              </tbody>
            </table>`
          : nothing
      }`;
  }

  override render() {
    const [header, ...body] = this.rows;
    return html`<h2>Import subscribers</h2>
      <p>
        A CSV with the columns <code>email</code> or <code>phone</code>, <code>channel</code>,
        <code>status</code>, <code>topics</code> (space-separated),
        <code>consented_at</code> (ISO-8601), <code>source</code> and <code>wording</code>. Nobody
        who unsubscribed or was erased is subscribed again.
      </p>
      <label>CSV file <input type="file" accept=".csv,text/csv" @change=${this.onFile} /></label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        header
          ? html`<table>
              <caption>
                Preview: the first ${body.length} rows of ${this.file?.name ?? 'the file'}
              </caption>
              <thead>
                <tr>
                  ${header.map((name) => html`<th scope="col">${name}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${body.map(
                  (row) =>
                    html`<tr>
                      ${row.map((cell) => html`<td>${cell}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      ${this.preview ? this.renderReport(this.preview, 'What the import would do') : nothing}
      ${
        this.preview && !this.result
          ? html`<button
              type="button"
              ?disabled=${this.busy || this.preview.imported === 0}
              @click=${() => this.run(false)}
            >
              Import ${formatNumber(this.preview.imported)} rows
            </button>`
          : nothing
      }
      ${this.busy ? html`<p role="status">Working…</p>` : nothing}
      ${this.result ? this.renderReport(this.result, 'Import done') : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-import': AssentAdminImport;
  }
}
