/**
 * Signed links for one contact: unsubscribe / preferences links in emails and SMS, and double
 * opt-in confirmations. `v2.<payload>.<mac>`, where payload is base64url of the claims (a random
 * contact id, never the address) encrypted with AES-256-GCM under a key derived from
 * ASSENT_SECRET, so a link shows nothing readable, and mac is the full 256-bit HMAC-SHA256 of
 * `v2.<payload>` under ASSENT_SECRET, compared in constant time. `v1` tokens (readable
 * payload) minted before are still accepted.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { HttpError } from './errors.js';
import type { Channel } from './store/index.js';

export type TokenPurpose = 'preferences' | 'confirm';

/** What a token grants. */
export interface TokenClaims {
  /** The contact's random id. */
  contact: string;
  purpose: TokenPurpose;
  /** Limits the token to one channel… */
  channel?: Channel;
  /** …and one topic of it. */
  topic?: string;
  /** The pending event a confirmation token confirms. */
  event?: string;
  /**
   * Expiry, milliseconds since the epoch; none for an unsubscribe link, which must keep
   * working for as long as the message that carries it can be read.
   */
  expiresAt?: number;
}

interface Payload {
  c: string;
  p: TokenPurpose;
  ch?: Channel;
  t?: string;
  e?: string;
  /** Expiry in seconds since the epoch; absent: never. */
  x?: number;
}

const PREFIX = 'v2';
const MAC_LENGTH = 32;
/** v1 payloads are readable base64url JSON (still accepted); v2 ones are encrypted. */
const SHAPE = /^(v[12])\.([A-Za-z0-9_-]{10,600})\.([A-Za-z0-9_-]{43})$/;

/** The payload's encryption key, derived from the secret (AES-256-GCM). */
const encryptionKey = (secret: string) =>
  createHmac('sha256', secret).update('assent token payload encryption', 'utf8').digest();

function seal(secret: string, json: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(secret), iv);
  const sealed = Buffer.concat([
    iv,
    cipher.update(json, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return sealed.toString('base64url');
}

function unseal(secret: string, encoded: string): string {
  const sealed = Buffer.from(encoded, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', encryptionKey(secret), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([
    decipher.update(sealed.subarray(12, sealed.length - 16)),
    decipher.final(),
  ]).toString('utf8');
}

const mac = (secret: string, signed: string) =>
  createHmac('sha256', secret).update(signed, 'utf8').digest();

/** Mints a token for `claims`. */
export function signToken(secret: string, claims: TokenClaims): string {
  const payload: Payload = {
    c: claims.contact,
    p: claims.purpose,
    ch: claims.channel,
    t: claims.topic,
    e: claims.event,
    x: claims.expiresAt === undefined ? undefined : Math.floor(claims.expiresAt / 1000),
  };
  // Encrypted: a link carries no readable contact id.
  const encoded = seal(secret, JSON.stringify(payload));
  const signed = `${PREFIX}.${encoded}`;
  return `${signed}.${mac(secret, signed).toString('base64url')}`;
}

/**
 * Checks a token's MAC, purpose and expiry. Throws an {@link HttpError}: 400 when it is not a
 * token at all, 401 when the MAC does not match (a flipped bit, a truncation, another secret),
 * 403 for another purpose, 410 when expired.
 */
export function verifyToken(
  secret: string,
  token: unknown,
  purpose: TokenPurpose,
  now = Date.now(),
): TokenClaims {
  if (typeof token !== 'string' || token.length === 0) {
    throw new HttpError(400, 'A token is required.');
  }
  const match = SHAPE.exec(token);
  if (!match) throw new HttpError(401, 'This link is not valid (it may have been cut short).');
  const [, version, encoded, given] = match as unknown as [string, string, string, string];
  const givenMac = Buffer.from(given, 'base64url');
  // A non-canonical base64url spelling could decode to the right bytes: refuse it as well.
  if (givenMac.length !== MAC_LENGTH || givenMac.toString('base64url') !== given) {
    throw new HttpError(401, 'This link is not valid.');
  }
  const expected = mac(secret, `${version}.${encoded}`);
  if (!timingSafeEqual(givenMac, expected)) throw new HttpError(401, 'This link is not valid.');
  let payload: Payload;
  try {
    const json =
      version === 'v1'
        ? Buffer.from(encoded, 'base64url').toString('utf8')
        : unseal(secret, encoded);
    payload = JSON.parse(json) as Payload;
  } catch {
    throw new HttpError(400, 'This link is not valid.');
  }
  if (typeof payload.c !== 'string' || !['number', 'undefined'].includes(typeof payload.x)) {
    throw new HttpError(400, 'This link is not valid.');
  }
  if (payload.p !== purpose) throw new HttpError(403, 'This link is not meant for this page.');
  // Only confirmation links must expire; a link without an expiry is an unsubscribe link.
  if (payload.x === undefined ? purpose !== 'preferences' : payload.x * 1000 <= now) {
    throw new HttpError(410, 'This link has expired.');
  }
  return {
    contact: payload.c,
    purpose: payload.p,
    channel: payload.ch,
    topic: payload.t,
    event: payload.e,
    expiresAt: payload.x === undefined ? undefined : payload.x * 1000,
  };
}

/** Throws 403 unless the token covers `channel` (and `topic`, when the token names one). */
export function assertScope(claims: TokenClaims, channel: Channel, topics?: string[]): void {
  if (claims.channel && claims.channel !== channel) {
    throw new HttpError(403, `This link does not cover the ${channel} channel.`);
  }
  if (claims.topic && (!topics || topics.some((topic) => topic !== claims.topic))) {
    throw new HttpError(403, `This link only covers the topic "${claims.topic}".`);
  }
}
