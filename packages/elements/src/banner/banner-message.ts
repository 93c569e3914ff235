/**
 * The banner's first layer: the title, the text, the sentences the config adds (purposes,
 * what runs unless the visitor objects, who is responsible), the privacy notice link and the
 * three buttons in the configured order; and that message read back, as shown, for the proof.
 */
import { isSafeUrl, type ResolvedConfig, type Translator } from '@assent/core';
import { html, nothing } from 'lit';
import type { BannerAction } from './placement.js';

/** What each of the banner's buttons does when clicked. */
export type BannerActions = Record<BannerAction, (event: MouseEvent) => void>;

function renderButton(t: Translator, action: BannerAction, onClick: (event: MouseEvent) => void) {
  switch (action) {
    case 'accept':
      return html`<button
        type="button"
        class="button"
        part="button accept-button"
        @click=${onClick}
      >
        ${t.t('actions.acceptAll')}
      </button>`;
    case 'reject':
      return html`<button
        type="button"
        class="button"
        part="button reject-button"
        @click=${onClick}
      >
        ${t.t('actions.rejectAll')}
      </button>`;
    case 'manage':
      return html`<button
        type="button"
        class="button"
        part="button manage-button"
        aria-haspopup="dialog"
        @click=${onClick}
      >
        ${t.t('actions.manage')}
      </button>`;
  }
}

/**
 * The sentences after the text, from the config: the purposes of the optional categories,
 * those already running unless the visitor objects, and who is responsible.
 */
function renderPurposes(t: Translator, config: ResolvedConfig) {
  const optional = Object.keys(config.categories).filter((id) => id !== 'necessary');
  const list = (ids: string[]) => t.list(ids.map((id) => t.categoryTitle(id)));
  const onConsent = optional.filter((id) => config.categories[id]?.basis !== 'objection');
  const onObjection = optional.filter((id) => config.categories[id]?.basis === 'objection');
  return html`${
    onConsent.length > 0
      ? html`<p class="text" part="text purposes">
          ${t.t('banner.purposes', { purposes: list(onConsent) })}
        </p>`
      : nothing
  }${
    onObjection.length > 0
      ? html`<p class="text" part="text objection">
          ${t.t('banner.objection', {
            categories: list(onObjection),
            reject: t.t('actions.rejectAll'),
          })}
        </p>`
      : nothing
  }${
    config.controller
      ? html`<p class="text" part="text controller">
          ${t.t('banner.controller', { controller: config.controller })}
        </p>`
      : nothing
  }`;
}

/** The message and the buttons (`order` from the config, see `orderOf`). */
export function renderMessage(
  t: Translator,
  config: ResolvedConfig | undefined,
  order: BannerAction[],
  actions: BannerActions,
) {
  const url = config?.privacyPolicyUrl;
  return html`<div class="content" part="content">
    <div class="message" part="message">
      <h2 class="title" part="title" id="title">${t.t('banner.title')}</h2>
      <p class="text" part="text" id="text">${t.t('banner.text')}</p>
      ${config ? renderPurposes(t, config) : nothing}
      ${
        url && isSafeUrl(url)
          ? html`<a class="privacy-link" part="privacy-link" href=${url}
              >${t.t('links.privacyPolicy')}</a
            >`
          : nothing
      }
    </div>
    <div class="actions" part="actions">
      ${order.map((action) => renderButton(t, action, actions[action]))}
    </div>
  </div>`;
}

/** What the message says, as shown: title, each paragraph, the privacy link with its URL. */
export function wordingOf(root: ParentNode, label: string): string {
  const shown = [...root.querySelectorAll('.message > h2, .message > p')].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  const link = root.querySelector<HTMLAnchorElement>('[part~="privacy-link"]');
  if (link) shown.push(`${link.textContent!.trim()}: ${link.href}`);
  return [...shown, label].join('\n');
}
