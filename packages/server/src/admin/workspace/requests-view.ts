/**
 * The data-subject request queue: verified requests for a copy of one's data or its erasure,
 * each with its steps and due date. A manage token fulfils (access: download the copy, mail the
 * person their link; erasure: erase) or declines with a reason; a read token only looks.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, QueuedRequest, Session } from './api.js';
import { saveBlob } from './format.js';
import { baseStyles } from './styles.js';
import { renderStatusFilter } from './status-filter.js';

const STATUSES = ['verified', 'fulfilled', 'declined', 'unverified', 'expired'] as const;
const TYPE_NAMES: Record<string, string> = {
  access: 'Copy of data',
  erasure: 'Erasure',
};

@customElement('assent-admin-requests')
export class AssentAdminRequests extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) session!: Session;

  @state() private requests: QueuedRequest[] | null = null;
  @state() private status = 'verified';
  @state() private error = '';
  @state() private notice = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.error = '';
    try {
      this.requests = (await this.api.requests(this.status || undefined)).requests;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async act(work: () => Promise<string>) {
    this.notice = '';
    try {
      this.notice = await work();
      await this.load();
    } catch (error) {
      this.notice = (error as Error).message;
    }
  }

  private download(request: QueuedRequest) {
    return this.act(async () => {
      const blob = await this.api.download(
        `/v1/requests/${encodeURIComponent(request.id)}/export`,
        'application/json',
      );
      saveBlob(blob, `request-${request.id}.json`);
      return `The copy for ${request.contact.value} was downloaded.`;
    });
  }

  private fulfil(request: QueuedRequest) {
    if (
      request.type === 'erasure' &&
      !window.confirm(
        `Erase ${request.contact.value}? Their address is removed for good; the ledger keeps its proof.`,
      )
    ) {
      return;
    }
    return this.act(async () => {
      await this.api.fulfilRequest(request.id);
      return request.type === 'access'
        ? `A download link was mailed to ${request.contact.value}.`
        : `${request.contact.value} was erased and told so by mail.`;
    });
  }

  private decline(event: SubmitEvent, request: QueuedRequest) {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason')).trim();
    return this.act(async () => {
      await this.api.declineRequest(request.id, reason);
      return `The request of ${request.contact.value} was declined.`;
    });
  }

  private renderActions(request: QueuedRequest) {
    if (
      request.status !== 'verified' &&
      !(request.type === 'access' && request.status === 'fulfilled')
    )
      return nothing;
    if (this.session.role !== 'manage') return html`<span>Needs the manage role</span>`;
    const who = request.contact.value;
    return html`<div class="row">
      ${
        request.type === 'access'
          ? html`<button
              type="button"
              class="secondary"
              aria-label=${`Download the copy for ${who}`}
              @click=${() => this.download(request)}
            >
              Download the copy
            </button>`
          : nothing
      }
      ${
        request.status === 'verified'
          ? html`<button
                type="button"
                aria-label=${request.type === 'access' ? `Send the copy to ${who}` : `Erase ${who}`}
                @click=${() => this.fulfil(request)}
              >
                ${request.type === 'access' ? 'Send the copy' : 'Erase'}
              </button>
              <form
                aria-label=${`Decline the request of ${who}`}
                @submit=${(event: SubmitEvent) => this.decline(event, request)}
              >
                <label
                  >Reason
                  <input name="reason" required maxlength="500" />
                </label>
                <button type="submit" class="secondary">Decline</button>
              </form>`
          : nothing
      }
    </div>`;
  }

  private renderTable(requests: QueuedRequest[]) {
    if (requests.length === 0) return html`<p>No request.</p>`;
    return html`<div tabindex="0" role="region" aria-label="Requests table" class="scroll">
      <table>
        <caption>
          Requests, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Request</th>
            <th scope="col">Status</th>
            <th scope="col">Made</th>
            <th scope="col">Due</th>
            <th scope="col">Steps</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          ${requests.map(
            (request) =>
              html`<tr>
                <th scope="row">${request.contact.value}</th>
                <td>${TYPE_NAMES[request.type] ?? request.type}</td>
                <td>${request.status}</td>
                <td>${request.createdAt}</td>
                <td>${request.status === 'verified' ? (request.dueAt ?? '') : ''}</td>
                <td>
                  <ol>
                    ${request.steps.map(
                      (step) =>
                        html`<li>
                          ${step.step}
                          ${step.at}${step.by ? ` by ${step.by}` : ''}${step.note ? ` — ${step.note}` : ''}
                        </li>`,
                    )}
                  </ol>
                </td>
                <td>${this.renderActions(request)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    return html`<h2>Data-subject requests</h2>
      <p>
        People ask for a copy of their data or its erasure; a request shows here once they confirmed
        it from their inbox, and is due within a month.
      </p>
      ${renderStatusFilter({
        label: 'Filter requests',
        statuses: STATUSES,
        status: this.status,
        onStatus: (status) => {
          this.status = status;
          void this.load();
        },
        error: this.error,
        notice: this.notice,
      })}
      ${this.requests ? this.renderTable(this.requests) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-requests': AssentAdminRequests;
  }
}
