import type { FastifyInstance } from 'fastify';
import { normalizeEmail, normalizePhone } from '../contacts.js';
import { publicOrigin, type AppContext } from '../context.js';
import { HttpError, RETRY_AFTER_SECONDS } from '../errors.js';
import { postConsents } from '../schemas/consents.js';
import { getSubject } from '../schemas/public.js';
import type { Channel, ConsentEvent } from '../store/index.js';
import { signToken } from '../tokens.js';

const CONFIRM_TTL_MS = 7 * 24 * 3600 * 1000;

/** Checks what a schema cannot say (which contact a channel needs) and normalises contacts. */
function prepare(event: ConsentEvent, index: number): ConsentEvent {
  const where = `events[${index}]`;
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
  return contact ? { ...event, contact } : event;
}

export function registerConsentRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/v1/consents', { schema: postConsents }, async (request) => {
    const { events } = request.body as { events: ConsentEvent[] };
    // Every event is checked before anything is stored: one bad event refuses the batch.
    const prepared = events.map(prepare);
    const result = await ctx.store.ingest(prepared, {
      doubleOptIn: ctx.doubleOptIn,
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
    const state = await ctx.store.subjectState(subject);
    reply.header('cache-control', 'no-store');
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
