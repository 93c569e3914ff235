/**
 * The opt-in's email and mobile fields: what counts as an address one can write to or a
 * mobile number one can text (libphonenumber-js, loaded on demand), and each field's template.
 */
import type { MarketingChannel, Translator } from '@assent/core';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** The two contact fields. */
export type ContactField = 'email' | 'phone';

/**
 * The WHATWG `type="email"` rule, made stricter: the domain needs a dot (`name@localhost` is
 * valid HTML but no one's inbox).
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** Whether an address is one we can write to. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

type PhoneNumbers = typeof import('./phone-numbers.js');
let phoneNumbers: PhoneNumbers | undefined;
let loadingPhoneNumbers: Promise<PhoneNumbers> | undefined;

/**
 * Loads the phone number rules (libphonenumber-js with its mobile metadata). They are most of
 * the opt-in's weight, so they are their own chunk, fetched only by forms that offer SMS.
 */
export function loadPhoneNumbers(): Promise<PhoneNumbers> {
  loadingPhoneNumbers ??= import('./phone-numbers.js').then((module) => {
    phoneNumbers = module;
    return module;
  });
  return loadingPhoneNumbers;
}

/** The phone number rules, once loaded. */
export const loadedPhoneNumbers = (): PhoneNumbers | undefined => phoneNumbers;

/**
 * A mobile number in E.164 (`+447911123456`), or `undefined` when it cannot be one. Numbers
 * without a `+` prefix are read as numbers of `country`.
 * @example await normaliseMobile('07911 123456', 'GB'); // '+447911123456'
 */
export async function normaliseMobile(
  value: string,
  country?: string,
): Promise<string | undefined> {
  return (await loadPhoneNumbers()).toE164Mobile(value, country);
}

/** What the contact fields read from the form, and what they call. */
export interface ContactFieldsView {
  t: Translator;
  email: string;
  phone: string;
  /** Which channels are ticked: a field is required while its channel is. */
  ticked: ReadonlySet<MarketingChannel>;
  disabled: boolean;
  /** The message of each field not valid now, and the fields whose message shows. */
  errors: Partial<Record<string, string>>;
  shown: ReadonlySet<string>;
  onInput(field: ContactField, event: Event): void;
  /** The visitor left a field. */
  onFieldChange(field: ContactField): void;
}

/** The email or the mobile field, with its label and, once shown, its message. */
export function renderContactField(view: ContactFieldsView, field: ContactField) {
  const { t } = view;
  const message = view.shown.has(field) ? view.errors[field] : undefined;
  return html`<div class="field" part="field ${field}-field">
    <label for=${field} part="field-label"
      >${t.t(field === 'email' ? 'optin.emailLabel' : 'optin.phoneLabel')}</label
    >
    ${message ? html`<p class="error" part="error" id="${field}-error">${message}</p>` : nothing}
    <input
      id=${field}
      name=${field}
      part="input"
      type=${field === 'email' ? 'email' : 'tel'}
      autocomplete=${field === 'email' ? 'email' : 'tel'}
      inputmode=${field === 'email' ? 'email' : 'tel'}
      spellcheck="false"
      .value=${live(view[field])}
      ?required=${view.ticked.has(field === 'email' ? 'email' : 'sms')}
      ?disabled=${view.disabled}
      aria-invalid=${message ? 'true' : 'false'}
      aria-describedby=${ifDefined(message ? `${field}-error` : undefined)}
      @input=${(event: Event) => view.onInput(field, event)}
      @change=${() => view.onFieldChange(field)}
    />
  </div>`;
}
