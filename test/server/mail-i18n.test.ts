import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import { en } from '../../packages/server/src/mail/i18n/en.js';
import { MAIL_TABLES, mailStrings } from '../../packages/server/src/mail/strings.js';
import {
  confirmationMail,
  requestVerificationSms,
} from '../../packages/server/src/mail/templates.js';
import { CONFIRM_TTL_DAYS } from '../../packages/server/src/marketing.js';
import { DOWNLOAD_TTL_DAYS, VERIFY_TTL_DAYS } from '../../packages/server/src/requests/store.js';
import { PAGE_TABLES } from '../../packages/server/src/i18n/index.js';
import {
  backends,
  destroyPlace,
  marketingEvent,
  newEmail,
  newPlace,
  newSubject,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';
import { mailParts, startSmtpReceiver, until, type SmtpReceiver } from './receivers.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// "7" in the digits a language may write it with (Latin, Arabic-Indic, Persian, Bengali,
// Gujarati, Gurmukhi, Devanagari).
const SEVEN = /[7٧۷৭૭੭७]/;

describe('the server mail speaks every shipped language', () => {
  test('there is a mail table for every language of the server pages', () => {
    assert.deepEqual(Object.keys(MAIL_TABLES).sort(), Object.keys(PAGE_TABLES).sort());
  });

  for (const [lang, table] of Object.entries(MAIL_TABLES)) {
    if (lang === 'en') continue;
    test(`the "${lang}" mail table has every key, the same placeholders and no English copies`, () => {
      const copied: string[] = [];
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        const text = table[key];
        assert.equal(typeof text, 'string', `${lang}: ${key}`);
        assert.ok(text.trim(), `${lang}: ${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(en[key]), `${lang}: ${key}`);
        if (text === en[key]) copied.push(key);
      }
      assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort());
      assert.deepEqual(copied, []);
    });
  }

  test('every link lifetime the mail states is the one the server applies (7 days)', () => {
    assert.equal(CONFIRM_TTL_DAYS, 7);
    assert.equal(VERIFY_TTL_DAYS, 7);
    assert.equal(DOWNLOAD_TTL_DAYS, 7);
    for (const [lang, table] of Object.entries(MAIL_TABLES)) {
      for (const key of [
        'expiry',
        'sms.verify.access',
        'sms.verify.erasure',
        'sms.access',
      ] as const) {
        assert.match(table[key], SEVEN, `${lang}: ${key} names the 7 days`);
      }
    }
  });

  test('a language tag falls back by region and script, and an unknown one to English', () => {
    assert.equal(mailStrings('pl-PL').lang, 'pl');
    assert.equal(mailStrings('pt-BR').lang, 'pt-BR');
    assert.equal(mailStrings('pt-PT').lang, 'pt');
    assert.equal(mailStrings('zh-HK').lang, 'zh-Hant');
    assert.equal(mailStrings('zh-CN').lang, 'zh-Hans');
    assert.equal(mailStrings('nb').lang, 'no');
    assert.equal(mailStrings('ar-EG').lang, 'ar');
    assert.equal(mailStrings('xx').lang, 'en');
    assert.equal(mailStrings(null).lang, 'en');
    assert.equal(mailStrings('').lang, 'en');
  });

  test('in right-to-left mail the address and the link stay left to right', () => {
    const mail = confirmationMail(
      'amina@example.org',
      'https://example.org/v1/confirm?token=t',
      'ar',
    );
    assert.match(mail.text, /\u2068amina@example\.org\u2069/);
    assert.match(mail.html, /<html lang="ar" dir="rtl">/);
    assert.match(mail.html, /<div dir="rtl" lang="ar"/);
    assert.match(mail.html, /<p dir="ltr"[^>]*>https:\/\/example\.org\/v1\/confirm\?token=t<\/p>/);
    const sms = requestVerificationSms('+447700900123', 'access', 'https://example.org/v', 'fa');
    assert.match(sms.body, /\u2068\+447700900123\u2069/);
    assert.match(sms.body, /\u2068https:\/\/example\.org\/v\u2069/);
    // Left-to-right languages get no invisible marks.
    const polish = confirmationMail('jan@example.org', 'https://example.org/c', 'pl');
    assert.doesNotMatch(polish.text, /[\u2068\u2069]/);
    assert.match(polish.html, /<html lang="pl" dir="ltr">/);
  });
});

for (const backend of backends) {
  describe(
    `confirmation mail in the visitor's language over real SMTP (${backend.name})`,
    { skip: backend.skip },
    () => {
      let place: Place;
      let store: Ledger;
      let server: TestServer;
      let smtp: SmtpReceiver;

      before(async () => {
        place = newPlace(backend);
        store = await openPlaceStore(place);
        smtp = await startSmtpReceiver();
        server = await startServer(store, {
          doubleOptIn: true,
          smtpUrl: smtp.url,
          mailFrom: 'Housing News <no-reply@example.com>',
          outboxPollMs: 200,
        });
      });
      after(async () => {
        await server?.close();
        await smtp?.close();
        await store?.close();
        await destroyPlace(place);
      });

      async function optIn(locale: string) {
        const email = newEmail(`lang-${locale.toLowerCase()}`);
        const event = {
          ...marketingEvent(
            newSubject(),
            { email },
            { channel: 'email', status: 'granted', topics: ['news'] },
          ),
          locale,
        };
        const posted = await server.post('/v1/consents', { events: [event] });
        assert.equal(posted.status, 200);
        const mail = await until(
          () => smtp.mails.find((m) => m.to.includes(email)),
          `a mail to ${email}`,
        );
        return { email, mail, parts: mailParts(mail.raw) };
      }

      /** The Subject header, MIME encoded-words undone. */
      const subjectOf = (raw: string) => {
        const folded = /^Subject:((?:.*)(?:\r?\n[ \t].*)*)/im.exec(raw)![1]!;
        return folded
          .replace(/\r?\n[ \t]/g, ' ')
          .replace(/\?=\s+=\?/g, '?==?')
          .replace(/=\?utf-8\?(b|q)\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
            kind.toLowerCase() === 'b'
              ? Buffer.from(text, 'base64').toString('utf8')
              : Buffer.from(
                  text
                    .replace(/_/g, ' ')
                    .replace(/=([0-9A-F]{2})/gi, (__, hex: string) =>
                      String.fromCharCode(parseInt(hex, 16)),
                    ),
                  'latin1',
                ).toString('utf8'),
          )
          .trim();
      };

      test('a Polish visitor gets the confirmation mail in Polish', async () => {
        const { email, mail, parts } = await optIn('pl-PL');
        assert.equal(subjectOf(mail.raw), 'Prosimy potwierdzić subskrypcję');
        const text = parts['text/plain']!;
        const html = parts['text/html']!;
        assert.match(text, /^Dzień dobry,/);
        assert.ok(text.includes(`na adres ${email}`), 'the address is in the Polish sentence');
        assert.match(text, /Link jest ważny przez 7 dni\./);
        assert.match(
          text,
          /Potwierdzam subskrypcję:\r?\nhttp:\/\/127\.0\.0\.1:\d+\/v1\/confirm\?token=/,
        );
        assert.match(html, /<html lang="pl" dir="ltr">/);
        assert.match(html, />Potwierdzam subskrypcję<\/a>/);
        assert.doesNotMatch(text, /Please confirm|works for|Hello/, 'no English left');
      });

      test('an Arabic visitor gets it in Arabic, right to left, with the address isolated', async () => {
        const { email, mail, parts } = await optIn('ar');
        assert.equal(subjectOf(mail.raw), 'يُرجى تأكيد اشتراكك');
        const text = parts['text/plain']!;
        const html = parts['text/html']!;
        assert.match(text, /^مرحبًا،/);
        assert.ok(text.includes(`\u2068${email}\u2069`), 'the address keeps left-to-right order');
        assert.match(text, /يعمل الرابط لمدة 7 أيام\./);
        assert.match(html, /<html lang="ar" dir="rtl">/);
        assert.match(html, />تأكيد اشتراكي<\/a>/);
        assert.doesNotMatch(text, /Please confirm|works for|Hello/, 'no English left');
      });
    },
  );
}
