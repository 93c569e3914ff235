/**
 * Token-authorised routes for one contact: the preferences that `<assent-unsubscribe>` reads
 * and writes, RFC 8058 one-click unsubscribe, and double opt-in confirmation. GETs on links
 * only ever show a page: mail scanners follow links, and a GET must change nothing.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maskContact } from '../contacts.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { escapeHtml, htmlPage, wantsHtml } from '../html.js';
import { pageStringsFor, type PageMessageKey, type PageStrings } from '../i18n/index.js';
import { getPreferences, postPreferences, postUnsubscribe, tokenPage } from '../schemas/public.js';
import {
  CHANNELS,
  type Channel,
  type ConsentEvent,
  type Contact,
  type MarketingStatus,
} from '../store/index.js';
import { assertScope, verifyToken, type TokenClaims, type TokenPurpose } from '../tokens.js';

/** The channels an address can be reached on: its own, and post (an objection). */
const reachableChannels = (contact: Contact): Channel[] =>
  contact.kind === 'email' ? ['email', 'post'] : ['sms', 'post'];

async function authorise(ctx: AppContext, token: unknown, purpose: TokenPurpose) {
  const claims = verifyToken(ctx.secret, token, purpose);
  const contact = await ctx.store.contactById(claims.contact);
  // Erased (or never known): the same answer whatever the reason.
  if (!contact) throw new HttpError(410, 'This link is no longer valid.');
  return { claims, contact };
}

function serverEvent(
  contact: Contact,
  kind: ConsentEvent['kind'],
  method: string,
  choices: Record<string, unknown>,
  extra: Partial<ConsentEvent> = {},
): ConsentEvent {
  return {
    id: randomUUID(),
    // Server-made events have no browser subject: they are filed under the contact's random id.
    subject: `contact:${contact.id}`,
    at: new Date().toISOString(),
    kind,
    method,
    choices,
    contact: contact.kind === 'email' ? { email: contact.value } : { phone: contact.value },
    ...extra,
  };
}

async function preferencesView(ctx: AppContext, claims: TokenClaims, contact: Contact) {
  const state = await ctx.store.marketingState(contact.id);
  const channels = {} as Record<
    Channel,
    {
      status: MarketingStatus | null;
      since: string | null;
      topics: { id: string; status: MarketingStatus }[];
    }
  >;
  for (const channel of CHANNELS) {
    const current = state[channel];
    channels[channel] = current
      ? {
          status: current.status,
          since: current.since,
          topics: current.topics.map(({ id, status }) => ({ id, status })),
        }
      : { status: null, since: null, topics: [] };
  }
  return {
    contact: { [contact.kind]: maskContact(contact.kind, contact.value) },
    channels,
    writable: reachableChannels(contact).filter((c) => !claims.channel || c === claims.channel),
    scope: { channel: claims.channel ?? null, topic: claims.topic ?? null },
    expiresAt: claims.expiresAt === undefined ? null : new Date(claims.expiresAt).toISOString(),
  };
}

/** What a link covers, as one whole sentence per channel (or topic) in the page's language. */
function scopeSentence(
  strings: PageStrings,
  claims: TokenClaims,
  contact: Contact,
  sentences: {
    email: PageMessageKey;
    sms: PageMessageKey;
    post: PageMessageKey;
    topic: PageMessageKey;
  },
) {
  const channel = claims.channel ?? (contact.kind === 'email' ? 'email' : 'sms');
  const address = maskContact(contact.kind, contact.value);
  return claims.topic
    ? strings.t(sentences.topic, { contact: address, topic: claims.topic })
    : strings.t(sentences[channel], { contact: address });
}

/** The page's explanation of a link that does not work, by the kind of refusal. */
function linkProblem(strings: PageStrings, status: number): string {
  const reason =
    status === 410
      ? strings.t('error.expired')
      : status === 403
        ? strings.t('error.wrongPage')
        : strings.t('error.invalid');
  return `${escapeHtml(reason)} ${escapeHtml(strings.t('error.requestLink'))}`;
}

