/**
 * What the unsubscribe page says when a link does not work: an invalid or tampered link and
 * an expired one, each with the way to ask for a new link (the `request-link` slot, by default
 * the privacy notice), or a failed load with "Try again".
 */
import { PreferencesError, isSafeUrl, type Translator } from '@assent/core';
import { html, nothing } from 'lit';

/** Where a link's page is: loading its preferences, showing them, or one of its problems. */
export type LinkPhase = 'loading' | 'ready' | 'invalid' | 'expired' | 'error';

/** The problem an error of the preferences routes means for the page. */
export function phaseFor(error: unknown): LinkPhase {
  if (!(error instanceof PreferencesError)) {
    console.error('[assent] Could not load the preferences:', error);
    return 'error';
  }
  return error.reason === 'invalid' ? 'invalid' : error.reason === 'expired' ? 'expired' : 'error';
}

/** The message of a link that does not work (`phase` is `invalid`, `expired` or `error`). */
export function renderLinkProblem(
  t: Translator,
  phase: LinkPhase,
  url: string | undefined,
  onRetry: () => void,
) {
  if (phase === 'error') {
    return html`<div class="problem" part="problem" role="alert">
        <p>${t.t('unsubscribe.error')}</p>
      </div>
      <button type="button" class="button" part="button retry-button" @click=${onRetry}>
        ${t.t('unsubscribe.retry')}
      </button>`;
  }
  return html`<div class="problem" part="problem" role="alert">
      <p>${t.t(phase === 'expired' ? 'unsubscribe.expiredToken' : 'unsubscribe.invalidToken')}</p>
    </div>
    <p class="request-link" part="request-link">
      ${t.t('unsubscribe.requestLink')}
      <slot name="request-link"
        >${
          url && isSafeUrl(url)
            ? html`<a part="privacy-link" href=${url}>${t.t('links.privacyPolicy')}</a>`
            : nothing
        }</slot
      >
    </p>`;
}
