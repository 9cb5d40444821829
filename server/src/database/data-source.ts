// The TypeORM DataSource: migrations only (never synchronize), snake_case names, the registered entities and
// migrations, a bounded pool and a statement timeout so one runaway query cannot hold a connection forever.
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../common/logger';
import { SilentSocketSafeClient } from './pg-client';
import { entities, migrations } from './registry';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'migrations';
export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
/**
 * Connecting, and waiting for a free pool connection, give up after this: while the database restarts a request
 * fails in seconds with "database unavailable" instead of queueing behind a dead pool.
 */
export const CONNECT_TIMEOUT_MS = 5_000;
/**
 * The client-side bound of a query, beyond the server's statement_timeout: a socket that went silent (a cut
 * network, a frozen host) gets no answer from PostgreSQL at all, so only the client can end the wait.
 */
const QUERY_TIMEOUT_MARGIN_MS = 2_000;
/**
 * PostgreSQL checks this often whether the client of a running query is still connected: a killed instance's
 * query or lock wait is cancelled (its transaction rolled back, its locks released) within seconds instead of
 * running on until statement_timeout. Linux, macOS and the BSDs only; 0 (off) elsewhere.
 */
const CLIENT_CHECK_INTERVAL_MS = process.platform === 'win32' ? 0 : 2_000;
const SLOW_QUERY_MS = 1_000;

export interface DataSourceOptions {
  url: string;
  logger?: Logger;
  poolSize?: number;
  /** 0 disables the timeout (migrations and seeds may legitimately run long). */
  statementTimeoutMs?: number;
  applicationName?: string;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const connection = withClientCheck(options.url);
  return new DataSource({
    type: 'postgres',
    url: connection.url,
    entities,
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    // One transaction for the whole batch: a failed start leaves the schema as it was.
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    applicationName: options.applicationName ?? 'qadagalau',
    maxQueryExecutionTime: SLOW_QUERY_MS,
    logging: ['error', 'warn', 'migration', 'schema'],
    ...(options.logger ? { logger: typeOrmLogger(options.logger) } : {}),
    extra: {
      // A connection whose query timed out on a silent socket is destroyed, not handed out again.
      Client: SilentSocketSafeClient,
      statement_timeout: statementTimeoutMs,
      ...(statementTimeoutMs > 0 ? { query_timeout: statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS } : {}),
      // A transaction left open by a bug would hold locks; end such sessions.
      idle_in_transaction_session_timeout: 60_000,
      // Dead peers are noticed on idle pool connections too (the pool then drops them and connects afresh).
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      ...connection.extra,
    },
  });
}

/**
 * The URL and startup `options` of every pool connection: the client check after whatever `?options=` the URL
 * carries. node-postgres lets a URL's `options` replace the configured ones, so they move out of the URL.
 */
function withClientCheck(url: string): { url: string; extra: { options?: string } } {
  if (CLIENT_CHECK_INTERVAL_MS <= 0) return { url, extra: {} };
  const check = `-c client_connection_check_interval=${CLIENT_CHECK_INTERVAL_MS}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, extra: { options: check } }; // not a URL: the connection itself reports it
  }
  const fromUrl = parsed.searchParams.get('options');
  if (fromUrl === null) return { url, extra: { options: check } };
  parsed.searchParams.delete('options');
  return { url: parsed.toString(), extra: { options: `${fromUrl} ${check}` } };
}

/** Routes TypeORM's messages into the structured log instead of the console. */
function typeOrmLogger(logger: Logger): TypeOrmLogger {
  const db = logger.child({ component: 'typeorm' });
  return {
    logQuery: (query) => db.debug('query', { query }),
    logQueryError: (error, query) =>
      db.warn('query failed', { error: error instanceof Error ? error.message : error, query }),
    logQuerySlow: (time, query) => db.warn('slow query', { ms: time, query }),
    logSchemaBuild: (message) => db.info(message),
    logMigration: (message) => db.info(message),
    log: (level, message) => (level === 'warn' ? db.warn(String(message)) : db.info(String(message))),
  };
}
