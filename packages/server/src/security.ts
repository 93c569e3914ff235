import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from './context.js';
import { HttpError } from './errors.js';

/** Admin tokens shorter than this keep the admin routes off. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Guards an admin route: 503 while no usable admin token is configured, 401 unless the Bearer
 * token matches. Digests are compared so both sides have equal length (timingSafeEqual throws
 * otherwise) and the comparison takes the same time wherever they differ.
 */
export function requireAdmin(ctx: AppContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!ctx.adminDigest) {
      throw new HttpError(
        503,
        `Admin routes are off: set ASSENT_ADMIN_TOKEN (${MIN_ADMIN_TOKEN_LENGTH} characters or more).`,
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match || !timingSafeEqual(sha256(match[1]!), ctx.adminDigest)) {
      reply.header('www-authenticate', 'Bearer realm="assent-admin"');
      throw new HttpError(401, 'A valid admin token is required (Authorization: Bearer …).');
    }
  };
}

/** True when the request carries the admin token (compared in constant time). */
export function isAdmin(ctx: AppContext, request: FastifyRequest): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return Boolean(ctx.adminDigest && match && timingSafeEqual(sha256(match[1]!), ctx.adminDigest));
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when `origin` is this server itself (or its configured public URL). */
function isSameOrigin(ctx: AppContext, request: FastifyRequest, origin: string): boolean {
  if (ctx.publicUrl && origin === new URL(ctx.publicUrl).origin) return true;
  const host = request.host;
  return origin === `${request.protocol}://${host}`;
}

/**
 * Refuses state-changing requests sent by a browser from a site not on the allowlist. CORS
 * alone does not stop a "simple" cross-site POST (text/plain, forms): the browser sends it and
 * only hides the answer. Requests without an Origin (mail providers' one-click POSTs, curl,
 * servers) pass: they carry no visitor's ambient authority.
 */
export function originCheck(ctx: AppContext) {
  return async (request: FastifyRequest) => {
    if (!UNSAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (ctx.allowedOrigins.has(origin) || isSameOrigin(ctx, request, origin)) return;
    throw new HttpError(403, 'Requests from this origin are not allowed.');
  };
}
