/** Real protocol endpoints for the server tests: an HTTP webhook receiver and an SMTP server. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  answered: number;
}

export interface HttpReceiver {
  url: string;
  received: ReceivedRequest[];
  /** The status the next requests get; a function can vary it per request. */
  respond: (request: ReceivedRequest, index: number) => number;
  /** A JSON body to answer with (as an API would), if any. */
  answerBody?: (request: ReceivedRequest, index: number) => unknown;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that records every POST and answers `respond(...)`. */
export async function startHttpReceiver(): Promise<HttpReceiver> {
  const receiver: HttpReceiver = {
    url: '',
    received: [],
    respond: () => 204,
    close: async () => undefined,
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: ReceivedRequest = {
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
        answered: 0,
      };
      const index = receiver.received.length;
      entry.answered = receiver.respond(entry, index);
      receiver.received.push(entry);
      const body = receiver.answerBody?.(entry, index);
      if (body === undefined) response.writeHead(entry.answered).end();
      else {
        response
          .writeHead(entry.answered, { 'content-type': 'application/json' })
          .end(JSON.stringify(body));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpReceiver {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** SMTP code to refuse the next messages with (e.g. 451), or 0 to accept. */
  refuseWith: number;
  close(): Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) on 127.0.0.1 that keeps every message. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const receiver: SmtpReceiver = {
    url: '',
    port: 0,
    mails: [],
    refuseWith: 0,
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (receiver.refuseWith) {
          const error = Object.assign(new Error('Try again later'), {
            responseCode: receiver.refuseWith,
          });
          callback(error);
          return;
        }
        receiver.mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.server.address() as AddressInfo).port;
  receiver.url = `smtp://127.0.0.1:${receiver.port}`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

/** Polls `check` until it returns a truthy value (or fails after `timeoutMs`). */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The decoded parts of a MIME message, by content type (quoted-printable or base64). */
export function mailParts(raw: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const chunk of raw.split(/\r?\n--[^\r\n]+/)) {
    const type = /content-type:\s*(text\/(?:plain|html))/i.exec(chunk)?.[1];
    if (!type) continue;
    const [head, ...rest] = chunk.split(/\r?\n\r?\n/);
    let body = rest.join('\n\n');
    if (/quoted-printable/i.test(head!)) {
      body = Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    } else if (/base64/i.test(head!)) {
      body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    }
    found[type.toLowerCase()] = body;
  }
  return found;
}
