// Row counts of the domain tables in one query (cheaper than a count per table): a refused mutation must leave
// them all unchanged — nothing half-written.
import { Client } from 'pg';

/**
 * Tables a refusal may legitimately write to: the audit log records refusals (who tried what), login bookkeeping
 * records failed attempts, and the scheduler's own runs happen on the clock, not on a request.
 */
const MAY_CHANGE_ON_REFUSAL = /^(audit_log|login_.*|.*_attempts?|scheduler_run|migrations|typeorm_metadata)$/;

export class RowCounter {
  private client: Client | undefined;
  private query = '';
  tables: string[] = [];
  allTables: string[] = [];

  constructor(private readonly url: string) {}

  async open(): Promise<void> {
    this.client = new Client({ connectionString: this.url });
    await this.client.connect();
    const result = await this.client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' " +
        "and table_type = 'BASE TABLE' order by table_name",
    );
    this.allTables = result.rows.map((r) => r.name);
    this.tables = this.allTables.filter((t) => !MAY_CHANGE_ON_REFUSAL.test(t));
    const client = this.client;
    this.query = `select ${this.tables
      .map(
        (t) => `(select count(*) from ${client.escapeIdentifier(t)})::int as ${client.escapeIdentifier(t)}`,
      )
      .join(', ')}`;
  }

  async counts(): Promise<Record<string, number>> {
    if (!this.client) throw new Error('RowCounter not opened');
    const result = await this.client.query<Record<string, number>>(this.query);
    return result.rows[0] ?? {};
  }

  private known: { xmax: string; counts: Record<string, number> } | undefined;

  /**
   * The row counts now, counted again only when some transaction has written since the last count: a writing
   * transaction is given a transaction id, and the snapshot's xmax (the next id to give) moves; reading ones
   * (these counts included) get none. So a run of refusals costs one tiny query each, and any write — a refused
   * mutation's, a background job's — still leads to a real count.
   */
  async current(): Promise<Record<string, number>> {
    if (!this.client) throw new Error('RowCounter not opened');
    const result = await this.client.query<{ xmax: string }>(
      'select pg_snapshot_xmax(pg_current_snapshot())::text as xmax',
    );
    const xmax = result.rows[0]?.xmax ?? '';
    if (this.known?.xmax !== xmax) this.known = { xmax, counts: await this.counts() };
    return this.known.counts;
  }

  async close(): Promise<void> {
    await this.client?.end();
    this.client = undefined;
  }
}

/** The tables whose count differs, as `table a→b`. */
export function countChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t} ${before[t] ?? '-'}→${after[t] ?? '-'}`);
}
