/**
 * Fills a ledger for the admin benchmark, fast, without going through HTTP.
 *
 * The mix: 80 % cookie decisions (banner / preferences / embed over two revisions), and
 * marketing events for about 150,000 people: opt-ins over email, SMS and post and five topics,
 * confirmations and unsubscribes. Cookie decisions are appended in bulk (one multi-row insert
 * per few thousand rows, each row hashed and chained exactly as ingest does, under the same
 * `chain_head` lock); marketing events go through the ledger's own ingest in large groups, so
 * the opt-in state they derive is the server's own. Every few thousand events the two take
 * turns on one chain, and `verify` passes on the result.
 */
import { createHash } from 'node:crypto';
import { refreshStats } from '../packages/server/src/admin/stats.js';
import type { ConsentEvent, Database, Ledger } from '../packages/server/src/app.js';
import { canonicalJson, chainHash, sha256Hex } from '../packages/server/src/store/chain.js';

const DAY = 86_400_000;
const TOPICS = {
  email: ['news', 'events', 'repairs'],
  sms: ['repairs', 'alerts'],
  post: [] as string[],
};
/** Share of cookie decisions in the mix. */
export const COOKIE_SHARE = 0.8;
export const PEOPLE = 150_000;

/** A deterministic pseudo-random source, so both backends get the same ledger. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function uuidOf(n: number, salt: string) {
  const hex = createHash('sha256').update(`${salt}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The n-th event of the mix. Marketing: 70 % opt-ins, 10 % confirmations of an opt-in,
 * 20 % unsubscribes (half of them from one topic).
 */
export function eventAt(n: number, next: () => number, now: number): ConsentEvent {
  const at = new Date(
    now - Math.floor(next() * 365) * DAY - Math.floor(next() * DAY),
  ).toISOString();
  const roll = next();
  const base = {
    id: uuidOf(n, 'event'),
    at,
    locale: 'en-GB',
    revision: next() < 0.4 ? '2024-01' : '2025-06',
  };
  if (roll < COOKIE_SHARE) {
    const method = next() < 0.7 ? 'banner' : next() < 0.66 ? 'preferences' : 'embed';
    return {
      ...base,
      subject: uuidOf(n, 'subject'),
      kind: 'cookies',
      method,
      page: 'https://housing.example/',
      choices: {
        categories: {
          necessary: true,
          functional: next() < 0.7,
          analytics: next() < 0.55,
          marketing: next() < 0.3,
        },
        services: {},
      },
    };
  }
  const share = (roll - COOKIE_SHARE) / (1 - COOKIE_SHARE);
  // Each person has an email and a mobile, and uses one browser per channel.
  const person = Math.floor(next() * PEOPLE);
  const channelRoll = next();
  const channel = channelRoll < 0.6 ? 'email' : channelRoll < 0.9 ? 'sms' : 'post';
  const contact =
    channel === 'sms'
      ? { phone: `+4477${String(person).padStart(8, '0')}` }
      : { email: `tenant-${person}@housing.example` };
  const topics = TOPICS[channel].filter(() => next() < 0.6);
  const subject = uuidOf(person, `person-${channel}`);
  if (share < 0.8) {
    const confirming = share >= 0.7;
    return {
      ...base,
      subject,
      kind: 'marketing',
      method: 'optin',
      choices: { channel, status: 'granted', ...(topics.length ? { topics } : {}) },
      wording: `Yes, contact me by ${channel} about ${topics.join(', ') || 'news'}. You can unsubscribe at any time.`,
      ...(confirming ? { confirms: uuidOf(person, 'confirmed') } : {}),
      contact,
    };
  }
  return {
    ...base,
    subject,
    kind: 'unsubscribe',
    method: 'unsubscribe',
    choices: {
      channel,
      status: 'denied',
      ...(topics.length && next() < 0.5 ? { topics: topics.slice(0, 1) } : {}),
    },
    contact,
  };
}

const BULK = 4000;

/**
 * Appends cookie decisions in bulk: each row's record, content hash and chain hash are what
 * ingest would write, and `subjects` takes each subject's latest choice.
 */
