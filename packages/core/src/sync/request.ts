/** One request to the endpoint and how its answer reads (delivered, retry, or refused). */
import type { ConsentEvent } from '../runtime/types.js';
import { parseRetryAfter } from './backoff.js';
import { requestBody } from './batches.js';

/** How long after a decision a 403 or 404 is still retried. */
const RETRY_FOR_MS = 24 * 3600 * 1000;

/** What one request came to. */
export type Answer =
  | { kind: 'ok'; pending: string[] }
  | { kind: 'retry'; status: number; reason: string; retryAfterMs?: number }
  | { kind: 'rejected'; status: number; reason: string; index?: number };

/** Where and how a batch is posted. */
export interface PostTarget {
  url: string;
  headers: Record<string, string>;
  credentials: RequestCredentials;
  timeoutMs: number;
  maxRetryAfterMs: number;
}

/** One request of a batch. Never throws: every outcome is an {@link Answer}. */
export async function postBatch(
  endpoint: PostTarget,
  batch: ConsentEvent[],
  keepalive: boolean,
): Promise<Answer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), endpoint.timeoutMs);
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: endpoint.headers,
      credentials: endpoint.credentials,
      body: requestBody(batch),
      keepalive,
      cache: 'no-store',
      signal: controller.signal,
    });
    if (response.ok) {
      // Delivered only when the answer accounts for every event; an HTML page from a
      // proxy, a 204 or a cut-off body is not an acknowledgement.
      const acknowledged = await readAcknowledgement(response, batch.length);
      if (acknowledged) return { kind: 'ok', pending: acknowledged.pending };
      return {
        kind: 'retry',
        status: response.status,
        reason: 'the answer did not acknowledge every event',
      };
    }
    const { reason, index } = await readRefusal(response);
    const { status } = response;
    // A 403 or 404 may be a deployment in progress or a misrouted proxy: retried for a day
    // after the decision, then reported.
    const young = batch.every((event) => Date.now() - Date.parse(event.at) < RETRY_FOR_MS);
    if ((status === 403 || status === 404) && young) {
      return { kind: 'retry', status, reason };
    }
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      return { kind: 'rejected', status, reason, index: validIndex(index, batch.length) };
    }
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    return {
      kind: 'retry',
      status,
      reason,
      ...(retryAfter === undefined
        ? {}
        : { retryAfterMs: Math.min(retryAfter, endpoint.maxRetryAfterMs) }),
    };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return {
      kind: 'retry',
      status: 0,
      reason: timedOut ? 'timeout' : `network error: ${(error as Error)?.message}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A 2xx answer's acknowledgement: JSON whose `accepted + duplicates` covers all `sent` events,
 * with the ids it lists as `pending`. `undefined` for anything else (not JSON, cut short,
 * counting fewer events): the batch is then sent again, and the endpoint's dedup absorbs it.
 */
async function readAcknowledgement(
  response: Response,
  sent: number,
): Promise<{ pending: string[] } | undefined> {
  try {
    const body = (await response.json()) as {
      accepted?: unknown;
      duplicates?: unknown;
      pending?: unknown;
    } | null;
    const accepted = typeof body?.accepted === 'number' ? body.accepted : -1;
    const duplicates = typeof body?.duplicates === 'number' ? body.duplicates : 0;
    if (accepted < 0 || accepted + duplicates !== sent) return undefined;
    return {
      pending: Array.isArray(body?.pending)
        ? body.pending.filter((id): id is string => typeof id === 'string')
        : [],
    };
  } catch {
    return undefined;
  }
}

async function readRefusal(response: Response): Promise<{ reason: string; index?: unknown }> {
  let reason = response.statusText || `HTTP ${response.status}`;
  let index: unknown;
  try {
    const text = await response.text();
    try {
      const body = JSON.parse(text) as { error?: unknown; message?: unknown; index?: unknown };
      const message = body.error ?? body.message;
      if (typeof message === 'string' && message) reason = message;
      index = body.index;
    } catch {
      if (text.trim()) reason = text.trim().slice(0, 200);
    }
  } catch {
    // The body could not be read: the status says enough.
  }
  return { reason, index };
}

function validIndex(index: unknown, length: number): number | undefined {
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < length
    ? index
    : undefined;
}

/** Headers a page's script may not set (the Fetch standard's forbidden request headers). */
const FORBIDDEN_HEADER =
  /^(accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie|cookie2|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;

/**
 * The config's `headers` a browser can send. Each one it cannot (a forbidden name, a name or
 * value `fetch` refuses) is reported by name once and left out, instead of failing every
 * request and so stopping all sync.
 */
export function sendableHeaders(
  headers: Record<string, string> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    let problem: string | undefined;
    if (FORBIDDEN_HEADER.test(name)) problem = 'a browser never lets a page set it';
    else {
      try {
        new Headers([[name, String(value)]]);
      } catch {
        problem =
          'its name or value is not valid in HTTP (spaces, line breaks or non-Latin-1 text)';
      }
    }
    if (problem) console.error(`[assent] config.headers["${name}"] is left out: ${problem}.`);
    else out[name] = String(value);
  }
  return out;
}
