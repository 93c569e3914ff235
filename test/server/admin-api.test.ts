import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { parseAdminTokens, type Ledger } from '../../packages/server/src/app.js';
import { canonicalJson } from '../../packages/server/src/store/chain.js';
import {
  adminHeaders,
  backends,
  cookiesEvent,
  destroyPlace,
  marketingEvent,
  mintToken,
  newPlace,
  newSubject,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';

const READ_TOKEN = 'reader-token-0123456789abcdef';
const MANAGE_TOKEN = 'manager-token-0123456789abcdef';
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const csvHeaders = { ...adminHeaders, 'content-type': 'text/csv' };
const HEADER = 'email,phone,channel,status,topics,consented_at,source,wording\n';

describe('admin token configuration', () => {
  test('ASSENT_ADMIN_TOKENS names each token with its role', () => {
    assert.deepEqual(parseAdminTokens(`ann:read:${READ_TOKEN}, bob:manage:${MANAGE_TOKEN}:x`), [
      { name: 'ann', role: 'read', token: READ_TOKEN },
      { name: 'bob', role: 'manage', token: `${MANAGE_TOKEN}:x` },
    ]);
  });
  test('a malformed entry stops the server naming the entry, never the token', () => {
    assert.throws(() => parseAdminTokens(`ann:write:${READ_TOKEN}`), /entry 1 \("ann"\): the role/);
    assert.throws(
      () => parseAdminTokens('ann:read:short'),
      /entry 1 \("ann"\): the token must be 16/,
    );
    try {
      parseAdminTokens(`ann:root:${READ_TOKEN}`);
    } catch (error) {
      assert.ok(!(error as Error).message.includes(READ_TOKEN));
    }
  });
});

for (const backend of backends) {
  describe(`the admin API (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    const ann = 'ann@example.com';
    const tenants = ['t1@example.com', 't2@example.com', 't3@example.com', 't4@example.com'];

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      server = await startServer(store, {
        adminTokens: [
          { name: 'reader', role: 'read', token: READ_TOKEN },
          { name: 'manager', role: 'manage', token: MANAGE_TOKEN },
        ],
      });
      const events = [
        cookiesEvent(newSubject(), { analytics: true, marketing: false }),
        cookiesEvent(
          newSubject(),
          { analytics: false, marketing: false },
          { method: 'preferences' },
        ),
        cookiesEvent(newSubject(), { analytics: true, marketing: true }, { revision: '2022-01' }),
        marketingEvent(
          newSubject(),
          { email: ann },
          { channel: 'email', status: 'granted', topics: ['news'] },
          '=HYPERLINK("http://evil.example","click") Email me news',
        ),
        marketingEvent(
          newSubject(),
          { phone: '+447700900123' },
          { channel: 'sms', status: 'granted', topics: ['repairs'] },
          'Text me repair alerts',
        ),
        ...tenants.map((email) =>
          marketingEvent(
            newSubject(),
            { email },
            { channel: 'email', status: 'granted', topics: ['news', 'events'] },
          ),
        ),
      ];
      const sent = await server.post('/v1/consents', { events });
      assert.equal(sent.status, 200, sent.text);
    });
    after(async () => {
      await server?.close();
      await store?.close();
      if (place) await destroyPlace(place);
    });

    test('a read token views but may not import, mint links or erase', async () => {
      assert.equal((await server.request('/v1/stats', { headers: as(READ_TOKEN) })).status, 200);
      const refused = [
        await server.post('/v1/import', HEADER, { ...as(READ_TOKEN), 'content-type': 'text/csv' }),
        await server.post('/v1/tokens', { contact: { email: ann } }, as(READ_TOKEN)),
        await server.request('/v1/contacts', {
          method: 'DELETE',
          headers: { ...as(READ_TOKEN), 'content-type': 'application/json' },
          body: JSON.stringify({ email: ann }),
        }),
      ];
      for (const answer of refused) {
        assert.equal(answer.status, 403);
        assert.match(answer.json.message, /"reader" may only view and export/);
      }
      assert.equal(
        (await server.request('/v1/stats', { headers: as('nope-nope-nope-nope-nope') })).status,
        401,
      );
      assert.equal((await server.request('/v1/stats')).status, 401);
    });

    test('stats count cookie decisions by method and revision, and opt-ins per channel and topic', async () => {
      const { json, status } = await server.request('/v1/stats', { headers: adminHeaders });
      assert.equal(status, 200);
      assert.equal(json.cookies.decisions, 3);
      assert.deepEqual(json.cookies.byMethod, { banner: 2, preferences: 1 });
      assert.deepEqual(json.cookies.byRevision, { '2021-11': 2, '2022-01': 1 });
      assert.deepEqual(json.cookies.categories.analytics, { granted: 2, denied: 1 });
      assert.deepEqual(json.cookies.categoriesByRevision['2022-01'].marketing, {
        granted: 1,
        denied: 0,
      });
      assert.equal(json.marketing.sms.repairs.granted, 1);
      assert.equal(json.marketing.email.news.granted, 5);
      assert.equal(json.marketing.email['*'].granted, 5);
      assert.equal(json.current.email.events.granted, 4);
      assert.equal(json.days.length, 90);
      const todays = json.days.at(-1);
      assert.equal(todays.cookies.decisions, 3);
      assert.equal(todays.marketing.sms.repairs.granted, 1);
      assert.ok(!JSON.stringify(json).includes('@'), 'no address in the figures');
      // Later events are folded in on the next read.
      await server.post('/v1/consents', {
        events: [cookiesEvent(newSubject(), { analytics: true })],
      });
      const again = await server.request('/v1/stats', { headers: adminHeaders });
      assert.equal(again.json.cookies.decisions, 4);
      const bad = await server.request('/v1/stats?from=2026-02-01&to=2026-01-01', {
        headers: adminHeaders,
      });
      assert.equal(bad.status, 400);
    });

    test('contacts page by keyset without gaps or repeats, and filter by channel, topic and status', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: {
          json: { contacts: { email?: string; phone?: string }[]; next: string | null };
        } = await server.request(`/v1/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
          headers: adminHeaders,
        });
        seen.push(...page.json.contacts.map((c) => c.email ?? c.phone!));
        cursor = page.json.next;
        pages++;
      } while (cursor && pages < 10);
      assert.deepEqual(seen, [...seen].sort());
      assert.equal(new Set(seen).size, seen.length);
      assert.ok(seen.includes(ann) && seen.includes('+447700900123'));
      assert.equal(seen.length, 6);
      const sms = await server.request('/v1/contacts?channel=sms&topic=repairs&status=granted', {
        headers: adminHeaders,
      });
      assert.deepEqual(
        sms.json.contacts.map((c: { phone: string }) => c.phone),
        ['+447700900123'],
      );
      assert.equal(sms.json.contacts[0].channels.sms.topics[0].id, 'repairs');
      const events = await server.request('/v1/contacts?channel=email&topic=events', {
        headers: adminHeaders,
      });
      assert.deepEqual(
        events.json.contacts.map((c: { email: string }) => c.email),
        tenants,
      );
      const bad = await server.request('/v1/contacts?cursor=not-a-cursor', {
        headers: adminHeaders,
      });
      assert.equal(bad.status, 400);
      assert.match(bad.json.message, /cursor/);
    });

    test('contacts are found by the start of an email or a phone number as typed', async () => {
      const byEmail = await server.request('/v1/contacts?q=ANN@', { headers: adminHeaders });
      assert.deepEqual(
        byEmail.json.contacts.map((c: { email: string }) => c.email),
        [ann],
      );
      const byPhone = await server.request(`/v1/contacts?q=${encodeURIComponent('+44 7700 900')}`, {
        headers: adminHeaders,
      });
      assert.deepEqual(
        byPhone.json.contacts.map((c: { phone: string }) => c.phone),
        ['+447700900123'],
      );
      const none = await server.request('/v1/contacts?q=nobody%40', { headers: adminHeaders });
      assert.deepEqual(none.json, { contacts: [], next: null });
    });

    test('a contact’s proof shows each event with wording, both times and hashes, and verifies the chain', async () => {
      const [contact] = (await server.request(`/v1/contacts?q=${ann}`, { headers: adminHeaders }))
        .json.contacts;
      const proof = await server.request(`/v1/contacts/${contact.id}`, { headers: adminHeaders });
      assert.equal(proof.status, 200);
      assert.equal(proof.json.contact.email, ann);
      assert.equal(proof.json.chain.verified, true);
      const [event] = proof.json.history;
      assert.match(event.wording, /Email me news/);
      assert.equal(event.revision, '2021-11');
      assert.match(event.at, /^\d{4}-/);
      assert.match(event.receivedAt, /^\d{4}-/);
      assert.match(event.hash, /^[0-9a-f]{64}$/);
      assert.equal(event.verified, true);
      // An edited record is caught where it sits.
      await store.database.query(
        `UPDATE events SET record = replace(record, 'Email me news', 'Email me anything') WHERE seq = $1`,
        [event.seq],
      );
      const tampered = await server.request(`/v1/contacts/${contact.id}`, {
        headers: adminHeaders,
      });
      assert.equal(tampered.json.chain.verified, false);
      assert.match(tampered.json.chain.problems[0], /content was changed/);
      await store.database.query(
        `UPDATE events SET record = replace(record, 'Email me anything', 'Email me news') WHERE seq = $1`,
        [event.seq],
      );
      const missing = await server.request(`/v1/contacts/${randomUUID()}`, {
        headers: adminHeaders,
      });
      assert.equal(missing.status, 404);
    });

    test('the ledger streams as NDJSON that re-checks with sha256 alone', async () => {
      const answer = await server.request('/v1/ledger', { headers: adminHeaders });
      assert.equal(answer.status, 200);
      assert.match(answer.headers.get('content-type')!, /application\/x-ndjson/);
      const lines = answer.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      let prev = '0'.repeat(64);
      for (const line of lines) {
        assert.equal(line.prevHash, prev);
        assert.equal(sha256(canonicalJson(line.record)), line.contentHash);
        assert.equal(sha256(`${line.prevHash}:${line.contentHash}`), line.hash);
        prev = line.hash;
      }
      assert.ok(lines.length >= 10);
      assert.ok(!answer.text.includes(ann), 'the ledger holds contact ids, not addresses');
      const page = await server.request('/v1/ledger?after=2&limit=3', { headers: adminHeaders });
      assert.deepEqual(
        page.text
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line).seq),
        [3, 4, 5],
      );
    });

    test('the opt-in CSV streams with formula cells neutralised', async () => {
      const answer = await server.request('/v1/optins?channel=email&topic=news', {
        headers: { ...adminHeaders, accept: 'text/csv' },
      });
      assert.equal(answer.status, 200);
      const lines = answer.text.trim().split('\r\n');
      assert.equal(
        lines[0],
        '"email","phone","channel","topic","since","revision","method","locale","wording","eventId","clientAt","verified"',
      );
      assert.equal(lines.length, 6);
      const annLine = lines.find((line) => line.startsWith(`"${ann}"`))!;
      assert.ok(
        annLine.includes(`"'=HYPERLINK(""http://evil.example"",""click"") Email me news"`),
        annLine,
      );
    });

    test('an import records each row as of its consent time, refuses bad rows by line, and never re-subscribes', async () => {
      // One who unsubscribed, and one who was erased.
      const link = await mintToken(server, { email: tenants[0]! });
      await server.request(`/v1/unsubscribe?token=${encodeURIComponent(link.token)}`, {
        method: 'POST',
      });
      const erased = await server.request('/v1/contacts', {
        method: 'DELETE',
        headers: { ...adminHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ email: tenants[1] }),
      });
      assert.deepEqual(erased.json, { erased: true });
      const csv =
        HEADER +
        'new1@example.com,,email,granted,news,2025-03-01T10:00:00Z,paper form,Send me the newsletter\n' +
        ',+44 7700 900456,sms,granted,repairs,2025-03-02,tenancy form,Text me about repairs\n' +
        'broken-address,,email,granted,news,2025-03-01,form,Yes\n' +
        'x@example.com,,fax,granted,,2025-03-01,form,Yes\n' +
        'y@example.com,,email,granted,news,yesterday,form,Yes\n' +
        'z@example.com,,email,granted,news,2025-03-01,form,\n' +
        `${tenants[0]},,email,granted,news,2025-03-01,old list,Send me the newsletter\n` +
        `${tenants[1]},,email,granted,news,2025-03-01,old list,Send me the newsletter\n`;
      const preview = await server.post('/v1/import?dryRun=true', csv, csvHeaders);
      assert.equal(preview.status, 200, preview.text);
      assert.equal(preview.json.dryRun, true);
      assert.equal(preview.json.imported, 2);
      assert.equal(
        (await server.request('/v1/contacts?q=new1', { headers: adminHeaders })).json.contacts
          .length,
        0,
      );

      const answer = await server.post('/v1/import', csv, csvHeaders);
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.json.rows, 8);
      assert.equal(answer.json.imported, 2);
      assert.equal(answer.json.refused, 4);
      assert.equal(answer.json.skipped, 2);
      assert.deepEqual(
        answer.json.refusals.map((r: { line: number }) => r.line),
        [4, 5, 6, 7],
      );
      assert.match(answer.json.refusals[0].reason, /^email: /);
      assert.match(answer.json.refusals[1].reason, /^channel: "fax"/);
      assert.match(answer.json.refusals[2].reason, /^consented_at: /);
      assert.match(answer.json.refusals[3].reason, /^wording: required/);
      assert.deepEqual(
        answer.json.skips.map((s: { line: number; reason: string }) => [
          s.line,
          s.reason.split(':')[0],
        ]),
        [
          [8, 'unsubscribed from email'],
          [9, 'this address was erased'],
        ],
      );
      const optins = await store.optins('email', 'news');
      assert.ok(!optins.some((row) => row.email === tenants[0]), 'the unsubscribe stands');
      assert.ok(!optins.some((row) => row.email === tenants[1]), 'the erased address stays gone');
      const imported = optins.find((row) => row.email === 'new1@example.com')!;
      assert.equal(imported.method, 'import');
      assert.equal(imported.at, '2025-03-01T10:00:00.000Z');
      assert.equal(imported.wording, 'Send me the newsletter');
      const [sms] = (
        await server.request('/v1/contacts?q=%2B447700900456', { headers: adminHeaders })
      ).json.contacts;
      assert.equal(sms.channels.sms.topics[0].id, 'repairs');

      const again = await server.post('/v1/import', csv, csvHeaders);
      assert.equal(again.json.imported, 0);
      assert.equal(
        again.json.skips.filter((s: { reason: string }) => s.reason === 'already imported').length,
        2,
      );
    });

    test('an import without the needed columns or as another type is refused whole', async () => {
      const noColumns = await server.post('/v1/import', 'name,when\nAnn,2025\n', csvHeaders);
      assert.equal(noColumns.status, 400);
      assert.match(noColumns.json.message, /email or phone, channel, status, consented_at/);
      const json = await server.post('/v1/import', { rows: [] }, adminHeaders);
      assert.equal(json.status, 415);
      const broken = await server.post(
        '/v1/import',
        `${HEADER}"unclosed,,email,granted,,2025-01-01,,x\n`,
        csvHeaders,
      );
      assert.equal(broken.status, 400);
      assert.match(broken.json.message, /could not be read/);
    });

    test('the audit log says who did what, without the addresses searched', async () => {
      await server.request(`/v1/contacts?q=${ann}`, { headers: as(READ_TOKEN) });
      await server.request('/v1/admin/session', { headers: as(MANAGE_TOKEN) });
      const { json } = await server.request('/v1/audit?limit=100', { headers: as(READ_TOKEN) });
      const actions = json.entries.map(
        (e: { actor: string; action: string }) => `${e.actor} ${e.action}`,
      );
      assert.ok(actions.includes('reader contacts.list'));
      assert.ok(actions.includes('manager sign-in'));
      assert.ok(actions.includes('admin import'));
      assert.ok(actions.includes('admin contact.erase'));
      assert.ok(actions.includes('reader stats.view'));
      const refusedImport = json.entries.find(
        (e: { actor: string; action: string }) =>
          e.actor === 'reader' && e.action === 'POST /v1/import',
      );
      assert.equal(refusedImport.status, 403, 'refusals are audited too');
      assert.ok(!JSON.stringify(json).includes(ann));
      assert.ok(!JSON.stringify(json).includes(READ_TOKEN));
      const logs = server.logs.join('');
      assert.ok(!logs.includes(READ_TOKEN) && !logs.includes(MANAGE_TOKEN), 'no token in the logs');
    });
  });
}
