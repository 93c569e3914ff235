import { loadTranslator, type Translator } from '@assent/core';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getDefaultManager } from '../controllers/manager.js';
import { buttons, tokens } from '../styles/tokens.js';
import { AssentRightsRequestEvent } from './rights-event.js';
import { RIGHTS_KEYS, type RightsStrings } from './rights-strings.js';
import { rightsStyles } from './rights.styles.js';

type RequestType = 'access' | 'erasure';
type Phase = 'form' | 'sending' | 'sent' | 'failed';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Only the strings' own lookups are needed: no categories or services of a site.
const NO_SITE_CONFIG = { translations: {}, categories: {}, services: {} };
// First-strong isolate marks: an address keeps its own direction inside right-to-left text.
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * A data-subject request form: "Get a copy of my data" or "Delete my data". The person gives
 * their email address (or, with `contact="phone"`, their mobile number); the server
 * (`POST <api>/v1/requests`) sends a link by mail or text message that confirms the request,
 * which then waits in the admin queue. Nothing is chosen in advance, and the answer is the
 * same whether the address is known or not. The words come in the page's language (`<html
 * lang>`, or the consent manager's language) from the same lazily loaded tables as the other
 * elements, with the config's `translations` applied when a consent manager is running.
 *
 * @tagname assent-rights
 * @summary Ask for a copy of one's data, or its deletion, verified by email.
 *
 * @event {AssentRightsRequestEvent} assent-rights-request - A request was accepted by the server. `detail: { type }`.
 *
 * @csspart base - The section around everything.
 * @csspart title - The heading.
 * @csspart text - The introduction.
 * @csspart choices - The two choices.
 * @csspart email - The email field (or the mobile number field).
 * @csspart error - A message next to a field.
 * @csspart button - The submit button (and "Make another request").
 * @csspart status - The confirmation after sending, or why it failed.
 *
 * @cssprop --assent-rights-background - Background. Defaults to `--assent-color-surface`.
 * @cssprop --assent-rights-color - Text colour. Defaults to `--assent-color-text`.
 * @cssprop --assent-rights-padding - Inner padding. Defaults to `--assent-space`.
 */
export class AssentRights extends LitElement {
  static override styles = [tokens, buttons, rightsStyles];

  /** Where the server is (`https://consent.example.org`). Defaults to this site. */
  @property() api = '';

  /** Colour scheme: `light`, `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'light';

  /** How the person is reached to confirm: `email`, or `phone` (a text message). */
  @property({ reflect: true }) contact: 'email' | 'phone' = 'email';

  /** Country of numbers written without `+` (e.g. `GB`). Defaults to the config's `defaultCountry`. */
  @property() country = '';

  /** Replaces some of the words (text, never HTML). */
  @property({ attribute: false }) strings: Partial<RightsStrings> = {};

  @state() private translator: Translator | undefined;
  @state() private phase: Phase = 'form';
  @state() private type: RequestType | undefined;
  @state() private email = '';
  @state() private errors: { type?: string; email?: string } = {};
  private sentTo = '';
  private sentBy: 'email' | 'phone' = 'email';
  private loading: Promise<unknown> = Promise.resolve();
  private langObserver: MutationObserver | undefined;

  override connectedCallback() {
    super.connectedCallback();
    this.loadStrings();
    // A page that switches language (client-side routers do) gets new words.
    this.langObserver = new MutationObserver(() => this.loadStrings());
    this.langObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.loading;
    return super.getUpdateComplete();
  }

  private loadStrings() {
    const manager = getDefaultManager();
    const lang = manager?.language ?? (document.documentElement.lang.trim() || 'en');
    if (this.translator?.lang === lang) return;
    this.loading = loadTranslator(manager?.config ?? NO_SITE_CONFIG, lang).then(
      (translator) => (this.translator = translator),
      (error: unknown) =>
        console.error('[assent] <assent-rights> could not load its words:', error),
    );
  }

  private get words(): RightsStrings {
    const t = this.translator;
    const words = {} as RightsStrings;
    for (const [name, key] of Object.entries(RIGHTS_KEYS)) {
      words[name as keyof RightsStrings] = t ? t.t(key) : '';
    }
    if (this.contact === 'phone') words.text = words.textPhone;
    for (const [key, value] of Object.entries(this.strings ?? {})) {
      if (typeof value === 'string' && key in words) words[key as keyof RightsStrings] = value;
    }
    return words;
  }

  private get byPhone() {
    return this.contact === 'phone';
  }

  private endpoint(): string {
    const base = (this.api ?? '').trim().replace(/\/+$/, '');
    if (base && !/^(https?:\/\/|\/)/i.test(base)) {
      console.error(
        '<assent-rights>: "api" must be an https:, http: or relative URL; using this site.',
      );
      return '/v1/requests';
    }
    return `${base}/v1/requests`;
  }

  private async submit(event: Event) {
    event.preventDefault();
    const w = this.words;
    const typed = this.email.trim();
    const byPhone = this.byPhone;
    const errors: { type?: string; email?: string } = {};
    if (!this.type) errors.type = w.chooseOne;
    let value: string | undefined = typed;
    if (byPhone) {
      const country = this.country || getDefaultManager()?.config.defaultCountry;
      const { toE164Mobile } = await import('../optin/phone-numbers.js');
      value = typed ? toE164Mobile(typed, country) : undefined;
      if (!value) errors.email = w.invalidPhone;
    } else if (!EMAIL.test(typed)) errors.email = w.invalidEmail;
    this.errors = errors;
    if (errors.type || errors.email) {
      await this.updateComplete;
      const first = this.renderRoot.querySelector<HTMLElement>(
        errors.type ? 'input[name="type"]' : '#email',
      );
      first?.focus();
      return;
    }
    this.phase = 'sending';
    try {
      const response = await fetch(this.endpoint(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: this.type,
          contact: byPhone ? { phone: value } : { email: value },
          ...(document.documentElement.lang ? { locale: document.documentElement.lang } : {}),
        }),
      });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      this.sentTo = typed;
      this.sentBy = byPhone ? 'phone' : 'email';
      this.phase = 'sent';
      this.dispatchEvent(new AssentRightsRequestEvent(this.type!));
    } catch {
      this.phase = 'failed';
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="status"]')?.focus();
  }

  private again() {
    this.phase = 'form';
    this.type = undefined;
    this.email = '';
    this.errors = {};
  }

  override render() {
    const w = this.words;
    const t = this.translator;
    if (!t) return nothing;
    const sent =
      this.sentBy === 'phone'
        ? w.sentSms.replace('{phone}', t.dir === 'rtl' ? isolate(this.sentTo) : this.sentTo)
        : w.sent.replace('{email}', t.dir === 'rtl' ? isolate(this.sentTo) : this.sentTo);
    return html`<section part="base" aria-labelledby="title" lang=${t.lang} dir=${t.dir}>
      <h2 id="title" part="title">${w.title}</h2>
      <p part="text">${w.text}</p>
      ${
        this.phase === 'sent'
          ? html`<p part="status" role="status" tabindex="-1">${sent}</p>
              <button class="button" part="button" type="button" @click=${this.again}>
                ${w.another}
              </button>`
          : this.renderForm(w)
      }
    </section>`;
  }

  private renderForm(w: RightsStrings) {
    const choice = (value: RequestType, label: string) =>
      html`<label class="choice">
        <input
          type="radio"
          name="type"
          .value=${value}
          .checked=${this.type === value}
          aria-describedby=${this.errors.type ? 'type-error' : nothing}
          @change=${() => {
            this.type = value;
            this.errors = { ...this.errors, type: undefined };
          }}
        />
        <span>${label}</span>
      </label>`;
    return html`<form novalidate @submit=${this.submit}>
      <fieldset part="choices" aria-invalid=${this.errors.type ? 'true' : nothing}>
        <legend>${w.legend}</legend>
        ${choice('access', w.access)} ${choice('erasure', w.erasure)}
        ${
          this.errors.type
            ? html`<p id="type-error" class="error" part="error">${this.errors.type}</p>`
            : nothing
        }
      </fieldset>
      <label class="field" for="email">${this.byPhone ? w.phone : w.email}</label>
      <input
        id="email"
        part="email"
        type=${this.byPhone ? 'tel' : 'email'}
        autocomplete=${this.byPhone ? 'tel' : 'email'}
        dir="ltr"
        required
        .value=${this.email}
        aria-invalid=${this.errors.email ? 'true' : 'false'}
        aria-describedby=${this.errors.email ? 'email-error' : nothing}
        @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
      />
      ${
        this.errors.email
          ? html`<p id="email-error" class="error" part="error">${this.errors.email}</p>`
          : nothing
      }
      ${
        this.phase === 'failed'
          ? html`<p part="status" role="alert" tabindex="-1">${w.failed}</p>`
          : nothing
      }
      <div class="actions">
        <button class="button" part="button" type="submit" ?disabled=${this.phase === 'sending'}>
          ${this.phase === 'sending' ? w.sending : w.submit}
        </button>
      </div>
    </form>`;
  }
}
