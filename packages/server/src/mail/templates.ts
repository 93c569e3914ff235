/** Plain-text and HTML parts of the server's mail, built from the strings table. */
import { escapeHtml } from '../html.js';
import { fill, mailStrings } from './strings.js';

/** A message ready to be queued. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

interface Layout {
  lang: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  after: string[];
  footer: string;
}

function render(to: string, layout: Layout): MailMessage {
  const text = [
    layout.greeting,
    ...layout.paragraphs,
    ...(layout.action ? [`${layout.action.label}:\n${layout.action.url}`] : []),
    ...layout.after,
    `-- \n${layout.footer}`,
  ].join('\n\n');
  const p = (line: string) => `<p>${escapeHtml(line)}</p>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(layout.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(layout.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem; margin: 0 auto; padding: 1rem;">
${p(layout.greeting)}
${layout.paragraphs.map(p).join('\n')}
${
  layout.action
    ? `<p><a href="${escapeHtml(layout.action.url)}" style="display: inline-block; padding: 0.6rem 1.2rem; background: #1d4ed8; color: #ffffff; border-radius: 4px; text-decoration: none;">${escapeHtml(layout.action.label)}</a></p>
<p style="font-size: 0.9em; word-break: break-all;">${escapeHtml(layout.action.url)}</p>`
    : ''
}
${layout.after.map(p).join('\n')}
<hr><p style="font-size: 0.85em; color: #555555;">${escapeHtml(layout.footer)}</p>
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
  days: number,
): MailMessage {
  const { lang, strings } = mailStrings(locale);
  const s = strings.confirm;
  return render(to, {
    lang,
    subject: s.subject,
    greeting: s.greeting,
    paragraphs: [fill(s.body, { address: to })],
    action: { label: s.action, url },
    after: [fill(s.expiry, { days }), s.ignore],
    footer: strings.footer,
  });
}

/** Asks the person to confirm a data-subject request they (or someone) made. */
export function requestVerificationMail(
  to: string,
  type: 'access' | 'erasure',
  url: string,
  locale: string | null | undefined,
  days: number,
): MailMessage {
  const { lang, strings } = mailStrings(locale);
  const s = strings.requestVerify;
  return render(to, {
    lang,
    subject: s.subject,
    greeting: s.greeting,
    paragraphs: [fill(type === 'access' ? s.access : s.erasure, { address: to })],
    action: { label: s.action, url },
    after: [fill(s.expiry, { days }), s.ignore],
    footer: strings.footer,
  });
}

/** The link to a copy of one's data. */
export function accessReadyMail(
  to: string,
  url: string,
  locale: string | null | undefined,
  days: number,
): MailMessage {
  const { lang, strings } = mailStrings(locale);
  const s = strings.requestAccess;
  return render(to, {
    lang,
    subject: s.subject,
    greeting: s.greeting,
    paragraphs: [fill(s.body, { address: to })],
    action: { label: s.action, url },
    after: [fill(s.expiry, { days })],
    footer: strings.footer,
  });
}

/** Tells the person their erasure is done. */
export function erasedMail(to: string, locale: string | null | undefined): MailMessage {
  const { lang, strings } = mailStrings(locale);
  const s = strings.requestErased;
  return render(to, {
    lang,
    subject: s.subject,
    greeting: s.greeting,
    paragraphs: [fill(s.body, { address: to })],
    after: [],
    footer: strings.footer,
  });
}
