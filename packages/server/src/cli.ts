/**
 * `assent-server [serve|verify|prune] [flags]`. Flags win over environment variables.
 *
 *   serve   (default) --port 8787 --host 127.0.0.1 --data ./data --static DIR --public-url URL
 *           --double-opt-in --log-level info
 *   verify  check the chain, the contact seals and the derived tables over one snapshot; exit 1 on a break
 *   prune   --older-than 2y   blank the content of old events, keeping the chain verifiable
 *
 * Environment: DATABASE_URL, ASSENT_SECRET, ASSENT_ADMIN_TOKEN(S), ASSENT_ALLOWED_ORIGINS,
 * ASSENT_RATE_LIMIT, ASSENT_TRUST_PROXY, ASSENT_PUBLIC_URL, ASSENT_UNSUBSCRIBE_URL,
 * ASSENT_DOUBLE_OPT_IN, ASSENT_REQUIRE_VERIFIED, ASSENT_IDENTITY_SECRET, ASSENT_DATA_DIR, PORT, HOST;
 * the marketing stack's ASSENT_WEBHOOK_URL, ASSENT_WEBHOOK_SECRET (see README "Marketing stack").
 */
import { parseArgs } from 'node:util';
import { buildApp, parseAdminTokens, type AppOptions } from './app.js';
import { cutoffFor } from './duration.js';
import { DataDirLockedError, openStore } from './store/index.js';

const USAGE = `Usage: assent-server [serve|verify|prune] [options]

  serve (default)        start the server
    --port N             port (default 8787, PORT)
    --host ADDR          address to listen on (default 127.0.0.1, HOST)
    --data DIR           embedded database directory (default ./data, ASSENT_DATA_DIR);
                         ignored when DATABASE_URL is set
    --static DIR         serve this folder at /
    --public-url URL     public origin for links (ASSENT_PUBLIC_URL)
    --unsubscribe-url U  prefix of unsubscribe links (ASSENT_UNSUBSCRIBE_URL)
    --double-opt-in      email opt-ins stay pending until confirmed (ASSENT_DOUBLE_OPT_IN=1)
    --log-level LEVEL    info (default), warn, error, debug, silent
  verify                 check the hash chain, the contacts' seals and every derived
                         table against a replay of the ledger, over one snapshot;
                         names each row that differs; exits 1 when anything is broken
  prune --older-than P   blank events older than P (30d, 12w, 6m, 2y) that no current state needs

Environment: DATABASE_URL, ASSENT_SECRET, ASSENT_ADMIN_TOKEN(S), ASSENT_ALLOWED_ORIGINS,
ASSENT_RATE_LIMIT (requests/s per address, 0 = off), ASSENT_TRUST_PROXY=1,
ASSENT_REQUIRE_VERIFIED=1 (opt-in lists leave out unconfirmed opt-ins),
ASSENT_IDENTITY_SECRET (16+ characters: key of identify() tokens),
ASSENT_WEBHOOK_URL, ASSENT_WEBHOOK_SECRET (whsec_…), ASSENT_SMTP_URL, ASSENT_MAIL_FROM,
ASSENT_DOUBLE_OPT_IN=email, ASSENT_TWILIO_AUTH_TOKEN, ASSENT_TWILIO_ACCOUNT_SID and
ASSENT_SMS_FROM (text messages verifying requests made with a phone).
`;

const truthy = (value: string | undefined) =>
  value !== undefined && /^(1|true|yes|on)$/i.test(value);

