// Applying migrations (at start and from `npm run db:migrate`) and telling whether any is pending (/readyz).
import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import { MIGRATIONS_TABLE } from './data-source';

/** Any fixed 64-bit number; it only has to be the same in every process that migrates this database. */
const MIGRATION_LOCK_KEY = 7_270_514_012;

/**
 * Runs `work` while holding a session-level advisory lock, so two processes starting against the same database
 * (a rolling deploy, `db:migrate` beside a running server) migrate and seed one after the other.
 */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies every pending migration in one transaction; returns the names applied. */
export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  const names = applied.map((migration) => migration.name);
  if (names.length > 0) logger.info('migrations applied', { migrations: names });
  else logger.info('database schema is up to date', { migrations: dataSource.migrations.length });
  return names;
}

/** Names of registered migrations the database has not recorded as applied. Read-only, safe to poll. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  if (known.length === 0) return [];
  const [table] = (await dataSource.query('select to_regclass($1) as name', [MIGRATIONS_TABLE])) as Array<{
    name: string | null;
  }>;
  if (table?.name == null) return known;
  const rows = (await dataSource.query(`select name from "${MIGRATIONS_TABLE}"`)) as Array<{ name: string }>;
  const applied = new Set(rows.map((row) => row.name));
  return known.filter((name) => !applied.has(name));
}
