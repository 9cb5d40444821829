// A throw-away cluster of Debian's PostgreSQL 15 (initdb + pg_ctl in a temporary directory, on a free port), to
// test the server against an external database through DATABASE_URL. Never the system cluster.
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './ports';
import { createTempDir } from './temp-dir';

export const PG15_BIN = '/usr/lib/postgresql/15/bin';

export function pg15Available(): boolean {
  return ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(path.join(PG15_BIN, tool)));
}

const clusters = new Set<Pg15Cluster>();

export interface Pg15Cluster {
  /** Superuser URL of the `postgres` database (trust authentication on 127.0.0.1). */
  adminUrl: string;
  port: number;
  dataDir: string;
  stop(): void;
}

/** PostgreSQL refuses to run as root: when we are root, run its tools as the `postgres` OS user. */
function asPostgresUser(): Pick<ExecFileSyncOptions, 'uid' | 'gid'> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export async function startPg15Cluster(): Promise<Pg15Cluster> {
  const root = createTempDir('pg15');
  const dataDir = path.join(root, 'data');
  const ids = asPostgresUser();
  mkdirSync(dataDir, { mode: 0o700 });
  if (ids.uid !== undefined && ids.gid !== undefined) chownSync(dataDir, ids.uid, ids.gid);
  chownSync(root, ids.uid ?? process.getuid?.() ?? 0, ids.gid ?? process.getgid?.() ?? 0);
  const run = (tool: string, args: string[]): void => {
    execFileSync(path.join(PG15_BIN, tool), args, { ...ids, cwd: root, stdio: 'pipe', timeout: 60_000 });
  };

  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${root}`,
    '-c fsync=off',
  ].join(' ');
  run('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', path.join(root, 'server.log'), '-w', 'start']);

  let stopped = false;
  const cluster: Pg15Cluster = {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => {
      if (stopped) return;
      stopped = true;
      clusters.delete(cluster);
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
  };
  clusters.add(cluster);
  return cluster;
}

/** Stops clusters a failed test left running (see cleanup.setup.ts). */
export function stopPg15Clusters(): void {
  for (const cluster of clusters) cluster.stop();
}
