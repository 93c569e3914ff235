/**
 * Routes of data-subject requests:
 * - `POST /v1/requests` (public) `{ type: "access" | "erasure", contact: { email } | { phone },
 *   locale? }`: always answers 202 the same way, known address or not, and sends a verification
 *   link by mail, or by text message to a phone (with an SMS sender configured), in `locale`;
 * - `GET/POST /v1/requests/verify?token=…`: the link's page (a button) and its confirmation, in
 *   the request's recorded `locale`, else `?lang=`, else `Accept-Language`, else English;
 * - `GET /v1/requests` (admin): the queue; `POST /v1/requests/:id/fulfil` and `/decline`;
 *   `GET /v1/requests/:id/export` (admin) and `GET /v1/requests/download?token=…` (the person):
 *   the copy as JSON.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { normalizeContact } from '../contacts.js';
import { publicOrigin, type AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { escapeHtml, htmlPage, wantsHtml } from '../html.js';
import {
  pageStrings,
  pageStringsFor,
  resolvePageLanguage,
  type PageStrings,
} from '../i18n/index.js';
import { enqueueMail } from '../mail/queue.js';
import {
  accessReadyMail,
  accessReadySms,
  erasedMail,
  erasedSms,
  requestVerificationMail,
  requestVerificationSms,
} from '../mail/templates.js';
import { enqueueSms } from '../sms/sender.js';
import { oneContact } from '../schemas/common.js';
import { requireAdmin } from '../security.js';
import type { ContactKind } from '../store/index.js';
import {
  closedValue,
  createRequest,
  DOWNLOAD_TTL_DAYS,
  expireRequests,
  listRequests,
  newSecret,
  recentlyRequested,
  recordStep,
  requestByDownloadSecret,
  requestById,
  requestByVerifySecret,
  secretHash,
  type DataRequest,
  type RequestStatus,
  type RequestType,
} from './store.js';

const secretQuery = {
  querystring: {
    type: 'object',
    required: ['token'],
    properties: { token: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } },
  },
} as const;

const postRequest = {
  body: {
    type: 'object',
    required: ['type', 'contact'],
    properties: {
      type: { type: 'string', enum: ['access', 'erasure'] },
      contact: oneContact,
      locale: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$' },
    },
    additionalProperties: false,
  },
} as const;

const idParams = {
  params: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string', pattern: '^[0-9a-f-]{36}$' } },
  },
} as const;

const listQuery = {
  querystring: {
    type: 'object',
    properties: {
      status: {
        type: 'string',
        enum: ['unverified', 'verified', 'fulfilled', 'declined', 'expired'],
      },
      limit: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' },
    },
    additionalProperties: false,
  },
} as const;

const declineBody = {
  ...idParams,
  body: {
    type: 'object',
    required: ['reason'],
    properties: { reason: { type: 'string', minLength: 1, maxLength: 500 } },
    additionalProperties: false,
  },
} as const;

/**
 * The language of a request's words: the one recorded with the request (`locale`, sent by the
 * page it was made on), then `?lang=`, then `Accept-Language`, then English.
 */
function requestStrings(request: FastifyRequest, locale?: string | null): PageStrings {
  const recorded = locale ? resolvePageLanguage(locale) : undefined;
  return recorded ? pageStrings(recorded) : pageStringsFor(request);
}

/** A page with a heading and one paragraph, all in the request's language. */
function messagePage(
  reply: FastifyReply,
  status: number,
  strings: PageStrings,
  heading: string,
  text: string,
  role: 'alert' | 'status',
) {
  return htmlPage(
    reply,
    status,
    heading,
    `<h1>${escapeHtml(heading)}</h1><p role="${role}">${escapeHtml(text)}</p>`,
    strings,
  );
}

/** A sender of one channel: whether it is configured, and a way to wake it after queueing. */
export interface Sender {
  configured: boolean;
  nudge(): void;
}

/** International form, as SMS providers need it: `+` then 8 to 15 digits. */
const E164 = /^\+[1-9]\d{7,14}$/;

