// `npm start`: serves the demo housing-association site with the reference server behind
// it, on the embedded database. Run after `npm run build` (npm start does both). The demo
// walk-through test starts the same thing through `startDemo`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` writes the drop-in script: inside @assent/embed, as the package ships it. */
const DROP_IN = 'packages/embed/dist';

/**
 * Copies the demo pages and the built drop-in script into `<dataDir>/site` and starts
 * assent-server on it. Resolves once the server listens, with its address and admin token.
 */
export async function startDemo({
  port = 8787,
  host = '127.0.0.1',
  dataDir = 'data/demo',
  adminToken,
  quiet = false,
} = {}) {
  if (!existsSync(`${DROP_IN}/assent.js`) || !existsSync('packages/server/dist/cli.js')) {
    throw new Error(
      'The build is missing: run `npm run build` first (or `npm start`, which builds).',
    );
  }
  const site = `${dataDir}/site`;
  rmSync(site, { recursive: true, force: true });
  mkdirSync(`${site}/assent`, { recursive: true });
  cpSync('demo', site, { recursive: true });
  for (const file of readdirSync(DROP_IN)) {
    if (file.endsWith('.js')) cpSync(`${DROP_IN}/${file}`, `${site}/assent/${file}`);
  }
  const token =
    adminToken ?? process.env.ASSENT_ADMIN_TOKEN ?? randomBytes(18).toString('base64url');
  const args = [
    'packages/server/bin/assent-server.js',
    '--port',
    String(port),
    '--host',
    host,
    '--data',
    `${dataDir}/db`,
    '--static',
    site,
  ];
  const server = spawn(process.execPath, args, {
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'],
    env: { ...process.env, ASSENT_ADMIN_TOKEN: token },
  });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    // The server announces its address on stderr (stdout carries its JSON log).
    server.stderr.on('data', (chunk) => {
      output += chunk;
      if (!quiet) process.stderr.write(chunk);
      const match = /listening on (http:\/\/[^\s)]+)/.exec(output);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`assent-server exited with ${code}`)));
  });
  return {
    url,
    adminToken: token,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.on('exit', () => resolve());
        server.kill('SIGTERM');
      }),
    process: server,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemo({
    port: Number(process.env.PORT ?? 8787),
    host: process.env.HOST ?? '127.0.0.1',
  }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  const origin = demo.url;
  console.log(`
Assent demo — Riverside Homes (a housing association)

  Home page, banner and gated analytics   ${origin}/
  Newsletter opt-in (email, SMS, post)   ${origin}/newsletter.html
  Unsubscribe / manage subscriptions     ${origin}/unsubscribe.html
  Live consent state (assent.get())      ${origin}/state.html
  Admin for marketing teams              ${origin}/admin
  Admin token                            ${demo.adminToken}

Data is kept in ./data/demo/db (embedded PostgreSQL). Press Ctrl+C to stop.
`);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => void demo.stop().then(() => process.exit(0)));
  demo.process.on('exit', (code) => process.exit(code ?? 0));
}
