/**
 * The Assent reference server as a fastify instance. {@link buildApp} builds it and never
 * listens: `cli.ts` listens, tests listen on port 0.
 */
import { randomBytes } from 'node:crypto';
import { createServer, STATUS_CODES } from 'node:http';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { AppContext, ConfirmationLink } from './context.js';
import { HttpError, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './errors.js';
import { loggerOptions, type LoggerSetting } from './logging.js';
import { adminCredentials, AuditLog, type AdminTokenSpec } from './admin/access.js';
import { MIN_ADMIN_TOKEN_LENGTH, originCheck } from './security.js';
import { openStore, type Store } from './store/index.js';
import { registerConsentRoutes } from './routes/consents.js';
import { registerPreferenceRoutes } from './routes/preferences.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerPageRoutes } from './routes/pages.js';
import { checkMarketingOptions, registerMarketing, type MarketingOptions } from './marketing.js';

export type { AppContext, ConfirmationLink } from './context.js';
export type { LoggerSetting } from './logging.js';
export { parseAdminTokens, type AdminRole, type AdminTokenSpec } from './admin/access.js';
export * from './store/index.js';
export { signToken, verifyToken, type TokenClaims } from './tokens.js';

/** Everything the server can be configured with; the CLI maps flags and env onto it. */
export interface AppOptions extends MarketingOptions {
  /** An open store to use (the app will not close it). Otherwise one is opened from the below. */
  store?: Store;
  /** PostgreSQL URL; when unset the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** PostgreSQL schema to use instead of `public`. */
  schema?: string;
  /** Embedded database directory. @default './data' */
  dataDir?: string;
  /**
   * HMAC key for tokens (ASSENT_SECRET). When unset with the embedded database, a random one is
   * created once and kept in `dataDir/secret`; PostgreSQL requires it (instances must share it).
   */
  secret?: string;
  /** Bearer token for admin routes (ASSENT_ADMIN_TOKEN); unset or < 16 characters keeps them off. */
  adminToken?: string;
  /**
   * More admin tokens, each named and with a role (ASSENT_ADMIN_TOKENS as `name:role:token`):
   * `read` views and exports, `manage` also imports, mints links and erases. `adminToken` is
   * the one named `admin` with the `manage` role.
   */
  adminTokens?: AdminTokenSpec[];
  /** Largest CSV `POST /v1/import` accepts, in bytes. @default 67108864 (64 MiB) */
  importLimit?: number;
  /** Exact origins allowed by CORS and the Origin check (ASSENT_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Requests per second per client address; `false` turns limiting off. @default 100 */
  rateLimit?: number | false;
  /** The window `rateLimit` counts over, in milliseconds. @default 1000 */
  rateLimitWindowMs?: number;
  /** Trust X-Forwarded-For / -Proto from a proxy in front (ASSENT_TRUST_PROXY). @default false */
  trustProxy?: boolean;
  /** Serve this folder at `/` (the demo site: its pages and the built assent.js). */
  staticDir?: string;
  /** The server's public origin, for links (ASSENT_PUBLIC_URL). @default the request's origin */
  publicUrl?: string;
  /** Prefix of unsubscribe links; the token is appended. @default `<public url>/unsubscribe?token=` */
  unsubscribeUrl?: string;
  /**
   * Leave opt-ins nobody confirmed (no double opt-in, signed link or backend) out of
   * `/v1/optins` and its CSV (ASSENT_REQUIRE_VERIFIED). @default false
   */
  requireVerified?: boolean;
  /**
   * Key for identified subjects (ASSENT_IDENTITY_SECRET, 16+ characters): a subject that is not
   * a browser's random UUID needs base64url(HMAC-SHA256(key, id)) from the site's backend.
   * Unset: only browser subjects are accepted.
   */
  identitySecret?: string;
  /** Email opt-ins stay `pending` until confirmed (ASSENT_DOUBLE_OPT_IN). @default false */
  doubleOptIn?: boolean;
  /** Delivers double opt-in links (there is no mail sender). @default logs the link at info level */
  onConfirmationLink?: (link: ConfirmationLink) => void;
  /**
   * A request whose headers and body have not fully arrived by then is answered 408 and its
   * connection closed (stalled or trickled bodies cannot hold the server). @default 20000
   */
  requestTimeoutMs?: number;
  /** Maximum request body in bytes. @default 65536 */
  bodyLimit?: number;
  /**
   * Lifetime of unsubscribe links minted by POST /v1/tokens without ttlDays. By default they
   * never expire: a year-old newsletter's unsubscribe link must still work.
   */
  tokenTtlDays?: number;
  /** Logging; never logs contact data, IPs or tokens. @default false */
  logger?: LoggerSetting;
}

/** Secrets shorter than this stop the server: tokens signed with them could be guessed. */
export const MIN_SECRET_LENGTH = 16;

/** Thrown when a configured or stored secret is too weak to sign tokens with. */
export class WeakSecretError extends Error {
  constructor(where: string, length: number) {
    super(
      `${where} is ${length === 0 ? 'empty' : `only ${length} characters long`}: ` +
        `a token secret must be at least ${MIN_SECRET_LENGTH} characters.`,
    );
    this.name = 'WeakSecretError';
  }
}

/**
 * Reads or creates the embedded database's secret (only the server's user may read it). It is
 * written to a temporary file, flushed and renamed into place, so a failed write (a full disk)
 * never leaves an empty or partial `secret` behind; a stored one that is too short stops the
 * server rather than sign with it.
 */
export async function embeddedSecret(dataDir: string): Promise<string> {
  const path = join(dataDir, 'secret');
  try {
    const stored = (await readFile(path, 'utf8')).trim();
    if (stored.length < MIN_SECRET_LENGTH) {
      throw new WeakSecretError(`The secret file ${path}`, stored.length);
    }
    return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(`${secret}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    // link() fails if another process created the secret meanwhile: then use theirs.
    await link(temporary, path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  return embeddedSecret(dataDir);
}

/** Builds the server (routes, hooks, store). Close it with `app.close()`. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  if (options.secret !== undefined && options.secret.length < MIN_SECRET_LENGTH) {
    throw new WeakSecretError('ASSENT_SECRET', options.secret.length);
  }
  if (options.identitySecret !== undefined && options.identitySecret.length < MIN_SECRET_LENGTH) {
    throw new WeakSecretError('ASSENT_IDENTITY_SECRET', options.identitySecret.length);
  }
  if (!options.secret && (options.databaseUrl || options.store)) {
    throw new Error(
      'ASSENT_SECRET is required with PostgreSQL: every instance must sign links with the same key.',
    );
  }
  checkMarketingOptions(options);
  const ownsStore = !options.store;
  const store =
    options.store ??
    (await openStore({
      databaseUrl: options.databaseUrl,
      schema: options.schema,
      dataDir: options.dataDir,
    }));

  let app: FastifyInstance;
  try {
    const secret = options.secret ?? (await embeddedSecret(options.dataDir ?? './data'));
    const adminToken = options.adminToken ?? '';
    const bodyLimit = options.bodyLimit ?? 64 * 1024;

    const requestTimeout = options.requestTimeoutMs ?? 20_000;
    app = Fastify({
      // Node checks request timeouts every connectionsCheckingInterval (30 s by default):
      // check each second so a stalled body is answered 408 close to requestTimeout.
      serverFactory: (handler) =>
        createServer(
          { requestTimeout, connectionsCheckingInterval: Math.min(1000, requestTimeout) },
          handler,
        ),
      requestTimeout,
      logger: loggerOptions(options.logger),
      bodyLimit,
      trustProxy: options.trustProxy ?? false,
      forceCloseConnections: true,
      return503OnClosing: true,
      // Bodies are checked as sent: no coercion, nothing silently removed.
      ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
      schemaErrorFormatter: (errors, dataVar) => {
        const first = errors[0];
        const where = (first?.instancePath ?? '')
          .split('/')
          .filter(Boolean)
          .reduce(
            (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`),
            dataVar,
          );
        const field =
          first?.keyword === 'required' ? `.${String(first.params.missingProperty)}` : '';
        return new Error(`${where}${field}: ${first?.message ?? 'is not valid'}`);
      },
    });

    const ctx: AppContext = {
      store,
      secret,
      admins: adminCredentials([
        ...(adminToken ? [{ name: 'admin', role: 'manage' as const, token: adminToken }] : []),
        ...(options.adminTokens ?? []),
      ]),
      audit: new AuditLog(store.database),
      importLimit: options.importLimit ?? 64 * 1024 * 1024,
      allowedOrigins: new Set(options.allowedOrigins ?? []),
      doubleOptIn: options.doubleOptIn ?? false,
      requireVerified: options.requireVerified ?? false,
      identitySecret: options.identitySecret,
      publicUrl: options.publicUrl?.replace(/\/+$/, ''),
      unsubscribeUrl: options.unsubscribeUrl,
      staticDir: options.staticDir,
      tokenTtlDays: options.tokenTtlDays,
      onConfirmationLink:
        options.onConfirmationLink ??
        // With SMTP configured the confirmation mail is queued with the opt-in itself.
        (options.smtpUrl
          ? () => undefined
          : (link) => {
              // The link carries a token: never at info, where logs are kept and shipped.
              app.log.info(
                { eventId: link.eventId },
                'double opt-in: a confirmation link is waiting (no mail sender is configured; see it at log level debug)',
              );
              app.log.debug({ confirmUrl: link.url, eventId: link.eventId }, 'confirmation link');
            }),
    };

    if (adminToken && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
      app.log.warn(
        `ASSENT_ADMIN_TOKEN is ignored: it is shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters`,
      );
    }

    app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
      let status = error.statusCode ?? 500;
      let message = error.message;
      if ('validation' in error && error.validation) status = 400;
      if ((error as FastifyError).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        message = 'Unsupported Content-Type: send application/json.';
      }
      if (isDatabaseUnavailable(error)) {
        // The database is away (restarting, connection cut): nothing was stored; the client
        // keeps the event queued and retries after a short pause.
        request.log.warn({ err: error }, 'database unavailable');
        status = 503;
        message = 'The database is unavailable right now; retry shortly.';
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      } else if (status >= 500 || status < 400) {
        // Fail closed: the client keeps the event queued and retries.
        request.log.error({ err: error }, 'request failed');
        status = status === 503 && error instanceof HttpError ? 503 : 500;
        message =
          error instanceof HttpError
            ? message
            : 'The server could not complete this request; try again later.';
      }
      return reply
        .code(status)
        .header('cache-control', 'no-store')
        .send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });
    });
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({
        statusCode: 404,
        error: 'Not Found',
        message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      }),
    );

    app.addHook('onRequest', async (_request, reply) => {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
    });
    // Before CORS and before any body is read or parsed.
    app.addHook('onRequest', originCheck(ctx));

    await app.register(cors, {
      origin: (origin, callback) =>
        callback(null, origin !== undefined && ctx.allowedOrigins.has(origin)),
      methods: ['GET', 'POST', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization'],
      maxAge: 600,
    });

    if (options.rateLimit !== false) {
      await app.register(rateLimit, {
        max: options.rateLimit ?? 100,
        timeWindow: options.rateLimitWindowMs ?? 1000,
        // request.ip is the socket address unless trustProxy is on (then X-Forwarded-For).
        keyGenerator: (request) => request.ip,
        errorResponseBuilder: (_request, context) =>
          new HttpError(429, `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.`),
      });
    }

    // Beacons (navigator.sendBeacon) can only send text/plain without a preflight: accept JSON
    // in text/plain on the sync route only. The Origin check above has already run.
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser(
      'text/plain',
      { parseAs: 'string', bodyLimit },
      (request, body, done) => {
        if (request.routeOptions.url !== '/v1/consents') {
          done(new HttpError(415, 'Unsupported Content-Type: send application/json.'), undefined);
          return;
        }
        parseJson(request, String(body), done);
      },
    );
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      },
    );
    // RFC 8058 allows the one-click POST as multipart too; its content is not needed.
    app.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'string', bodyLimit },
      (request, _body, done) => {
        if (request.routeOptions.url === '/v1/unsubscribe') done(null, {});
        else
          done(new HttpError(415, 'Unsupported Content-Type: send application/json.'), undefined);
      },
    );

    registerConsentRoutes(app, ctx);
    registerPreferenceRoutes(app, ctx);
    registerAdminRoutes(app, ctx);
    registerMarketing(app, ctx, options);
    registerPageRoutes(app, ctx);

    if (ownsStore) app.addHook('onClose', async () => store.close());
  } catch (error) {
    if (ownsStore) await store.close();
    throw error;
  }
  return app;
}
