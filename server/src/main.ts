// config → database → migrations and seeds → schema → HTTP + WebSocket → listen; and the way back on SIGTERM.
import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './app/config';
import { Lifecycle } from './app/lifecycle';
import { assertPortAvailable } from './app/port';
import { createLogger, errorFields, type Logger } from './common/logger';

/** After this, a shutdown that is still waiting on something gives up and exits 1. */
const SHUTDOWN_DEADLINE_MS = 30_000;

class StartAborted extends Error {}

const lifecycle = new Lifecycle();
let logger: Logger = createLogger({ level: 'info' });
let shuttingDown = false;
let startup: Promise<void> = Promise.resolve();

function checkpoint(): void {
  if (shuttingDown) throw new StartAborted('start aborted by a signal');
}

async function start(): Promise<void> {
  const started = Date.now();
  const config: Config = loadConfig(process.env);
  const { configureWebSocketPing } = await import('./modules/events/ws-heartbeat.js');
  configureWebSocketPing(process.env);
  logger = createLogger({ level: config.logLevel });
  logger.info('starting', { nodeEnv: config.nodeEnv, port: config.port, pid: process.pid });
  await assertPortAvailable(config);
  checkpoint();

  // Loaded only now: a bad variable or a taken port is reported in milliseconds, not after Apollo and TypeORM load.
  const [{ openDatabaseServer }, { connectionFailure, setUpDatabase }, { createDataSource }] =
    await Promise.all([
      import('./database/database-server.js'),
      import('./database/setup.js'),
      import('./database/data-source.js'),
    ]);
  const [
    { startHttpServer },
    { readinessProbe },
    { buildAppSchema, emitSchemaFile },
    { TokenService },
    { CalendarService },
    events,
    { DeadlineScheduler },
    demo,
  ] = await Promise.all([
    import('./app/http-server.js'),
    import('./app/readiness.js'),
    import('./app/schema.js'),
    import('./modules/auth/token.service.js'),
    import('./modules/calendar/calendar.service.js'),
    import('./modules/events/event-listener.js'),
    import('./modules/events/deadline-scheduler.js'),
    import('./database/seeds/demo/demo-logins.js'),
  ]);

  const dbServer = await openDatabaseServer(config, logger);
  lifecycle.onStop('database server', () => dbServer.stop());
  checkpoint();

  const external = config.databaseUrl !== null;
  await setUpDatabase(dbServer.url, { demoData: config.demoData, external }, logger);
  checkpoint();

  const dataSource = createDataSource({ url: dbServer.url, logger });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw connectionFailure(error, external);
  }
  lifecycle.onStop('data source', () => dataSource.destroy());
  checkpoint();

  // Live events: this instance's share of the outbox fan-out (LISTEN on its own connection, not the pool).
  const listener = new events.EventListener({
    url: dbServer.url,
    dataSource,
    logger,
    retentionSeconds: config.outboxRetentionSeconds,
  });
  await listener.start();
  events.setEventListener(listener);
  lifecycle.onStop('live events', async () => {
    events.setEventListener(null);
    await listener.stop();
  });
  checkpoint();

  const calendar = new CalendarService();
  await calendar.load(dataSource);
  // A calendar edit on any instance reaches every instance as a CALENDAR event: reload from the database.
  listener.subscribe((event) => {
    if (event.topic !== 'CALENDAR') return;
    calendar
      .load(dataSource)
      .catch((error: unknown) => logger.warn('calendar reload failed', errorFields(error)));
  });
  const now = (): Date => new Date(Date.now() + config.clockOffsetSeconds * 1000);
  // Day-boundary deadline transitions (one instance does the work; see deadline-scheduler.ts).
  const scheduler = new DeadlineScheduler({
    dataSource,
    calendar,
    logger,
    now,
  });
  await scheduler.start();
  lifecycle.onStop('deadline scheduler', () => scheduler.stop());
  checkpoint();

  const schema = await buildAppSchema();
  // Development keeps server/schema.graphql in step with the code; elsewhere the tree may be read-only.
  if (config.nodeEnv === 'development') {
    await emitSchemaFile(schema).catch((error: unknown) =>
      logger.warn('could not write server/schema.graphql', errorFields(error)),
    );
  }

  const http = await startHttpServer({
    config,
    schema,
    dataSource,
    logger,
    tokens: new TokenService(config.jwtSecret, config.tokenTtlSeconds),
    calendar,
    now,
    readiness: readinessProbe(dataSource, logger),
  });
  lifecycle.onStop('http server', () => http.stop());

  logger.info('ready', { port: http.port, ms: Date.now() - started });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const urlHost = shownHost.includes(':') ? `[${shownHost}]` : shownHost;
  process.stdout.write(`Qadagalau is ready at http://${urlHost}:${http.port}/\n`);
  const logins = await demo.demoLogins(dataSource);
  if (logins.length > 0) process.stdout.write(demo.formatDemoLogins(logins));
}

/** A failed start: one line on stderr naming what to fix, everything started so far stopped, exit 1. */
async function failStart(error: unknown): Promise<void> {
  const line =
    error instanceof ConfigError
      ? `config: ${error.message}`
      : `startup: ${error instanceof Error ? error.message : String(error)}`;
  if (!(error instanceof ConfigError)) logger.error('start failed', errorFields(error));
  await lifecycle.stopAll(logger);
  process.stderr.write(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}

async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (shuttingDown) {
    logger.warn('shutdown already in progress', { reason });
    return;
  }
  shuttingDown = true;
  logger.info('shutting down', { reason });
  setTimeout(() => {
    process.stderr.write(`shutdown: still waiting after ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting\n`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  // A start in progress runs to its next checkpoint first, so nothing it is starting is left behind.
  await startup.catch(() => undefined);
  const ok = await lifecycle.stopAll(logger);
  logger.info('stopped', { ok });
  process.exit(ok ? exitCode : 1);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(signal));
}
process.on('uncaughtException', (error) => {
  logger.error('uncaught exception', errorFields(error));
  void shutdown('uncaughtException', 1);
});
process.on('unhandledRejection', (error) => {
  logger.error('unhandled promise rejection', errorFields(error));
  void shutdown('unhandledRejection', 1);
});

startup = start();
startup.catch((error: unknown) => {
  if (error instanceof StartAborted) return; // shutdown() finishes the job
  void failStart(error);
});
