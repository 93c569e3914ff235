import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signToken, type Ledger } from '../../packages/server/src/app.js';
import { en } from '../../packages/server/src/i18n/en.js';
import {
  PAGE_TABLES,
  acceptedLanguages,
  resolvePageLanguage,
} from '../../packages/server/src/i18n/index.js';
import {
  backends,
  marketingEvent,
  mintToken,
  newEmail,
  newSubject,
  SECRET,
  type TestServer,
  serveOn,
} from './helpers.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('the server pages speak every shipped language', () => {
  for (const [lang, table] of Object.entries(PAGE_TABLES)) {
    if (lang === 'en') continue;
    test(`the "${lang}" page table has every key, the same placeholders and no English copies`, () => {
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

  test('a tag falls back by region and script, and an unknown one to none', () => {
    assert.equal(resolvePageLanguage('de-AT'), 'de');
    assert.equal(resolvePageLanguage('pt-PT'), 'pt');
    assert.equal(resolvePageLanguage('pt-BR'), 'pt-BR');
    assert.equal(resolvePageLanguage('xx-YY'), undefined);
    if ('zh-Hant' in PAGE_TABLES) {
      assert.equal(resolvePageLanguage('zh-TW'), 'zh-Hant');
      assert.equal(resolvePageLanguage('zh-CN'), 'zh-Hans');
    }
    if ('no' in PAGE_TABLES) assert.equal(resolvePageLanguage('nb-NO'), 'no');
  });

  test('Accept-Language is read by weight, and q=0 means "not this one"', () => {
    assert.deepEqual(acceptedLanguages('fr;q=0.5, de, en;q=0, es;q=0.8, *'), ['de', 'es', 'fr']);
    assert.deepEqual(acceptedLanguages(''), []);
    assert.deepEqual(acceptedLanguages('pl;q=abc, cy'), ['cy']);
  });
});

for (const backend of backends) {
  describe(
    `localised unsubscribe and confirmation pages (${backend.name})`,
    { skip: backend.skip },
    () => {
      let store: Ledger;
      let server: TestServer;

      serveOn(backend, (served) => ({ store, server } = served));

      async function subscribed() {
        const email = newEmail();
        const answer = await server.post('/v1/consents', {
          events: [
            marketingEvent(
              newSubject(),
              { email },
              { channel: 'email', status: 'granted', topics: ['news'] },
            ),
          ],
        });
        assert.equal(answer.status, 200);
        return email;
      }
      const page = (path: string, token: string, headers: Record<string, string> = {}) =>
        server.request(
          `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`,
          {
            headers,
          },
        );

      test('the unsubscribe page follows ?lang= before Accept-Language', async () => {
        const { token } = await mintToken(
          server,
          { email: await subscribed() },
          { channel: 'email' },
        );
        const german = await page('/v1/unsubscribe?lang=de', token, { 'accept-language': 'fr' });
        assert.equal(german.status, 200);
        assert.match(german.text, /<html lang="de" dir="ltr">/);
        assert.match(german.text, /Keine Werbe-E-Mails mehr an .+ senden\?/);
        assert.match(german.text, /<button type="submit">Abbestellen<\/button>/);
        assert.equal(german.headers.get('content-language'), 'de');
        assert.match(german.headers.get('vary') ?? '', /Accept-Language/i);
        const french = await page('/v1/unsubscribe', token, {
          'accept-language': 'fr-CA,fr;q=0.9,en;q=0.8',
        });
        assert.match(french.text, /<html lang="fr"/);
        assert.match(french.text, /Ne plus envoyer d’e-mails commerciaux à/);
        const english = await page('/v1/unsubscribe?lang=xx', token, { 'accept-language': 'xx' });
        assert.match(english.text, /<html lang="en"/);
        assert.match(english.text, /Stop sending marketing emails to/);
      });

      test('an unsupported first choice gives way to the next language the browser accepts', async () => {
        const { token } = await mintToken(server, { email: await subscribed() });
        const polish = await page('/v1/unsubscribe', token, { 'accept-language': 'xx, pl;q=0.5' });
        assert.match(polish.text, /<html lang="pl"/);
        assert.match(polish.text, /Przestać wysyłać e-maile marketingowe/);
      });

      test('Arabic pages are right to left with the address isolated left to right', async () => {
        const { token } = await mintToken(
          server,
          { email: await subscribed() },
          { channel: 'email', topic: 'news' },
        );
        const arabic = await page('/v1/unsubscribe?lang=ar', token);
        assert.match(arabic.text, /<html lang="ar" dir="rtl">/);
        assert.match(
          arabic.text,
          /هل تريد إيقاف إرسال «\u2068news\u2069» إلى \u2068[^\u2069]+@[^\u2069]+\u2069؟/,
        );
      });

      test('the one-click answer page and the broken-link page are in the asked language', async () => {
        const email = await subscribed();
        const { token } = await mintToken(server, { email }, { channel: 'email' });
        const done = await server.request(
          `/v1/unsubscribe?lang=es&token=${encodeURIComponent(token)}`,
          {
            method: 'POST',
            headers: { ...form, accept: 'text/html', origin: server.url },
            body: 'List-Unsubscribe=One-Click',
          },
        );
        assert.equal(done.status, 200);
        assert.match(done.text, /<h1>Se ha dado de baja<\/h1>/);
        assert.match(done.text, /ya no recibirá correos electrónicos comerciales nuestros\./);

        const contact = await store.findContact('email', email);
        const expired = signToken(SECRET, {
          contact: contact!.id,
          purpose: 'preferences',
          expiresAt: Date.now() - 1000,
        });
        const welsh = await page('/v1/unsubscribe', expired, { 'accept-language': 'cy-GB' });
        assert.equal(welsh.status, 410);
        assert.match(welsh.text, /<html lang="cy"/);
        assert.match(welsh.text, /Nid yw’r ddolen hon yn ddilys mwyach\./);
        const tampered = await page('/v1/unsubscribe?lang=it', `${token.slice(0, -3)}AAA`);
        assert.equal(tampered.status, 401);
        assert.match(tampered.text, /Questo link non è valido\./);
      });

      test('the confirmation page tells Brazilian and European Portuguese apart', async () => {
        const email = await subscribed();
        const contact = await store.findContact('email', email);
        const confirm = signToken(SECRET, {
          contact: contact!.id,
          purpose: 'confirm',
          expiresAt: Date.now() + 60_000,
        });
        const brazil = await page('/v1/confirm', confirm, { 'accept-language': 'pt-BR' });
        assert.equal(brazil.status, 200);
        assert.match(brazil.text, /<html lang="pt-BR"/);
        assert.match(brazil.text, /Confirme sua inscrição/);
        assert.match(brazil.text, /action="\/v1\/confirm\?token=[^"]+&amp;lang=pt-BR"/);
        const portugal = await page('/v1/confirm', confirm, { 'accept-language': 'pt-PT' });
        assert.match(portugal.text, /Confirme a sua subscrição/);
        const answer = await server.request(
          `/v1/confirm?lang=pt-BR&token=${encodeURIComponent(confirm)}`,
          {
            method: 'POST',
            headers: { ...form, accept: 'text/html', origin: server.url },
            body: '',
          },
        );
        assert.equal(answer.status, 200);
        assert.match(answer.text, /<h1>Nada a confirmar<\/h1>/);
      });
    },
  );
}
