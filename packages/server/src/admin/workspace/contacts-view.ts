/** Contacts: searched by email or phone, filtered, paged by keyset (Next / Previous). */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, ContactSummary } from './api.js';
import { CHANNEL_NAMES } from './format.js';
import { baseStyles } from './styles.js';

const PAGE = 25;

/** Asks the workspace to show one contact's proof. */
export class OpenContactEvent extends Event {
  constructor(readonly contactId: string) {
    super('assent-open-contact', { bubbles: true, composed: true });
  }
}

@customElement('assent-admin-contacts')
export class AssentAdminContacts extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) api!: AdminApi;
  /** Filters to start with (from a dashboard link or the address bar). */
  @property({ attribute: false }) initial: Record<string, string> = {};

  @state() private filter: Record<string, string> = {};
  @state() private contacts: ContactSummary[] | null = null;
  @state() private next: string | null = null;
  @state() private cursors: string[] = [];
  @state() private error = '';

  override connectedCallback() {
    super.connectedCallback();
    this.filter = { ...this.initial };
    if (Object.keys(this.filter).length > 0) void this.load();
  }

  private async load(cursor?: string) {
    this.error = '';
    try {
      const page = await this.api.contacts({ ...this.filter, limit: String(PAGE), cursor });
      this.contacts = page.contacts;
      this.next = page.next;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private onSearch(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.filter = Object.fromEntries(
      [...form.entries()].map(([k, v]) => [k, String(v).trim()]).filter(([, v]) => v),
    );
    this.cursors = [];
    void this.load();
  }

  private nextPage() {
    if (!this.next) return;
    this.cursors = [...this.cursors, this.next];
    void this.load(this.next);
  }

  private previousPage() {
    const cursors = this.cursors.slice(0, -1);
    this.cursors = cursors;
    void this.load(cursors.at(-1));
  }

  private channelText(contact: ContactSummary, channel: string) {
    const state = contact.channels[channel as keyof ContactSummary['channels']];
    if (!state) return '—';
    const topics = state.topics.filter((t) => t.status === state.status).map((t) => t.id);
    // Whether the address's owner confirmed it matters only for what is in force.
    const proof = state.status === 'denied' ? '' : state.verified ? ', verified' : ', unverified';
    return `${state.status}${topics.length ? ` (${topics.join(', ')})` : ''}${proof}`;
  }

  private renderResults(contacts: ContactSummary[]) {
    const count = contacts.length;
    const page = this.cursors.length + 1;
    return html`<p role="status">
        ${
          count === 0
            ? 'No contact found.'
            : `${count} contact${count === 1 ? '' : 's'} found${this.next || page > 1 ? ` (page ${page})` : ''}.`
        }
      </p>
      ${
        count > 0
          ? html`<table>
              <caption>
                Matching contacts
              </caption>
              <thead>
                <tr>
                  <th scope="col">Contact</th>
                  ${Object.values(CHANNEL_NAMES).map((n) => html`<th scope="col">${n}</th>`)}
                  <th scope="col">Proof</th>
                </tr>
              </thead>
              <tbody>
                ${contacts.map((contact) => {
                  const name = contact.email ?? contact.phone ?? contact.id;
                  return html`<tr>
                    <th scope="row">${name}</th>
                    ${Object.keys(CHANNEL_NAMES).map((c) => html`<td>${this.channelText(contact, c)}</td>`)}
                    <td>
                      <button
                        type="button"
                        class="secondary"
                        aria-label=${`Show history for ${name}`}
                        @click=${() => this.dispatchEvent(new OpenContactEvent(contact.id))}
                      >
                        History
                      </button>
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>`
          : nothing
      }
      <div class="row">
        <button
          type="button"
          class="secondary"
          ?disabled=${this.cursors.length === 0}
          @click=${this.previousPage}
        >
          Previous page
        </button>
        <button type="button" class="secondary" ?disabled=${!this.next} @click=${this.nextPage}>
          Next page
        </button>
      </div>`;
  }

  override render() {
    const f = this.filter;
    return html`<h2>Contacts</h2>
      <form role="search" aria-label="Find contacts" @submit=${this.onSearch}>
        <label
          >Email or phone
          <input
            name="q"
            type="search"
            .value=${f.q ?? ''}
            placeholder="start of an address or +44…"
        /></label>
        <label
          >Channel
          <select name="channel">
            <option value="">Any</option>
            ${Object.entries(CHANNEL_NAMES).map(([id, name]) => html`<option value=${id} ?selected=${f.channel === id}>${name}</option>`)}
          </select></label
        >
        <label
          >Topic
          <input name="topic" .value=${f.topic ?? ''} pattern="[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,63}"
        /></label>
        <label
          >Status
          <select name="status">
            <option value="">Any</option>
            ${['granted', 'pending', 'denied'].map((s) => html`<option value=${s} ?selected=${f.status === s}>${s}</option>`)}
          </select></label
        >
        <label>Since from <input name="from" type="date" .value=${f.from ?? ''} /></label>
        <label>Since to <input name="to" type="date" .value=${f.to ?? ''} /></label>
        <button type="submit">Search</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.contacts ? this.renderResults(this.contacts) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-contacts': AssentAdminContacts;
  }
  interface GlobalEventHandlersEventMap {
    'assent-open-contact': OpenContactEvent;
  }
}
