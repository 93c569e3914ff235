/** Plain-text and HTML parts of the server's mail, and its text messages, from the strings tables. */
import { escapeHtml } from '../html.js';
import { mailStrings, type MailStrings } from './strings.js';

/** A message ready to be queued. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A text message ready to be queued. */
export interface SmsMessage {
  to: string;
  body: string;
}

interface Layout {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  after: string[];
}

function render(to: string, strings: MailStrings, layout: Layout): MailMessage {
  const { t, lang, dir } = strings;
  const footer = t('footer');
  const text = [
    t('greeting'),
    ...layout.paragraphs,
    ...(layout.action ? [`${layout.action.label}:\n${layout.action.url}`] : []),
    ...layout.after,
    `-- \n${footer}`,
  ].join('\n\n');
  const p = (line: string) => `<p>${escapeHtml(line)}</p>`;
  // Some mail clients drop the attributes of <html>: the direction is repeated on the body's
  // wrapper, and links stay left to right inside right-to-left text.
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(layout.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem; margin: 0 auto; padding: 1rem;">
<div dir="${dir}" lang="${escapeHtml(lang)}" style="text-align: start;">
${p(t('greeting'))}
${layout.paragraphs.map(p).join('\n')}
${
  layout.action
    ? `<p><a href="${escapeHtml(layout.action.url)}" style="display: inline-block; padding: 0.6rem 1.2rem; background: #1d4ed8; color: #ffffff; border-radius: 4px; text-decoration: none;">${escapeHtml(layout.action.label)}</a></p>
<p dir="ltr" style="font-size: 0.9em; word-break: break-all; text-align: left;">${escapeHtml(layout.action.url)}</p>`
    : ''
}
${layout.after.map(p).join('\n')}
<hr><p style="font-size: 0.85em; color: #555555;">${escapeHtml(footer)}</p>
</div>
</body>
</html>
`;
  return { to, subject: layout.subject, text, html };
}

/** The double opt-in mail: a link to the confirmation page (whose button confirms). */
export function confirmationMail(
  to: string,
  url: string,
  locale: string | null | undefined,
): MailMessage {
  const strings = mailStrings(locale);
  const { t } = strings;
  return render(to, strings, {
    subject: t('confirm.subject'),
    paragraphs: [t('confirm.body', { address: to })],
    action: { label: t('confirm.action'), url },
    after: [t('expiry'), t('confirm.ignore')],
  });
}

/** Asks the person to confirm a data-subject request they (or someone) made. */
export function requestVerificationMail(
  to: string,
  type: 'access' | 'erasure',
  url: string,
  locale: string | null | undefined,
): MailMessage {
  const strings = mailStrings(locale);
  const { t } = strings;
  return render(to, strings, {
    subject: t('verify.subject'),
    paragraphs: [t(type === 'access' ? 'verify.access' : 'verify.erasure', { address: to })],
    action: { label: t('verify.action'), url },
    after: [`${t('expiry')} ${t('verify.wait')}`, t('verify.ignore')],
  });
}

/** The link to a copy of one's data. */
export function accessReadyMail(
  to: string,
  url: string,
  locale: string | null | undefined,
): MailMessage {
  const strings = mailStrings(locale);
  const { t } = strings;
  return render(to, strings, {
    subject: t('access.subject'),
    paragraphs: [t('access.body', { address: to })],
    action: { label: t('access.action'), url },
    after: [t('expiry')],
  });
}

/** Tells the person their erasure is done. */
export function erasedMail(to: string, locale: string | null | undefined): MailMessage {
  const strings = mailStrings(locale);
  const { t } = strings;
  return render(to, strings, {
    subject: t('erased.subject'),
    paragraphs: [t('erased.body', { address: to })],
    after: [],
  });
}

/** The text message with the link that verifies a data-subject request made with a phone. */
export function requestVerificationSms(
  to: string,
  type: 'access' | 'erasure',
  url: string,
  locale: string | null | undefined,
): SmsMessage {
  const { t } = mailStrings(locale);
  return {
    to,
    body: t(type === 'access' ? 'sms.verify.access' : 'sms.verify.erasure', { address: to, url }),
  };
}

/** The text message with the link to a copy of one's data. */
export function accessReadySms(to: string, url: string, locale: string | null | undefined) {
  return { to, body: mailStrings(locale).t('sms.access', { url }) } satisfies SmsMessage;
}

/** The text message that says an erasure is done. */
export function erasedSms(to: string, locale: string | null | undefined): SmsMessage {
  return { to, body: mailStrings(locale).t('sms.erased', { address: to }) };
}
