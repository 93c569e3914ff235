import type { FastifyRequest } from 'fastify';
import type { AdminCredential, AuditLog } from './admin/access.js';
import type { Store } from './store/index.js';

/** A double opt-in confirmation waiting to be sent to the address. */
export interface ConfirmationLink {
  url: string;
  eventId: string;
  contactId: string;
}

/** What every route needs, resolved once by buildApp. */
export interface AppContext {
  store: Store;
  secret: string;
  /** The admin tokens accepted (as digests); none keeps the admin routes off. */
  admins: AdminCredential[];
  /** Where every admin action is written. */
  audit: AuditLog;
  /** Largest CSV `POST /v1/import` reads, in bytes. */
  importLimit: number;
  allowedOrigins: ReadonlySet<string>;
  doubleOptIn: boolean;
  /** Leave unverified opt-ins out of opt-in lists and exports (ASSENT_REQUIRE_VERIFIED). */
  requireVerified: boolean;
  /** Key of identified subjects' tokens (ASSENT_IDENTITY_SECRET); unset: browser ids only. */
  identitySecret?: string;
  publicUrl?: string;
  unsubscribeUrl?: string;
  staticDir?: string;
  tokenTtlDays: number | undefined;
  onConfirmationLink: (link: ConfirmationLink) => void;
}

/** The origin links are built on: the configured public URL, else the request's own. */
export function publicOrigin(ctx: AppContext, request: FastifyRequest): string {
  return ctx.publicUrl ?? `${request.protocol}://${request.host}`;
}
