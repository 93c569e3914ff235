/**
 * Every word of the server's mail, per language. A language without its own entry falls back
 * to English, a regional tag (`en-GB`) to its language. Values are text: the templates escape
 * them for HTML. `{address}`, `{days}` and `{type}` are filled in.
 */
export interface MailStrings {
  confirm: {
    subject: string;
    greeting: string;
    body: string;
    action: string;
    expiry: string;
    ignore: string;
  };
  requestVerify: {
    subject: string;
    greeting: string;
    access: string;
    erasure: string;
    action: string;
    expiry: string;
    ignore: string;
  };
  requestAccess: {
    subject: string;
    greeting: string;
    body: string;
    action: string;
    expiry: string;
  };
  requestErased: {
    subject: string;
    greeting: string;
    body: string;
  };
  footer: string;
}

export const MAIL_STRINGS: Record<string, MailStrings> = {
  en: {
    confirm: {
      subject: 'Please confirm your subscription',
      greeting: 'Hello,',
      body: 'Someone, hopefully you, asked for emails from us to be sent to {address}. To confirm, open the link below and press the button.',
      action: 'Confirm my subscription',
      expiry: 'The link works for {days} days.',
      ignore: 'If you did not ask for this, ignore this message: we will not email you.',
    },
    requestVerify: {
      subject: 'Confirm your request about your data',
      greeting: 'Hello,',
      access: 'We received a request for a copy of the data we hold about {address}.',
      erasure: 'We received a request to delete the data we hold about {address}.',
      action: 'Confirm my request',
      expiry: 'The link works for {days} days. Nothing happens until you confirm.',
      ignore: 'If you did not ask for this, ignore this message and nothing will change.',
    },
    requestAccess: {
      subject: 'Your data is ready',
      greeting: 'Hello,',
      body: 'As you asked, here is a link to download a copy of the data we hold about {address}: every consent decision recorded, with its wording and times, and its current state.',
      action: 'Download my data',
      expiry: 'The link works for {days} days.',
    },
    requestErased: {
      subject: 'Your data has been deleted',
      greeting: 'Hello,',
      body: 'As you asked, we deleted {address} and the consent state linked to it. The records of past decisions stay, without anything that identifies you, so the ledger keeps its proof.',
    },
    footer: 'This message was sent because of a request made with this address.',
  },
};

/** The strings for a locale such as `en-GB` or `fr`, falling back to English. */
export function mailStrings(locale?: string | null): { lang: string; strings: MailStrings } {
  const tag = (locale ?? '').trim();
  for (const candidate of [tag, tag.split('-')[0] ?? '']) {
    const strings = candidate ? MAIL_STRINGS[candidate] : undefined;
    if (strings) return { lang: candidate, strings };
  }
  return { lang: 'en', strings: MAIL_STRINGS.en! };
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
