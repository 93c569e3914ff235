/**
 * Logging that never holds contact data, raw IPs or tokens: requests are logged by method and
 * path only (query strings carry tokens and searched addresses), bodies never, and error
 * messages (a database error can quote a row) are scrubbed of anything address-like.
 */
import type { FastifyServerOptions } from 'fastify';
import type { Writable } from 'node:stream';

const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+/g;
const PHONE = /\+?\d[\d ().-]{6,}\d/g;
const TOKEN = /v[12]\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}/g;

export function scrub(text: string): string {
  return text.replace(TOKEN, '[token]').replace(EMAIL, '[email]').replace(PHONE, '[number]');
}

/** The path without its query string. */
export function pathOnly(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?…`;
}

/** Where and how much to log. `false` turns logging off. */
export type LoggerSetting = boolean | { level?: string; stream?: Writable };

export function loggerOptions(setting: LoggerSetting | undefined): FastifyServerOptions['logger'] {
  if (!setting) return false;
  const { level = 'info', stream } = setting === true ? {} : setting;
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        url: pathOnly(req.url ?? ''),
        id: req.id,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error & { code?: unknown; statusCode?: unknown }) => ({
        type: err.name,
        code: err.code,
        statusCode: err.statusCode,
        message: scrub(err.message ?? ''),
        stack: err.stack ? scrub(err.stack.split('\n').slice(1, 6).join('\n')) : '',
      }),
    },
  };
}
