/** An error that becomes an HTTP answer with this status and message (never a 500). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Seconds a client is asked to wait (Retry-After) while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * True when an error means the database cannot be reached right now (rather than that a
 * request was wrong): a connection refused, reset or cut, the server shutting down or
 * restarting (SQLSTATE 57P01-57P03), connection exceptions (class 08), too many connections,
 * a full disk or no memory (53100, 53200, ENOSPC): nothing was written, a retry later may pass.
 * Such requests are answered 503 with Retry-After: nothing was stored, the client retries.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || code === 'ENOSPC' || /^(08|57P0[123]|53[123]00)/.test(code))
      return true;
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed|PGlite is closed/i.test(
      message,
    )
  );
}
