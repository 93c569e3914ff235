// `npm start`: serves the demo housing-association site with the reference server behind
// it, on the embedded database. Run after `npm run build` (npm start does both).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const origin = `http://${host}:${port}`;
const site = 'data/demo/site';

if (!existsSync('dist/assent.js') || !existsSync('packages/server/dist/cli.js')) {
  console.error('The build is missing: run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

// The site: the demo pages, with the built drop-in script under /assent/.
rmSync(site, { recursive: true, force: true });
mkdirSync(`${site}/assent`, { recursive: true });
cpSync('demo', site, { recursive: true });
for (const file of readdirSync('dist')) {
  if (file.endsWith('.js')) cpSync(`dist/${file}`, `${site}/assent/${file}`);
}

const adminToken = process.env.ASSENT_ADMIN_TOKEN ?? randomBytes(18).toString('base64url');
const server = spawn(
  process.execPath,
  [
    'packages/server/bin/assent-server.js',
    '--port',
    String(port),
    '--host',
    host,
    '--data',
    'data/demo/db',
    '--static',
    site,
    '--public-url',
    origin,
    '--unsubscribe-url',
    `${origin}/unsubscribe.html?token=`,
  ],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ASSENT_ADMIN_TOKEN: adminToken, ASSENT_ALLOWED_ORIGINS: origin },
  },
);

setTimeout(() => {
  if (server.exitCode !== null) return;
  console.log(`
Assent demo — Riverside Homes (a housing association)

  Home page, banner and gated analytics   ${origin}/
  Newsletter opt-in (email, SMS, post)   ${origin}/newsletter.html
  Unsubscribe / manage subscriptions     ${origin}/unsubscribe.html
  Live consent state (assent.get())      ${origin}/state.html
  Admin for marketing teams              ${origin}/admin
  Admin token                            ${adminToken}

Data is kept in ./data/demo/db (embedded PostgreSQL). Press Ctrl+C to stop.
`);
}, 2500);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