/** Shows a token's page, or a page explaining why the link does not work. */
async function tokenPageOr(
  request: FastifyRequest,
  reply: FastifyReply,
  titleKey: PageMessageKey,
  render: (strings: PageStrings) => Promise<string>,
): Promise<FastifyReply> {
  const strings = pageStringsFor(request);
  const title = strings.t(titleKey);
  try {
    return htmlPage(reply, 200, title, await render(strings), strings);
  } catch (error) {
    if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
    return htmlPage(
      reply,
      error.statusCode,
      title,
      `<h1>${escapeHtml(title)}</h1><p role="alert">${linkProblem(strings, error.statusCode)}</p>`,
      strings,
    );
  }
}

export function registerPreferenceRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/v1/preferences', { schema: getPreferences }, async (request, reply) => {
    const { claims, contact } = await authorise(
      ctx,
      (request.query as { token: string }).token,
      'preferences',
    );
    reply.header('cache-control', 'no-store');
    return preferencesView(ctx, claims, contact);
  });

  app.post('/v1/preferences', { schema: postPreferences }, async (request, reply) => {
    const body = request.body as {
      token?: string;
      changes: { channel: Channel; topics?: string[]; status: 'granted' | 'denied' }[];
      wording?: string;
      locale?: string;
    };
    const token = body.token ?? (request.query as { token?: string }).token;
    const { claims, contact } = await authorise(ctx, token, 'preferences');
    const current = await ctx.store.marketingState(contact.id);
    const extra = {
      wording: body.wording ?? 'Changed on the preferences page opened from a signed link.',
      ...(body.locale ? { locale: body.locale } : {}),
    };
    const events = body.changes.map(({ channel, topics, status }) => {
      if (!reachableChannels(contact).includes(channel)) {
        throw new HttpError(403, `This link cannot change the ${channel} channel.`);
      }
      assertScope(claims, channel, topics);
      if (status === 'denied') {
        return serverEvent(
          contact,
          'unsubscribe',
          'preferences',
          { channel, status, ...(topics ? { topics } : {}) },
          extra,
        );
      }
      // A marketing event's topics replace the channel's: add to what is granted already.
      const granted = (current[channel]?.topics ?? [])
        .filter((t) => t.status === 'granted')
        .map((t) => t.id);
      const merged = topics ? [...new Set([...granted, ...topics])] : undefined;
      return serverEvent(
        contact,
        'marketing',
        'preferences',
        { channel, status, ...(merged ? { topics: merged } : {}) },
        extra,
      );
    });
    // The link proved the address: no second confirmation.
    await ctx.store.ingest(events, { doubleOptIn: false, trusted: true });
    reply.header('cache-control', 'no-store');
    return preferencesView(ctx, claims, contact);
  });

  app.get('/v1/unsubscribe', { schema: tokenPage }, (request, reply) =>
    unsubscribePage(ctx, request, reply),
  );

  // RFC 8058: the mail provider POSTs `List-Unsubscribe=One-Click` with no cookies. Any body is
  // accepted and none is needed; repeating it records another harmless, idempotent denial.
  app.post('/v1/unsubscribe', { schema: postUnsubscribe }, async (request, reply) => {
    const { claims, contact } = await authorise(
      ctx,
      (request.query as { token: string }).token,
      'preferences',
    );
    const channel = claims.channel ?? (contact.kind === 'email' ? 'email' : 'sms');
    await ctx.store.ingest(
      [
        serverEvent(
          contact,
          'unsubscribe',
          'unsubscribe',
          { channel, status: 'denied', ...(claims.topic ? { topics: [claims.topic] } : {}) },
          { wording: 'Unsubscribed with a signed unsubscribe link.' },
        ),
      ],
      { doubleOptIn: false, trusted: true },
    );
    if (wantsHtml(request)) {
      const strings = pageStringsFor(request);
      const title = strings.t('page.unsubscribed.title');
      const sentence = scopeSentence(strings, claims, contact, {
        email: 'page.unsubscribed.email',
        sms: 'page.unsubscribed.sms',
        post: 'page.unsubscribed.post',
        topic: 'page.unsubscribed.topic',
      });
      return htmlPage(
        reply,
        200,
        title,
        `<h1>${escapeHtml(title)}</h1><p role="status">${escapeHtml(sentence)}</p>`,
        strings,
      );
    }
    return { unsubscribed: true, channel, topic: claims.topic ?? null };
  });

  app.get('/v1/confirm', { schema: tokenPage }, (request, reply) =>
    tokenPageOr(request, reply, 'page.confirm.title', async (strings) => {
      const token = (request.query as { token?: string }).token;
      const { contact } = await authorise(ctx, token, 'confirm');
      return `<h1>${escapeHtml(strings.t('page.confirm.title'))}</h1>
<p>${escapeHtml(strings.t('page.confirm.text', { contact: maskContact(contact.kind, contact.value) }))}</p>
<form method="post" action="/v1/confirm?token=${escapeHtml(encodeURIComponent(token ?? ''))}&amp;lang=${escapeHtml(strings.lang)}">
<button type="submit">${escapeHtml(strings.t('page.confirm.button'))}</button>
</form>`;
    }),
  );

  app.post('/v1/confirm', { schema: postUnsubscribe }, async (request, reply) => {
    const { claims, contact } = await authorise(
      ctx,
      (request.query as { token: string }).token,
      'confirm',
    );
    const email = (await ctx.store.marketingState(contact.id)).email;
    // Only a still-pending opt-in is confirmed: a late click must not undo an unsubscribe.
    let confirmed = false;
    if (email?.status === 'pending') {
      const original = (await ctx.store.history(contact.id)).find(
        (entry) => entry.id === claims.event,
      );
      // Only what the confirmed event asked for: topics someone else added to the address
      // meanwhile wait for their own confirmation.
      const asked = original?.topics ?? [];
      const topics = email.topics
        .filter((t) => t.status === 'granted' || (t.status === 'pending' && asked.includes(t.id)))
        .map((t) => t.id);
      await ctx.store.ingest(
        [
          serverEvent(
            contact,
            'marketing',
            'optin',
            { channel: 'email', status: 'granted', ...(topics.length ? { topics } : {}) },
            {
              confirms: claims.event ?? null,
              // The subject that asked is now verified for this address.
              ...(original && !original.subject.startsWith('contact:')
                ? { verifiesSubject: original.subject }
                : {}),
              wording: original?.wording ?? undefined,
              revision: original?.revision ?? undefined,
              locale: original?.locale ?? undefined,
            },
          ),
        ],
        { doubleOptIn: false, trusted: true },
      );
      confirmed = true;
    }
    const status = confirmed ? 'granted' : (email?.status ?? null);
    if (wantsHtml(request)) {
      const strings = pageStringsFor(request);
      const [title, text] = confirmed
        ? [strings.t('page.confirmed.title'), strings.t('page.confirmed.text')]
        : [strings.t('page.nothing.title'), strings.t('page.nothing.text')];
      return htmlPage(
        reply,
        200,
        title,
        `<h1>${escapeHtml(title)}</h1><p role="status">${escapeHtml(text)}</p>`,
        strings,
      );
    }
    return { confirmed, status };
  });
}

/**
 * The confirmation page behind an unsubscribe link (also at `/unsubscribe` when no static
 * unsubscribe.html is served): a button that POSTs, never an unsubscribe on GET.
 */
export function unsubscribePage(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  return tokenPageOr(request, reply, 'page.unsubscribe.title', async (strings) => {
    const token = (request.query as { token?: string }).token;
    const { claims, contact } = await authorise(ctx, token, 'preferences');
    const question = scopeSentence(strings, claims, contact, {
      email: 'page.unsubscribe.ask.email',
      sms: 'page.unsubscribe.ask.sms',
      post: 'page.unsubscribe.ask.post',
      topic: 'page.unsubscribe.askTopic',
    });
    return `<h1>${escapeHtml(strings.t('page.unsubscribe.title'))}</h1>
<p>${escapeHtml(question)}</p>
<form method="post" action="/v1/unsubscribe?token=${escapeHtml(encodeURIComponent(token ?? ''))}&amp;lang=${escapeHtml(strings.lang)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(strings.t('page.unsubscribe.button'))}</button>
</form>`;
  });
}
