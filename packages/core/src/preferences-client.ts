import { isSafeUrl, type MarketingChannel } from './config.js';

/**
 * The client of the token-authorised preferences routes (`GET` / `POST <api>/v1/preferences`)
 * that `<assent-unsubscribe>` reads and writes.
 *
 * @remarks Elements never call the network themselves; these two calls are the exception the
 * unsubscribe page needs. They are authorised by the signed link's token, not by this browser's
 * consent state, so they go straight to the server instead of through the manager's outbox:
 * the visitor must see at once whether the change was accepted, and a queued unsubscribe that
 * is retried later would look done while it is not.
 */

/** A channel's status as the server reports it; `null` when the contact never chose. */
export type PreferenceStatus = 'granted' | 'denied' | 'pending' | null;

/** One channel of a contact, as `GET /v1/preferences` returns it. */
export interface ChannelPreferences {
  status: PreferenceStatus;
  /** When the status last changed (ISO-8601), or `null`. */
  since: string | null;
  /** The topics the contact has a status for. */
  topics: Array<{ id: string; status: Exclude<PreferenceStatus, null> }>;
}

/**
 * What the preferences routes answer.
 * @example
 * { contact: { email: 'j***@example.com' },
 *   channels: { email: { status: 'granted', since: '2024-…', topics: [{ id: 'news', status: 'granted' }] },
 *               sms: { status: null, since: null, topics: [] }, post: { … } },
 *   writable: ['email', 'post'], scope: { channel: null, topic: null }, expiresAt: '2025-…' }
 */
export interface PreferencesView {
  /** The contact the link belongs to, masked (`j***@example.com`). */
  contact: { email?: string; phone?: string };
  channels: Partial<Record<MarketingChannel, ChannelPreferences>>;
  /** Channels this link may change; every channel when the server does not say. */
  writable?: MarketingChannel[];
  /** A link limited to one channel or one topic of it. */
  scope?: { channel: MarketingChannel | null; topic: string | null };
  /** When the link stops working (ISO-8601); `null` for a link that never expires. */
  expiresAt?: string | null;
}

/** One change sent with `POST /v1/preferences`. No `topics` means the whole channel. */
export interface PreferenceChange {
  channel: MarketingChannel;
  topics?: string[];
  status: 'granted' | 'denied';
}

/** Why a preferences call failed. */
export type PreferencesErrorReason = 'invalid' | 'expired' | 'network';

/**
 * A failed preferences call: `invalid` (the link was tampered with, cut short or is for
 * something else: 400, 401, 403, 404), `expired` (410), or `network` (offline, a timeout, a
 * server error or an answer that is not the expected JSON — worth trying again).
 */
export class PreferencesError extends Error {
  constructor(
    readonly reason: PreferencesErrorReason,
    message: string,
    /** The HTTP status, or 0 when there was no answer. */
    readonly status = 0,
  ) {
    super(message);
    this.name = 'PreferencesError';
  }
}

/** Options for the preferences calls. */
export interface PreferencesRequestOptions {
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Aborts the request. */
  signal?: AbortSignal;
  /** Give up after this long and report `network`. @default 15000 */
  timeoutMs?: number;
}

/**
 * Where the preferences routes live: the given `api` base, else the sync `endpoint` with its
 * trailing `/v1/consents` removed, else the page's own origin (`""`). Unsafe URLs are ignored.
 *
 * @example
 * preferencesApiBase(undefined, 'https://consent.example.org/v1/consents'); // 'https://consent.example.org'
 */
export function preferencesApiBase(api?: string | null, endpoint?: string): string {
  const trim = (url: string) => url.trim().replace(/\/+$/, '');
  if (api && isSafeUrl(api)) return trim(api);
  if (endpoint && isSafeUrl(endpoint)) {
    const base = trim(endpoint);
    if (/\/v1\/consents$/.test(base)) return base.replace(/\/v1\/consents$/, '');
  }
  return '';
}

function reasonFor(status: number): PreferencesErrorReason {
  if (status === 410) return 'expired';
  if ([400, 401, 403, 404].includes(status)) return 'invalid';
  return 'network';
}

function isView(value: unknown): value is PreferencesView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Partial<PreferencesView>;
  return typeof view.channels === 'object' && view.channels !== null;
}

async function request(
  url: string,
  init: RequestInit,
  options: PreferencesRequestOptions,
): Promise<PreferencesView> {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, options.timeoutMs ?? 15_000);
  let response: Response;
  try {
    // The token authorises the call: no cookies, and no page address leaked to the server.
    response = await send(url, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
  } catch (error) {
    throw new PreferencesError('network', `Could not reach ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'message' in body
        ? String((body as { message: unknown }).message)
        : response.statusText || `HTTP ${response.status}`;
    throw new PreferencesError(reasonFor(response.status), message, response.status);
  }
  if (!isView(body)) {
    throw new PreferencesError(
      'network',
      'The answer was not a preferences view.',
      response.status,
    );
  }
  return body;
}

/**
 * Reads the preferences of the contact a signed link belongs to.
 * @throws {@link PreferencesError}
 * @example
 * const view = await fetchPreferences('https://consent.example.org', token);
 */
export function fetchPreferences(
  apiBase: string,
  token: string,
  options: PreferencesRequestOptions = {},
): Promise<PreferencesView> {
  const url = `${apiBase}/v1/preferences?token=${encodeURIComponent(token)}`;
  return request(url, { method: 'GET', headers: { accept: 'application/json' } }, options);
}

/**
 * Changes the preferences of the contact a signed link belongs to and returns the new view.
 * `wording` (the text the visitor saw) and `locale` are recorded with the change as proof.
 * @throws {@link PreferencesError}
 * @example
 * await updatePreferences(api, token, [{ channel: 'email', topics: ['news'], status: 'denied' }]);
 */
export function updatePreferences(
  apiBase: string,
  token: string,
  changes: PreferenceChange[],
  options: PreferencesRequestOptions & { wording?: string; locale?: string } = {},
): Promise<PreferencesView> {
  const body: Record<string, unknown> = { token, changes };
  if (options.wording) body.wording = options.wording.slice(0, 8000);
  if (options.locale) body.locale = options.locale.slice(0, 35);
  return request(
    `${apiBase}/v1/preferences`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    },
    options,
  );
}