export function registerRequestRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  mail: Sender,
  sms: Sender = { configured: false, nudge: () => undefined },
) {
  // The queue is for read tokens to see; acting on a request (which hands out or erases a
  // person's data) needs manage. Each admin step names who took it.
  const read = { onRequest: requireAdmin(ctx, 'read') };
  const admin = { onRequest: requireAdmin(ctx) };
  const db = ctx.store.database;
  const by = (request: FastifyRequest) => request.admin?.name ?? 'admin';

  /** The copy of one person's data: their contact, current state and every ledger entry. */
  async function exportFor(request: DataRequest) {
    const contact = await ctx.store.findContact(request.contact.kind, request.contact.value);
    const [state, history] = contact
      ? await Promise.all([ctx.store.marketingState(contact.id), ctx.store.history(contact.id)])
      : [{}, []];
    return {
      generatedAt: new Date().toISOString(),
      request: { id: request.id, type: request.type, createdAt: request.createdAt },
      contact: contact ? { id: contact.id, [contact.kind]: contact.value } : null,
      state,
      history,
      note: contact ? undefined : 'No consent data is held for this address.',
    };
  }

  app.post(
    '/v1/requests',
    {
      schema: postRequest,
      bodyLimit: 4 * 1024,
      config: { rateLimit: { max: 5, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const body = request.body as {
        type: RequestType;
        contact: { email?: string; phone?: string };
        locale?: string;
      };
      const kind: ContactKind = body.contact.phone !== undefined ? 'phone' : 'email';
      if (kind === 'phone' && !sms.configured) {
        throw new HttpError(
          400,
          'body.contact.phone: this server verifies requests by email only; give your email address.',
        );
      }
      if (kind === 'email' && !mail.configured) {
        throw new HttpError(
          503,
          'Requests are off: this server has no mail sender (ASSENT_SMTP_URL).',
        );
      }
      const value = normalizeContact(kind, body.contact[kind]!);
      if (kind === 'phone' && !E164.test(value)) {
        throw new HttpError(
          400,
          'body.contact.phone: give the mobile number in international form, e.g. +447700900123.',
        );
      }
      // The same answer whoever asks: nothing here says whether the address is known.
      if (!(await recentlyRequested(db, body.type, kind, value))) {
        const origin = publicOrigin(ctx, request);
        await db.transaction(async (tx) => {
          const { request: created, secret } = await createRequest(tx, {
            type: body.type,
            kind,
            value,
            locale: body.locale,
          });
          const link = `${origin}/v1/requests/verify?token=${secret}`;
          if (kind === 'phone') {
            await enqueueSms(tx, {
              ...requestVerificationSms(value, body.type, link, created.locale),
              purpose: 'request-verify',
            });
          } else {
            await enqueueMail(tx, {
              ...requestVerificationMail(value, body.type, link, created.locale),
              purpose: 'request-verify',
            });
          }
        });
        (kind === 'phone' ? sms : mail).nudge();
      }
      const strings = requestStrings(request, body.locale);
      reply.code(202).header('cache-control', 'no-store').header('content-language', strings.lang);
      return {
        received: true,
        message: strings.t(kind === 'phone' ? 'page.request.sent.sms' : 'page.request.sent.email'),
      };
    },
  );

  app.get('/v1/requests/verify', { schema: secretQuery }, async (request, reply) => {
    const { token } = request.query as { token: string };
    await expireRequests(db);
    const found = await requestByVerifySecret(db, token);
    const strings = requestStrings(request, found?.locale);
    const title = strings.t('page.request.title');
    if (!found || found.status === 'expired') {
      const problem = found ? 'page.request.expired' : 'page.request.invalid';
      return messagePage(reply, found ? 410 : 404, strings, title, strings.t(problem), 'alert');
    }
    if (found.status !== 'unverified') {
      const heading = strings.t('page.request.confirmed.title');
      return messagePage(reply, 200, strings, heading, strings.t('page.request.already'), 'status');
    }
    // Without a recorded language, the confirmation keeps the one this page was shown in.
    const lang = found.locale && resolvePageLanguage(found.locale) ? '' : `&lang=${strings.lang}`;
    return htmlPage(
      reply,
      200,
      title,
      `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(strings.t(`page.request.ask.${found.type}`))}</p>
<form method="post" action="/v1/requests/verify?token=${escapeHtml(token)}${escapeHtml(lang)}">
<button type="submit">${escapeHtml(strings.t('page.request.button'))}</button>
</form>`,
      strings,
    );
  });

  app.post('/v1/requests/verify', { schema: secretQuery }, async (request, reply) => {
    const { token } = request.query as { token: string };
    await expireRequests(db);
    const found = await requestByVerifySecret(db, token);
    const strings = requestStrings(request, found?.locale);
    if ((!found || found.status === 'expired') && wantsHtml(request)) {
      const problem = found ? 'page.request.expired' : 'page.request.invalid';
      const title = strings.t('page.request.title');
      return messagePage(reply, found ? 410 : 404, strings, title, strings.t(problem), 'alert');
    }
    if (!found) throw new HttpError(404, 'This link is not valid.');
    if (found.status === 'expired') throw new HttpError(410, 'This link has expired.');
    const now = new Date().toISOString();
    const verified =
      found.status === 'unverified' &&
      (await recordStep(
        db,
        found.id,
        { step: 'verified', at: now },
        { status: 'verified', verified_at: now },
        'unverified',
      ));
    if (wantsHtml(request)) {
      return htmlPage(
        reply,
        200,
        strings.t('page.request.confirmed.title'),
        `<h1>${escapeHtml(strings.t('page.confirmed.title'))}</h1><p role="status">${escapeHtml(strings.t('page.request.done'))}</p>`,
        strings,
      );
    }
    return { verified: true, already: !verified };
  });

  app.get('/v1/requests/download', { schema: secretQuery }, async (request, reply) => {
    const { token } = request.query as { token: string };
    const found = await requestByDownloadSecret(db, token);
    if (!found) throw new HttpError(410, 'This download link is not valid or has expired.');
    const data = await exportFor(found);
    await recordStep(db, found.id, { step: 'downloaded', at: new Date().toISOString() });
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="my-consent-data.json"')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/v1/requests', { ...read, schema: listQuery }, async (request, reply) => {
    const query = request.query as { status?: RequestStatus; limit?: string };
    request.audit = { action: 'requests.view', detail: { status: query.status ?? null } };
    reply.header('cache-control', 'no-store');
    return { requests: await listRequests(db, query.status, Number(query.limit ?? 100)) };
  });

  app.get('/v1/requests/:id/export', { ...admin, schema: idParams }, async (request, reply) => {
    const found = await requestById(db, (request.params as { id: string }).id);
    request.audit = { action: 'request.export', target: (request.params as { id: string }).id };
    if (!found) throw new HttpError(404, 'No such request.');
    if (found.type !== 'access' || (found.status !== 'verified' && found.status !== 'fulfilled')) {
      throw new HttpError(409, 'Only a verified access request has a copy to export.');
    }
    const data = await exportFor(found);
    await recordStep(db, found.id, {
      step: 'exported',
      at: new Date().toISOString(),
      by: by(request),
    });
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="request-${found.id}.json"`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  app.post('/v1/requests/:id/fulfil', { ...admin, schema: idParams }, async (request) => {
    const found = await requestById(db, (request.params as { id: string }).id);
    request.audit = {
      action: 'request.fulfil',
      target: (request.params as { id: string }).id,
      detail: found ? { type: found.type } : undefined,
    };
    if (!found) throw new HttpError(404, 'No such request.');
    if (found.status !== 'verified') {
      throw new HttpError(
        409,
        `This request is ${found.status}; only a verified one can be fulfilled.`,
      );
    }
    const now = new Date().toISOString();
    const to = found.contact.value;
    if (found.type === 'access') {
      const secret = newSecret();
      const url = `${publicOrigin(ctx, request)}/v1/requests/download?token=${secret}`;
      await db.transaction(async (tx) => {
        await recordStep(
          tx,
          found.id,
          { step: 'fulfilled', at: now, by: by(request), note: 'download link sent' },
          {
            status: 'fulfilled',
            fulfilled_at: now,
            download_hash: secretHash(secret),
            download_expires_at: new Date(
              Date.now() + DOWNLOAD_TTL_DAYS * 86_400_000,
            ).toISOString(),
          },
        );
        if (found.contact.kind === 'phone') {
          await enqueueSms(tx, {
            ...accessReadySms(to, url, found.locale),
            purpose: 'request-access',
          });
        } else {
          await enqueueMail(tx, {
            ...accessReadyMail(to, url, found.locale),
            purpose: 'request-access',
          });
        }
      });
    } else {
      // The existing erasure: identifying data goes, the ledger's chain keeps verifying.
      const erased = await ctx.store.erase(found.contact.kind, to);
      await db.transaction(async (tx) => {
        await recordStep(
          tx,
          found.id,
          {
            step: 'fulfilled',
            at: now,
            by: by(request),
            note: erased ? 'contact erased' : 'no data was held',
          },
          { status: 'fulfilled', fulfilled_at: now, contact_value: closedValue(found) },
        );
        if (found.contact.kind === 'phone') {
          await enqueueSms(tx, { ...erasedSms(to, found.locale), purpose: 'request-erasure' });
        } else {
          await enqueueMail(tx, { ...erasedMail(to, found.locale), purpose: 'request-erasure' });
        }
      });
    }
    (found.contact.kind === 'phone' ? sms : mail).nudge();
    return { fulfilled: true, request: await requestById(db, found.id) };
  });

  app.post('/v1/requests/:id/decline', { ...admin, schema: declineBody }, async (request) => {
    const found = await requestById(db, (request.params as { id: string }).id);
    request.audit = {
      action: 'request.decline',
      target: (request.params as { id: string }).id,
      detail: found ? { type: found.type } : undefined,
    };
    if (!found) throw new HttpError(404, 'No such request.');
    if (found.status !== 'verified') {
      throw new HttpError(
        409,
        `This request is ${found.status}; only a verified one can be declined.`,
      );
    }
    const now = new Date().toISOString();
    await recordStep(
      db,
      found.id,
      {
        step: 'declined',
        at: now,
        by: by(request),
        note: (request.body as { reason: string }).reason,
      },
      { status: 'declined', fulfilled_at: now, contact_value: closedValue(found) },
    );
    return { declined: true, request: await requestById(db, found.id) };
  });
}
