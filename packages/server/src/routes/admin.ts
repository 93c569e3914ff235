/**
 * Admin routes for marketing teams, thin over the services in admin/. Every route needs a named
 * admin token (`read` views and exports; `manage` also imports, mints links and erases), and
 * every request to them is written to the audit log once answered.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireRole, type AdminRole } from '../admin/access.js';
import { contactProof, listContacts, type ContactFilter } from '../admin/contacts.js';
import { ledgerLines, optinCsv } from '../admin/exports.js';
import { importCsv, suppress } from '../admin/import.js';
import { readStats, statsHooks } from '../admin/stats.js';
import { normalizeContact } from '../contacts.js';
import { publicOrigin, type AppContext } from '../context.js';
import { spool } from '../spool.js';
import { HttpError } from '../errors.js';
import * as schemas from '../schemas/admin.js';
import type { Channel, ContactKind } from '../store/index.js';
import { signToken } from '../tokens.js';

const contactOf = (body: {
  email?: string;
  phone?: string;
}): { kind: ContactKind; value: string } =>
  body.email !== undefined
    ? { kind: 'email', value: normalizeContact('email', body.email) }
    : { kind: 'phone', value: normalizeContact('phone', body.phone ?? '') };

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(date) - days * DAY).toISOString().slice(0, 10);

/** Notes what a request did, for the audit log (see the onResponse hook below). */
function audit(
  request: FastifyRequest,
  action: string,
  target?: string | null,
  detail?: Record<string, unknown>,
) {
  request.audit = { action, target, detail };
}

