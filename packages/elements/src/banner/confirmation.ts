import type { Translator } from '@assent/core';
import { html } from 'lit';

/** What the visitor chose in the banner, for the confirmation message. */
export type BannerChoice = 'accepted' | 'rejected';

/**
 * The message shown after a choice in the banner when `confirmation` is on, as in the GOV.UK
 * cookie banner: what was chosen, that it can be changed, and "Hide this message". It takes
 * the focus (`tabindex="-1"`), so a screen reader reads it at once.
 */
export function renderConfirmation(t: Translator, choice: BannerChoice, onHide: () => void) {
  return html`<div class="content confirmation" part="content confirmation">
    <div class="message" part="message" role="alert" tabindex="-1" id="confirmation">
      <h2 class="title" part="title">${t.t('banner.title')}</h2>
      <p class="text" part="text confirmation-text">
        ${t.t(choice === 'accepted' ? 'banner.accepted' : 'banner.rejected')}
      </p>
    </div>
    <div class="actions" part="actions">
      <button type="button" class="button" part="button hide-button" @click=${onHide}>
        ${t.t('banner.hideMessage')}
      </button>
    </div>
  </div>`;
}
