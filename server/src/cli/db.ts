// `npm run db:migrate` and `npm run db:reset`: the same database set-up the server does at start, on demand.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../app/config';
import { createLogger, errorFields, type Logger } from '../common/logger';
import { openDatabaseServer, type DatabaseServer } from '../database/database-server';
import { setUpDatabase } from '../database/setup';

const USAGE = 'usage: node server/dist/cli/db.js migrate|reset';

let logger: Logger | undefined;

async function main(command: string | undefined): Promise<number> {
  if (command !== 'migrate' && command !== 'reset') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const log = createLogger({ level: config.logLevel });
  logger = log;
  if (command === 'reset' && config.nodeEnv === 'production') {
    process.stderr.write('db: reset drops every table; refused when NODE_ENV=production\n');
    return 1;
  }
  // Beside a running server, reuse its embedded PostgreSQL rather than refusing.
  const server: DatabaseServer = await openDatabaseServer(config, log, { attachToRunning: true });
  stopOnSignal(server, log);
  try {
    await setUpDatabase(
      server.url,
      { demoData: config.demoData, external: config.databaseUrl !== null, reset: command === 'reset' },
      log,
    );
  } finally {
    await server.stop();
  }
  log.info(command === 'reset' ? 'database reset' : 'database migrated');
  return 0;
}

/** Ctrl+C while migrating must not leave the embedded PostgreSQL running. */
function stopOnSignal(server: DatabaseServer, logger: Logger): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.warn('interrupted; stopping the database', { signal });
      void server.stop().finally(() => process.exit(1));
    });
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`config: ${error.message}\n`);
    else {
      logger?.error('db command failed', errorFields(error));
      process.stderr.write(`db: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  },
);
