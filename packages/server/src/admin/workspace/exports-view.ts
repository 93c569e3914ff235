/** Exports (streamed by the server), unsubscribe links and erasure. */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, Session } from './api.js';
import { CHANNEL_NAMES, saveBlob } from './format.js';
import { baseStyles } from './styles.js';

const contactOf = (text: string) =>
  text.includes('@') ? { email: text.trim() } : { phone: text.trim() };

@customElement('assent-admin-exports')
export class AssentAdminExports extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) session!: Session;

  @state() private exportStatus = '';
  @state() private linkError = '';
  @state() private linkUrl = '';
  @state() private eraseStatus = '';

  private async exportOptins(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const channel = String(form.get('channel'));
    const topic = String(form.get('topic') ?? '').trim();
    this.exportStatus = 'Preparing the file…';
    try {
      const query = new URLSearchParams({ channel, ...(topic ? { topic } : {}) });
      const blob = await this.api.download(`/v1/optins?${query}`, 'text/csv');
      saveBlob(blob, `optins-${channel}${topic ? `-${topic}` : ''}.csv`);
      this.exportStatus = 'The CSV was downloaded.';
    } catch (error) {
      this.exportStatus = (error as Error).message;
    }
  }

  private async exportLedger() {
    this.exportStatus = 'Preparing the ledger…';
    try {
      saveBlob(await this.api.download('/v1/ledger', 'application/x-ndjson'), 'ledger.ndjson');
      this.exportStatus = 'The ledger was downloaded.';
    } catch (error) {
      this.exportStatus = (error as Error).message;
    }
  }

  private async createLink(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.linkError = '';
    this.linkUrl = '';
    try {
      const link = await this.api.createLink(contactOf(String(form.get('contact'))), {
        channel: String(form.get('channel') ?? '') || undefined,
        topic: String(form.get('topic') ?? '').trim() || undefined,
      });
      this.linkUrl = link.url;
    } catch (error) {
      this.linkError = (error as Error).message;
    }
  }

  private async erase(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const contact = String(new FormData(form).get('contact')).trim();
    if (
      !window.confirm(
        `Erase ${contact}? Their address is removed for good; the ledger keeps its proof.`,
      )
    )
      return;
    try {
      const { erased } = await this.api.erase(contactOf(contact));
      this.eraseStatus = erased ? 'Erased.' : 'No such contact.';
      form.reset();
    } catch (error) {
      this.eraseStatus = (error as Error).message;
    }
  }

  override render() {
    const manage = this.session.role === 'manage';
    const channels = Object.entries(CHANNEL_NAMES).map(
      ([id, name]) => html`<option value=${id}>${name}</option>`,
    );
    return html`<h2>Exports</h2>
      <form @submit=${this.exportOptins} aria-labelledby="export-heading">
        <h3 id="export-heading" class="visually-hidden">Export opt-ins</h3>
        <label
          >Channel
          <select name="channel">
            ${channels}
          </select></label
        >
        <label
          >Topic (optional) <input name="topic" pattern="[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,63}"
        /></label>
        <button type="submit">Download CSV</button>
        <button type="button" class="secondary" @click=${this.exportLedger}>
          Download the ledger (NDJSON)
        </button>
      </form>
      <p role="status">${this.exportStatus}</p>
      ${
        manage
          ? html`<h3>Create an unsubscribe link</h3>
              <form @submit=${this.createLink}>
                <label>Email or phone <input name="contact" required /></label>
                <label
                  >Channel
                  <select name="channel">
                    <option value="">The address’s own channel</option>
                    ${channels}
                  </select></label
                >
                <label
                  >Topic (optional)
                  <input name="topic" pattern="[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,63}"
                /></label>
                <button type="submit">Create link</button>
              </form>
              ${this.linkError ? html`<p class="error" role="alert">${this.linkError}</p>` : nothing}
              <p>
                <label>Unsubscribe link <input readonly .value=${this.linkUrl} size="60" /></label>
              </p>
              <h3>Erase a person</h3>
              <form @submit=${this.erase}>
                <label>Email or phone to erase <input name="contact" required /></label>
                <button type="submit" class="secondary">Erase</button>
              </form>
              <p role="status">${this.eraseStatus}</p>`
          : html`<p>Links and erasure need a token with the manage role.</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-exports': AssentAdminExports;
  }
}
