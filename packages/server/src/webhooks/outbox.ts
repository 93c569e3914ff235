/**
 * Signed webhooks from a transactional outbox. Rows are written by a ledger hook inside the
 * append (or erasure) transaction, then delivered by {@link WebhookDispatcher}: in order per
 * contact, signed by the Standard Webhooks scheme, retried with backoff under the same
 * `webhook-id` until a 2xx or for three days.
 */
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { claimDue, OutboxSender, recordFailure, type OutboxLog } from '../outbox/worker.js';
import type { Database, Queryable } from '../store/db.js';
import type { AppendedEvent, LedgerHooks } from '../store/hooks.js';
import type { Contact, MarketingStatus } from '../store/index.js';
import type { WebhookConfig } from './config.js';

export type WebhookType = 'marketing.changed' | 'contact.erased';

/** The JSON body of every webhook. */
export interface WebhookPayload {
  type: WebhookType;
  /** When the change was stored (ISO-8601). */
  timestamp: string;
  data: {
    eventId: string | null;
    subject: string | null;
    contact: { id: string; email?: string; phone?: string };
    channel: string | null;
    status: MarketingStatus | null;
    /** The topics the change is about; null means the whole channel. */
    topics: string[] | null;
    /** When the person decided (the event's own time; an import's original consent time). */
    at: string;
    method: string | null;
  };
}

interface OutboxRow {
  webhook_id: string;
  order_key: string;
  contact_id: string;
  event_id: string | null;
  type: WebhookType;
  payload: string;
  created_at: string;
}

const toDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;

const contactField = (contact: Contact) =>
  contact.kind === 'email'
    ? { id: contact.id, email: contact.value }
    : { id: contact.id, phone: contact.value };

