/**
 * Receives a request body into a private temporary file at network speed, then reads it back
 * as a stream. A large upload (a 100,000-row import) is then fully received long before the
 * server's request timeout, however slowly it is processed, and it never sits in memory.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { HttpError } from './errors.js';

/** A spooled body: `open()` reads it from the start; `remove()` deletes the file. */
export interface Spooled {
  bytes: number;
  open(): Readable;
  remove(): Promise<void>;
}

/** Writes `body` to a file only this user can read; 413 past `maxBytes` (nothing kept). */
export async function spool(body: Readable, maxBytes: number): Promise<Spooled> {
  const folder = await mkdtemp(join(tmpdir(), 'assent-upload-'));
  const file = join(folder, 'body');
  const remove = () => rm(folder, { recursive: true, force: true });
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new HttpError(413, `The file is larger than ${maxBytes} bytes.`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { bytes, open: () => createReadStream(file), remove };
}
