/**
 * Who may use the admin routes: named tokens with a role, and the audit log of what each did.
 *
 * `ASSENT_ADMIN_TOKEN` is one token named `admin` with the `manage` role; `ASSENT_ADMIN_TOKENS`
 * adds more as `name:role:token` entries separated by commas or whitespace. `read` may view and
 * export; `manage` may also import, mint links and erase.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.js';
import type { Database } from '../store/index.js';

/** Admin tokens shorter than this keep the admin routes off. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export const ADMIN_ROLES = ['read', 'manage'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** A named admin token as configured. */
export interface AdminTokenSpec {
  name: string;
  role: AdminRole;
  token: string;
}

/** A configured token, kept only as its digest. */
export interface AdminCredential {
  name: string;
  role: AdminRole;
  digest: Buffer;
}

/** The admin a request was authorised as. */
export interface AdminIdentity {
  name: string;
  role: AdminRole;
}

declare module 'fastify' {
  interface FastifyRequest {
    admin?: AdminIdentity;
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;

/**
 * Parses `ASSENT_ADMIN_TOKENS`. Throws naming the entry (by position and name, never the token)
 * that is malformed, so a typo stops the server instead of silently locking someone out.
 */
export function parseAdminTokens(text: string): AdminTokenSpec[] {
  const specs: AdminTokenSpec[] = [];
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .forEach((entry, index) => {
      const [name = '', role = '', ...rest] = entry.split(':');
      const token = rest.join(':');
      const where = `ASSENT_ADMIN_TOKENS entry ${index + 1}${name ? ` ("${name}")` : ''}`;
      if (!NAME.test(name)) throw new Error(`${where}: the name must be letters, digits or _.@-`);
      if (!(ADMIN_ROLES as readonly string[]).includes(role)) {
        throw new Error(`${where}: the role must be "read" or "manage"`);
      }
      if (token.length < MIN_ADMIN_TOKEN_LENGTH) {
        throw new Error(`${where}: the token must be ${MIN_ADMIN_TOKEN_LENGTH} characters or more`);
      }
      specs.push({ name, role: role as AdminRole, token });
    });
  return specs;
}

/** The credentials the server accepts; tokens too short are left out (the caller warns). */
export function adminCredentials(specs: AdminTokenSpec[]): AdminCredential[] {
  const names = new Set<string>();
  const credentials: AdminCredential[] = [];
  for (const spec of specs) {
    if (spec.token.length < MIN_ADMIN_TOKEN_LENGTH) continue;
    if (names.has(spec.name)) throw new Error(`admin token name "${spec.name}" is used twice`);
    names.add(spec.name);
    credentials.push({ name: spec.name, role: spec.role, digest: sha256(spec.token) });
  }
  return credentials;
}

/**
 * Finds the credential a Bearer token belongs to. Every credential is compared (no early exit),
 * digest against digest so lengths are equal and timing does not tell which one nearly matched.
 */
export function identify(
  credentials: AdminCredential[],
  authorization: string | undefined,
): AdminIdentity | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const digest = sha256(match[1]!);
  let found: AdminCredential | undefined;
  for (const credential of credentials) {
    if (timingSafeEqual(digest, credential.digest) && !found) found = credential;
  }
  return found ? { name: found.name, role: found.role } : undefined;
}

/**
 * Guards an admin route: 503 while no admin token is configured, 401 without a valid one, 403
 * when the token's role may not do this.
 */
export function requireRole(credentials: AdminCredential[], role: AdminRole) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (credentials.length === 0) {
      throw new HttpError(
        503,
        `Admin routes are off: set ASSENT_ADMIN_TOKEN (${MIN_ADMIN_TOKEN_LENGTH} characters or more).`,
      );
    }
    const admin = identify(credentials, request.headers.authorization);
    if (!admin) {
      reply.header('www-authenticate', 'Bearer realm="assent-admin"');
      throw new HttpError(401, 'A valid admin token is required (Authorization: Bearer …).');
    }
    request.admin = admin;
    if (role === 'manage' && admin.role !== 'manage') {
      throw new HttpError(403, `The token "${admin.name}" may only view and export (role read).`);
    }
  };
}

/** One line of the audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  target: string | null;
  status: number;
  detail: Record<string, unknown> | null;
}

/** What an admin route says about itself for the audit log. */
export interface AuditNote {
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by an admin handler: what it did, for the audit log. */
    audit?: AuditNote;
  }
}

/** The audit log: appended after every admin request, read newest first. */
export class AuditLog {
  constructor(private readonly db: Database) {}

  async write(admin: AdminIdentity, note: AuditNote, status: number): Promise<void> {
    await this.db.query(
      `INSERT INTO admin_audit (actor, role, action, target, status, detail)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        admin.name,
        admin.role,
        note.action,
        note.target ?? null,
        status,
        note.detail ? JSON.stringify(note.detail) : null,
      ],
    );
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  async list(
    limit: number,
    before?: number,
  ): Promise<{ entries: AuditEntry[]; next: string | null }> {
    const { rows } = await this.db.query<Record<string, unknown>>(
      `SELECT id, at, actor, role, action, target, status, detail FROM admin_audit
       WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2`,
      [before ?? null, limit + 1],
    );
    const entries = rows.slice(0, limit).map((row) => ({
      id: Number(row.id),
      at: new Date(row.at as string).toISOString(),
      actor: row.actor as string,
      role: row.role as string,
      action: row.action as string,
      target: (row.target as string | null) ?? null,
      status: Number(row.status),
      detail:
        typeof row.detail === 'string'
          ? (JSON.parse(row.detail) as Record<string, unknown>)
          : ((row.detail as Record<string, unknown> | null) ?? null),
    }));
    return {
      entries,
      next: rows.length > limit ? String(entries.at(-1)!.id) : null,
    };
  }
}

/**
 * Guards a route for an admin with the `manage` role (or `read`), from the app context: the
 * form other server modules use.
 */
export function requireAdmin(ctx: { admins: AdminCredential[] }, role: AdminRole = 'manage') {
  return requireRole(ctx.admins, role);
}
