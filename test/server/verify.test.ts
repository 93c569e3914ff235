/**
 * `verify` checks the chain, the contacts' seals and every derived table against a replay of
 * the ledger, over one snapshot. Each test tampers with one table behind the server's back.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type {
  ConsentEvent,
  Database,
  IngestOptions,
  Ledger,
} from '../../packages/server/src/app.js';
import {
  backends,
  cookiesEvent,
  destroyPlace,
  marketingEvent,
  newEmail,
  newPlace,
  newSubject,
  openPlaceStore,
  type Place,
} from './helpers.js';

const CLI = new URL('../../packages/server/src/cli.ts', import.meta.url).pathname;
const dbOf = (store: Ledger) => (store as unknown as { db: Database }).db;

/** A ledger with every kind of state: cookies, topics, withdrawals, a confirmation, an erasure. */
async function fill(ledger: Ledger) {
  // The fixtures are wire JSON: the store takes them as the route would after validation.
  const store = {
    ingest: (events: object[], options?: IngestOptions) =>
      ledger.ingest(events as ConsentEvent[], options),
    erase: ledger.erase.bind(ledger),
  };
  const alice = { subject: newSubject(), email: newEmail('alice') };
  const bob = { subject: newSubject(), email: newEmail('bob') };
  const carol = { subject: newSubject(), email: newEmail('carol') };
  await store.ingest([
    cookiesEvent(alice.subject, { analytics: true, marketing: false }),
    cookiesEvent(bob.subject, { analytics: false }),
    marketingEvent(
      alice.subject,
      { email: alice.email },
      {
        channel: 'email',
        status: 'granted',
        topics: ['news', 'offers'],
      },
    ),
    marketingEvent(
      bob.subject,
      { email: bob.email, phone: '+447700900123' },
      {
        channel: 'sms',
        status: 'granted',
      },
    ),
  ]);
  // Alice withdraws one topic herself; someone else's browser tries to unsubscribe Bob.
  await store.ingest([
    {
      ...marketingEvent(
        alice.subject,
        {},
        { channel: 'email', status: 'denied', topics: ['offers'] },
      ),
      kind: 'unsubscribe',
      method: 'unsubscribe',
    },
    {
      ...marketingEvent(newSubject(), { email: bob.email }, { channel: 'email', status: 'denied' }),
      kind: 'unsubscribe',
      method: 'unsubscribe',
    },
  ]);
  // Carol's double opt-in, confirmed through her link (a trusted event verifying her subject).
  const optin = marketingEvent(
    carol.subject,
    { email: carol.email },
    {
      channel: 'email',
      status: 'granted',
      topics: ['news'],
    },
  );
  const pending = await store.ingest([optin], { doubleOptIn: true });
  assert.equal(pending.pending.length, 1);
  await store.ingest(
    [
      {
        ...marketingEvent(
          `contact:${pending.pending[0]!.contactId}`,
          { email: carol.email },
          {
            channel: 'email',
            status: 'granted',
            topics: ['news'],
          },
        ),
        method: 'confirmation',
        confirms: optin.id,
        verifiesSubject: carol.subject,
      },
    ],
    { trusted: true },
  );
  // An erased person, and a later opt-in by the same browser for a new address.
  const erased = { subject: newSubject(), email: newEmail('erased') };
  await store.ingest([
    marketingEvent(
      erased.subject,
      { email: erased.email },
      {
        channel: 'email',
        status: 'granted',
        topics: ['news'],
      },
    ),
  ]);
  assert.ok(await store.erase('email', erased.email));
  await store.ingest([
    marketingEvent(
      erased.subject,
      { email: newEmail('again') },
      { channel: 'email', status: 'granted' },
    ),
  ]);
  return { alice, bob, carol, erased };
}

