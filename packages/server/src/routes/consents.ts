import type { FastifyInstance } from 'fastify';
import { normalizeEmail, normalizePhone } from '../contacts.js';
import { publicOrigin, type AppContext } from '../context.js';
import { HttpError, RETRY_AFTER_SECONDS } from '../errors.js';
import { postConsents } from '../schemas/consents.js';
import { getSubject } from '../schemas/public.js';
import type { Channel, ConsentEvent } from '../store/index.js';
import { assertSubjectToken, isBrowserSubject, isServerSubject } from '../identity.js';
import { isAdmin } from '../security.js';
import { signToken } from '../tokens.js';

const CONFIRM_TTL_MS = 7 * 24 * 3600 * 1000;

/** Text PostgreSQL cannot store: NUL, and UTF-16 halves without their other half. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (key or value) in `value` that PostgreSQL cannot store. */
function unstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableText(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return `${path} (a key)`;
      const found = unstorableText(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Checks what a schema cannot say (which contact a channel needs, who may write a subject,
 * text the database cannot store) and normalises contacts. Drops `subjectToken`: a
 * credential is checked, never stored.
 */
function prepare(
  ctx: AppContext,
  trusted: boolean,
  event: ConsentEvent & { subjectToken?: string },
  index: number,
): ConsentEvent {
  const where = `events[${index}]`;
  const badText = unstorableText(event, where);
  if (badText) {
    throw new HttpError(400, `${badText}: holds a NUL byte or other text that cannot be stored`);
  }
  const { subjectToken, ...rest } = event;
  if (isServerSubject(event.subject)) {
    throw new HttpError(403, `${where}.subject: contact: ids are the server's own`);
  }
  if (!trusted && !isBrowserSubject(event.subject)) {
    assertSubjectToken(ctx.identitySecret, event.subject, subjectToken, `${where}.subjectToken`);
  }
  const contact = event.contact
    ? {
        email: event.contact.email ? normalizeEmail(event.contact.email) : undefined,
        phone: event.contact.phone ? normalizePhone(event.contact.phone) : undefined,
      }
    : undefined;
  if (event.kind === 'marketing') {
    const channel = event.choices.channel as Channel;
    if (channel === 'email' && !contact?.email) {
      throw new HttpError(400, `${where}.contact.email: required for the email channel`);
    }
    if (channel === 'sms' && !contact?.phone) {
      throw new HttpError(400, `${where}.contact.phone: required for the sms channel`);
    }
    if (channel === 'post' && !contact) {
      throw new HttpError(
        400,
        `${where}.contact: an email or phone is required for the post channel`,
      );
    }
  }
  return contact ? { ...rest, contact } : rest;
}

export function registerConsentRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/v1/consents', { schema: postConsents }, async (request) => {
    const { events } = request.body as { events: ConsentEvent[] };
    // The site's backend may vouch for its events with the admin token: its opt-ins are
    // verified and it may write any subject. A browser only ever writes its own.
    const trusted = request.headers.authorization !== undefined && isAdmin(ctx, request);
    // Every event is checked before anything is stored: one bad event refuses the batch.
    const prepared = events.map((event, index) => prepare(ctx, trusted, event, index));
    const result = await ctx.store.ingest(prepared, {
      doubleOptIn: ctx.doubleOptIn,
      trusted,
      origin: publicOrigin(ctx, request),
    });
    for (const { eventId, contactId } of result.pending) {
      const token = signToken(ctx.secret, {
        contact: contactId,
        purpose: 'confirm',
        channel: 'email',
        event: eventId,
        expiresAt: Date.now() + CONFIRM_TTL_MS,
      });
      ctx.onConfirmationLink({
        url: `${publicOrigin(ctx, request)}/v1/confirm?token=${encodeURIComponent(token)}`,
        eventId,
        contactId,
      });
    }
    return {
      accepted: result.accepted,
      duplicates: result.duplicates,
      ...(result.pending.length > 0 ? { pending: result.pending.map((p) => p.eventId) } : {}),
    };
  });

  app.get('/v1/subjects/:subject', { schema: getSubject }, async (request, reply) => {
    const { subject } = request.params as { subject: string };
    reply.header('cache-control', 'no-store');
    // A contact's state is read only through its signed link, never by its id.
    if (isServerSubject(subject)) {
      throw new HttpError(404, 'No decision is recorded for this subject.');
    }
    if (!isBrowserSubject(subject)) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!bearer) reply.header('www-authenticate', 'Bearer realm="assent-subject"');
      assertSubjectToken(ctx.identitySecret, subject, bearer, 'Authorization');
    }
    const state = await ctx.store.subjectState(subject);
    if (!state) throw new HttpError(404, 'No decision is recorded for this subject.');
    return state;
  });

  app.get('/v1/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await ctx.store.ping();
    } catch {
      // Load balancers take an instance out on 503; it keeps running and reconnects.
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ ok: false, store: ctx.store.kind, error: 'The database is unavailable.' });
    }
    return { ok: true, store: ctx.store.kind };
  });
}
