import type { ResolvedConfig } from './config.js';
import { CHANNELS as MARKETING_CHANNELS } from './protocol.js';
import type { ConsentRuntime } from './runtime/runtime.js';
import type {
  ConsentState,
  MarketingChannelState,
  MarketingStatus,
  StoredDecision,
} from './state.js';

/** The longest subject id `identify` accepts (the reference server's limit). */
export const MAX_SUBJECT_LENGTH = 128;

/**
 * What a subject id may look like: the reference server's rule. An id it would refuse would
 * make every later event fail for good, and an email (with its `@`) must not become the
 * subject anyway: the subject is kept in browser storage and in the mirror cookie.
 */
const SUBJECT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** A subject's state as `GET /v1/subjects/:subject` answers it (every field optional here). */
export interface SubjectState {
  subject?: string;
  revision?: string;
  decidedAt?: string | null;
  categories?: Record<string, boolean>;
  services?: Record<string, boolean>;
  marketing?: Partial<
    Record<string, { status?: string; topics?: string[]; since?: string | null }>
  >;
}

/** Options for {@link identify}. */
export interface IdentifyOptions {
  /** How long to wait for the endpoint before keeping the local state. @default 10000 */
  timeoutMs?: number;
  /**
   * Proof that this page may speak for the user: base64url(HMAC-SHA256(identity secret, id)),
   * minted by the site's backend. Sent as `subjectToken` with every later event and as
   * `Authorization: Bearer` on the read; the reference server refuses an identified subject
   * without it.
   */
  token?: string;
}

/** A browser's own random id: identified ids must not look like one. */
const BROWSER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The URL of one subject's state. `subjectsEndpoint` may hold a `:subject` placeholder
 * (`https://api.example/people/:subject/consent`) or be a base that the id is appended to
 * (`/v1/subjects`). Without it, the URL is derived from `endpoint` by replacing its last path
 * segment (`/v1/consents` → `/v1/subjects/<id>`). `undefined` when there is neither.
 */
export function subjectsUrl(
  config: Pick<ResolvedConfig, 'endpoint' | 'subjectsEndpoint'>,
  subject: string,
  base: string = globalThis.location?.href ?? 'http://localhost/',
): string | undefined {
  const id = encodeURIComponent(subject);
  if (config.subjectsEndpoint) {
    const template = config.subjectsEndpoint;
    if (template.includes(':subject'))
      return new URL(template.replaceAll(':subject', id), base).href;
    return new URL(`${template.replace(/\/+$/, '')}/${id}`, base).href;
  }
  if (!config.endpoint) return undefined;
  const url = new URL(config.endpoint, base);
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/[^/]*$/, '')}/subjects/${id}`;
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Why a subject id is refused, or `undefined` when it is fine. */
export function subjectIdProblem(subject: unknown): string | undefined {
  if (typeof subject !== 'string' || subject.trim() === '') return 'it must be a non-empty string';
  if (subject.length > MAX_SUBJECT_LENGTH)
    return `it must be at most ${MAX_SUBJECT_LENGTH} characters`;
  if (!SUBJECT_PATTERN.test(subject)) {
    return 'it may hold only letters, digits and . _ : - (starting with a letter or digit), so no email';
  }
  if (BROWSER_ID.test(subject)) {
    return 'a UUID is taken for a browser\'s own id; prefix your user ids (e.g. "user:…")';
  }
  return undefined;
}

const STATUSES: readonly MarketingStatus[] = ['granted', 'denied', 'pending', 'unknown'];

/**
 * Merges a subject's state from the endpoint into the local record, by decision time: the
 * newer cookie decision (`decidedAt`) wins as a whole; each marketing channel is taken from
 * whichever side changed it last (`since`). The result is recorded under `subject`.
 */
export function mergeSubjectState(
  local: StoredDecision,
  remote: SubjectState | undefined,
  subject: string,
  now: Date,
): StoredDecision {
  const merged: StoredDecision = {
    ...structuredClone(local),
    subject,
    updatedAt: now.toISOString(),
  };
  if (!remote) return merged;
  const remoteDecided = time(remote.decidedAt);
  if (remoteDecided !== undefined && remoteDecided > (time(local.decidedAt) ?? -Infinity)) {
    merged.decidedAt = remote.decidedAt!;
    if (typeof remote.revision === 'string') merged.revision = remote.revision;
    merged.categories = booleans(remote.categories);
    merged.services = booleans(remote.services);
    // A signal's hold is this browser's own; the remote decision was the person's choice.
    merged.deniedBy = {};
  }
  for (const channel of MARKETING_CHANNELS) {
    const item = remote.marketing?.[channel];
    const since = time(item?.since);
    if (
      !item ||
      since === undefined ||
      since <= (time(merged.marketing[channel]?.since) ?? -Infinity)
    )
      continue;
    const status = STATUSES.includes(item.status as MarketingStatus)
      ? (item.status as MarketingStatus)
      : undefined;
    if (!status) continue;
    const next: MarketingChannelState = {
      status,
      topics: Array.isArray(item.topics)
        ? item.topics.filter((topic) => typeof topic === 'string')
        : [],
      since: item.since!,
    };
    merged.marketing[channel] = next;
  }
  return merged;
}

/**
 * Links this browser to a known user: pulls the subject's state from the endpoint, merges it
 * with the local decision (newest wins), and records later events under `subjectId`. Events
 * already queued keep the subject they were decided under.
 *
 * @remarks Offline-safe: when the endpoint is missing, down or slow, the local state is kept
 * and the subject still switches. A bad id gets a console error and changes nothing. Never
 * rejects.
 *
 * @example
 * // The token comes from the site's backend (see the README's recipe).
 * await identify(manager, 'user-4711', { token: tokenFromYourBackend });
 */
export async function identify(
  manager: ConsentRuntime<ResolvedConfig>,
  subjectId: string,
  options: IdentifyOptions = {},
): Promise<ConsentState> {
  const problem = subjectIdProblem(subjectId);
  if (problem) {
    console.error(`[assent] identify(): the subject id was ignored because ${problem}.`);
    return manager.get();
  }
  const token = typeof options.token === 'string' && options.token ? options.token : undefined;
  if (options.token !== undefined && !token) {
    console.error('[assent] identify(): options.token must be a non-empty string; it was ignored.');
  }
  await manager.ready;
  const remote = await pullSubject(manager.config, subjectId, options.timeoutMs ?? 10_000, token);
  // Read the record only now: a decision made while the request was out is part of the merge.
  const merged = mergeSubjectState(manager.getRecord(), remote, subjectId, new Date());
  if (token) merged.subjectToken = token;
  else delete merged.subjectToken;
  return manager.replaceRecord(merged);
}

async function pullSubject(
  config: ResolvedConfig,
  subject: string,
  timeoutMs: number,
  token: string | undefined,
): Promise<SubjectState | undefined> {
  const url = subjectsUrl(config, subject);
  if (!url) return undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      headers: {
        ...config.headers,
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      credentials: config.credentials,
      cache: 'no-store',
      signal: controller.signal,
    });
    // 404: the endpoint does not know this subject yet; the local state is all there is.
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as unknown;
    return typeof body === 'object' && body !== null ? (body as SubjectState) : undefined;
  } catch (error) {
    console.warn(
      `[assent] identify(): could not pull the subject's state (${(error as Error)?.message}); keeping the local one.`,
    );
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

function time(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function booleans(map: Record<string, boolean> | undefined): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(map ?? {}))
    if (typeof value === 'boolean') out[key] = value;
  return out;
}
