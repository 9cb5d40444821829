// Issue 6's dashboard figures: the initial JavaScript a browser downloads (gzip, as served over the network) and
// the time from navigation to a populated Hearings screen with the demo data, in Debian's Chromium against the
// real server. A benchmark, not a test: it prints figures and targets and never fails because one is missed.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/browser';
import { repoRoot } from '../support/paths';
import { startServer, type ServerProcess } from '../support/server';

export const TARGETS = { initialJsGzipKb: 250, hearingsReadyMs: 1500 } as const;

export interface DashboardBenchResult {
  machine: { cpus: number; node: string };
  bundle: {
    /** Entry script + its modulepreloads: what every first visit downloads. */
    initialJsGzipBytes: number;
    initialJsRawBytes: number;
    /** Every script Chromium loaded until the Hearings screen was populated (entry + the Hearings chunks). */
    hearingsJsGzipBytes: number;
    files: { file: string; rawBytes: number; gzipBytes: number }[];
  };
  hearings: {
    runs: number;
    /** Navigation start → the first hearing rows on screen, warm server, fresh browser context each run. */
    samplesMs: number[];
    medianMs: number;
    p95Ms: number;
    minMs: number;
    maxMs: number;
    rows: number;
  };
}

const distDir = path.join(repoRoot, 'dashboard', 'dist');

function gzipSize(file: string): { rawBytes: number; gzipBytes: number } {
  const content = readFileSync(path.join(distDir, file));
  return { rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** The scripts index.html loads before any route: its module entry and modulepreload links. */
export function initialScripts(indexHtml: string): string[] {
  const refs = [
    ...indexHtml.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => (match[1] ?? '').replace(/^\//, ''));
  return [...new Set(refs)];
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export interface DashboardBenchOptions {
  runs: number;
  /** An already running server with the demo data; otherwise one is started on an embedded PostgreSQL. */
  server?: ServerProcess;
  log?: (line: string) => void;
}

export async function runDashboardBench(options: DashboardBenchOptions): Promise<DashboardBenchResult> {
  const log = options.log ?? (() => undefined);
  const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const initial = initialScripts(indexHtml);
  if (initial.length === 0)
    throw new Error('dashboard/dist/index.html loads no module script: build it first');

  const ownServer = options.server === undefined;
  log(ownServer ? 'starting a server with the demo data (embedded PostgreSQL)…' : 'using the given server');
  const server = options.server ?? (await startServer({ env: { DEMO_DATA: 'on' }, readyTimeoutMs: 120_000 }));
  const session = await launchChromium();
  try {
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(input: { username: "district", password: "qadagalau" }) { token expiresAt } }',
      }),
    });
    const { data } = (await login.json()) as { data?: { login: { token: string; expiresAt: string } } };
    if (!data) throw new Error('demo login failed: is the demo data there?');
    const stored = JSON.stringify(data.login);

    const samples: number[] = [];
    const loaded = new Set<string>();
    let rows = 0;
    // One warm-up visit (server caches, Chromium's code cache for the first process), then the measured runs.
    for (let run = 0; run <= options.runs; run++) {
      const context = await session.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
      await context.addInitScript(`localStorage.setItem('qadagalau.session', ${JSON.stringify(stored)})`);
      const page = await context.newPage();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.endsWith('.js')) loaded.add(url.pathname.replace(/^\//, ''));
      });
      await page.goto(`${server.url}/hearings`);
      // Evaluated in the page (a string: this workspace compiles without the DOM library).
      const readyAt = await page.waitForFunction(
        `document.querySelector('[data-testid="hearings"][data-state="ready"] [data-testid="hearing-row"]') ? performance.now() : null`,
        undefined,
        { timeout: 30_000 },
      );
      const ms = (await readyAt.jsonValue()) as number;
      rows = await page.locator('[data-testid="hearing-row"]').count();
      await context.close();
      if (run > 0) samples.push(Math.round(ms * 10) / 10);
      log(`${run === 0 ? 'warm-up' : `run ${run}`}: ${ms.toFixed(0)} ms, ${rows} hearing rows`);
    }

    const files = [...new Set([...initial, ...loaded])].sort().map((file) => ({ file, ...gzipSize(file) }));
    const sum = (names: Iterable<string>, key: 'rawBytes' | 'gzipBytes') =>
      [...names].reduce((total, name) => total + (files.find((f) => f.file === name)?.[key] ?? 0), 0);
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      machine: { cpus: cpus().length, node: process.version },
      bundle: {
        initialJsGzipBytes: sum(initial, 'gzipBytes'),
        initialJsRawBytes: sum(initial, 'rawBytes'),
        hearingsJsGzipBytes: sum(new Set([...initial, ...loaded]), 'gzipBytes'),
        files,
      },
      hearings: {
        runs: samples.length,
        samplesMs: samples,
        medianMs: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        minMs: sorted[0] ?? Number.NaN,
        maxMs: sorted[sorted.length - 1] ?? Number.NaN,
        rows,
      },
    };
  } finally {
    await session.close();
    if (ownServer) await server.stop();
  }
}

export function formatDashboardBench(result: DashboardBenchResult): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const { bundle, hearings } = result;
  return [
    `Dashboard (${result.machine.cpus} cores, Node ${result.machine.node}, Debian Chromium)`,
    '| figure | value | target | |',
    '|---|---|---|---|',
    `| initial JavaScript (gzip) | ${kb(bundle.initialJsGzipBytes)} KB (raw ${kb(bundle.initialJsRawBytes)} KB) | < ${TARGETS.initialJsGzipKb} KB | ${verdict(bundle.initialJsGzipBytes / 1024 < TARGETS.initialJsGzipKb)} |`,
    `| JavaScript to a populated Hearings screen (gzip) | ${kb(bundle.hearingsJsGzipBytes)} KB | | |`,
    `| navigation → populated Hearings, median of ${hearings.runs} | ${hearings.medianMs.toFixed(0)} ms (p95 ${hearings.p95Ms.toFixed(0)}, min ${hearings.minMs.toFixed(0)}, max ${hearings.maxMs.toFixed(0)}) | < ${TARGETS.hearingsReadyMs} ms | ${verdict(hearings.medianMs < TARGETS.hearingsReadyMs)} |`,
    `| hearing rows on the first screen | ${hearings.rows} | | |`,
  ].join('\n');
}