async function insertRows(tx: Queryable, rows: OutboxRow[]) {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO webhook_outbox (webhook_id, order_key, contact_id, event_id, type, payload,
       created_at, next_attempt_at)
     SELECT webhook_id, order_key, contact_id, event_id, type, payload, created_at, created_at
     FROM json_to_recordset($1::json) AS r(ord int, webhook_id text, order_key text,
       contact_id uuid, event_id uuid, type text, payload text, created_at timestamptz)
     ORDER BY ord`,
    [JSON.stringify(rows.map((row, ord) => ({ ord, ...row })))],
  );
}

/** The ledger hook that queues one webhook per stored marketing change and per erasure. */
export function webhookHooks(onQueued: () => void): LedgerHooks {
  return {
    async appended(tx, events) {
      const changes = events.filter(
        (e): e is AppendedEvent & { contactId: string } =>
          e.contactId !== null && e.event.kind !== 'cookies' && !e.request,
      );
      if (changes.length === 0) return;
      const ids = [...new Set(changes.map((e) => e.contactId))];
      const { rows } = await tx.query<Contact>(
        `SELECT id, kind, value FROM contacts WHERE id IN (SELECT json_array_elements_text($1::json)::uuid)`,
        [JSON.stringify(ids)],
      );
      const contacts = new Map(rows.map((c) => [c.id.toLowerCase(), c]));
      const queued: OutboxRow[] = [];
      for (const change of changes) {
        const contact = contacts.get(change.contactId.toLowerCase());
        if (!contact) continue;
        const { event } = change;
        const choices = event.choices as { channel?: string; status?: string; topics?: string[] };
        const status: MarketingStatus =
          event.kind === 'unsubscribe'
            ? 'denied'
            : change.pendingConfirmation
              ? 'pending'
              : (choices.status as MarketingStatus);
        const payload: WebhookPayload = {
          type: 'marketing.changed',
          timestamp: change.receivedAt,
          data: {
            eventId: event.id,
            subject: event.subject,
            contact: contactField(contact),
            channel: choices.channel ?? null,
            status,
            topics: choices.topics ?? null,
            at: event.at,
            method: event.method ?? null,
          },
        };
        queued.push({
          webhook_id: newWebhookId(),
          order_key: contact.id,
          contact_id: contact.id,
          event_id: event.id,
          type: payload.type,
          payload: JSON.stringify(payload),
          created_at: change.receivedAt,
        });
      }
      await insertRows(tx, queued);
      if (queued.length > 0) setImmediate(onQueued);
    },
    async erased(tx, contact) {
      const now = new Date().toISOString();
      const payload: WebhookPayload = {
        type: 'contact.erased',
        timestamp: now,
        data: {
          eventId: null,
          subject: null,
          contact: contactField(contact),
          channel: null,
          status: null,
          topics: null,
          at: now,
          method: 'erasure',
        },
      };
      await insertRows(tx, [
        {
          webhook_id: newWebhookId(),
          order_key: contact.id,
          contact_id: contact.id,
          event_id: null,
          type: payload.type,
          payload: JSON.stringify(payload),
          created_at: now,
        },
      ]);
      setImmediate(onQueued);
    },
  };
}

export interface DispatcherOptions {
  /** Per-attempt timeout. @default 15000 */
  timeoutMs?: number;
  /** Retry delays in seconds (tests shorten nothing: the first is 2 s). */
  delays?: readonly number[];
  /** Poll interval when idle. @default 1000 */
  pollMs?: number;
  log: OutboxLog;
}

interface ClaimedRow {
  seq: unknown;
  webhook_id: string;
  type: WebhookType;
  contact_id: string | null;
  payload: string;
  attempts: number;
  created_at: unknown;
}

const LEASE_MS = 60_000;
const BATCH = 20;

/** Delivers due outbox rows; one per instance, any number of instances. */
export class WebhookDispatcher extends OutboxSender {
  private readonly signer: Webhook;

  constructor(
    private readonly db: Database,
    private readonly config: WebhookConfig,
    private readonly options: DispatcherOptions,
  ) {
    super('webhook delivery', options);
    this.signer = new Webhook(config.secret);
  }

  /** Claims the due rows (the oldest unsettled one of each contact) and sends them. */
  async handleDue(): Promise<number> {
    const rows = await claimDue<ClaimedRow>(
      this.db,
      'webhook_outbox',
      'seq, webhook_id, type, contact_id, payload, attempts, created_at',
      {
        limit: BATCH,
        leaseMs: LEASE_MS,
        where: `NOT EXISTS (SELECT 1 FROM webhook_outbox p WHERE p.order_key = o.order_key
                AND p.status = 'pending' AND p.seq < o.seq)`,
      },
    );
    await Promise.all(rows.map((row) => this.deliver(row)));
    return rows.length;
  }

  private async deliver(row: ClaimedRow) {
    const attempt = new Date();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(this.config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'assent-server webhooks',
          'webhook-id': row.webhook_id,
          'webhook-timestamp': String(Math.floor(attempt.getTime() / 1000)),
          'webhook-signature': this.signer.sign(row.webhook_id, attempt, row.payload),
        },
        body: row.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (status < 200 || status >= 300) error = `answered ${status}`;
    } catch (reason) {
      error = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    }
    const attempts = row.attempts + 1;
    if (error === null) {
      await this.db.query(
        `UPDATE webhook_outbox SET status = 'delivered', attempts = $2, lease_until = NULL,
           last_attempt_at = $3, last_status = $4, last_error = NULL, delivered_at = $3
         WHERE seq = $1`,
        [row.seq, attempts, attempt.toISOString(), status],
      );
      // The receiver has heard of the erasure: the address goes from every settled row too.
      if (row.type === 'contact.erased' && row.contact_id) {
        await this.db.query(
          `UPDATE webhook_outbox SET payload = '' WHERE contact_id = $1 AND status <> 'pending'`,
          [row.contact_id],
        );
      }
      return;
    }
    const { giveUp } = await recordFailure(this.db, 'webhook_outbox', row, {
      at: attempt,
      error,
      delays: this.options.delays,
      also: { last_status: status },
    });
    this.options.log.warn(
      { webhookId: row.webhook_id, attempts, status, giveUp },
      giveUp ? 'webhook delivery failed for good' : 'webhook delivery failed; will retry',
    );
  }
}

/** One row of the delivery log, as the admin workspace shows it. */
export interface DeliveryView {
  seq: number;
  webhookId: string;
  type: WebhookType;
  eventId: string | null;
  contactId: string | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

const isoOrNull = (value: unknown) => (value == null ? null : toDate(value).toISOString());

/** The newest deliveries first, keyset-paged by `before` (a seq). */
export async function listDeliveries(
  db: Queryable,
  query: { status?: string; limit: number; before?: number },
): Promise<{ counts: Record<string, number>; deliveries: DeliveryView[]; next: number | null }> {
  const [counts, list] = await Promise.all([
    db.query<{ status: string; n: unknown }>(
      'SELECT status, count(*) AS n FROM webhook_outbox GROUP BY status',
    ),
    db.query<Record<string, unknown>>(
      `SELECT seq, webhook_id, type, event_id, contact_id, status, attempts, created_at,
         last_attempt_at, last_status, last_error, next_attempt_at, delivered_at
       FROM webhook_outbox
       WHERE ($1::text IS NULL OR status = $1) AND ($2::bigint IS NULL OR seq < $2)
       ORDER BY seq DESC LIMIT $3`,
      [query.status ?? null, query.before ?? null, query.limit + 1],
    ),
  ]);
  const rows = list.rows.slice(0, query.limit);
  return {
    counts: {
      pending: 0,
      delivered: 0,
      failed: 0,
      ...Object.fromEntries(counts.rows.map((r) => [r.status, Number(r.n)])),
    },
    deliveries: rows.map((r) => ({
      seq: Number(r.seq),
      webhookId: r.webhook_id as string,
      type: r.type as WebhookType,
      eventId: (r.event_id as string | null) ?? null,
      contactId: (r.contact_id as string | null) ?? null,
      status: r.status as DeliveryView['status'],
      attempts: Number(r.attempts),
      createdAt: isoOrNull(r.created_at)!,
      lastAttemptAt: isoOrNull(r.last_attempt_at),
      lastStatus: r.last_status == null ? null : Number(r.last_status),
      lastError: (r.last_error as string | null) ?? null,
      nextAttemptAt: r.status === 'pending' ? isoOrNull(r.next_attempt_at) : null,
      deliveredAt: isoOrNull(r.delivered_at),
    })),
    next: list.rows.length > query.limit ? Number(rows.at(-1)!.seq) : null,
  };
}

/** Puts a failed delivery back in the queue (same webhook-id), due now. */
export async function retryDelivery(db: Queryable, seq: number): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE webhook_outbox SET status = 'pending', next_attempt_at = now(), created_at = now()
     WHERE seq = $1 AND status = 'failed' AND payload <> '' RETURNING seq`,
    [seq],
  );
  return rows.length > 0;
}
