/**
 * A tiny query adapter so one ledger implementation runs on both PGlite (embedded, in-process)
 * and PostgreSQL (through `pg`). Everything above this file is database-agnostic SQL.
 */
import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';
import { acquireLock, type DataDirLock } from './lock.js';

/** Something that runs one SQL statement with positional parameters. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/** A database connection (or pool) that can also run a transaction. */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Makes a data directory private to the server's user: folders 0700, files 0600. PGlite
 * creates its files 0666 whatever the umask, so this runs when it opens and closes; between
 * the two, the 0700 data directory keeps everyone else out of the files it adds.
 */
export async function makePrivate(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await makePrivate(path);
    else if (entry.isFile()) await chmod(path, 0o600);
  }
}

/** Opens the embedded database in `dataDir/pgdata`, holding `dataDir/assent.lock` until closed. */
export async function openPglite(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
  // PGlite has no lock of its own: two processes on one directory corrupt it.
  const lock: DataDirLock = acquireLock(dataDir);
  let db: PGlite;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    // With a NodeFS data dir, PGlite writes through to the host file system as it goes; its
    // per-query syncToFs is a no-op there, but awaiting it costs ~2 ms a statement under load.
    // relaxedDurability skips only that wait. (No fsync either way: power-loss durability needs
    // PostgreSQL.)
    db = await PGlite.create(join(dataDir, 'pgdata'), { relaxedDurability: true });
    await makePrivate(dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  let closed = false;
  return {
    kind: 'pglite',
    query: (sql, params) => db.query(sql, params),
    // PGlite serialises transactions on its single connection.
    transaction: (work) => db.transaction((tx) => work(tx)),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
        await makePrivate(dataDir);
      } finally {
        lock.release();
      }
    },
  };
}

/** Options for {@link openPostgres}. */
export interface PostgresOptions {
  /** Use this schema (created if missing) instead of `public`; tests use one per run. */
  schema?: string;
  /** Pool size. @default 10 */
  max?: number;
}

/** Connects a pool to PostgreSQL (or a compatible database) at `url`. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const { default: pg } = await import('pg');
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid schema name: ${schema}`);
  }
  const pool: Pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // While the database is away, a request waits at most this long for a connection and is
    // then answered 503 rather than held open.
    connectionTimeoutMillis: 5000,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  // A client losing its connection (the server restarted, pg_terminate_backend, a network cut)
  // must never crash the process: idle clients report here, the pool drops them, and the next
  // query opens a new connection. Checked-out clients are guarded in transaction() below.
  pool.on('error', () => undefined);
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  let closed = false;
  return {
    kind: 'postgres',
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pool.query(sql, params)) as unknown as { rows: Row[] },
    async transaction(work) {
      const client: PoolClient = await pool.connect();
      // While checked out, a connection error is emitted on the client, not the pool: without
      // a listener it is an uncaught 'error' event that kills the process. The query under way
      // rejects by itself; the broken client is destroyed on release instead of reused.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const tx: Queryable = {
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)) as unknown as { rows: Row[] },
        };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken ??= rollbackError;
        });
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken ?? false);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
