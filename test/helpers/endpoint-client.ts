// Browser side of test/helpers/endpoint-plugin.mjs: drives the scripted endpoint and builds
// `Assent` instances that use it, each test with its own namespace, store and lock.
import { createStore, del, get, set } from 'idb-keyval';
import {
  createAssent,
  type Assent,
  type AssentOptions,
  type KeyValueStore,
  type SyncOptions,
} from '@assent/core';

/** How the endpoint answers one POST (see endpoint-plugin.mjs). */
export interface ScriptStep {
  status?: number;
  retryAfter?: string | number;
  delayMs?: number;
  close?: boolean;
  drop?: boolean;
  pending?: boolean;
  /** Answer with this body as is (with `status`, default 200, and `type`, default text/html). */
  raw?: string;
  type?: string;
}

export interface EndpointRequest {
  ids: string[];
  bytes: number;
  startedAt: number;
  endedAt?: number;
  outcome: number | 'pending' | 'closed' | 'dropped';
}

export interface EndpointLog {
  events: Array<
    { id: string; subject: string; kind: string; wording?: string; contact?: unknown } & Record<
      string,
      unknown
    >
  >;
  received: Record<string, number>;
  requests: EndpointRequest[];
  subjectRequests: string[];
  /** The Authorization header of each subject read (null when none was sent). */
  subjectAuthorizations: (string | null)[];
  maxInFlight: number;
}

/** A fresh namespace of the scripted endpoint. */
export class TestEndpoint {
  readonly name = `t${Math.random().toString(36).slice(2, 10)}`;
  readonly base = `/__endpoint/${this.name}`;
  readonly url = `${this.base}/v1/consents`;

  async script(steps: ScriptStep[]): Promise<void> {
    await this.post('script', steps);
  }

  async invalid(wordings: string[]): Promise<void> {
    await this.post('invalid', wordings);
  }

  async setSubject(id: string, state: unknown): Promise<void> {
    await fetch(`${this.base}/subjects/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: JSON.stringify(state),
    });
  }

  async log(): Promise<EndpointLog> {
    return (await fetch(`${this.base}/log`, { cache: 'no-store' })).json() as Promise<EndpointLog>;
  }

  /** Polls the log until `check` holds; fails with `what` at the deadline. */
  async waitFor(
    check: (log: EndpointLog) => boolean,
    what: string,
    timeoutMs = 5000,
  ): Promise<EndpointLog> {
    return waitUntil(
      async () => {
        const log = await this.log();
        return check(log) ? log : undefined;
      },
      what,
      timeoutMs,
    );
  }

  /** Waits until the endpoint holds `count` events and no request is still being answered. */
  waitForEvents(count: number, timeoutMs = 5000): Promise<EndpointLog> {
    return this.waitFor(
      (log) =>
        log.events.length >= count &&
        log.requests.every((request) => request.outcome !== 'pending'),
      `the endpoint to hold ${count} events`,
      timeoutMs,
    );
  }

  private async post(route: string, body: unknown): Promise<void> {
    await fetch(`${this.base}/${route}`, { method: 'POST', body: JSON.stringify(body) });
  }
}

/** Polls until `check` returns something; rejects at the deadline. */
export async function waitUntil<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Waits until the outbox is empty: the endpoint may log a request as answered a moment
 * before the browser has read the answer and cleared the events.
 */
export function emptyOutbox(assent: Assent): Promise<true> {
  return waitUntil(
    async () => ((await assent.sync!.pending()).length === 0 ? true : undefined),
    'an empty outbox',
  );
}

/** Expires the mirror cookies the test Assents wrote (all named `assent_t…`). */
export function forgetMirrorCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]!.trim();
    if (name.startsWith('assent_t')) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/** A real IndexedDB store in a database of its own, so tests never share an outbox. */
export function testStore(name: string): KeyValueStore {
  const store = createStore(`assent-test-${name}`, 'kv');
  return {
    kind: 'indexeddb',
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
}

/** An `Assent` for one test: its own store, lock and mirror cookie; fast retries. */
export function testAssent(
  endpoint: TestEndpoint,
  options: { endpointUrl?: string; sync?: SyncOptions; config?: Record<string, unknown> } & Omit<
    AssentOptions,
    'config' | 'sync'
  > = {},
): Assent {
  const { endpointUrl, sync, config, ...rest } = options;
  return createAssent({
    storage: testStore(endpoint.name),
    syncTabs: false,
    reportConfig: () => undefined,
    ...rest,
    config: {
      endpoint: endpointUrl ?? endpoint.url,
      cookieName: `assent_${endpoint.name}`,
      categories: { analytics: {}, marketing: {} },
      marketing: { email: { topics: [{ id: 'news', label: 'News' }] }, sms: {}, post: {} },
      ...config,
    },
    sync: {
      baseDelayMs: 20,
      maxDelayMs: 200,
      timeoutMs: 2000,
      lockName: `assent-outbox:${endpoint.name}`,
      ...sync,
    },
  });
}
