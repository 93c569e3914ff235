/** Shared fixtures for the server tests: real HTTP against the real embedded database or PostgreSQL. */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  buildApp,
  openStore,
  type AppOptions,
  type Ledger,
} from '../../packages/server/src/app.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const SECRET = 'test-secret-0123456789abcdef-xyz';
export const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` };

const databaseUrl = process.env.ASSENT_TEST_DATABASE_URL;

export interface Backend {
  name: 'embedded' | 'postgres';
  /** A reason to skip, shown in the test report. */
  skip: string | false;
}

/** Every suite runs on each backend; PostgreSQL only when a test database is given. */
export const backends: Backend[] = [
  { name: 'embedded', skip: false },
  {
    name: 'postgres',
    skip: databaseUrl
      ? false
      : 'PostgreSQL variant skipped: set ASSENT_TEST_DATABASE_URL (e.g. $(bash .ci/postgres.sh))',
  },
];

/** Where one test database lives: a temp dir (embedded) or a fresh schema (PostgreSQL). */
export interface Place {
  backend: Backend;
  dataDir?: string;
  schema?: string;
}

export function newPlace(backend: Backend): Place {
  return backend.name === 'embedded'
    ? { backend, dataDir: mkdtempSync(join(tmpdir(), 'assent-test-')) }
    : { backend, schema: `assent_t_${randomBytes(6).toString('hex')}` };
}

export function storeLocation(place: Place) {
  return place.backend.name === 'embedded'
    ? { dataDir: place.dataDir }
    : { databaseUrl, schema: place.schema };
}

/** Opens the store of a place (runs migrations). */
export function openPlaceStore(place: Place): Promise<Ledger> {
  return openStore(storeLocation(place));
}

/** Deletes a place's data: the temp dir, or the schema. */
export async function destroyPlace(place: Place) {
  if (place.dataDir) rmSync(place.dataDir, { recursive: true, force: true });
  if (place.schema && databaseUrl) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${place.schema} CASCADE`);
    await client.end();
  }
}

export interface Response {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke into JSON freely
  json: any;
}

export interface TestServer {
  url: string;
  app: FastifyInstance;
  /** Every log line the app wrote. */
  logs: string[];
  request(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs JSON (or a string as is). */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Builds the app on `store` and listens on an ephemeral port of 127.0.0.1. */
export async function startServer(
  store: Ledger,
  options: Partial<AppOptions> = {},
): Promise<TestServer> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = await buildApp({
    store,
    secret: SECRET,
    adminToken: ADMIN_TOKEN,
    rateLimit: false,
    logger: { level: 'info', stream },
    ...options,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url + path, init);
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  return {
    url,
    app,
    logs,
    request,
    post: (path, body, headers = {}) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () => app.close(),
  };
}

export const newSubject = () => randomUUID();
export const newEmail = (label = 'person') =>
  `${label}-${randomBytes(4).toString('hex')}@example.com`;

export function cookiesEvent(subject: string, categories: Record<string, boolean>, extra = {}) {
  return {
    id: randomUUID(),
    subject,
    at: new Date().toISOString(),
    kind: 'cookies',
    method: 'banner',
    revision: '2021-11',
    locale: 'en-GB',
    page: 'https://example.com/',
    gpc: false,
    choices: { categories: { necessary: true, ...categories }, services: {} },
    ...extra,
  };
}

export function marketingEvent(
  subject: string,
  contact: { email?: string; phone?: string },
  choices: { channel: string; status: string; topics?: string[] },
  wording = 'Yes, email me news and updates. You can unsubscribe at any time.',
) {
  return {
    id: randomUUID(),
    subject,
    at: new Date().toISOString(),
    kind: 'marketing',
    method: 'optin',
    revision: '2021-11',
    locale: 'en-GB',
    choices,
    wording,
    contact,
  };
}

/** Mints an unsubscribe / preferences link through the admin route. */
export async function mintToken(
  server: TestServer,
  contact: { email?: string; phone?: string },
  scope?: { channel?: string; topic?: string },
): Promise<{ token: string; url: string }> {
  const response = await server.post(
    '/v1/tokens',
    { contact, ...(scope ? { scope } : {}) },
    adminHeaders,
  );
  if (response.status !== 201) throw new Error(`minting a token failed: ${response.text}`);
  return response.json;
}

/** What {@link serveOn} opens for a suite. */
export interface Served {
  place: Place;
  store: Ledger;
  server: TestServer;
}

/**
 * Registers the suite's hooks: before it, a fresh place on `backend`, its store and a server
 * on 127.0.0.1 (handed to `take`); after it, all three closed and the place removed.
 */
export function serveOn(backend: Backend, take: (served: Served) => void): void {
  let place: Place | undefined;
  let store: Ledger | undefined;
  let server: TestServer | undefined;
  before(async () => {
    place = newPlace(backend);
    store = await openPlaceStore(place);
    server = await startServer(store);
    take({ place, store, server });
  });
  after(async () => {
    await server?.close();
    await store?.close();
    if (place) await destroyPlace(place);
  });
}
