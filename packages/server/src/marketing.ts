/**
 * The marketing stack around the ledger: signed webhooks, transactional mail (double opt-in
 * confirmations, data-subject requests), Twilio's inbound SMS (STOP), and data-subject
 * requests. Everything it sends leaves from outboxes in the database, written in the same
 * transaction as the change they report.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';
import { parseWebhookConfig } from './webhooks/config.js';
import { WebhookDispatcher, webhookHooks } from './webhooks/outbox.js';
import { registerWebhookRoutes } from './webhooks/routes.js';

/** Settings of the marketing stack (each unset part stays off). */
export interface MarketingOptions {
  /** Where webhooks are POSTed (ASSENT_WEBHOOK_URL). */
  webhookUrl?: string;
  /** `whsec_…` signing secret (ASSENT_WEBHOOK_SECRET). */
  webhookSecret?: string;
  /** Retry delays of webhooks and mail, in seconds. @default 2, 10, 30, 120, 300, 900, 1800, 3600 */
  retryDelays?: readonly number[];
  /** How often the outboxes are polled when idle, in ms. @default 1000 */
  outboxPollMs?: number;
}

/** Throws on a wrong setting (naming it) before anything is opened. */
export function checkMarketingOptions(options: MarketingOptions): void {
  parseWebhookConfig(options.webhookUrl, options.webhookSecret);
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
  registerWebhookRoutes(app, ctx, {
    configured: Boolean(webhook),
    url: webhook ? new URL(webhook.url).origin : null,
    nudge: () => dispatcher?.nudge(),
  });

  app.addHook('onReady', async () => {
    dispatcher?.start();
  });
  app.addHook('onClose', async () => {
    for (const remove of removers) remove();
    await dispatcher?.stop();
  });
}
