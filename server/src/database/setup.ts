// Brings a database to the state the code expects: migrations applied, reference (and demo) data seeded.
// Used at start and by `npm run db:migrate` / `db:reset`.
import { ConfigError } from '../app/config';
import type { Logger } from '../common/logger';
import { createDataSource } from './data-source';
import { runMigrations, withMigrationLock } from './migrate';
import { runSeeds, type SeedOptions } from './seeds';

export interface SetupOptions extends SeedOptions {
  /** Drop every table, type and view first (development only; the caller refuses it in production). */
  reset?: boolean;
  /** The URL came from DATABASE_URL: connection failures are reported against that variable. */
  external: boolean;
}

export async function setUpDatabase(url: string, options: SetupOptions, logger: Logger): Promise<void> {
  // Its own short-lived pool without the statement timeout: a migration may rebuild a large index.
  const dataSource = createDataSource({
    url,
    logger,
    poolSize: 2,
    statementTimeoutMs: 0,
    applicationName: 'qadagalau-migrate',
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw connectionFailure(error, options.external);
  }
  try {
    await withMigrationLock(dataSource, async () => {
      if (options.reset) {
        logger.warn('dropping every table of the database (db:reset)');
        await dataSource.dropDatabase();
      }
      await runMigrations(dataSource, logger);
      await runSeeds(dataSource, options, logger);
    });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * An unreachable or misconfigured external database is the operator's fix: name the variable. Network errors
 * (ECONNREFUSED, ENOTFOUND…) and PostgreSQL's own (28P01 bad password, 3D000 no such database) carry a `code`;
 * TypeORM's metadata errors (a bug in the code) do not and are reported as they are.
 */
export function connectionFailure(error: unknown, external: boolean): Error {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (external && error instanceof Error && typeof code === 'string') {
    const message = error.message.split('\n')[0];
    return new ConfigError('DATABASE_URL', `cannot connect (${message ? `${code}: ${message}` : code})`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
