/**
 * Twilio's inbound-message webhook: `POST /v1/inbound/sms/twilio`. The request is checked by
 * its `X-Twilio-Signature` (base64 HMAC-SHA1, under ASSENT_TWILIO_AUTH_TOKEN, of the full URL
 * Twilio called followed by every POST parameter's name and value, sorted by name) before
 * anything is read from it. A STOP word sets the sender's `sms` channel to denied (method
 * `sms-stop`); every answer is empty TwiML, so Twilio sends no reply of its own from here.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { normalizePhone } from '../contacts.js';
import { publicOrigin, type AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { ConsentEvent } from '../store/index.js';

/** The opt-out keywords carriers and Twilio recognise. */
export const STOP_WORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'] as const;

/** True when a message is one STOP word (any case, spaces around it allowed). */
export function isStopMessage(body: string): boolean {
  return (STOP_WORDS as readonly string[]).includes(body.trim().toUpperCase());
}

/** Twilio's signature of a form POST to `url`. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>) {
  const data = Object.keys(params)
    .sort()
    .reduce((text, key) => text + key + params[key], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** A UUID made from Twilio's message id, so a retried webhook is stored once. */
function eventIdFor(messageSid: string): string {
  const hex = createHash('sha256').update(`twilio-sms:${messageSid}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const inbound = {
  body: {
    type: 'object',
    required: ['From', 'Body'],
    properties: {
      From: { type: 'string', pattern: '^\\+?[0-9][0-9 ().-]{5,23}$' },
      Body: { type: 'string', maxLength: 1600 },
      MessageSid: { type: 'string', pattern: '^[A-Za-z0-9]{10,64}$' },
    },
  },
} as const;

function twiml(reply: FastifyReply) {
  return reply.code(200).type('text/xml; charset=utf-8').send(EMPTY_TWIML);
}

export function registerTwilioRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  authToken: string | undefined,
) {
  const checkSignature = async (request: FastifyRequest) => {
    if (!authToken) {
      throw new HttpError(503, 'Inbound SMS is off: set ASSENT_TWILIO_AUTH_TOKEN.');
    }
    const given = request.headers['x-twilio-signature'];
    if (typeof given !== 'string' || given.length === 0) {
      throw new HttpError(403, 'The X-Twilio-Signature header is missing.');
    }
    const params = (request.body ?? {}) as Record<string, string>;
    // Behind a proxy Twilio signs the public URL it called, not the address we see.
    const url = `${publicOrigin(ctx, request)}${request.url}`;
    const expected = twilioSignature(authToken, url, params);
    if (!timingSafeEqual(digest(given), digest(expected))) {
      throw new HttpError(403, 'The X-Twilio-Signature does not match this request.');
    }
  };

  app.post(
    '/v1/inbound/sms/twilio',
    { schema: inbound, bodyLimit: 16 * 1024, preValidation: checkSignature },
    async (request, reply) => {
      const body = request.body as { From: string; Body: string; MessageSid?: string };
      if (!isStopMessage(body.Body)) return twiml(reply);
      const phone = normalizePhone(body.From);
      const contact = await ctx.store.ensureContact('phone', phone);
      const event: ConsentEvent = {
        id: body.MessageSid
          ? eventIdFor(body.MessageSid)
          : eventIdFor(`${phone}:${Date.now()}:${Math.random()}`),
        subject: `contact:${contact.id}`,
        at: new Date().toISOString(),
        kind: 'unsubscribe',
        method: 'sms-stop',
        choices: { channel: 'sms', status: 'denied' },
        wording: `Replied “${body.Body.trim()}” by SMS.`,
        contact: { phone },
      };
      await ctx.store.ingest([event], { doubleOptIn: false, trusted: true });
      return twiml(reply);
    },
  );
}
