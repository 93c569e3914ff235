/**
 * What the opt-in form shows: the statement of what the visitor signs up for, the channels
 * with their topics, the email and mobile fields, the privacy notice link and, after a failed
 * submit, why; and the message that replaces the form once the opt-in is recorded.
 */
import { isSafeUrl, type MarketingChannel, type Translator } from '@assent/core';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isVisitorsAct } from '../base/decide.js';
import { channelId, renderChannel, topicId, type ChannelView } from './channel-fieldset.js';
import { renderContactField, type ContactFieldsView } from './contact-fields.js';
import { topicsOf, type Field, type OptinAnswers } from './optin-answers.js';

/** What the form shows, and what its boxes, fields and button call. */
export interface OptinFormView extends OptinAnswers, ChannelView, ContactFieldsView {
  ticked: Set<MarketingChannel>;
  tickedTopics: Map<MarketingChannel, Set<string>>;
  /** The message of each field not valid now. */
  errors: Partial<Record<Field, string>>;
  /** The fields whose message shows. */
  shown: ReadonlySet<Field>;
  privacyPolicyUrl: string | undefined;
  /** Whether the opt-in is being recorded. */
  saving: boolean;
  /** Whether the last submit could not be recorded. */
  failed: boolean;
  /** Recorded: the result replaces the form; `pending` while a double opt-in waits. */
  done: boolean;
  pending: boolean;
  /** What the live region says (the messages after a submit attempt, or the failure). */
  announcement: string;
  onSubmit(event: SubmitEvent): void;
}

/** The id of the control a field's message belongs to (the one focused to fix it). */
export function anchorOf(field: Field, answers: OptinAnswers): string {
  if (field === 'channels') return channelId(answers.offered[0]!);
  if (field.startsWith('topics-')) {
    const channel = field.slice('topics-'.length) as MarketingChannel;
    return topicId(channel, topicsOf(answers.marketing, channel)[0]!.id);
  }
  return field;
}

function renderFields(view: OptinFormView) {
  const { t, offered, errors, shown } = view;
  const channelsError = shown.has('channels') ? errors.channels : undefined;
  const url = view.privacyPolicyUrl;
  return html`
    <p class="statement" part="statement" id="statement">
      ${t.t(view.soft ? 'optin.softStatement' : 'optin.statement')}
    </p>
    <div class="channels" part="channels" role="group" aria-labelledby="title">
      ${
        channelsError
          ? html`<p class="error" part="error" id="channels-error">${channelsError}</p>`
          : nothing
      }
      ${offered.map((channel) =>
        renderChannel(
          view,
          channel,
          Boolean(channelsError),
          shown.has(`topics-${channel}`) ? errors[`topics-${channel}`] : undefined,
        ),
      )}
    </div>
    ${offered.includes('email') ? renderContactField(view, 'email') : nothing}
    ${offered.includes('sms') ? renderContactField(view, 'phone') : nothing}
    ${
      url && isSafeUrl(url)
        ? html`<p class="privacy">
            <a id="privacy" part="privacy-link" href=${url}>${t.t('links.privacyPolicy')}</a>
          </p>`
        : nothing
    }
    ${view.failed ? html`<p class="error" part="failure" role="alert">${t.t('optin.error')}</p>` : nothing}
  `;
}

/** The form: its own `<form>` with the submit button, or (embedded) a `<div>` in a page form. */
/** A scripted `click()` on the submit button is not the visitor's consent: it does nothing. */
const refuseScriptedClick = (event: MouseEvent): void => {
  if (!isVisitorsAct(event, 'the opt-in button', 'manager.recordMarketing()'))
    event.preventDefault();
};

function renderForm(view: OptinFormView) {
  if (view.embedded) return html`<div class="form" part="form">${renderFields(view)}</div>`;
  return html`<form class="form" part="form" novalidate @submit=${view.onSubmit}>
    ${renderFields(view)}
    <div class="actions">
      <button
        type="submit"
        class="button"
        part="button submit-button"
        ?disabled=${view.disabled}
        aria-disabled=${ifDefined(view.saving ? 'true' : undefined)}
        @click=${refuseScriptedClick}
      >
        ${view.t.t('optin.submit')}
      </button>
    </div>
  </form>`;
}

/** "Thank you", or "check your inbox" while a double opt-in is pending; it takes the focus. */
function renderResult(t: Translator, pending: boolean) {
  return html`<div class="result" part="result" id="result" tabindex="-1" role="status">
    <p>${t.t(pending ? 'optin.pending' : 'optin.success')}</p>
  </div>`;
}

/** The opt-in: its title, the form or once recorded the result, and its live region. */
export function renderOptin(view: OptinFormView) {
  const { t } = view;
  return html`<section
    class="optin"
    part="base"
    lang=${t.lang}
    dir=${t.dir}
    aria-labelledby="title"
  >
    <h2 class="title" part="title" id="title">${t.t('optin.title')}</h2>
    ${view.done ? renderResult(t, view.pending) : renderForm(view)}
    <div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>
  </section>`;
}
