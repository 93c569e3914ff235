/** One contact's page: its state now and every event behind it, checked against the chain. */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, ContactProof } from './api.js';
import { CHANNEL_NAMES } from './format.js';
import { baseStyles } from './styles.js';

@customElement('assent-admin-proof')
export class AssentAdminProof extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) contactId = '';

  @state() private proof: ContactProof | null = null;
  @state() private error = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('contactId') && this.contactId) void this.load();
  }

  private async load() {
    this.error = '';
    this.proof = null;
    try {
      this.proof = await this.api.contact(this.contactId);
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  override render() {
    if (this.error)
      return html`<h2>Contact</h2>
        <p class="error" role="alert">${this.error}</p>`;
    const proof = this.proof;
    if (!proof)
      return html`<h2>Contact</h2>
        <p role="status">Loading…</p>`;
    const name = proof.contact.email ?? proof.contact.phone ?? proof.contact.id;
    const channels = Object.entries(proof.contact.channels);
    return html`<h2>Proof of consent: ${name}</h2>
      <p role="status" class=${proof.chain.verified ? 'ok' : 'error'}>
        ${
          proof.chain.verified
            ? `Chain verified: all ${proof.chain.events} events match their hashes and links.`
            : `Chain NOT verified: ${proof.chain.problems.join('; ')}`
        }
      </p>
      <h3>Now</h3>
      ${
        channels.length === 0
          ? html`<p>No marketing state.</p>`
          : html`<ul>
              ${channels.map(
                ([channel, state]) =>
                  html`<li>
                    ${CHANNEL_NAMES[channel] ?? channel}: ${state!.status} since ${state!.since},
                    ${state!.verified ? 'verified by the address’s owner' : 'not verified (claimed by a browser)'}
                    ${state!.topics.length ? html` — ${state!.topics.map((t) => `${t.id} ${t.status}`).join(', ')}` : nothing}
                  </li>`,
              )}
            </ul>`
      }
      <h3>History</h3>
      <div tabindex="0" role="region" aria-label="History table" class="scroll">
        <table>
          <caption>
            Every recorded event, oldest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Received (server)</th>
              <th scope="col">Client time</th>
              <th scope="col">Event</th>
              <th scope="col">Method</th>
              <th scope="col">Channel</th>
              <th scope="col">Status</th>
              <th scope="col">Topics</th>
              <th scope="col">Revision</th>
              <th scope="col">Wording</th>
              <th scope="col">Address verified</th>
              <th scope="col">Hash</th>
              <th scope="col">Chain verified</th>
            </tr>
          </thead>
          <tbody>
            ${proof.history.map(
              (event) =>
                html`<tr>
                  <th scope="row">${event.receivedAt}</th>
                  <td>${event.at}</td>
                  <td>${event.kind}</td>
                  <td>${event.method ?? ''}</td>
                  <td>${event.channel ?? ''}</td>
                  <td>${event.status ?? ''}</td>
                  <td>${event.topics?.join(', ') ?? ''}</td>
                  <td>${event.revision ?? ''}</td>
                  <td class="wording">${event.pruned ? '(pruned)' : (event.wording ?? '')}</td>
                  <td>
                    ${event.kind === 'cookies' ? '' : event.addressVerified ? 'yes' : 'no'}${event.request ? ' (request only: changed nothing)' : ''}
                  </td>
                  <td class="hash">${event.hash ?? ''}</td>
                  <td class=${event.verified ? 'ok' : 'error'}>
                    ${event.verified ? 'yes' : `no: ${event.problems.join('; ')}`}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-proof': AssentAdminProof;
  }
}
