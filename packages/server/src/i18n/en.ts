/**
 * The English strings of the server's own pages (unsubscribe, subscription confirmation,
 * data-subject requests and the pages explaining a link that does not work): the fallback and
 * the list of every key.
 * `{name}` placeholders are filled with escaped text; every value is plain text, never HTML.
 */
export const en = {
  'page.unsubscribe.title': 'Unsubscribe',
  // One whole sentence per channel: a channel's name is never slotted into a sentence.
  'page.unsubscribe.ask.email': 'Stop sending marketing emails to {contact}?',
  'page.unsubscribe.ask.sms': 'Stop sending marketing text messages to {contact}?',
  'page.unsubscribe.ask.post': 'Stop sending marketing by post to the holder of {contact}?',
  'page.unsubscribe.askTopic': 'Stop sending “{topic}” to {contact}?',
  'page.unsubscribe.button': 'Unsubscribe',
  'page.unsubscribed.title': 'You are unsubscribed',
  'page.unsubscribed.email': '{contact} will no longer receive marketing emails from us.',
  'page.unsubscribed.sms': '{contact} will no longer receive marketing text messages from us.',
  'page.unsubscribed.post': 'We will no longer send marketing by post to the holder of {contact}.',
  'page.unsubscribed.topic': '{contact} will no longer receive “{topic}”.',
  'page.confirm.title': 'Confirm your subscription',
  'page.confirm.text': 'Please confirm that {contact} should receive the emails it signed up for.',
  'page.confirm.button': 'Confirm subscription',
  'page.confirmed.title': 'Thank you',
  'page.confirmed.text': 'Your subscription is confirmed.',
  'page.nothing.title': 'Nothing to confirm',
  'page.nothing.text': 'There is no subscription waiting for confirmation.',
  'error.expired': 'This link is no longer valid.',
  'error.wrongPage': 'This link is not meant for this page.',
  'error.invalid': 'This link is not valid. It may have been copied incorrectly.',
  'error.requestLink':
    'Please use the link in our most recent message, or contact us for a new one.',
  // The pages of a data-subject request (access to or deletion of one's data).
  'page.request.title': 'Confirm your request',
  // One whole sentence per kind of request.
  'page.request.ask.access': 'Confirm that you asked for a copy of your data.',
  'page.request.ask.erasure': 'Confirm that you asked for the deletion of your data.',
  'page.request.button': 'Confirm my request',
  'page.request.expired': 'This link has expired. Make the request again.',
  'page.request.invalid': 'This link is not valid.',
  'page.request.confirmed.title': 'Request confirmed',
  'page.request.already': 'This request is already confirmed. We will answer within one month.',
  'page.request.done': 'Your request is confirmed. We will answer within one month.',
  'page.request.sent.email':
    'Check your inbox: follow the link in the message we sent to confirm the request.',
  'page.request.sent.sms':
    'Check your text messages: follow the link we sent to confirm the request.',
} as const;

/** Every key of the server's pages. */
export type PageMessageKey = keyof typeof en;

/** A complete table of the server's page strings for one language. */
export type PageMessages = Record<PageMessageKey, string>;
