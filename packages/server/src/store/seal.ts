/**
 * Contact seals. Addresses never enter the hash chain; instead each event names its contacts
 * by random id and carries a seal of each one: HMAC-SHA256 of `kind:value` under a key that
 * belongs to that contact alone (`contacts.value_key`). `verify` recomputes the seals, so a
 * changed address (or a swapped key) no longer matches what the chain recorded. Erasure
 * deletes the contact row and its key with it (crypto-shredding): the seals left in the
 * chain can no longer be tested against any address, so they name nobody.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { canonicalJson, chainHash, sha256Hex } from './chain.js';
import type { Queryable } from './db.js';

/** A contact row with its key. */
export interface SealedContact {
  id: string;
  kind: string;
  value: string;
  value_key: string;
}

/** The seal of a contact's address under its own key (base64url, 43 characters). */
export function sealOf(contact: Pick<SealedContact, 'kind' | 'value' | 'value_key'>): string {
  return createHmac('sha256', contact.value_key)
    .update(`${contact.kind}:${contact.value}`, 'utf8')
    .digest('base64url');
}

/** The contacts (with keys) of a list of ids; unknown ids are left out. */
export async function contactsById(tx: Queryable, ids: string[]): Promise<SealedContact[]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.query<SealedContact>(
    `SELECT id, kind, value, value_key FROM contacts
     WHERE id IN (SELECT json_array_elements_text($1::json)::uuid)`,
    [JSON.stringify([...new Set(ids)])],
  );
  return rows;
}

/** Contacts one seal event covers: keeps each record well under a megabyte. */
const SEALS_PER_EVENT = 1000;

/**
 * Seals the contacts that no event has sealed yet (those kept before seals existed) with
 * `seal` events appended to the chain, a thousand contacts each. A seal event changes no
 * state; it is the chain's word on what each address was at that moment. Runs under the
 * chain_head lock, in the caller's transaction.
 */
export async function sealExistingContacts(tx: Queryable): Promise<number> {
  const head = (
    await tx.query<{ last_seq: unknown; last_hash: string }>(
      'SELECT last_seq, last_hash FROM chain_head WHERE id = 1 FOR UPDATE',
    )
  ).rows[0];
  if (!head) throw new Error('chain_head row is missing');
  let prev = head.last_hash;
  let lastSeq = Number(head.last_seq);
  let after = '00000000-0000-0000-0000-000000000000';
  let sealed = 0;
  for (;;) {
    const { rows } = await tx.query<SealedContact>(
      `SELECT id, kind, value, value_key FROM contacts WHERE id > $1 ORDER BY id LIMIT $2`,
      [after, SEALS_PER_EVENT],
    );
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    const receivedAt = new Date().toISOString();
    const id = randomUUID();
    const seals: Record<string, string> = {};
    for (const contact of rows) seals[contact.id] = sealOf(contact);
    const record = {
      v: 1,
      event: {
        id,
        subject: 'server:seal',
        kind: 'seal',
        at: receivedAt,
        method: 'seal',
        choices: {},
      },
      receivedAt,
      seals,
    };
    const text = canonicalJson(record);
    const contentHash = sha256Hex(text);
    const hash = chainHash(prev, contentHash);
    const inserted = await tx.query<{ seq: unknown }>(
      `INSERT INTO events (id, subject, kind, channel, contact_id, client_at, received_at, record,
         content_hash, prev_hash, hash)
       VALUES ($1, 'server:seal', 'seal', NULL, NULL, $2, $3, $4, $5, $6, $7) RETURNING seq`,
      [id, receivedAt, receivedAt, text, contentHash, prev, hash],
    );
    prev = hash;
    lastSeq = Number(inserted.rows[0]!.seq);
    sealed += rows.length;
  }
  if (sealed > 0) {
    await tx.query('UPDATE chain_head SET last_seq = $1, last_hash = $2 WHERE id = 1', [
      lastSeq,
      prev,
    ]);
  }
  return sealed;
}
