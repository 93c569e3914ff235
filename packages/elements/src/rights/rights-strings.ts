import type { MessageKey } from '@assent/core';

/**
 * The words of `<assent-rights>` that a page may override with its `strings` property, and
 * the key each reads from the translation tables by default (the same lazily loaded language
 * chunks the other elements use, with the config's `translations` on top). `text` and `sent`
 * follow the `contact` attribute: by email or by text message.
 */
export const RIGHTS_KEYS = {
  title: 'rights.title',
  text: 'rights.text.email',
  textPhone: 'rights.text.phone',
  legend: 'rights.legend',
  access: 'rights.access',
  erasure: 'rights.erasure',
  email: 'optin.emailLabel',
  phone: 'optin.phoneLabel',
  submit: 'rights.submit',
  sending: 'rights.sending',
  chooseOne: 'rights.chooseOne',
  invalidEmail: 'optin.invalidEmail',
  invalidPhone: 'optin.invalidPhone',
  sent: 'rights.sent.email',
  sentSms: 'rights.sent.sms',
  failed: 'rights.failed',
  another: 'rights.another',
} as const satisfies Record<string, MessageKey>;

export type RightsStrings = Record<keyof typeof RIGHTS_KEYS, string>;
