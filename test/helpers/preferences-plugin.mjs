// The reference server (packages/server) behind the test runner's dev server, for the tests of
// <assent-unsubscribe>. The browser talks real HTTP to the dev server, same origin; this
// middleware hands each request to the real fastify app (embedded PGlite in a temporary folder,
// started on first use because it takes a few seconds) and returns its answer as it is.
//
//   GET|POST /__preferences/v1/...   the server's public routes (api base: "/__preferences")
//   POST     /__preferences/fixture  a fresh contact with opt-ins, and links for it:
//            body { email?, optins?: [{ channel, topics? }] }
//            → { api, email, token, expiredToken, invalidToken, topicToken }
//   GET      /__preferences/mails?to=…  the mail the server sent to an address (a real SMTP server)
//   GET      /__preferences/texts?to=…  the text messages it sent to a number (a real HTTP
//            server standing in for Twilio's REST API)
//
// Tokens are made as a marketing team would: the admin route POST /v1/tokens. The expired one
// is the same contact signed with an expiry in the past, the invalid one has a flipped bit.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = '/__preferences';
const SECRET = randomBytes(32).toString('base64url');
const ADMIN = randomBytes(24).toString('base64url');

let started;
/** Mail the server sent, newest last: GET /__preferences/mails?to=… */
const mails = [];
/** Text messages the server sent through the stand-in Twilio API: GET /__preferences/texts?to=… */
const texts = [];

/** Builds the real server once (TypeScript sources through tsx). */
function server() {
  started ??= (async () => {
    const { tsImport } = await import('tsx/esm/api');
    const { buildApp, signToken, verifyToken } = await tsImport(
      '../../packages/server/src/app.ts',
      import.meta.url,
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'assent-preferences-'));
    // A real SMTP server for the mail the server sends (data-subject request links).
    const { SMTPServer } = await import('smtp-server');
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks = [];
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtp.server.unref();
    // A real HTTP server answering as Twilio's Messages API does.
    const { createServer } = await import('node:http');
    const twilio = createServer((request, response) => {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        texts.push({ to: form.get('To'), body: form.get('Body') });
        response
          .writeHead(201, { 'content-type': 'application/json' })
          .end(JSON.stringify({ sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued' }));
      });
    });
    await new Promise((resolve) => twilio.listen(0, '127.0.0.1', resolve));
    twilio.unref();
    process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    const app = await buildApp({
      dataDir,
      secret: SECRET,
      adminToken: ADMIN,
      rateLimit: false,
      logger: false,
      smtpUrl: `smtp://127.0.0.1:${smtp.server.address().port}`,
      mailFrom: 'privacy@example.org',
      twilioAccountSid: `AC${'0'.repeat(32)}`,
      twilioAuthToken: randomBytes(16).toString('hex'),
      smsFrom: '+447700900000',
      twilioApiUrl: `http://127.0.0.1:${twilio.address().port}`,
      outboxPollMs: 200,
    });
    await app.ready();
    return { app, signToken, verifyToken };
  })();
  return started;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function inject(app, options) {
  const response = await app.inject(options);
  if (response.statusCode >= 300) {
    throw new Error(`${options.method} ${options.url}: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

/** A contact with opt-ins recorded through the sync route, and links to its preferences. */
async function fixture({ email, optins }) {
  const { app, signToken, verifyToken } = await server();
  const address = email ?? `tenant-${randomUUID()}@example.org`;
  const wanted = optins ?? [
    { channel: 'email', topics: ['news', 'events'] },
    { channel: 'post', status: 'granted' },
  ];
  const subject = randomUUID();
  const events = wanted.map(({ channel, topics, status }) => ({
    id: randomUUID(),
    subject,
    at: new Date().toISOString(),
    kind: 'marketing',
    method: 'optin',
    choices: { channel, status: status ?? 'granted', ...(topics ? { topics } : {}) },
    wording: 'Email me news and updates',
    contact: { email: address },
  }));
  await inject(app, { method: 'POST', url: '/v1/consents', payload: { events } });
  const link = (body) =>
    inject(app, {
      method: 'POST',
      url: '/v1/tokens',
      headers: { authorization: `Bearer ${ADMIN}` },
      payload: { contact: { email: address }, ...body },
    });
  const { token } = await link({});
  const { token: topicToken } = await link({ scope: { channel: 'email', topic: 'news' } });
  const claims = verifyToken(SECRET, token, 'preferences');
  const expiredToken = signToken(SECRET, {
    contact: claims.contact,
    purpose: 'preferences',
    expiresAt: Date.now() - 3600_000,
  });
  const mac = token.slice(token.lastIndexOf('.') + 1);
  const flipped = (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1);
  const invalidToken = `${token.slice(0, token.lastIndexOf('.') + 1)}${flipped}`;
  return { api: PREFIX, email: address, token, expiredToken, invalidToken, topicToken };
}

/** Koa middleware for the test runner's `middleware` list. */
export function preferencesBackend() {
  return async function preferences(ctx, next) {
    if (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`)) return next();
    const route = ctx.url.slice(PREFIX.length) || '/';
    const body = ['POST', 'PUT', 'DELETE'].includes(ctx.method) ? await readBody(ctx.req) : '';
    try {
      if (ctx.method === 'POST' && route === '/fixture') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(await fixture(body ? JSON.parse(body) : {}));
        return;
      }
      if (ctx.method === 'GET' && route.startsWith('/mails?')) {
        await server();
        const to = new URLSearchParams(route.slice('/mails?'.length)).get('to');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(mails.filter((m) => m.to.includes(to)));
        return;
      }
      if (ctx.method === 'GET' && route.startsWith('/texts?')) {
        await server();
        const to = new URLSearchParams(route.slice('/texts?'.length)).get('to');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(texts.filter((m) => m.to === to));
        return;
      }
      const { app } = await server();
      const headers = {};
      for (const name of ['content-type', 'accept']) {
        if (ctx.get(name)) headers[name] = ctx.get(name);
      }
      const response = await app.inject({
        method: ctx.method,
        url: route,
        headers,
        ...(body ? { payload: body } : {}),
      });
      ctx.status = response.statusCode;
      for (const name of ['content-type', 'cache-control']) {
        if (response.headers[name]) ctx.set(name, String(response.headers[name]));
      }
      ctx.body = response.body;
    } catch (error) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = String(error?.stack ?? error);
    }
  };
}