for (const backend of backends) {
  describe(`verify (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let people: Awaited<ReturnType<typeof fill>>;
    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      people = await fill(store);
    });
    after(async () => {
      await store?.close();
      await destroyPlace(place);
    });

    /** Runs `tamper`, verifies, then undoes it; returns the problems found. */
    async function tampered(tamper: string, undo: string, params: unknown[] = []) {
      const db = dbOf(store);
      await db.query(tamper, params);
      try {
        return await store.verify();
      } finally {
        await db.query(undo, params);
        const clean = await store.verify();
        assert.ok(clean.ok, `undone: ${clean.problems.join('\n')}`);
      }
    }

    const contactOf = async (email: string) => (await store.findContact('email', email))!;

    test('an untouched ledger verifies: derived tables rebuilt, every seal matching, no difference', async () => {
      const report = await store.verify();
      assert.ok(report.ok, report.problems.join('\n'));
      assert.equal(report.rebuilt, true);
      assert.equal(report.differences, 0);
      assert.ok(report.seals >= 6, `seals checked: ${report.seals}`);
    });

    test('an inserted marketing_state row pointing at another person’s event is named', async () => {
      const carol = await contactOf(people.carol.email);
      const bob = await contactOf(people.bob.email);
      const proof = (
        await dbOf(store).query<{ event_id: string }>(
          `SELECT event_id FROM marketing_state WHERE contact_id = $1 AND topic = ''`,
          [carol.id],
        )
      ).rows[0]!.event_id;
      const report = await tampered(
        `INSERT INTO marketing_state (contact_id, channel, topic, status, since, event_id, verified)
         VALUES ($1, 'email', 'vip', 'granted', now(), $2, true)`,
        `DELETE FROM marketing_state WHERE contact_id = $1 AND topic = 'vip' AND event_id = $2`,
        [bob.id, proof],
      );
      assert.equal(report.ok, false);
      const text = report.problems.join('\n');
      assert.match(
        text,
        new RegExp(
          `marketing_state row \\(contact ${bob.id}, email, topic "vip"\\): the ledger gives no such row`,
        ),
      );
      assert.match(
        text,
        new RegExp(
          `marketing_state row \\(contact ${bob.id}, email, topic "vip"\\): event #\\d+, which it names as proof, is about contact ${carol.id}`,
        ),
      );
      assert.equal(report.differences, 1);
    });

    test('a granted flipped to denied in marketing_state is named with what the ledger says', async () => {
      const alice = await contactOf(people.alice.email);
      const report = await tampered(
        `UPDATE marketing_state SET status = 'denied' WHERE contact_id = $1 AND topic = 'news'`,
        `UPDATE marketing_state SET status = 'granted' WHERE contact_id = $1 AND topic = 'news'`,
        [alice.id],
      );
      assert.match(
        report.problems.join('\n'),
        new RegExp(
          `marketing_state row \\(contact ${alice.id}, email, topic "news"\\): the ledger says granted since .*; the table says denied`,
        ),
      );
    });

    test('a deleted marketing_state row is named as missing', async () => {
      const alice = await contactOf(people.alice.email);
      const db = dbOf(store);
      const { rows } = await db.query<Record<string, unknown>>(
        `SELECT * FROM marketing_state WHERE contact_id = $1 AND topic = 'offers'`,
        [alice.id],
      );
      const row = rows[0]!;
      await db.query(`DELETE FROM marketing_state WHERE contact_id = $1 AND topic = 'offers'`, [
        alice.id,
      ]);
      const report = await store.verify();
      await db.query(
        `INSERT INTO marketing_state (contact_id, channel, topic, status, since, event_id, verified)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.contact_id, row.channel, row.topic, row.status, row.since, row.event_id, row.verified],
      );
      assert.match(
        report.problems.join('\n'),
        new RegExp(
          `marketing_state row \\(contact ${alice.id}, email, topic "offers"\\): the ledger says denied .* but the row is missing`,
        ),
      );
      assert.ok((await store.verify()).ok);
    });

    test('a changed contacts.value is named: the address is not the one its events sealed', async () => {
      const alice = await contactOf(people.alice.email);
      const report = await tampered(
        `UPDATE contacts SET value = 'mallory@example.com' WHERE id = $1`,
        `UPDATE contacts SET value = '${people.alice.email}' WHERE id = $1`,
        [alice.id],
      );
      assert.equal(report.ok, false);
      assert.match(
        report.problems.join('\n'),
        new RegExp(`contacts row ${alice.id}: its email is not the one event #\\d+ sealed`),
      );
    });

    test('a changed contact key is named too (a value and key swapped together cannot match the seal)', async () => {
      const alice = await contactOf(people.alice.email);
      const db = dbOf(store);
      const key = (
        await db.query<{ value_key: string }>('SELECT value_key FROM contacts WHERE id = $1', [
          alice.id,
        ])
      ).rows[0]!.value_key;
      const report = await tampered(
        `UPDATE contacts SET value = 'mallory@example.com', value_key = 'chosen-by-the-attacker' WHERE id = $1`,
        `UPDATE contacts SET value = '${people.alice.email}', value_key = '${key}' WHERE id = $1`,
        [alice.id],
      );
      assert.match(
        report.problems.join('\n'),
        new RegExp(`contacts row ${alice.id}: its email is not`),
      );
    });

    test('a contact deleted without an erasure is named; an erased one is not', async () => {
      const bob = await contactOf(people.bob.email);
      const db = dbOf(store);
      const { rows } = await db.query<Record<string, unknown>>(
        'SELECT * FROM contacts WHERE id = $1',
        [bob.id],
      );
      await db.query('DELETE FROM contacts WHERE id = $1', [bob.id]);
      const report = await store.verify();
      const row = rows[0]!;
      await db.query(
        'INSERT INTO contacts (id, kind, value, created_at, value_key) VALUES ($1, $2, $3, $4, $5)',
        [row.id, row.kind, row.value, row.created_at, row.value_key],
      );
      const text = report.problems.join('\n');
      assert.match(
        text,
        new RegExp(
          `contact ${bob.id} \\(named by event #\\d+\\) is gone, and no erasure removed it`,
        ),
      );
      assert.doesNotMatch(text, /erased/);
      assert.ok((await store.verify()).ok);
    });

    test('an erased contact cannot come back unnoticed', async () => {
      const db = dbOf(store);
      const { rows } = await db.query<{ contact_id: string }>(
        'SELECT contact_id FROM erased_contacts',
      );
      assert.equal(rows.length, 1, 'the erasure is recorded by random id');
      const report = await tampered(
        `INSERT INTO contacts (id, kind, value) VALUES ($1, 'email', 'someone@example.com')`,
        'DELETE FROM contacts WHERE id = $1',
        [rows[0]!.contact_id],
      );
      assert.match(
        report.problems.join('\n'),
        new RegExp(`contacts row ${rows[0]!.contact_id}: it was erased, yet it is back`),
      );
    });

    test('erasure deletes the key with the address: the chain keeps only a seal that names nobody', async () => {
      const db = dbOf(store);
      const id = (await db.query<{ contact_id: string }>('SELECT contact_id FROM erased_contacts'))
        .rows[0]!.contact_id;
      assert.equal((await db.query('SELECT 1 FROM contacts WHERE id = $1', [id])).rows.length, 0);
      const { rows } = await db.query<{ record: string }>(
        `SELECT record FROM events WHERE contact_id = $1`,
        [id],
      );
      assert.ok(rows.length > 0);
      for (const { record } of rows) {
        assert.ok(!record.includes(people.erased.email), 'no address in the chain');
        const seal = (JSON.parse(record) as { seals: Record<string, string> }).seals[id];
        assert.match(
          seal!,
          /^[A-Za-z0-9_-]{43}$/,
          'a keyed digest, not a plain hash of the address',
        );
      }
    });

    test('a subject_contacts row made verified is named', async () => {
      const report = await tampered(
        `UPDATE subject_contacts SET verified = true WHERE subject = $1 AND channel = 'email'`,
        `UPDATE subject_contacts SET verified = false WHERE subject = $1 AND channel = 'email'`,
        [people.alice.subject],
      );
      assert.match(
        report.problems.join('\n'),
        new RegExp(
          `subject_contacts row \\("${people.alice.subject}", email\\): the ledger says contact .*; the table says contact .* \\(verified\\)`,
        ),
      );
    });

    test('a subject_contacts row linking a subject to someone else’s contact is named', async () => {
      const carol = await contactOf(people.carol.email);
      const stranger = newSubject();
      const report = await tampered(
        `INSERT INTO subject_contacts (subject, channel, contact_id, verified, status, since)
         VALUES ($1, 'email', $2, true, 'granted', now())`,
        'DELETE FROM subject_contacts WHERE subject = $1 AND contact_id = $2',
        [stranger, carol.id],
      );
      assert.match(
        report.problems.join('\n'),
        new RegExp(`subject_contacts row \\("${stranger}", email\\): the ledger gives no such row`),
      );
    });

    test('a subjects row granting what the subject refused is named', async () => {
      const report = await tampered(
        `UPDATE subjects SET categories = categories || '{"marketing": true}' WHERE subject = $1`,
        `UPDATE subjects SET categories = categories || '{"marketing": false}' WHERE subject = $1`,
        [people.alice.subject],
      );
      assert.match(
        report.problems.join('\n'),
        new RegExp(
          `subjects row "${people.alice.subject}": the ledger says .*"marketing":false.*; the table says .*"marketing":true`,
        ),
      );
    });

    test('verify under concurrent writes reports no false break', async () => {
      let writing = true;
      let written = 0;
      const writer = (async () => {
        while (writing) {
          const subject = newSubject();
          await store.ingest([
            cookiesEvent(subject, { analytics: written % 2 === 0 }) as ConsentEvent,
            marketingEvent(
              subject,
              { email: newEmail('load') },
              {
                channel: 'email',
                status: 'granted',
                topics: ['news'],
              },
            ) as ConsentEvent,
          ]);
          written += 2;
        }
      })();
      try {
        for (let round = 0; round < 5; round++) {
          const report = await store.verify();
          assert.ok(report.ok, report.problems.join('\n'));
          assert.equal(report.differences, 0);
        }
      } finally {
        writing = false;
        await writer;
      }
      assert.ok(written > 0, 'events were written while verifying');
      assert.ok((await store.verify()).ok);
    });

    if (backend.name === 'embedded') {
      test('`assent-server verify` names the differing row and exits 1', async () => {
        const alice = await contactOf(people.alice.email);
        await dbOf(store).query(
          `UPDATE marketing_state SET verified = true WHERE contact_id = $1 AND topic = 'news'`,
          [alice.id],
        );
        await store.close();
        const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
          (resolve) => {
            const child = spawn(
              process.execPath,
              ['--conditions=source', '--import', 'tsx', CLI, 'verify', '--data', place.dataDir!],
              { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
            );
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('exit', (code) => resolve({ code, stdout, stderr }));
          },
        );
        store = await openPlaceStore(place);
        assert.equal(result.code, 1, result.stderr);
        assert.match(
          result.stderr,
          new RegExp(`broken: marketing_state row \\(contact ${alice.id}, email, topic "news"\\)`),
        );
        assert.match(result.stdout, /^BROKEN: \d+ events .*1 derived row differs/m);
      });
    }
  });
}