function fail(message: string): never {
  process.stderr.write(`assent-server: ${message}\n`);
  process.exit(2);
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      static: { type: 'string' },
      'public-url': { type: 'string' },
      'unsubscribe-url': { type: 'string' },
      'double-opt-in': { type: 'boolean' },
      'log-level': { type: 'string' },
      'older-than': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const command = positionals[0] ?? 'serve';
  const env = process.env;
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = values.data ?? env.ASSENT_DATA_DIR ?? './data';

  if (command === 'verify' || command === 'prune') {
    const store = await openStore({ databaseUrl, dataDir });
    try {
      if (command === 'verify') {
        const report = await store.verify();
        for (const problem of report.problems) process.stderr.write(`broken: ${problem}\n`);
        const derived = report.rebuilt
          ? `derived tables rebuilt, ${report.differences} derived row${report.differences === 1 ? ' differs' : 's differ'}`
          : 'derived rows checked against their proofs (pruned events: no full rebuild)';
        process.stdout.write(
          `${report.ok ? 'ok' : 'BROKEN'}: ${report.events} events (${report.pruned} pruned), ${report.seals} contact seals matching, ${derived}, head ${report.head}\n`,
        );
        process.exitCode = report.ok ? 0 : 1;
      } else {
        if (!values['older-than']) fail('prune needs --older-than (e.g. 2y)');
        const cutoff = cutoffFor(values['older-than']);
        const { pruned } = await store.prune(cutoff);
        process.stdout.write(`pruned ${pruned} events received before ${cutoff.toISOString()}\n`);
      }
    } finally {
      await store.close();
    }
    return;
  }
  if (command !== 'serve') fail(`unknown command "${command}"\n\n${USAGE}`);

  const port = Number(values.port ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port ${values.port}`);
  const rate = env.ASSENT_RATE_LIMIT !== undefined ? Number(env.ASSENT_RATE_LIMIT) : 100;
  if (!Number.isFinite(rate) || rate < 0)
    fail('ASSENT_RATE_LIMIT must be a number of requests per second');
  const level = values['log-level'] ?? env.ASSENT_LOG_LEVEL ?? 'info';

  const options: AppOptions = {
    databaseUrl,
    dataDir,
    // Unset and empty are the same: the embedded database then keeps its own in the data dir.
    secret: env.ASSENT_SECRET || undefined,
    adminToken: env.ASSENT_ADMIN_TOKEN || undefined,
    adminTokens: parseAdminTokens(env.ASSENT_ADMIN_TOKENS ?? ''),
    allowedOrigins: (env.ASSENT_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    rateLimit: rate === 0 ? false : rate,
    trustProxy: truthy(env.ASSENT_TRUST_PROXY),
    staticDir: values.static,
    publicUrl: values['public-url'] ?? (env.ASSENT_PUBLIC_URL || undefined),
    unsubscribeUrl: values['unsubscribe-url'] ?? (env.ASSENT_UNSUBSCRIBE_URL || undefined),
    // ASSENT_DOUBLE_OPT_IN=email (or 1): email opt-ins wait for the confirmation mail's link.
    doubleOptIn:
      values['double-opt-in'] ??
      (truthy(env.ASSENT_DOUBLE_OPT_IN) ||
        env.ASSENT_DOUBLE_OPT_IN?.trim().toLowerCase() === 'email'),
    requireVerified: truthy(env.ASSENT_REQUIRE_VERIFIED),
    identitySecret: env.ASSENT_IDENTITY_SECRET || undefined,
    logger: level === 'silent' ? false : { level },
    webhookUrl: env.ASSENT_WEBHOOK_URL || undefined,
    webhookSecret: env.ASSENT_WEBHOOK_SECRET || undefined,
    smtpUrl: env.ASSENT_SMTP_URL || undefined,
    mailFrom: env.ASSENT_MAIL_FROM || undefined,
    twilioAuthToken: env.ASSENT_TWILIO_AUTH_TOKEN || undefined,
    twilioAccountSid: env.ASSENT_TWILIO_ACCOUNT_SID || undefined,
    smsFrom: env.ASSENT_SMS_FROM || undefined,
    twilioApiUrl: env.ASSENT_TWILIO_API_URL || undefined,
  };
  const app = await buildApp(options);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    // Closing the app closes the store: PGlite flushes and the data-dir lock is released.
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`assent-server: error while closing: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  const address = await app.listen({ port, host: values.host ?? env.HOST ?? '127.0.0.1' });
  process.stderr.write(
    `assent-server listening on ${address} (${databaseUrl ? 'PostgreSQL' : `embedded database in ${dataDir}`})\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof DataDirLockedError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