export function registerAdminRoutes(app: FastifyInstance, ctx: AppContext) {
  const guard = (role: AdminRole) => ({ onRequest: requireRole(ctx.admins, role) });
  const read = guard('read');
  const manage = guard('manage');
  const noStore = { 'cache-control': 'no-store' };

  // The dashboard's summary follows every append, in the append's own transaction.
  const removeStatsHooks = ctx.store.addHooks(statsHooks());
  app.addHook('onClose', async () => {
    removeStatsHooks();
  });

  // Every admin request that got past the token check is audited once answered, refusals too.
  app.addHook('onResponse', async (request, reply) => {
    if (!request.admin) return;
    const note = request.audit ?? {
      action: `${request.method} ${request.routeOptions.url ?? 'unknown'}`,
    };
    await ctx.audit.write(request.admin, note, reply.statusCode).catch((error: unknown) => {
      request.log.error({ err: error }, 'the audit log could not be written');
    });
  });

  /** Streams a generator's text as the answer: memory stays flat, a slow reader slows the reads. */
  const stream = (reply: FastifyReply, type: string, source: AsyncGenerator<string>) =>
    reply
      .headers(noStore)
      .type(type)
      .send(Readable.from(source, { objectMode: false }));

  app.get('/v1/admin/session', read, async (request, reply) => {
    audit(request, 'sign-in');
    reply.headers(noStore);
    return { name: request.admin!.name, role: request.admin!.role };
  });

  app.post('/v1/admin/session/end', read, async (request, reply) => {
    audit(request, 'sign-out');
    return reply.code(204).headers(noStore).send();
  });

  app.get('/v1/stats', { ...read, schema: schemas.getStats }, async (request, reply) => {
    const query = request.query as { from?: string; to?: string };
    const to = query.to ?? today();
    const from = query.from ?? daysBefore(to, 89);
    if (from > to) throw new HttpError(400, 'querystring.from: is after to');
    if (Date.parse(to) - Date.parse(from) > 3660 * DAY) {
      throw new HttpError(400, 'querystring.from: the period is longer than ten years');
    }
    audit(request, 'stats.view', null, { from, to });
    reply.headers(noStore);
    return readStats(ctx.store.database, from, to);
  });

  app.get('/v1/contacts', { ...read, schema: schemas.listContacts }, async (request, reply) => {
    const query = request.query as Omit<ContactFilter, 'limit'> & { limit?: string };
    const limit = Math.min(Math.max(Number(query.limit ?? 50), 1), 500);
    // A searched address is personal data: the audit notes that a search happened, not what.
    audit(request, 'contacts.list', null, {
      search: Boolean(query.q),
      channel: query.channel,
      topic: query.topic,
      status: query.status,
      from: query.from,
      to: query.to,
    });
    reply.headers(noStore);
    return listContacts(ctx.store.database, { ...query, limit });
  });

  app.get(
    '/v1/contacts/:id',
    { ...read, schema: schemas.contactHistory },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      audit(request, 'contact.view', id);
      const proof = await contactProof(ctx.store.database, id);
      if (!proof) throw new HttpError(404, 'No such contact.');
      reply.headers(noStore);
      return proof;
    },
  );

  app.get('/v1/ledger', { ...read, schema: schemas.getLedger }, async (request, reply) => {
    const query = request.query as { after?: string; limit?: string };
    const after = Number(query.after ?? 0);
    const limit = query.limit !== undefined ? Number(query.limit) : Number.POSITIVE_INFINITY;
    audit(request, 'export.ledger', null, { after, limit: query.limit ?? null });
    reply.header('content-disposition', 'attachment; filename="ledger.ndjson"');
    return stream(reply, 'application/x-ndjson', ledgerLines(ctx.store.database, after, limit));
  });

  app.get('/v1/optins', { ...read, schema: schemas.getOptins }, async (request, reply) => {
    const { channel, topic } = request.query as { channel: Channel; topic?: string };
    reply.headers(noStore);
    if (/text\/csv/.test(request.headers.accept ?? '')) {
      audit(request, 'export.optins', `${channel}${topic ? `/${topic}` : ''}`, { format: 'csv' });
      const name = `optins-${channel}${topic ? `-${topic}` : ''}.csv`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      return stream(
        reply,
        'text/csv; charset=utf-8',
        optinCsv(ctx.store.database, channel, topic, ctx.requireVerified),
      );
    }
    audit(request, 'export.optins', `${channel}${topic ? `/${topic}` : ''}`, { format: 'json' });
    const rows = await ctx.store.optins(channel, topic, ctx.requireVerified);
    return { channel, topic: topic ?? null, count: rows.length, optins: rows };
  });

  app.get('/v1/audit', { ...read, schema: schemas.getAudit }, async (request, reply) => {
    const query = request.query as { limit?: string; before?: string };
    const limit = Math.min(Math.max(Number(query.limit ?? 50), 1), 500);
    audit(request, 'audit.view');
    reply.headers(noStore);
    return ctx.audit.list(limit, query.before !== undefined ? Number(query.before) : undefined);
  });

  // The CSV reaches the handler as a stream: the import reads it as it arrives.
  app.addContentTypeParser(['text/csv', 'application/csv'], (_request, payload, done) =>
    done(null, payload),
  );
  app.post('/v1/import', { ...manage, schema: schemas.postImport }, async (request, reply) => {
    const { dryRun } = request.query as { dryRun?: string };
    if (!/^(text|application)\/csv\b/i.test(request.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'Unsupported Content-Type: send text/csv.');
    }
    // Received in full first, so processing time never counts against the request timeout.
    const body = await spool(request.body as Readable, ctx.importLimit);
    let report: Awaited<ReturnType<typeof importCsv>>;
    try {
      report = await importCsv(ctx.store, ctx.secret, body.open(), {
        dryRun: dryRun === 'true' || dryRun === '1',
        maxBytes: ctx.importLimit,
      });
    } finally {
      await body.remove();
    }
    audit(request, report.dryRun ? 'import.preview' : 'import', null, {
      rows: report.rows,
      imported: report.imported,
      skipped: report.skipped,
      refused: report.refused,
    });
    reply.headers(noStore);
    return report;
  });

  app.post('/v1/tokens', { ...manage, schema: schemas.postTokens }, async (request, reply) => {
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
    audit(request, 'link.create', contact.id, { scope: body.scope ?? null });
    // An unsubscribe link outlives the message it is in: it expires only when asked to.
    const ttlDays = body.ttlDays ?? ctx.tokenTtlDays;
    const expiresAt = ttlDays === undefined ? undefined : Date.now() + ttlDays * 24 * 3600 * 1000;
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
      expiresAt: expiresAt === undefined ? null : new Date(expiresAt).toISOString(),
    };
  });

  app.delete('/v1/contacts', { ...manage, schema: schemas.deleteContacts }, async (request) => {
    const { kind, value } = contactOf(request.body as { email?: string; phone?: string });
    const contact = await ctx.store.findContact(kind, value);
    audit(request, 'contact.erase', contact?.id ?? null);
    // Remembered first (as a keyed digest), so an import racing the erasure cannot undo it.
    await suppress(ctx.store, ctx.secret, kind, value);
    return { erased: await ctx.store.erase(kind, value) };
  });

  // The first admin page's routes, kept for scripts written against them.
  app.get('/v1/admin/counts', read, async (request, reply) => {
    audit(request, 'counts.view');
    reply.headers(noStore);
    return { counts: await ctx.store.counts() };
  });

  app.get(
    '/v1/admin/contacts',
    { ...read, schema: schemas.searchContacts },
    async (request, reply) => {
      const { q } = request.query as { q: string };
      audit(request, 'contacts.search', null, { search: true });
      const contacts = await ctx.store.searchContacts(q);
      const withState = await Promise.all(
        contacts.map(async (contact) => ({
          ...contact,
          channels: await ctx.store.marketingState(contact.id),
        })),
      );
      reply.headers(noStore);
      return { contacts: withState };
    },
  );

  app.get(
    '/v1/admin/contacts/:id',
    { ...read, schema: schemas.contactHistory },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      audit(request, 'contact.view', id);
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
