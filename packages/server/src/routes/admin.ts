/** Admin routes for marketing teams; all behind `Authorization: Bearer $ASSENT_ADMIN_TOKEN`. */
import type { FastifyInstance } from 'fastify';
import { normalizeContact } from '../contacts.js';
import { publicOrigin, type AppContext } from '../context.js';
import { toCsv } from '../csv.js';
import { HttpError } from '../errors.js';
import {
  contactHistory,
  deleteContacts,
  getOptins,
  postTokens,
  searchContacts,
} from '../schemas/admin.js';
import { requireAdmin } from '../security.js';
import type { Channel, ContactKind } from '../store/index.js';
import { signToken } from '../tokens.js';

const contactOf = (body: {
  email?: string;
  phone?: string;
}): { kind: ContactKind; value: string } =>
  body.email !== undefined
    ? { kind: 'email', value: normalizeContact('email', body.email) }
    : { kind: 'phone', value: normalizeContact('phone', body.phone ?? '') };

const OPTIN_COLUMNS = [
  'email',
  'phone',
  'channel',
  'topic',
  'since',
  'revision',
  'method',
  'locale',
  'wording',
  'eventId',
  'clientAt',
  'verified',
] as const;

export function registerAdminRoutes(app: FastifyInstance, ctx: AppContext) {
  const admin = { onRequest: requireAdmin(ctx) };
  const noStore = { 'cache-control': 'no-store' };

  app.get('/v1/optins', { ...admin, schema: getOptins }, async (request, reply) => {
    const { channel, topic } = request.query as { channel: Channel; topic?: string };
    const rows = await ctx.store.optins(channel, topic, ctx.requireVerified);
    reply.headers(noStore);
    if (/text\/csv/.test(request.headers.accept ?? '')) {
      const name = `optins-${channel}${topic ? `-${topic}` : ''}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(
          toCsv(
            [...OPTIN_COLUMNS],
            rows.map((r) => [
              r.email,
              r.phone,
              r.channel,
              r.topic,
              r.since,
              r.revision,
              r.method,
              r.locale,
              r.wording,
              r.eventId,
              r.at,
              r.verified,
            ]),
          ),
        );
    }
    return { channel, topic: topic ?? null, count: rows.length, optins: rows };
  });

  app.post('/v1/tokens', { ...admin, schema: postTokens }, async (request, reply) => {
    const body = request.body as {
      contact: { email?: string; phone?: string };
      scope?: { channel?: Channel; topic?: string };
      ttlDays?: number;
    };
    const { kind, value } = contactOf(body.contact);
    if (body.scope?.topic && !body.scope.channel) {
      throw new HttpError(400, 'body.scope.channel: required when a topic is given');
    }
    const contact = await ctx.store.ensureContact(kind, value);
    const expiresAt = Date.now() + (body.ttlDays ?? ctx.tokenTtlDays) * 24 * 3600 * 1000;
    const token = signToken(ctx.secret, {
      contact: contact.id,
      purpose: 'preferences',
      channel: body.scope?.channel,
      topic: body.scope?.topic,
      expiresAt,
    });
    const base = ctx.unsubscribeUrl ?? `${publicOrigin(ctx, request)}/unsubscribe?token=`;
    reply.code(201).headers(noStore);
    return {
      token,
      url: `${base}${encodeURIComponent(token)}`,
      oneClickUrl: `${publicOrigin(ctx, request)}/v1/unsubscribe?token=${encodeURIComponent(token)}`,
      expiresAt: new Date(expiresAt).toISOString(),
    };
  });

  app.delete('/v1/contacts', { ...admin, schema: deleteContacts }, async (request) => {
    const { kind, value } = contactOf(request.body as { email?: string; phone?: string });
    return { erased: await ctx.store.erase(kind, value) };
  });

  app.get('/v1/admin/counts', admin, async (_request, reply) => {
    reply.headers(noStore);
    return { counts: await ctx.store.counts() };
  });

  app.get('/v1/admin/contacts', { ...admin, schema: searchContacts }, async (request, reply) => {
    const { q } = request.query as { q: string };
    const contacts = await ctx.store.searchContacts(q);
    const withState = await Promise.all(
      contacts.map(async (contact) => ({
        ...contact,
        channels: await ctx.store.marketingState(contact.id),
      })),
    );
    reply.headers(noStore);
    return { contacts: withState };
  });

  app.get(
    '/v1/admin/contacts/:id',
    { ...admin, schema: contactHistory },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const contact = await ctx.store.contactById(id);
      if (!contact) throw new HttpError(404, 'No such contact.');
      const [channels, history] = await Promise.all([
        ctx.store.marketingState(id),
        ctx.store.history(id),
      ]);
      reply.headers(noStore);
      return { contact, channels, history };
    },
  );
}
