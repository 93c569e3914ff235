/**
 * Webhook deliveries: what the server told other systems, what is waiting and what failed,
 * with attempts, the next try and the last error. A failed one can be sent again (manage).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, DeliveryPage, DeliveryView, Session } from './api.js';
import { formatNumber } from './format.js';
import { baseStyles } from './styles.js';
import { renderStatusFilter } from './status-filter.js';

const STATUSES = ['pending', 'delivered', 'failed'] as const;

@customElement('assent-admin-deliveries')
export class AssentAdminDeliveries extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ul.row {
        list-style: none;
        padding: 0;
      }
    `,
  ];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) session!: Session;

  @state() private page: DeliveryPage | null = null;
  @state() private rows: DeliveryView[] = [];
  @state() private status = '';
  @state() private error = '';
  @state() private notice = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load(before?: number) {
    this.error = '';
    try {
      const page = await this.api.deliveries({ status: this.status || undefined, before });
      this.page = page;
      this.rows = before === undefined ? page.deliveries : [...this.rows, ...page.deliveries];
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async retry(delivery: DeliveryView) {
    this.notice = '';
    try {
      await this.api.retryDelivery(delivery.seq);
      this.notice = `Delivery #${delivery.seq} is queued again.`;
      await this.load();
    } catch (error) {
      this.notice = (error as Error).message;
    }
  }

  private renderRow(delivery: DeliveryView) {
    const manage = this.session.role === 'manage';
    return html`<tr>
      <th scope="row">#${delivery.seq}</th>
      <td>${delivery.type}</td>
      <td
        class=${delivery.status === 'failed' ? 'error' : delivery.status === 'delivered' ? 'ok' : ''}
      >
        ${delivery.status}
      </td>
      <td>${delivery.attempts}</td>
      <td>${delivery.createdAt}</td>
      <td>${delivery.lastAttemptAt ?? '—'}</td>
      <td>${delivery.nextAttemptAt ?? '—'}</td>
      <td>
        ${delivery.lastStatus ?? ''}${delivery.lastStatus && delivery.lastError ? ': ' : ''}${delivery.lastError ?? ''}
      </td>
      <td class="hash">${delivery.webhookId}</td>
      <td>
        ${
          delivery.status === 'failed' && manage
            ? html`<button
                type="button"
                class="secondary"
                aria-label=${`Send again: delivery #${delivery.seq}`}
                @click=${() => this.retry(delivery)}
              >
                Send again
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  override render() {
    const page = this.page;
    return html`<h2>Webhook deliveries</h2>
      ${
        page
          ? html`<p>
                ${
                  page.configured
                    ? html`Changes are sent to <code>${page.url}</code>.`
                    : 'No webhook is configured (ASSENT_WEBHOOK_URL): nothing is being sent.'
                }
              </p>
              <ul class="row" aria-label="Deliveries by status">
                ${STATUSES.map(
                  (status) =>
                    html`<li>
                      ${status}: <strong>${formatNumber(page.counts[status] ?? 0)}</strong>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${renderStatusFilter({
        label: 'Filter deliveries',
        statuses: STATUSES,
        status: this.status,
        onStatus: (status) => {
          this.status = status;
          void this.load();
        },
        error: this.error,
        notice: this.notice,
      })}
      ${
        this.session.role === 'manage'
          ? nothing
          : html`<p>Sending a failed delivery again needs a token with the manage role.</p>`
      }
      <div tabindex="0" role="region" aria-label="Deliveries table" class="scroll">
        <table>
          <caption>
            Deliveries, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Delivery</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Queued</th>
              <th scope="col">Last attempt</th>
              <th scope="col">Next retry</th>
              <th scope="col">Last error</th>
              <th scope="col">webhook-id</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            ${this.rows.map((delivery) => this.renderRow(delivery))}
          </tbody>
        </table>
      </div>
      ${page && this.rows.length === 0 ? html`<p>No delivery.</p>` : nothing}
      <button
        type="button"
        class="secondary"
        ?disabled=${!page?.next}
        @click=${() => this.load(page?.next ?? undefined)}
      >
        Show older deliveries
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-deliveries': AssentAdminDeliveries;
  }
}
