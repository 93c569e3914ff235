/**
 * The marketing stack around the ledger: signed webhooks, transactional mail (double opt-in
 * confirmations, data-subject requests), Twilio's inbound SMS (STOP), and data-subject
 * requests. Everything it sends leaves from outboxes in the database, written in the same
 * transaction as the change they report.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';
import { enqueueMail, forgetMail, MailSender, parseMailConfig } from './mail/queue.js';
import { confirmationMail } from './mail/templates.js';
import type { LedgerHooks } from './store/hooks.js';
import { signToken } from './tokens.js';
import { parseWebhookConfig } from './webhooks/config.js';
import { WebhookDispatcher, webhookHooks } from './webhooks/outbox.js';
import { registerWebhookRoutes } from './webhooks/routes.js';
import { registerTwilioRoutes } from './sms/twilio.js';
import { parseSmsConfig, SmsSender } from './sms/sender.js';
import { registerRequestRoutes } from './requests/routes.js';

/** Settings of the marketing stack (each unset part stays off). */
export interface MarketingOptions {
  /** Where webhooks are POSTed (ASSENT_WEBHOOK_URL). */
  webhookUrl?: string;
  /** `whsec_…` signing secret (ASSENT_WEBHOOK_SECRET). */
  webhookSecret?: string;
  /** SMTP server for the server's own mail (ASSENT_SMTP_URL): `smtp://user:pass@host:port`. */
  smtpUrl?: string;
  /** The From of that mail (ASSENT_MAIL_FROM). */
  mailFrom?: string;
  /** Twilio's auth token: checks inbound SMS webhooks, authorises sending (ASSENT_TWILIO_AUTH_TOKEN). */
  twilioAuthToken?: string;
  /** Twilio account SID (`AC…`) for sending text messages (ASSENT_TWILIO_ACCOUNT_SID). */
  twilioAccountSid?: string;
  /** Sender of text messages: `+44…`, `MG…` or an alphanumeric id (ASSENT_SMS_FROM). */
  smsFrom?: string;
  /** Twilio's REST API origin (ASSENT_TWILIO_API_URL). @default https://api.twilio.com */
  twilioApiUrl?: string;
  /** Retry delays of webhooks and mail, in seconds. @default 2, 10, 30, 120, 300, 900, 1800, 3600 */
  retryDelays?: readonly number[];
  /** How often the outboxes are polled when idle, in ms. @default 1000 */
  outboxPollMs?: number;
}

/** Throws on a wrong setting (naming it) before anything is opened. */
export function checkMarketingOptions(options: MarketingOptions): void {
  parseWebhookConfig(options.webhookUrl, options.webhookSecret);
  parseMailConfig(options.smtpUrl, options.mailFrom);
  smsConfigOf(options);
}

const smsConfigOf = (options: MarketingOptions) =>
  parseSmsConfig({
    accountSid: options.twilioAccountSid,
    authToken: options.twilioAuthToken,
    from: options.smsFrom,
    apiUrl: options.twilioApiUrl,
  });

/** Double opt-in links work this long. */
export const CONFIRM_TTL_DAYS = 7;

/** Queues the double opt-in mail in the transaction that stored the pending opt-in. */
function confirmationHooks(ctx: AppContext, onQueued: () => void): LedgerHooks {
  return {
    async appended(tx, events) {
      let queued = 0;
      for (const change of events) {
        const email = change.event.contact?.email;
        if (!change.pendingConfirmation || !change.contactId || !email) continue;
        const origin = change.origin ?? ctx.publicUrl;
        if (!origin) continue;
        const token = signToken(ctx.secret, {
          contact: change.contactId,
          purpose: 'confirm',
          channel: 'email',
          event: change.event.id,
          expiresAt: Date.now() + CONFIRM_TTL_DAYS * 24 * 3600 * 1000,
        });
        const url = `${origin}/v1/confirm?token=${encodeURIComponent(token)}`;
        await enqueueMail(tx, {
          ...confirmationMail(email, url, change.event.locale),
          purpose: 'confirm',
          contactId: change.contactId,
        });
        queued++;
      }
      if (queued > 0) setImmediate(onQueued);
    },
    async erased(tx, contact) {
      await forgetMail(tx, contact.id);
    },
  };
}

/** Registers the marketing stack's hooks, workers and routes on `app`. */
export function registerMarketing(
  app: FastifyInstance,
  ctx: AppContext,
  options: MarketingOptions,
) {
  const webhook = parseWebhookConfig(options.webhookUrl, options.webhookSecret);
  const removers: (() => void)[] = [];
  let dispatcher: WebhookDispatcher | undefined;
  if (webhook) {
    dispatcher = new WebhookDispatcher(ctx.store.database, webhook, {
      delays: options.retryDelays,
      pollMs: options.outboxPollMs,
      log: app.log,
    });
    const started = dispatcher;
    removers.push(ctx.store.addHooks(webhookHooks(() => started.nudge())));
  }
  const mail = parseMailConfig(options.smtpUrl, options.mailFrom);
  let mailer: MailSender | undefined;
  if (mail) {
    mailer = new MailSender(ctx.store.database, mail, {
      delays: options.retryDelays,
      pollMs: options.outboxPollMs,
      log: app.log,
    });
    const started = mailer;
    removers.push(ctx.store.addHooks(confirmationHooks(ctx, () => started.nudge())));
  } else if (ctx.doubleOptIn) {
    app.log.warn(
      'double opt-in is on but ASSENT_SMTP_URL is not set: confirmation links are only logged',
    );
  }
  registerWebhookRoutes(app, ctx, {
    configured: Boolean(webhook),
    url: webhook ? new URL(webhook.url).origin : null,
    nudge: () => dispatcher?.nudge(),
  });

  const smsConfig = smsConfigOf(options);
  const texter = smsConfig
    ? new SmsSender(ctx.store.database, smsConfig, {
        delays: options.retryDelays,
        pollMs: options.outboxPollMs,
        log: app.log,
      })
    : undefined;

  registerTwilioRoutes(app, ctx, options.twilioAuthToken);
  registerRequestRoutes(
    app,
    ctx,
    { configured: Boolean(mailer), nudge: () => mailer?.nudge() },
    { configured: Boolean(texter), nudge: () => texter?.nudge() },
  );

  app.addHook('onReady', async () => {
    dispatcher?.start();
    mailer?.start();
    texter?.start();
  });
  app.addHook('onClose', async () => {
    for (const remove of removers) remove();
    await dispatcher?.stop();
    await mailer?.stop();
    await texter?.stop();
  });
}
