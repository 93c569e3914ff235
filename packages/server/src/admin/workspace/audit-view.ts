/** The audit log: who did what in the workspace, newest first. */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, AuditEntry } from './api.js';
import { baseStyles } from './styles.js';

@customElement('assent-admin-audit')
export class AssentAdminAudit extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) api!: AdminApi;

  @state() private entries: AuditEntry[] = [];
  @state() private next: string | null = null;
  @state() private error = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load(before?: number) {
    try {
      const page = await this.api.audit(before);
      this.entries = before === undefined ? page.entries : [...this.entries, ...page.entries];
      this.next = page.next;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  override render() {
    return html`<h2>Audit log</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <table>
        <caption>
          Every admin action, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Role</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Answer</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          ${this.entries.map(
            (e) =>
              html`<tr>
                <th scope="row">${e.at}</th>
                <td>${e.actor}</td>
                <td>${e.role}</td>
                <td>${e.action}</td>
                <td>${e.target ?? ''}</td>
                <td>${e.status}</td>
                <td>${e.detail ? JSON.stringify(e.detail) : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <button
        type="button"
        class="secondary"
        ?disabled=${!this.next}
        @click=${() => this.load(Number(this.next))}
      >
        Show older entries
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-audit': AssentAdminAudit;
  }
}