describe('contact seals for data kept before seals existed', () => {
  test('the migration gives every contact a key and seals it into the chain; a later edit is caught', async () => {
    const place = newPlace(backends[0]!);
    try {
      const store = await openPlaceStore(place);
      const db = dbOf(store);
      // Put the database back as it was before the seals: no keys, no erasure table, and
      // events without seals (a hand-made pre-seal ledger of two events).
      await db.query('ALTER TABLE contacts DROP COLUMN value_key');
      await db.query('DROP TABLE erased_contacts');
      // Only the seals' migration runs again; later ones stay applied.
      await db.query(`DELETE FROM schema_migrations WHERE name = 'contact-seals'`);
      const { canonicalJson, chainHash, sha256Hex, GENESIS_HASH } =
        await import('../../packages/server/src/store/chain.js');
      const kept = randomUUID();
      const gone = randomUUID();
      const subject = newSubject();
      await db.query(
        `INSERT INTO contacts (id, kind, value) VALUES ($1, 'email', 'kept@example.com')`,
        [kept],
      );
      let prev = GENESIS_HASH;
      let seq = 0;
      for (const target of [kept, gone]) {
        const receivedAt = new Date().toISOString();
        const event = {
          id: randomUUID(),
          subject: target === kept ? subject : newSubject(),
          at: receivedAt,
          kind: 'marketing',
          method: 'optin',
          choices: { channel: 'email', status: 'granted' },
          wording: 'Yes, email me.',
        };
        const text = canonicalJson({
          v: 1,
          event,
          receivedAt,
          contacts: { email: target },
          target,
        });
        const hash = chainHash(prev, sha256Hex(text));
        await db.query(
          `INSERT INTO events (id, subject, kind, channel, contact_id, client_at, received_at, record,
             content_hash, prev_hash, hash) VALUES ($1, $2, 'marketing', 'email', $3, $4, $5, $6, $7, $8, $9)`,
          [
            event.id,
            event.subject,
            target,
            receivedAt,
            receivedAt,
            text,
            sha256Hex(text),
            prev,
            hash,
          ],
        );
        if (target === kept) {
          await db.query(
            `INSERT INTO marketing_state (contact_id, channel, topic, status, since, event_id, verified)
             VALUES ($1, 'email', '', 'granted', $2, $3, false)`,
            [kept, receivedAt, event.id],
          );
          await db.query(
            `INSERT INTO subject_contacts (subject, channel, contact_id, verified, status, since)
             VALUES ($1, 'email', $2, false, 'granted', $3)`,
            [subject, kept, receivedAt],
          );
        }
        prev = hash;
        seq++;
      }
      await db.query(
        'UPDATE chain_head SET last_seq = (SELECT max(seq) FROM events), last_hash = $1',
        [prev],
      );
      await store.close();

      const migrated = await openPlaceStore(place);
      try {
        const key = await dbOf(migrated).query<{ value_key: string }>(
          'SELECT value_key FROM contacts WHERE id = $1',
          [kept],
        );
        assert.match(key.rows[0]!.value_key, /^[0-9a-f]{64}$/, 'a random key of its own');
        const report = await migrated.verify();
        assert.ok(report.ok, report.problems.join('\n'));
        assert.equal(report.events, seq + 1, 'one seal event was appended to the chain');
        assert.equal(report.seals, 1);
        await dbOf(migrated).query(
          `UPDATE contacts SET value = 'other@example.com' WHERE id = $1`,
          [kept],
        );
        const broken = await migrated.verify();
        assert.match(
          broken.problems.join('\n'),
          new RegExp(`contacts row ${kept}: its email is not the one event #3 sealed`),
        );
      } finally {
        await migrated.close();
      }
    } finally {
      await destroyPlace(place);
    }
  });
});
