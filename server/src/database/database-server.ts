// Which PostgreSQL the process uses: the one DATABASE_URL names (started and stopped by someone else), or the
// embedded one under DATA_DIR.
import type { Config } from '../app/config';
import type { Logger } from '../common/logger';
import {
  startEmbeddedPostgres,
  type DatabaseServer,
  type EmbeddedPostgresOptions,
} from './embedded-postgres';

export type { DatabaseServer } from './embedded-postgres';

export async function openDatabaseServer(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  logger: Logger,
  options: EmbeddedPostgresOptions = {},
): Promise<DatabaseServer> {
  if (config.databaseUrl !== null) {
    logger.info('using the database at DATABASE_URL', { database: describeUrl(config.databaseUrl) });
    return { url: config.databaseUrl, owned: false, stop: async () => {} };
  }
  return startEmbeddedPostgres(config, logger, options);
}

/** host:port/database without credentials, for logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || parsed.searchParams.get('host') || ''}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
