/**
 * Vacuum and planner statistics for the embedded database.
 *
 * PostgreSQL's autovacuum daemon vacuums and re-analyzes a table once a share of it changed.
 * PGlite runs no background workers, so without this its planner never learns how values are
 * spread (how many contacts are email addresses, how many opt-ins a list holds) and plans on
 * defaults — a filtered contact list walked every opt-in of the list and sorted them, one page
 * of states hash-joined the whole state table — and the tables rewritten in place (the summary,
 * the state, the chain head) keep every dead row version, so each read steps over more of them.
 * This does what autovacuum would: `VACUUM` those tables and `ANALYZE` everything when the ledger
 * has grown by half (and at least 1,000 events) since the last run, checked when the store opens
 * and after each ingest, and run after the ingest's transaction, never inside it. (Between two
 * runs the planner still scales each table's row count by its current size.)
 */
import type { Database } from './db.js';

/** Tables updated in place, whose dead row versions only a VACUUM takes away. */
const CHURNED = [
  'chain_head',
  'stats_cursor',
  'stats_daily',
  'stats_day',
  'stats_month',
  'marketing_state',
  'marketing_counts',
  'subject_contacts',
  'subjects',
];

/** The ledger size at which statistics taken at `analyzed` events are due again. */
export const analyzeDueAt = (analyzed: number) => Math.floor(analyzed * 1.5) + 1000;

export class AutoAnalyze {
  /** Ledger events when statistics were last taken (-1 until known). */
  private analyzed = -1;
  private events = 0;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly db: Database) {}

  private get enabled() {
    return this.db.kind === 'pglite';
  }

  /** Reads how old the statistics are, and takes them now if they are due. */
  async start(): Promise<void> {
    if (!this.enabled) return;
    const { rows } = await this.db.query<{ taken: unknown; events: unknown }>(
      `SELECT (SELECT reltuples FROM pg_class WHERE oid = 'events'::regclass) AS taken,
         (SELECT last_seq FROM chain_head WHERE id = 1) AS events`,
    );
    // reltuples is -1 for a table never analyzed.
    this.analyzed = Math.max(Number(rows[0]?.taken ?? -1), 0);
    this.events = Number(rows[0]?.events ?? 0);
    if (this.events >= analyzeDueAt(this.analyzed)) await this.analyze();
  }

  /** Notes events appended; takes statistics in the background once they are due. */
  appended(count: number): void {
    if (!this.enabled || this.analyzed < 0) return;
    this.events += count;
    if (this.events < analyzeDueAt(this.analyzed)) return;
    // Moved on now, so the appends that follow do not queue a second run.
    this.analyzed = this.events;
    // Maintenance only: should it fail (the database closing under it), nothing stored changes
    // and the next run catches up.
    this.running = this.running.then(() => this.analyze()).catch(() => undefined);
  }

  private async analyze() {
    for (const table of CHURNED) await this.db.query(`VACUUM ${table}`);
    await this.db.query('ANALYZE');
    this.analyzed = Math.max(this.analyzed, this.events);
  }

  /** Waits for a run in progress (before the database closes). */
  settle(): Promise<void> {
    return this.running;
  }
}
