import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  backends,
  destroyPlace,
  newEmail,
  newPlace,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';
import { startSmtpReceiver, until, type SmtpReceiver } from './receivers.js';

/** The verification link of a received message (quoted-printable soft breaks undone). */
function verifyLink(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /(http:\/\/127\.0\.0\.1:\d+\/v1\/requests\/verify\?token=[A-Za-z0-9_-]+)/.exec(
    text,
  );
  assert.ok(match, 'a verification link');
  return match[1]!;
}

const html = { accept: 'text/html' };

for (const backend of backends) {
  describe(
    `data-subject request pages in the request's language (${backend.name})`,
    {
      skip: backend.skip,
    },
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
          smtpUrl: smtp.url,
          mailFrom: 'privacy@example.com',
          outboxPollMs: 200,
        });
      });
      after(async () => {
        await server?.close();
        await smtp?.close();
        await store?.close();
        await destroyPlace(place);
      });

      /** Makes a request and returns the JSON answer and the link mailed for it. */
      async function requested(
        type: 'access' | 'erasure',
        locale?: string,
        headers: Record<string, string> = {},
      ) {
        const email = newEmail();
        const answer = await server.post(
          '/v1/requests',
          { type, contact: { email }, ...(locale ? { locale } : {}) },
          headers,
        );
        assert.equal(answer.status, 202, answer.text);
        const mail = await until(
          () => smtp.mails.find((m) => m.to.includes(email)),
          'the verification mail',
        );
        const link = verifyLink(mail.raw);
        assert.doesNotMatch(link, /lang=/, 'the mailed link carries only its token');
        return { answer, link, path: link.slice(server.url.length) };
      }

      test('a Polish request is answered, shown and confirmed in Polish', async () => {
        const { answer, path } = await requested('access', 'pl-PL');
        assert.match(answer.json.message, /^Prosimy sprawdzić skrzynkę odbiorczą/);
        assert.equal(answer.headers.get('content-language'), 'pl');

        // The recorded language wins over the browser's.
        const shown = await server.request(path, { headers: { 'accept-language': 'de' } });
        assert.equal(shown.status, 200);
        assert.match(shown.text, /<html lang="pl" dir="ltr">/);
        assert.match(shown.text, /<title>Prosimy potwierdzić żądanie<\/title>/);
        assert.match(shown.text, /Prosimy potwierdzić, że prosili Państwo o kopię swoich danych\./);
        assert.match(shown.text, /<button type="submit">Potwierdzam żądanie<\/button>/);
        assert.match(shown.text, /action="\/v1\/requests\/verify\?token=[A-Za-z0-9_-]{43}"/);
        assert.equal(shown.headers.get('content-language'), 'pl');
        assert.doesNotMatch(shown.text, /Confirm/);

        const confirmed = await server.request(path, { method: 'POST', headers: html });
        assert.equal(confirmed.status, 200);
        assert.match(confirmed.text, /<html lang="pl" dir="ltr">/);
        assert.match(confirmed.text, /<h1>Dziękujemy<\/h1>/);
        assert.match(confirmed.text, /Żądanie zostało potwierdzone\. Odpowiemy w ciągu miesiąca\./);

        const again = await server.request(path);
        assert.match(again.text, /<h1>Żądanie potwierdzone<\/h1>/);
        assert.match(again.text, /To żądanie zostało już potwierdzone\./);
      });

      test('an Arabic request is right to left, in Arabic', async () => {
        const { answer, path } = await requested('erasure', 'ar');
        assert.match(answer.json.message, /تحقق من بريدك الوارد/);
        const shown = await server.request(path);
        assert.match(shown.text, /<html lang="ar" dir="rtl">/);
        assert.match(shown.text, /يُرجى تأكيد أنك طلبت حذف بياناتك\./);
        const confirmed = await server.request(path, { method: 'POST', headers: html });
        assert.match(confirmed.text, /<html lang="ar" dir="rtl">/);
        assert.match(confirmed.text, /تم تأكيد طلبك\./);
      });

      test('without a recorded language: ?lang=, then Accept-Language, then English', async () => {
        const { answer, path } = await requested('access', undefined, {
          'accept-language': 'fr-CA, fr;q=0.9',
        });
        assert.match(answer.json.message, /^Consultez votre boîte de réception/);

        const spanish = await server.request(`${path}&lang=es`, {
          headers: { 'accept-language': 'fr' },
        });
        assert.match(spanish.text, /<html lang="es"/);
        assert.match(spanish.text, /Confirme que ha solicitado una copia de sus datos\./);
        // The form keeps the language the page was shown in.
        assert.match(
          spanish.text,
          /action="\/v1\/requests\/verify\?token=[A-Za-z0-9_-]{43}&amp;lang=es"/,
        );

        const german = await server.request(path, {
          headers: { 'accept-language': 'xx, de;q=0.5' },
        });
        assert.match(german.text, /<html lang="de"/);
        assert.match(german.text, /<button type="submit">Meine Anfrage bestätigen<\/button>/);
        assert.match(german.headers.get('vary') ?? '', /Accept-Language/i);

        const english = await server.request(path, { headers: { 'accept-language': 'xx' } });
        assert.match(english.text, /<html lang="en"/);
        assert.match(english.text, /<button type="submit">Confirm my request<\/button>/);

        const confirmed = await server.request(`${path}&lang=es`, {
          method: 'POST',
          headers: html,
        });
        assert.match(confirmed.text, /Su solicitud está confirmada\./);
      });

      test('a link that does not work is explained in the browser’s language, as a page or JSON', async () => {
        const fake = `/v1/requests/verify?token=${'A'.repeat(43)}`;
        const page = await server.request(fake, { headers: { 'accept-language': 'pl' } });
        assert.equal(page.status, 404);
        assert.match(page.text, /<html lang="pl"/);
        assert.match(page.text, /<p role="alert">Ten link jest nieważny\.<\/p>/);
        const posted = await server.request(fake, {
          method: 'POST',
          headers: { ...html, 'accept-language': 'ar' },
        });
        assert.equal(posted.status, 404);
        assert.match(posted.text, /<html lang="ar" dir="rtl">/);
        const json = await server.request(fake, { method: 'POST' });
        assert.equal(json.status, 404);
        assert.match(json.json.message, /not valid/);
      });
    },
  );
}