async function appendCookies(db: Database, events: ConsentEvent[], receivedAt: string) {
  for (let start = 0; start < events.length; start += BULK) {
    const slice = events.slice(start, start + BULK);
    await db.transaction(async (tx) => {
      const head = (
        await tx.query<{ last_hash: string }>(
          'SELECT last_hash FROM chain_head WHERE id = 1 FOR UPDATE',
        )
      ).rows[0]!;
      let prev = head.last_hash;
      const rows = slice.map((event, ord) => {
        const record = canonicalJson({ v: 1, event, receivedAt });
        const content = sha256Hex(record);
        const hash = chainHash(prev, content);
        const row = {
          ord,
          id: event.id,
          subject: event.subject,
          kind: 'cookies',
          client_at: event.at,
          received_at: receivedAt,
          record,
          content_hash: content,
          prev_hash: prev,
          hash,
        };
        prev = hash;
        return row;
      });
      const inserted = await tx.query<{ seq: unknown }>(
        `INSERT INTO events (id, subject, kind, channel, contact_id, client_at, received_at, record,
           content_hash, prev_hash, hash)
         SELECT id, subject, kind, NULL, NULL, client_at, received_at, record, content_hash,
           prev_hash, hash
         FROM json_to_recordset($1::json) AS r(ord int, id uuid, subject text, kind text,
           client_at text, received_at timestamptz, record text, content_hash text,
           prev_hash text, hash text)
         ORDER BY ord RETURNING seq`,
        [JSON.stringify(rows)],
      );
      const last = Math.max(...inserted.rows.map((row) => Number(row.seq)));
      await tx.query('UPDATE chain_head SET last_seq = $1, last_hash = $2 WHERE id = 1', [
        last,
        prev,
      ]);
      const latest = new Map<string, ConsentEvent>();
      for (const event of slice) latest.set(event.subject, event);
      await tx.query(
        `INSERT INTO subjects (subject, event_id, revision, categories, services, gpc, decided_at, received_at)
         SELECT subject, event_id, revision, categories, services, NULL, decided_at, received_at
         FROM json_to_recordset($1::json) AS r(subject text, event_id uuid, revision text,
           categories jsonb, services jsonb, decided_at text, received_at timestamptz)
         ON CONFLICT (subject) DO UPDATE SET event_id = excluded.event_id,
           revision = excluded.revision, categories = excluded.categories,
           services = excluded.services, gpc = excluded.gpc, decided_at = excluded.decided_at,
           received_at = excluded.received_at`,
        [
          JSON.stringify(
            [...latest.values()].map((event) => ({
              subject: event.subject,
              event_id: event.id,
              revision: event.revision ?? null,
              categories: event.choices.categories ?? {},
              services: event.choices.services ?? {},
              decided_at: Date.parse(event.at) > Date.parse(receivedAt) ? receivedAt : event.at,
              received_at: receivedAt,
            })),
          ),
        ],
      );
    });
  }
}

/**
 * Fills `store` with `total` events of the mix, received over the last 30 days, and keeps the
 * dashboard's summary in step as the server would (the bulk appends bypass ingest and its hook,
 * so each chunk is folded in after it is written). Returns the seconds it took, and how many of
 * them the summary took. `progress` is called now and then with the count so far.
 */
export async function fillLedger(
  store: Ledger,
  total: number,
  progress: (done: number) => void = () => undefined,
): Promise<{ seconds: number; statsSeconds: number }> {
  const next = random(42);
  const now = Date.now();
  const started = performance.now();
  const chunk = 10_000;
  let statsSeconds = 0;
  for (let n = 0; n < total; n += chunk) {
    const receivedAt = new Date(now - Math.floor(((total - n) / total) * 30) * DAY).toISOString();
    const cookies: ConsentEvent[] = [];
    const marketing: ConsentEvent[] = [];
    for (let i = n; i < Math.min(n + chunk, total); i++) {
      const event = eventAt(i, next, now);
      (event.kind === 'cookies' ? cookies : marketing).push(event);
    }
    await appendCookies(store.database, cookies, receivedAt);
    for (let start = 0; start < marketing.length; start += 2500) {
      await store.ingest(marketing.slice(start, start + 2500), {
        receivedAt: new Date(receivedAt),
      });
    }
    const folding = performance.now();
    await refreshStats(store.database);
    statsSeconds += (performance.now() - folding) / 1000;
    progress(Math.min(n + chunk, total));
  }
  // What autovacuum would have done by the time anyone reads (the embedded database's own run
  // follows the ledger's growth, so the last third of a fill would wait for the next one).
  await store.database.query('VACUUM ANALYZE');
  return { seconds: (performance.now() - started) / 1000, statsSeconds };
}
