// The compiled server as a real child process: started with a chosen environment, awaited on /readyz, stopped
// with a signal, its exit code and output kept for assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serverMain, repoRoot } from './paths';
import { freePort } from './ports';
import { createTempDir } from './temp-dir';

export interface ServerOptions {
  /** Variables on top of the defaults below; `undefined` removes a default. */
  env?: Record<string, string | undefined>;
  /** Wait for /readyz to answer 200 (default true). */
  waitForReady?: boolean;
  readyTimeoutMs?: number;
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  env: Record<string, string>;
  /** Milliseconds from spawn to the first 200 from /readyz (NaN when not waited for). */
  readyAfterMs: number;
  stdout(): string;
  stderr(): string;
  exited: Promise<ExitStatus>;
  /** Sends the signal and resolves with the exit code; SIGKILLs and throws after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const running = new Set<ChildProcess>();

/**
 * Defaults: a free PORT and EMBEDDED_PG_PORT, a fresh DATA_DIR, NODE_ENV=test, DEMO_DATA=off (tests that need
 * demo data turn it on). Only PATH and HOME come from the test runner's environment, so a developer's shell
 * (DATABASE_URL, NODE_ENV…) cannot leak in.
 */
export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  if (!existsSync(serverMain)) {
    throw new Error(`${serverMain} is missing: run npm run build -w shared && npm run build -w server`);
  }
  const defaults: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/tmp',
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DEMO_DATA: 'off',
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: path.join(createTempDir('data'), 'data'),
  };
  const env: Record<string, string> = { ...defaults };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const started = Date.now();
  const child = spawn(process.execPath, [serverMain], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });

  const port = Number(env['PORT']);
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    port,
    pid: child.pid ?? -1,
    env,
    readyAfterMs: NaN,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    stop: async (signal = 'SIGTERM', timeoutMs = 20_000) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const status = await Promise.race([exited, sleep(timeoutMs).then(() => null)]);
      if (status === null) {
        child.kill('SIGKILL');
        throw new Error(`server did not exit within ${timeoutMs} ms after ${signal}\n${stdout}\n${stderr}`);
      }
      return status.code;
    },
  };

  if (options.waitForReady ?? true) {
    const deadline = started + (options.readyTimeoutMs ?? 60_000);
    for (;;) {
      const early = await Promise.race([exited, sleep(0).then(() => null)]);
      if (early)
        throw new Error(`server exited (${early.code ?? early.signal}) before ready:\n${stderr}\n${stdout}`);
      if ((await httpStatus(`${url}/readyz`)) === 200) break;
      if (Date.now() > deadline) {
        await server.stop('SIGKILL').catch(() => undefined);
        throw new Error(
          `server not ready within ${options.readyTimeoutMs ?? 60_000} ms:\n${stderr}\n${stdout}`,
        );
      }
      await sleep(100);
    }
    server.readyAfterMs = Date.now() - started;
  }
  return server;
}

/** Starts a server that is expected to fail: resolves with its exit code, output and how long it took. */
export async function startExpectingFailure(
  env: Record<string, string | undefined>,
  timeoutMs = 15_000,
): Promise<ExitStatus & { stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const server = await startServer({ env, waitForReady: false });
  const status = await Promise.race([server.exited, sleep(timeoutMs).then(() => null)]);
  if (status === null) {
    await server.stop('SIGKILL').catch(() => undefined);
    throw new Error(`server still running after ${timeoutMs} ms:\n${server.stderr()}\n${server.stdout()}`);
  }
  return { ...status, stdout: server.stdout(), stderr: server.stderr(), ms: Date.now() - started };
}

/** Kills whatever a failed test left running (see cleanup.setup.ts). */
export async function killRunningServers(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // SIGTERM first: the server then stops its embedded PostgreSQL too.
      child.kill('SIGTERM');
      if ((await Promise.race([exited, sleep(15_000).then(() => 'timeout')])) === 'timeout')
        child.kill('SIGKILL');
    }),
  );
}

/** The HTTP status of a GET, or 0 when nothing answers. */
export async function httpStatus(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
