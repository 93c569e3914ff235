import type { FastifyRequest } from 'fastify';
import { identify } from './admin/access.js';
import type { AppContext } from './context.js';
import { HttpError } from './errors.js';

// Admin routes are guarded by named tokens with roles (admin/access.ts).
export { MIN_ADMIN_TOKEN_LENGTH, requireAdmin, sha256 } from './admin/access.js';

/**
 * True when the request carries an admin token whose role may change data (`manage`), compared
 * in constant time: the site's backend vouching for its events.
 */
export function isAdmin(ctx: AppContext, request: FastifyRequest): boolean {
  return identify(ctx.admins, request.headers.authorization)?.role === 'manage';
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
