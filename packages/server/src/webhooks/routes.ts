/** Admin view of webhook deliveries: what was sent, what is waiting, what failed and why. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { requireAdmin } from '../security.js';
import { listDeliveries, retryDelivery } from './outbox.js';

const getDeliveries = {
  querystring: {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
      limit: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' },
      before: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' },
    },
    additionalProperties: false,
  },
} as const;

const retryParams = {
  params: {
    type: 'object',
    required: ['seq'],
    properties: { seq: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } },
    additionalProperties: false,
  },
} as const;

export function registerWebhookRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  status: { configured: boolean; url: string | null; nudge(): void },
) {
  // Looking needs a read token; sending again changes the queue, so it needs manage.
  const read = { onRequest: requireAdmin(ctx, 'read') };
  const admin = { onRequest: requireAdmin(ctx) };

  app.get('/v1/webhooks/deliveries', { ...read, schema: getDeliveries }, async (request, reply) => {
    const query = request.query as { status?: string; limit?: string; before?: string };
    request.audit = { action: 'webhooks.view', detail: { status: query.status ?? null } };
    const limit = Math.min(Number(query.limit ?? 50), 200);
    const result = await listDeliveries(ctx.store.database, {
      status: query.status,
      limit,
      before: query.before ? Number(query.before) : undefined,
    });
    reply.header('cache-control', 'no-store');
    return { configured: status.configured, url: status.url, ...result };
  });

  app.post(
    '/v1/webhooks/deliveries/:seq/retry',
    { ...admin, schema: retryParams },
    async (request) => {
      const seq = Number((request.params as { seq: string }).seq);
      request.audit = { action: 'webhook.retry', target: String(seq) };
      if (!(await retryDelivery(ctx.store.database, seq))) {
        throw new HttpError(409, 'Only a failed delivery can be retried.');
      }
      status.nudge();
      return { retried: seq };
    },
  );
}
