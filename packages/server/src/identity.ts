/**
 * Identified subjects. A subject that is not a browser's random UUID is an application's user
 * id: events and reads for it must carry base64url(HMAC-SHA256(ASSENT_IDENTITY_SECRET, id)),
 * minted by the site's own backend, as `subjectToken` on events and `Authorization: Bearer`
 * on `GET /v1/subjects/:id`. Ids of the form `contact:…` are the server's own.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { BROWSER_SUBJECT } from '@assent/core/protocol';
import { HttpError } from './errors.js';

/** The token that proves `subject` was vouched for by the site's backend. */
export function subjectToken(secret: string, subject: string): string {
  return createHmac('sha256', secret).update(subject, 'utf8').digest('base64url');
}

/** A browser's own random id: anyone holding it is that browser. */
export const isBrowserSubject = (subject: string) => BROWSER_SUBJECT.test(subject);

/** Subjects the server files its own events under (a contact's random id). */
export const isServerSubject = (subject: string) => /^contact:/i.test(subject);

/**
 * Throws unless `token` proves `subject`: 401 without a token (or without an identity
 * secret configured), 403 with a wrong one. Compared in constant time.
 */
export function assertSubjectToken(
  secret: string | undefined,
  subject: string,
  token: string | undefined,
  where: string,
): void {
  if (!secret) {
    throw new HttpError(
      401,
      `${where}: "${subject}" is not a browser id; identified subjects need ASSENT_IDENTITY_SECRET on the server and a token from the site's backend.`,
    );
  }
  if (!token) {
    throw new HttpError(401, `${where}: an identified subject needs its token (subjectToken).`);
  }
  const expected = Buffer.from(subjectToken(secret, subject), 'utf8');
  const given = Buffer.from(token.replace(/=+$/, ''), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new HttpError(403, `${where}: the token does not match this subject.`);
  }
}
