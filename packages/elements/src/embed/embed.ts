import { serviceForHost } from '@assent/core/catalogue/helpers';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { decide } from '../base/decide.js';
import { AssentElement } from '../base/assent-element.js';
import { buttons, tokens } from '../styles/tokens.js';

/**
 * A placeholder for third-party content that is blocked until its service is allowed: it says
 * which service, why, and offers "Allow and load", which grants that one service only. Once the
 * service is allowed it shows its children instead (or nothing, when it stands before an
 * `<iframe data-assent>` that the script tag loads).
 *
 * @tagname assent-embed
 * @summary Placeholder for blocked embedded content, with "Allow and load".
 *
 * @slot - The content to show once the service is allowed.
 *
 * @event {AssentDecisionEvent} assent-decision - The visitor allowed the service here. `detail: { action: 'allow', wording }`.
 *
 * @csspart base - The placeholder's box.
 * @csspart label - What the content is (the service's `embedTitle`, e.g. "YouTube video").
 * @csspart title - The heading naming the service.
 * @csspart text - Why it is blocked.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart allow-button - "Allow and load".
 * @csspart settings-button - "Cookie settings" (opens the preferences centre).
 *
 * @cssprop --assent-embed-background - Background. Defaults to `--assent-color-subtle`.
 * @cssprop --assent-embed-color - Text colour. Defaults to `--assent-color-text`.
 * @cssprop --assent-embed-aspect-ratio - Shape of the box, e.g. `16 / 9`. Defaults to `auto`.
 * @cssprop --assent-color-accent - System token: buttons.
 * @cssprop --assent-radius - System token: corner radius.
 */
export class AssentEmbed extends AssentElement {
  static override styles = [
    tokens,
    buttons,
    css`
      :host {
        display: block;
        --_bg: var(--assent-embed-background, var(--_subtle));
        --_fg: var(--assent-embed-color, var(--_text));
      }

      .base {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: 12px;
        aspect-ratio: var(--assent-embed-aspect-ratio, auto);
        max-inline-size: 100%;
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_fg);
        overflow: auto;
      }

      .label {
        margin: 0;
        font-size: 14px;
        font-weight: 600;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }

      .title {
        margin: 0;
        font-size: 17px;
        overflow-wrap: anywhere;
      }

      .text {
        margin: 0;
        overflow-wrap: anywhere;
      }

      .actions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 160px), 1fr));
        gap: 8px;
      }

      .settings {
        --_button-background: transparent;
        --_button-text: var(--_accent);
      }

      @media (forced-colors: active) {
        .base {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** The service (or category) id the content belongs to, as in `data-assent`. */
  @property({ reflect: true }) service = '';

  /**
   * The content's URL (the iframe's `data-src`): when `service` names a category, the
   * configured service whose hosts serve it gives the placeholder its name.
   */
  @property() src = '';

  /** Whether the service is allowed (the placeholder is gone). */
  get allowed(): boolean {
    return this.consent.manager?.allowed(this.service) ?? false;
  }

  private get kind(): 'service' | 'category' | undefined {
    const config = this.consent.manager?.config;
    if (!config || !this.service) return undefined;
    if (Object.hasOwn(config.services, this.service)) return 'service';
    if (Object.hasOwn(config.categories, this.service)) return 'category';
    return undefined;
  }

  /** The configured service the content comes from: the one named, else the one serving `src`. */
  private get origin(): string | undefined {
    const config = this.consent.manager?.config;
    if (!config) return undefined;
    if (this.kind === 'service') return this.service;
    return this.src ? serviceForHost(this.src, config.services) : undefined;
  }

  private texts(): { name: string; category: string; label?: string } {
    const t = this.consent.translator!;
    const config = this.consent.manager!.config;
    const origin = this.origin;
    const label = origin ? t.text(config.services[origin]!.embedTitle) : undefined;
    if (origin) {
      const category = this.kind === 'category' ? this.service : config.services[origin]!.category;
      return { name: t.serviceTitle(origin), category: t.categoryTitle(category), label };
    }
    if (this.kind === 'category') {
      const title = t.categoryTitle(this.service);
      return { name: title, category: title };
    }
    return { name: this.service, category: this.service };
  }

  private readonly onAllow = async (event: MouseEvent): Promise<void> => {
    const manager = this.consent.manager;
    const t = this.consent.translator;
    const kind = this.kind;
    if (!manager || !t || !kind) return;
    const { name, category, label } = this.texts();
    const update =
      kind === 'service'
        ? { services: { [this.service]: true } }
        : { categories: { [this.service]: true } };
    await decide(this, {
      event,
      label: t.t('embed.allow'),
      instead: 'assent.set()',
      action: 'allow',
      wording: [
        ...(label ? [label] : []),
        t.t('embed.title', { service: name }),
        t.t('embed.text', { service: name, category }),
        t.t('embed.allow'),
      ].join('\n'),
      commit: (wording) => manager.set(update, { method: 'embed', wording }),
    });
  };

  private readonly onSettings = (event: MouseEvent): void => {
    this.consent.manager?.showPreferences(event.currentTarget as HTMLElement);
  };

  override render() {
    const t = this.consent.translator;
    if (!t || !this.consent.manager) return nothing;
    if (this.allowed) return html`<slot></slot>`;
    const { name, category, label } = this.texts();
    return html`<section
      class="base"
      part="base"
      lang=${t.lang}
      dir=${t.dir}
      aria-labelledby="title"
    >
      ${label ? html`<p class="label" part="label">${label}</p>` : nothing}
      <h2 class="title" part="title" id="title">${t.t('embed.title', { service: name })}</h2>
      <p class="text" part="text">${t.t('embed.text', { service: name, category })}</p>
      <div class="actions" part="actions">
        ${
          this.kind
            ? html`<button
                type="button"
                class="button"
                part="button allow-button"
                @click=${this.onAllow}
              >
                ${t.t('embed.allow')}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="button settings"
          part="button settings-button"
          aria-haspopup="dialog"
          @click=${this.onSettings}
        >
          ${t.t('embed.settings')}
        </button>
      </div>
    </section>`;
  }
}
