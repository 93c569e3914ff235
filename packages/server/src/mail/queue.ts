/**
 * Outgoing mail: queued in the database (`mail_outbox`), then sent over SMTP by nodemailer and
 * retried with backoff until the server takes it (a permanent 5xx refusal stops the retries).
 * A sent message keeps only its subject and a masked recipient: bodies hold links.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { maskContact } from '../contacts.js';
import { claimDue, OutboxSender, recordFailure, type OutboxLog } from '../outbox/worker.js';
import type { Database, Queryable } from '../store/db.js';
import type { MailMessage } from './templates.js';

export interface MailConfig {
  /** `smtp://user:pass@host:port` or `smtps://…` */
  url: string;
  /** The From header, e.g. `Example <no-reply@example.com>`. */
  from: string;
}

/** Checks ASSENT_SMTP_URL / ASSENT_MAIL_FROM; throws an error naming the setting. */
export function parseMailConfig(url?: string, from?: string): MailConfig | undefined {
  if (!url && !from) return undefined;
  if (!url) throw new Error('ASSENT_SMTP_URL is required when ASSENT_MAIL_FROM is set.');
  if (!from) {
    throw new Error(
      'ASSENT_MAIL_FROM is required with ASSENT_SMTP_URL (e.g. no-reply@example.com).',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('ASSENT_SMTP_URL is not a URL (smtp://user:pass@host:port).');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new Error('ASSENT_SMTP_URL must start with smtp:// or smtps://.');
  }
  if (!/^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(from.trim())) {
    throw new Error('ASSENT_MAIL_FROM must be an address, e.g. "Example <no-reply@example.com>".');
  }
  return { url, from: from.trim() };
}

/** Queues one message inside `tx` (the transaction of whatever it is about). */
export async function enqueueMail(
  tx: Queryable,
  mail: MailMessage & { purpose: string; contactId?: string | null },
): Promise<void> {
  const now = new Date().toISOString();
  await tx.query(
    `INSERT INTO mail_outbox (contact_id, purpose, recipient, subject, text_body, html_body,
       created_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [mail.contactId ?? null, mail.purpose, mail.to, mail.subject, mail.text, mail.html, now],
  );
}

/** Removes what is still queued for an erased contact and what is left of its sent mail. */
export async function forgetMail(tx: Queryable, contactId: string): Promise<void> {
  await tx.query(`DELETE FROM mail_outbox WHERE contact_id = $1 AND status = 'pending'`, [
    contactId,
  ]);
  await tx.query(
    `UPDATE mail_outbox SET recipient = '', text_body = '', html_body = '' WHERE contact_id = $1`,
    [contactId],
  );
}

interface ClaimedMail {
  seq: unknown;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  created_at: unknown;
}

const LEASE_MS = 120_000;

/** Sends queued mail; one per instance, any number of instances. */
export class MailSender extends OutboxSender {
  private readonly transport: Transporter;

  constructor(
    private readonly db: Database,
    private readonly config: MailConfig,
    private readonly options: { delays?: readonly number[]; pollMs?: number; log: OutboxLog },
  ) {
    super('mail', options);
    this.transport = nodemailer.createTransport({
      url: config.url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }

  override async stop() {
    await super.stop();
    this.transport.close();
  }

  async handleDue(): Promise<number> {
    const rows = await claimDue<ClaimedMail>(
      this.db,
      'mail_outbox',
      'seq, recipient, subject, text_body, html_body, attempts, created_at',
      { limit: 10, leaseMs: LEASE_MS },
    );
    // One at a time: SMTP servers throttle parallel senders.
    for (const row of rows) await this.send(row);
    return rows.length;
  }

  private async send(row: ClaimedMail) {
    const attempt = new Date();
    const attempts = row.attempts + 1;
    try {
      await this.transport.sendMail({
        from: this.config.from,
        to: row.recipient,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      await this.db.query(
        `UPDATE mail_outbox SET status = 'sent', attempts = $2, lease_until = NULL,
           last_attempt_at = $3, last_error = NULL, sent_at = $3, recipient = $4,
           text_body = '', html_body = ''
         WHERE seq = $1`,
        [row.seq, attempts, attempt.toISOString(), maskContact('email', row.recipient)],
      );
    } catch (error) {
      const code = (error as { responseCode?: unknown }).responseCode;
      const message = error instanceof Error ? error.message : String(error);
      const { giveUp } = await recordFailure(this.db, 'mail_outbox', row, {
        at: attempt,
        // SMTP replies can quote the address back.
        error: message.replace(/[^\s@<>]+@[^\s@<>]+/g, '[email]'),
        permanent: typeof code === 'number' && code >= 500 && code < 600,
        delays: this.options.delays,
      });
      this.options.log.warn(
        { mail: Number(row.seq), attempts, smtpCode: code ?? null, giveUp },
        giveUp ? 'mail could not be sent' : 'mail not sent yet; will retry',
      );
    }
  }
}
