import { embedService } from '@assent/core';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { decide } from '../base/decide.js';
import { AssentElement } from '../base/assent-element.js';
import { buttons, tokens } from '../styles/tokens.js';
import { contentUrl, liveChildren, revealContent } from './content.js';
import { boxOf, type EmbedBox } from './size.js';

/**
 * A placeholder for third-party content that is blocked until its service is allowed: it says
 * which service, why, and offers "Allow and load", which allows that one service only (the one
 * `service` names, or, when it names a category, the configured service whose hosts serve the
 * content), never a whole category. Once allowed it shows its children (or nothing, when it
 * stands before an `<iframe data-assent>` that the script tag loads).
 *
 * The content stays inert until then: write it in a `<template>` child, or with `data-src`
 * instead of `src` (what React and Vue can render). A child with a live `src` is loaded by the
 * browser at once: a console error says so.
 *
 * ```html
 * <assent-embed service="youtube">
 *   <template><iframe src="https://www.youtube-nocookie.com/embed/…" title="Video"></iframe></template>
 * </assent-embed>
 * ```
 *
 * @tagname assent-embed
 * @summary Placeholder for blocked embedded content, with "Allow and load".
 *
 * @slot - The content to show once the service is allowed (a `<template>`'s content is put in place, `data-src` becomes `src`).
 *
 * @event {AssentDecisionEvent} assent-decision - The visitor allowed the service here. `detail: { action: 'allow', wording }`.
 *
 * @csspart base - The placeholder's box.
 * @csspart label - What the content is (the service's `embedTitle`, e.g. "YouTube video").
 * @csspart title - The heading naming the service.
 * @csspart text - Why it is blocked.
 * @csspart scope - What "Allow and load" allows (that one service).
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
        box-sizing: border-box;
        /* The content's own shape (see size.ts); a wrapper that sizes the host is filled. */
        aspect-ratio: var(--assent-embed-aspect-ratio, var(--_ratio, auto));
        inline-size: var(--_width, auto);
        block-size: var(--_height, 100%);
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

      .text,
      .scope {
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
   * The content's URL (an iframe's `data-src`): when `service` names a category, the
   * configured service of that category whose hosts serve it is the one "Allow and load"
   * allows. Defaults to the first `data-src` (or `src` in a `<template>`) among the children.
   */
  @property() src = '';

  /** The shape of the content it stands for (set by the script tag from the iframe). */
  @property({ attribute: false }) box?: EmbedBox;

  private reported = false;

  /** Whether the content may load (its service is allowed; the placeholder is gone). */
  get allowed(): boolean {
    return this.consent.manager?.allowed(this.origin ?? this.service) ?? false;
  }

  /** The one service the content belongs to: the one named, else the one serving its URL. */
  private get origin(): string | undefined {
    const config = this.consent.manager?.config;
    if (!config || !this.service) return undefined;
    return embedService(this.service, this.url, config);
  }

  private get url(): string | undefined {
    return this.src || contentUrl(this);
  }

  private texts(origin: string): { name: string; category: string; label?: string } {
    const t = this.consent.translator!;
    const service = this.consent.manager!.config.services[origin]!;
    return {
      name: t.serviceTitle(origin),
      category: t.categoryTitle(service.category),
      label: t.text(service.embedTitle),
    };
  }

  /** Author mistakes, once: content that loads before consent, or no service to allow. */
  private report(origin: string | undefined): void {
    if (this.reported) return;
    this.reported = true;
    const tag = `<assent-embed service="${this.service}">`;
    for (const child of liveChildren(this)) {
      console.error(
        `[assent] ${tag} holds a <${child.localName}> with a live src: the browser loads it before consent. Put the content in a <template>, or write data-src instead of src.`,
      );
    }
    const config = this.consent.manager!.config;
    if (!origin && Object.hasOwn(config.categories, this.service)) {
      console.error(
        `[assent] ${tag} names a category, and no configured service of it serves ${this.url ? `"${this.url}"` : 'its content'}: name the service (e.g. service="youtube") or list the host in the service's "hosts", so "Allow and load" can allow that one service.`,
      );
    }
  }

  private readonly onAllow = async (event: MouseEvent): Promise<void> => {
    const manager = this.consent.manager;
    const t = this.consent.translator;
    const origin = this.origin;
    if (!manager || !t || !origin) return;
    const { name, category, label } = this.texts(origin);
    await decide(this, {
      event,
      label: t.t('embed.allow'),
      instead: 'assent.set()',
      action: 'allow',
      wording: [
        ...(label ? [label] : []),
        t.t('embed.title', { service: name }),
        t.t('embed.text', { service: name, category }),
        t.t('embed.scope', { service: name }),
        t.t('embed.allow'),
      ].join('\n'),
      // One service, never its whole category.
      commit: (wording) =>
        manager.set({ services: { [origin]: true } }, { method: 'embed', wording }),
    });
  };

  private readonly onSettings = (event: MouseEvent): void => {
    this.consent.manager?.showPreferences(event.currentTarget as HTMLElement);
  };

  protected override updated(): void {
    if (this.consent.manager && this.consent.translator && this.allowed) revealContent(this);
  }

  /** The placeholder's shape: the one given, else the first deferred child's attributes. */
  private shape(): Record<string, string> {
    const child = this.querySelector(':is(iframe, img, video)[data-src]');
    const box = this.box ?? (child ? boxOf(child) : {});
    const style: Record<string, string> = {};
    if (box.width) style['--_width'] = box.width;
    if (box.height) style['--_height'] = box.height;
    if (box.aspectRatio) style['--_ratio'] = box.aspectRatio;
    return style;
  }

  override render() {
    const t = this.consent.translator;
    if (!t || !this.consent.manager) return nothing;
    if (this.allowed) return html`<slot></slot>`;
    const origin = this.origin;
    this.report(origin);
    const config = this.consent.manager.config;
    const texts = origin ? this.texts(origin) : undefined;
    const category = Object.hasOwn(config.categories, this.service)
      ? t.categoryTitle(this.service)
      : this.service;
    const title = texts
      ? t.t('embed.title', { service: texts.name })
      : t.t('embed.unknown', { category });
    const text = texts && t.t('embed.text', { service: texts.name, category: texts.category });
    return html`<section
      class="base"
      part="base"
      lang=${t.lang}
      dir=${t.dir}
      aria-labelledby="title"
      style=${styleMap(this.shape())}
    >
      ${texts?.label ? html`<p class="label" part="label">${texts.label}</p>` : nothing}
      <h2 class="title" part="title" id="title">${title}</h2>
      ${
        texts
          ? html`<p class="text" part="text">${text}</p>
              <p class="scope" part="scope">${t.t('embed.scope', { service: texts.name })}</p>`
          : nothing
      }
      <div class="actions" part="actions">
        ${
          texts
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
