/**
 * `<assent-workspace>`: the marketing team's workspace at `/admin`. Signs in with an admin
 * token (kept in this tab's sessionStorage, sent only as a header), then shows the dashboard,
 * contacts, one contact's proof, exports, import, the data-subject request queue, webhook
 * deliveries and the audit log. Views are picked by the
 * URL's hash (`#contacts`, `#contact/<id>`…), which never holds the token.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { AdminApi, type Session } from './api.js';
import './audit-view.js';
import './contacts-view.js';
import type { OpenContactEvent } from './contacts-view.js';
import './dashboard.js';
import './deliveries-view.js';
import './exports-view.js';
import './import-view.js';
import './proof-view.js';
import './requests-view.js';
import { baseStyles } from './styles.js';

const VIEWS = [
  ['dashboard', 'Dashboard'],
  ['contacts', 'Contacts'],
  ['exports', 'Exports and links'],
  ['import', 'Import'],
  ['requests', 'Requests'],
  ['deliveries', 'Webhook deliveries'],
  ['audit', 'Audit log'],
] as const;
type View = (typeof VIEWS)[number][0] | 'contact';

@customElement('assent-workspace')
export class AssentWorkspace extends LitElement {
  static override styles = [
    baseStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        border-block-end: 1px solid #8886;
        padding-block-end: 0.5rem;
      }
      h1 {
        font-size: 1.5rem;
        margin: 0;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        list-style: none;
        padding: 0;
        margin: 0.75rem 0 1rem;
      }
      nav a {
        color: inherit;
        padding: 0.25rem 0.1rem;
      }
      nav a[aria-current='page'] {
        font-weight: 700;
        text-decoration-thickness: 3px;
      }
      .who {
        font-size: 0.9rem;
      }
    `,
  ];

  private readonly api = new AdminApi();

  @state() private session: Session | null = null;
  @state() private checking = true;
  @state() private signInError = '';
  @state() private view: View = 'dashboard';
  @state() private contactId = '';

  private readonly onHash = () => this.route();

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    this.route();
    void this.api.resume().then((session) => {
      this.session = session;
      this.checking = false;
    });
  }

  override disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  private route() {
    const [name = 'dashboard', id = ''] = location.hash.replace(/^#/, '').split('/');
    const known = VIEWS.some(([view]) => view === name) || (name === 'contact' && id);
    this.view = (known ? name : 'dashboard') as View;
    this.contactId = decodeURIComponent(id);
  }

  private async signIn(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const token = String(new FormData(form).get('token') ?? '').trim();
    this.signInError = '';
    try {
      this.session = await this.api.signIn(token);
      form.reset();
    } catch (error) {
      this.signInError = (error as Error).message;
    }
  }

  private async signOut() {
    await this.api.signOut().catch(() => undefined);
    this.session = null;
    location.hash = '';
  }

  private openContact(event: OpenContactEvent) {
    location.hash = `contact/${encodeURIComponent(event.contactId)}`;
  }

  private renderSignIn() {
    return html`<header><h1>Assent workspace</h1></header>
      <h2>Sign in</h2>
      <form @submit=${this.signIn}>
        <label
          >Admin token <input name="token" type="password" autocomplete="current-password" required
        /></label>
        <button type="submit">Sign in</button>
      </form>
      ${this.signInError ? html`<p class="error" role="alert">${this.signInError}</p>` : nothing}`;
  }

  private renderView(session: Session) {
    switch (this.view) {
      case 'contacts':
        return html`<assent-admin-contacts
          .api=${this.api}
          @assent-open-contact=${this.openContact}
        ></assent-admin-contacts>`;
      case 'contact':
        return html`<p><a href="#contacts">Back to contacts</a></p>
          <assent-admin-proof .api=${this.api} .contactId=${this.contactId}></assent-admin-proof>`;
      case 'exports':
        return html`<assent-admin-exports
          .api=${this.api}
          .session=${session}
        ></assent-admin-exports>`;
      case 'import':
        return session.role === 'manage'
          ? html`<assent-admin-import .api=${this.api}></assent-admin-import>`
          : html`<h2>Import subscribers</h2>
              <p>Importing needs a token with the manage role.</p>`;
      case 'requests':
        return html`<assent-admin-requests
          .api=${this.api}
          .session=${session}
        ></assent-admin-requests>`;
      case 'deliveries':
        return html`<assent-admin-deliveries
          .api=${this.api}
          .session=${session}
        ></assent-admin-deliveries>`;
      case 'audit':
        return html`<assent-admin-audit .api=${this.api}></assent-admin-audit>`;
      default:
        return html`<assent-admin-dashboard .api=${this.api}></assent-admin-dashboard>`;
    }
  }

  override render() {
    if (this.checking) return html`<p role="status">Loading…</p>`;
    const session = this.session;
    if (!session) return this.renderSignIn();
    const current = this.view === 'contact' ? 'contacts' : this.view;
    return html`<header>
        <h1>Assent workspace</h1>
        <div class="row">
          <span class="who">Signed in as ${session.name} (${session.role})</span>
          <button type="button" class="secondary" @click=${this.signOut}>Sign out</button>
        </div>
      </header>
      <nav aria-label="Workspace">
        <ul>
          ${VIEWS.map(
            ([view, name]) =>
              html`<li>
                <a href=${`#${view}`} aria-current=${current === view ? 'page' : 'false'}
                  >${name}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      ${this.renderView(session)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-workspace': AssentWorkspace;
  }
}
