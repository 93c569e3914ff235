/**
 * Data-subject requests: a copy of one's data (access) or its erasure. A request is made with
 * an address, proven by a link mailed to it, then handled by an admin. Every step is appended
 * to the request's `steps`. Unverified requests expire (and forget their address); verified
 * ones show their due date (one month).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { maskContact } from '../contacts.js';
import type { Database, Queryable } from '../store/db.js';
import type { ContactKind } from '../store/index.js';

export type RequestType = 'access' | 'erasure';
export type RequestStatus = 'unverified' | 'verified' | 'fulfilled' | 'declined' | 'expired';

export interface RequestStep {
  step: string;
  at: string;
  by?: string;
  note?: string;
}

export interface DataRequest {
  id: string;
  type: RequestType;
  contact: { kind: ContactKind; value: string };
  locale: string | null;
  status: RequestStatus;
  createdAt: string;
  expiresAt: string;
  verifiedAt: string | null;
  fulfilledAt: string | null;
  steps: RequestStep[];
}

/** How long the verification link works. */
export const VERIFY_TTL_DAYS = 7;
/** How long the download link of a copy works. */
export const DOWNLOAD_TTL_DAYS = 7;
/** A verified request is due within a month. */
export const DUE_DAYS = 30;

const DAY = 24 * 3600 * 1000;

export const secretHash = (secret: string) =>
  createHash('sha256').update(secret, 'utf8').digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

const iso = (value: unknown) =>
  value == null ? null : (value instanceof Date ? value : new Date(String(value))).toISOString();

function fromRow(row: Record<string, unknown>): DataRequest {
  return {
    id: row.id as string,
    type: row.type as RequestType,
    contact: { kind: row.contact_kind as ContactKind, value: row.contact_value as string },
    locale: (row.locale as string | null) ?? null,
    status: row.status as RequestStatus,
    createdAt: iso(row.created_at)!,
    expiresAt: iso(row.expires_at)!,
    verifiedAt: iso(row.verified_at),
    fulfilledAt: iso(row.fulfilled_at),
    steps: JSON.parse(row.steps as string) as RequestStep[],
  };
}

/** Unverified requests past their link's life expire and forget their address. */
export async function expireRequests(db: Queryable): Promise<void> {
  await db.query(
    `UPDATE data_requests SET status = 'expired', contact_value = '',
       steps = (steps::jsonb || jsonb_build_array(jsonb_build_object('step', 'expired', 'at', expires_at)))::text
     WHERE status = 'unverified' AND expires_at < $1`,
    [new Date().toISOString()],
  );
  await db.query(
    `UPDATE data_requests SET download_hash = NULL
     WHERE download_hash IS NOT NULL AND download_expires_at < $1`,
    [new Date().toISOString()],
  );
}

/** True when the same address asked the same thing in the last 10 minutes (no second mail). */
export async function recentlyRequested(
  db: Queryable,
  type: RequestType,
  kind: ContactKind,
  value: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM data_requests WHERE type = $1 AND contact_kind = $2 AND contact_value = $3
       AND status = 'unverified' AND created_at > $4 LIMIT 1`,
    [type, kind, value, new Date(Date.now() - 10 * 60 * 1000).toISOString()],
  );
  return rows.length > 0;
}

/** Stores a new request; returns it with the secret of its verification link. */
export async function createRequest(
  tx: Queryable,
  input: { type: RequestType; kind: ContactKind; value: string; locale?: string },
): Promise<{ request: DataRequest; secret: string }> {
  const secret = newSecret();
  const now = new Date();
  const steps: RequestStep[] = [
    { step: 'requested', at: now.toISOString() },
    { step: 'verification-sent', at: now.toISOString(), note: input.kind },
  ];
  const { rows } = await tx.query<Record<string, unknown>>(
    `INSERT INTO data_requests (id, type, contact_kind, contact_value, locale, status, verify_hash,
       created_at, expires_at, steps)
     VALUES ($1, $2, $3, $4, $5, 'unverified', $6, $7, $8, $9) RETURNING *`,
    [
      randomUUID(),
      input.type,
      input.kind,
      input.value,
      input.locale ?? null,
      secretHash(secret),
      now.toISOString(),
      new Date(now.getTime() + VERIFY_TTL_DAYS * DAY).toISOString(),
      JSON.stringify(steps),
    ],
  );
  return { request: fromRow(rows[0]!), secret };
}

export async function requestByVerifySecret(db: Queryable, secret: string) {
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT * FROM data_requests WHERE verify_hash = $1',
    [secretHash(secret)],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function requestByDownloadSecret(db: Queryable, secret: string) {
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT * FROM data_requests WHERE download_hash = $1 AND download_expires_at > $2',
    [secretHash(secret), new Date().toISOString()],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function requestById(db: Queryable, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT * FROM data_requests WHERE id = $1',
    [id],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

/** Appends a step and applies `set` (column → value) in one statement. */
export async function recordStep(
  db: Queryable,
  id: string,
  step: RequestStep,
  set: Record<string, unknown> = {},
  onlyIfStatus?: RequestStatus,
): Promise<boolean> {
  const columns = Object.keys(set);
  const assignments = columns.map((column, index) => `${column} = $${index + 3}`);
  const { rows } = await db.query(
    `UPDATE data_requests SET steps = (steps::jsonb || $2::jsonb)::text
       ${assignments.length ? `, ${assignments.join(', ')}` : ''}
     WHERE id = $1 ${onlyIfStatus ? `AND status = '${onlyIfStatus}'` : ''} RETURNING id`,
    [id, JSON.stringify([step]), ...columns.map((column) => set[column])],
  );
  return rows.length > 0;
}

/** Newest first, optionally one status; keyset by created_at is enough for a queue. */
export async function listRequests(
  db: Database,
  status: RequestStatus | undefined,
  limit: number,
): Promise<(DataRequest & { dueAt: string | null })[]> {
  await expireRequests(db);
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT * FROM data_requests WHERE ($1::text IS NULL OR status = $1)
     ORDER BY created_at DESC LIMIT $2`,
    [status ?? null, limit],
  );
  return rows.map((row) => {
    const request = fromRow(row);
    return {
      ...request,
      dueAt: request.verifiedAt
        ? new Date(new Date(request.verifiedAt).getTime() + DUE_DAYS * DAY).toISOString()
        : null,
    };
  });
}

/** What is left of the address once a request is closed. */
export const closedValue = (request: DataRequest) =>
  maskContact(request.contact.kind, request.contact.value);
