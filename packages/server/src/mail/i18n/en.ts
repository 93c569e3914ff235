/**
 * The English words of the server's mail and text messages: the fallback and the list of
 * every key. Values are plain text (the templates escape them for HTML). `{address}` is the
 * email address or phone number, `{url}` a link. Every link the server sends works for 7 days,
 * so each language writes that number in its own grammar rather than slotting it into a
 * sentence; one whole sentence per channel and per kind of request, never a word slotted in.
 */
export const en = {
  greeting: 'Hello,',
  footer: 'This message was sent because of a request made with this address.',
  expiry: 'The link works for 7 days.',
  'confirm.subject': 'Please confirm your subscription',
  'confirm.body':
    'Someone, hopefully you, asked for emails from us to be sent to {address}. To confirm, open the link below and press the button.',
  'confirm.action': 'Confirm my subscription',
  'confirm.ignore': 'If you did not ask for this, ignore this message: we will not email you.',
  'verify.subject': 'Confirm your request about your data',
  'verify.access': 'We received a request for a copy of the data we hold about {address}.',
  'verify.erasure': 'We received a request to delete the data we hold about {address}.',
  'verify.action': 'Confirm my request',
  'verify.wait': 'Nothing happens until you confirm.',
  'verify.ignore': 'If you did not ask for this, ignore this message and nothing will change.',
  'access.subject': 'Your data is ready',
  'access.body':
    'As you asked, here is a link to download a copy of the data we hold about {address}: every consent decision recorded, with its wording and times, and its current state.',
  'access.action': 'Download my data',
  'erased.subject': 'Your data has been deleted',
  'erased.body':
    'As you asked, we deleted {address} and the consent state linked to it. The records of past decisions stay, without anything that identifies you, so the ledger keeps its proof.',
  'sms.verify.access':
    'We received a request for a copy of the data we hold about {address}. To confirm it, open {url} (valid for 7 days). If you did not ask, ignore this message.',
  'sms.verify.erasure':
    'We received a request to delete the data we hold about {address}. To confirm it, open {url} (valid for 7 days). If you did not ask, ignore this message.',
  'sms.access': 'Your data is ready. Download it within 7 days: {url}',
  'sms.erased':
    'As you asked, we deleted {address} and the consent state linked to it. You will get no more messages about it.',
} as const;

/** Every key of the server's mail and text messages. */
export type MailMessageKey = keyof typeof en;

/** A complete table of mail strings for one language. */
export type MailMessages = Record<MailMessageKey, string>;
