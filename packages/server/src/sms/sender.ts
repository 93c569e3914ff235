/**
 * Outgoing text messages through Twilio's REST API (`POST /2010-04-01/Accounts/{sid}/Messages.json`,
 * HTTP Basic with the account SID and auth token), sent with `fetch`. Messages are queued in
 * the database (`sms_outbox`) in the transaction of what they are about, then sent and retried
 * with backoff like mail: a network error, a 5xx or a 429 is retried; any other 4xx (a number
 * Twilio cannot reach, a wrong sender) is permanent. A sent message keeps only a masked number.
 */
import { maskContact } from '../contacts.js';
import { claimDue, OutboxSender, recordFailure, type OutboxLog } from '../outbox/worker.js';
import type { Database, Queryable } from '../store/db.js';
import type { SmsMessage } from '../mail/templates.js';

export interface SmsConfig {
  /** `AC…` (ASSENT_TWILIO_ACCOUNT_SID). */
  accountSid: string;
  /** ASSENT_TWILIO_AUTH_TOKEN: the same token that checks inbound webhooks. */
  authToken: string;
  /** ASSENT_SMS_FROM: an E.164 number (`+447700900123`) or a Messaging Service SID (`MG…`). */
  from: string;
  /** Where the API is (ASSENT_TWILIO_API_URL). @default https://api.twilio.com */
  apiUrl: string;
}

/** Checks the SMS settings; throws an error naming the setting. Off when none is set. */
export function parseSmsConfig(options: {
  accountSid?: string;
  authToken?: string;
  from?: string;
  apiUrl?: string;
}): SmsConfig | undefined {
  const { accountSid, from } = options;
  if (!accountSid && !from) return undefined;
  if (!accountSid) throw new Error('ASSENT_TWILIO_ACCOUNT_SID is required with ASSENT_SMS_FROM.');
  if (!/^AC[0-9a-fA-F]{32}$/.test(accountSid.trim())) {
    throw new Error(
      'ASSENT_TWILIO_ACCOUNT_SID must be an account SID (AC followed by 32 hex digits).',
    );
  }
  if (!options.authToken) {
    throw new Error('ASSENT_TWILIO_AUTH_TOKEN is required with ASSENT_TWILIO_ACCOUNT_SID.');
  }
  if (!from) {
    throw new Error(
      'ASSENT_SMS_FROM is required with ASSENT_TWILIO_ACCOUNT_SID (e.g. +447700900123 or MG…).',
    );
  }
  if (!/^(\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32}|[A-Za-z0-9 ]{1,11})$/.test(from.trim())) {
    throw new Error(
      'ASSENT_SMS_FROM must be an E.164 number (+447700900123), a Messaging Service SID (MG…) or an alphanumeric sender of up to 11 characters.',
    );
  }
  let apiUrl = 'https://api.twilio.com';
  if (options.apiUrl) {
    let parsed: URL;
    try {
      parsed = new URL(options.apiUrl);
    } catch {
      throw new Error('ASSENT_TWILIO_API_URL is not a URL.');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new Error('ASSENT_TWILIO_API_URL must start with https://.');
    }
    apiUrl = parsed.href.replace(/\/+$/, '');
  }
  return { accountSid: accountSid.trim(), authToken: options.authToken, from: from.trim(), apiUrl };
}

/** Queues one text message inside `tx`. */
export async function enqueueSms(
  tx: Queryable,
  sms: SmsMessage & { purpose: string; contactId?: string | null },
): Promise<void> {
  const now = new Date().toISOString();
  await tx.query(
    `INSERT INTO sms_outbox (contact_id, purpose, recipient, body, created_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $5)`,
    [sms.contactId ?? null, sms.purpose, sms.to, sms.body, now],
  );
}

interface ClaimedSms {
  seq: unknown;
  recipient: string;
  body: string;
  attempts: number;
  created_at: unknown;
}

const LEASE_MS = 120_000;

/** Why a send failed, and whether trying again may help. */
class SendError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** Sends queued text messages; one per instance, any number of instances. */
export class SmsSender extends OutboxSender {
  constructor(
    private readonly db: Database,
    private readonly config: SmsConfig,
    private readonly options: { delays?: readonly number[]; pollMs?: number; log: OutboxLog },
  ) {
    super('sms', options);
  }

  async handleDue(): Promise<number> {
    const rows = await claimDue<ClaimedSms>(
      this.db,
      'sms_outbox',
      'seq, recipient, body, attempts, created_at',
      { limit: 10, leaseMs: LEASE_MS },
    );
    for (const row of rows) await this.send(row);
    return rows.length;
  }

  /** One API call; resolves to the provider's message id. */
  private async post(row: ClaimedSms): Promise<string> {
    const { accountSid, authToken, from, apiUrl } = this.config;
    const form = new URLSearchParams({ To: row.recipient, Body: row.body });
    form.set(from.startsWith('MG') ? 'MessagingServiceSid' : 'From', from);
    let response: Response;
    try {
      response = await fetch(`${apiUrl}/2010-04-01/Accounts/${accountSid}/Messages.json`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new SendError(error instanceof Error ? error.message : String(error), null, false);
    }
    const text = await response.text().catch(() => '');
    if (response.ok) {
      const sid = (() => {
        try {
          return (JSON.parse(text) as { sid?: unknown }).sid;
        } catch {
          return undefined;
        }
      })();
      return typeof sid === 'string' ? sid.slice(0, 64) : '';
    }
    let detail = '';
    try {
      const body = JSON.parse(text) as { code?: unknown; message?: unknown };
      detail = [body.code, body.message].filter((part) => part !== undefined).join(' ');
    } catch {
      detail = text.slice(0, 200);
    }
    const retry = response.status >= 500 || response.status === 429 || response.status === 408;
    throw new SendError(`answered ${response.status} ${detail}`.trim(), response.status, !retry);
  }

  private async send(row: ClaimedSms) {
    const attempt = new Date();
    const attempts = row.attempts + 1;
    try {
      const providerId = await this.post(row);
      await this.db.query(
        `UPDATE sms_outbox SET status = 'sent', attempts = $2, lease_until = NULL,
           last_attempt_at = $3, last_error = NULL, sent_at = $3, recipient = $4, body = '',
           provider_id = $5
         WHERE seq = $1`,
        [row.seq, attempts, attempt.toISOString(), maskContact('phone', row.recipient), providerId],
      );
    } catch (error) {
      const failure =
        error instanceof SendError ? error : new SendError(String(error), null, false);
      const { giveUp } = await recordFailure(this.db, 'sms_outbox', row, {
        at: attempt,
        // Provider errors can quote the number back.
        error: failure.message.replace(/\+?\d[\d ()-]{6,}\d/g, '[phone]'),
        permanent: failure.permanent,
        delays: this.options.delays,
      });
      this.options.log.warn(
        { sms: Number(row.seq), attempts, status: failure.status, giveUp },
        giveUp ? 'text message could not be sent' : 'text message not sent yet; will retry',
      );
    }
  }
}
