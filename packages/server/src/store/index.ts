/**
 * The store: one interface over the consent ledger, with one SQL implementation
 * ({@link Ledger}) that runs on the embedded PGlite or on PostgreSQL.
 */
import { openPglite, openPostgres } from './db.js';
import { Ledger } from './ledger.js';

export { Ledger } from './ledger.js';
export type { AppendedEvent, LedgerHooks } from './hooks.js';
export { DataDirLockedError } from './lock.js';
export type { Database, Queryable } from './db.js';
export * from './types.js';

/** Where the store lives: PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir`. */
export interface StoreLocation {
  databaseUrl?: string;
  /** PostgreSQL schema (tests use a fresh one per run). */
  schema?: string;
  dataDir?: string;
}

/** Opens the database and runs pending migrations. */
export async function openStore(location: StoreLocation): Promise<Ledger> {
  const db = location.databaseUrl
    ? await openPostgres(location.databaseUrl, { schema: location.schema })
    : await openPglite(location.dataDir ?? './data');
  try {
    const ledger = new Ledger(db);
    await ledger.migrate();
    return ledger;
  } catch (error) {
    await db.close();
    throw error;
  }
}
