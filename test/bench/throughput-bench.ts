// Throughput benchmark (issue 7): sustained concurrent load (autocannon) on the hearings query, the product
// (Apollo 5 + type-graphql + TypeORM + Express, support/server.ts) beside the framework floor (floor-server.ts:
// bare graphql-js + node:http + pg doing the same SQL), on the same database, with the same body and token.
// Target: the product reaches at least 60% of the floor's requests per second.
//
// Before measuring, both answers to the request are checked deep-equal (and every response under load is
// compared with the reference byte for byte through autocannon's expectBody: `mismatches`). The servers run in
// child processes; autocannon runs in this process and takes CPU from the same 2 cores, which is reported
// (loadgen CPU) beside each server's own CPU time.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { freePort } from '../support/ports';
import { startServer, httpStatus, sleep } from '../support/server';
import { PRODUCT_POOL_SIZE, startFloorServer, type FloorServer } from './floor-server';
import { HEARINGS_PAGE_SIZE, hearingsRequestBody } from './throughput-query';

export const THROUGHPUT_TARGET = 0.6;

export interface ThroughputOptions {
  databaseUrl: string;
  /** Turn the product's demo data on (the smoke test's small database); off for a generated data set. */
  demoData: boolean;
  username: string;
  password: string;
  /** The region whose hearings are listed; default: the user's office's region. */
  regionId?: string;
  /** Start of the 7-day window; default: today 00:00 in Almaty. */
  from?: Date;
  first?: number;
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** Alternating floor/product pairs measured after the warm-up. */
  rounds: number;
  /** 'process' (the benchmark): a child process running the compiled floor; 'in-process' (the smoke test). */
  floorMode: 'process' | 'in-process';
  /** Called with every SQL statement the floor runs (in-process only). */
  onFloorStatement?: (sql: string) => void;
  /** Extra variables for the product (the smoke test turns on LOG_LEVEL=debug to read its SQL). */
  productEnv?: Record<string, string>;
  /** Called once both answers are checked equal, before any load (the smoke test compares their SQL). */
  beforeLoad?: (servers: {
    productUrl: string;
    productStdout: () => string;
    floorUrl: string;
    body: string;
    authorization: string;
  }) => Promise<void>;
  log?: (line: string) => void;
}

export interface RunFigures {
  reqPerSec: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  durationSec: number;
  /** Share of one core the server process used during the run (CPU seconds / wall seconds). */
  serverCpu: number;
  /** Share of one core this process (autocannon) used during the run. */
  loadgenCpu: number;
  /** The server process's CPU time per answered request, in ms (PostgreSQL's own CPU is not in it). */
  serverCpuMsPerRequest: number;
  /** The first answers (cut to 600 characters) that differed from the reference. */
  mismatchSamples: string[];
}

export interface ServerFigures extends RunFigures {
  rounds: RunFigures[];
}

export interface ThroughputResult {
  at: string;
  machine: { cpus: number; uptimeBefore: string; uptimeAfter: string; loadavgBefore: number[] };
  database: { cases: number | null; hearings: number | null };
  request: {
    query: 'HearingsPage (dashboard Hearings screen)';
    user: string;
    role: string;
    regionId: string;
    from: string;
    to: string;
    first: number;
    edges: number;
    totalCount: number;
    responseBytes: { product: number; floor: number };
    identicalBytes: boolean;
  };
  settings: {
    connections: number;
    durationSec: number;
    warmupSec: number;
    rounds: number;
    poolSize: number;
    nodeEnv: 'production';
    floorAuth: string;
    loadgen: string;
  };
  floor: ServerFigures;
  product: ServerFigures;
  /** product req/s ÷ floor req/s, best round of each. */
  ratio: number;
  /** The same over the medians of the rounds. */
  medianRatio: number;
  target: number;
  met: boolean;
}

interface Target {
  url: string;
  pid: number;
}

export async function runThroughputBench(options: ThroughputOptions): Promise<ThroughputResult> {
  const log = options.log ?? (() => undefined);
  const first = options.first ?? HEARINGS_PAGE_SIZE;
  const uptimeBefore = uptime();
  const loadavgBefore = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const jwtSecret = randomBytes(32).toString('hex');

  log('starting the product (NODE_ENV=production)…');
  const product = await startServer({
    env: {
      NODE_ENV: 'production',
      JWT_SECRET: jwtSecret,
      DATABASE_URL: options.databaseUrl,
      DEMO_DATA: options.demoData ? 'on' : 'off',
      ...options.productEnv,
    },
    readyTimeoutMs: 180_000,
  });
  let floor: (Target & { stop(): Promise<void> }) | null = null;
  try {
    // After the product's start: on a fresh database it has just created and seeded the tables.
    const database = await databaseCounts(options.databaseUrl);
    log('starting the floor…');
    floor = await startFloor(options, jwtSecret);

    const login = await graphql<{ login: { token: string } }>(
      product.url,
      'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username: options.username, password: options.password } },
    );
    const authorization = `Bearer ${login.login.token}`;
    const me = await graphql<{ me: { role: string; office: { region: { id: string } | null } | null } }>(
      product.url,
      '{ me { role office { region { id } } } }',
      {},
      authorization,
    );
    const regionId = options.regionId ?? me.me.office?.region?.id;
    if (!regionId) throw new Error(`${options.username} has no region: pass regionId`);
    const from = options.from ?? startOfAlmatyDay(new Date());
    const body = hearingsRequestBody(regionId, from, 7, first);

    // The same answer from both, before anything is measured.
    const productText = await post(product.url, body, authorization);
    const floorText = await post(floor.url, body, authorization);
    const productJson = JSON.parse(productText) as {
      data?: { hearings?: { totalCount: number; edges: unknown[] } };
      errors?: unknown;
    };
    const floorJson = JSON.parse(floorText) as unknown;
    if (productJson.errors || !productJson.data?.hearings) {
      throw new Error(`the product answered with errors: ${productText.slice(0, 2_000)}`);
    }
    if (!isDeepStrictEqual(productJson, floorJson)) {
      throw new Error(
        `the floor's answer differs from the product's: ${firstDifference(productJson, floorJson)}`,
      );
    }
    const { edges, totalCount } = productJson.data.hearings;
    log(`answers deep-equal: ${edges.length} hearings of ${totalCount}, ${productText.length} bytes`);
    if (edges.length === 0) log('WARNING: the window holds no hearings; the figures measure an empty page');
    await options.beforeLoad?.({
      productUrl: product.url,
      productStdout: () => product.stdout(),
      floorUrl: floor.url,
      body,
      authorization,
    });

    const run = async (target: Target, expectBody: string, durationSec: number): Promise<RunFigures> => {
      const cpuBefore = cpuSeconds(target.pid);
      const ownBefore = process.cpuUsage();
      const started = process.hrtime.bigint();
      const samples: string[] = [];
      const expectedAscii = ascii(expectBody);
      const result = await autocannon({
        url: `${target.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body,
        connections: options.connections,
        duration: durationSec,
        timeout: 30,
        // expectBody's comparison, keeping the first differing answers to report them. autocannon decodes each
        // network chunk on its own (`body += chunk`), so a Cyrillic letter split between two chunks arrives as
        // replacement characters: the answers are compared without their non-ASCII characters (ids, numbers,
        // dates, codes, structure); the full text was compared byte for byte before the load.
        verifyBody: (body: string | Buffer | undefined) => {
          const received = String(body ?? '');
          if (received === expectBody || ascii(received) === expectedAscii) return true;
          if (samples.length < 3) samples.push(received.slice(0, 600));
          return false;
        },
      });
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const own = process.cpuUsage(ownBefore);
      const server = cpuSeconds(target.pid) - cpuBefore;
      const requests = result.requests.total;
      return {
        reqPerSec: round(requests / result.duration, 1),
        requests,
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        latencyMeanMs: round(result.latency.average, 2),
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        mismatches: result.mismatches,
        durationSec: round(result.duration, 2),
        // In-process (smoke) the floor shares this process: its CPU is not told apart from autocannon's.
        serverCpu: round(server / wall, 2),
        loadgenCpu: round((own.user + own.system) / 1e6 / wall, 2),
        serverCpuMsPerRequest: requests > 0 ? round((server * 1000) / requests, 2) : 0,
        mismatchSamples: samples,
      };
    };

    if (options.warmupSec > 0) {
      log(`warm-up: ${options.warmupSec} s each`);
      await run(floor, floorText, options.warmupSec);
      await run(product, productText, options.warmupSec);
    }
    const floorRounds: RunFigures[] = [];
    const productRounds: RunFigures[] = [];
    for (let i = 0; i < options.rounds; i++) {
      const f = await run(floor, floorText, options.durationSec);
      floorRounds.push(f);
      log(`round ${i + 1} floor:   ${f.reqPerSec} req/s, p99 ${f.latencyP99Ms} ms`);
      const p = await run(product, productText, options.durationSec);
      productRounds.push(p);
      log(`round ${i + 1} product: ${p.reqPerSec} req/s, p99 ${p.latencyP99Ms} ms`);
    }
    const floorFigures = summarize(floorRounds);
    const productFigures = summarize(productRounds);
    const ratio = floorFigures.reqPerSec > 0 ? productFigures.reqPerSec / floorFigures.reqPerSec : 0;
    const median = (rounds: RunFigures[]): number => medianOf(rounds.map((r) => r.reqPerSec));
    const medianFloor = median(floorRounds);
    return {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, uptimeBefore, uptimeAfter: uptime(), loadavgBefore },
      database,
      request: {
        query: 'HearingsPage (dashboard Hearings screen)',
        user: options.username,
        role: me.me.role,
        regionId,
        from: from.toISOString(),
        to: new Date(from.getTime() + 7 * 86_400_000).toISOString(),
        first,
        edges: edges.length,
        totalCount,
        responseBytes: { product: Buffer.byteLength(productText), floor: Buffer.byteLength(floorText) },
        identicalBytes: productText === floorText,
      },
      settings: {
        connections: options.connections,
        durationSec: options.durationSec,
        warmupSec: options.warmupSec,
        rounds: options.rounds,
        poolSize: PRODUCT_POOL_SIZE,
        nodeEnv: 'production',
        floorAuth: 'verifies the product’s JWT with jose (same secret, issuer, audience, HS256)',
        loadgen: 'autocannon 9, in the benchmark process, on the same machine',
      },
      floor: floorFigures,
      product: productFigures,
      ratio: round(ratio, 3),
      medianRatio: round(medianFloor > 0 ? median(productRounds) / medianFloor : 0, 3),
      target: THROUGHPUT_TARGET,
      met: ratio >= THROUGHPUT_TARGET,
    };
  } finally {
    await floor?.stop().catch(() => undefined);
    await product.stop().catch(() => undefined);
  }
}

/** The best round (highest req/s) as the server's figures, with every round kept. */
function summarize(rounds: RunFigures[]): ServerFigures {
  const best = rounds.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
  return { ...best, rounds };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatThroughput(result: ThroughputResult): string {
  const rows: string[][] = [
    [
      'server',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'non-2xx',
      'mismatched',
      'server CPU',
      'CPU ms/req',
      'loadgen CPU',
    ],
  ];
  for (const [name, f] of [
    ['floor (graphql-js + node:http + pg)', result.floor],
    ['product (Apollo + type-graphql + TypeORM)', result.product],
  ] as const) {
    rows.push([
      name,
      f.reqPerSec.toFixed(1),
      String(f.latencyP50Ms),
      String(f.latencyP99Ms),
      String(f.errors),
      String(f.non2xx),
      String(f.mismatches),
      `${Math.round(f.serverCpu * 100)}%`,
      f.serverCpuMsPerRequest.toFixed(1),
      `${Math.round(f.loadgenCpu * 100)}%`,
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const { request: q, settings: s } = result;
  const verdict = result.met ? 'MET' : 'MISSED';
  return [
    `Throughput — ${q.query}, ${q.user} (${q.role}), region ${q.regionId}, ${q.from.slice(0, 10)} + 7 days, first ${q.first}:` +
      ` ${q.edges} of ${q.totalCount} hearings, ${q.responseBytes.product} bytes` +
      (q.identicalBytes ? ' (byte-identical answers)' : ' (deep-equal answers)'),
    `database: ${result.database.cases ?? '?'} cases, ${result.database.hearings ?? '?'} hearings; ` +
      `${s.connections} connections × ${s.durationSec} s after ${s.warmupSec} s warm-up, ${s.rounds} alternating round(s), best of each; ` +
      `pool ${s.poolSize}; NODE_ENV=production`,
    line(rows[0]!),
    ...rows.slice(1).map(line),
    `product / floor: ${(result.ratio * 100).toFixed(1)}% (median of rounds ${(result.medianRatio * 100).toFixed(1)}%)` +
      ` — target ≥ ${result.target * 100}%: ${verdict}`,
    `rounds (req/s): floor ${result.floor.rounds.map((r) => r.reqPerSec).join(', ')}; product ${result.product.rounds.map((r) => r.reqPerSec).join(', ')}`,
    `CPU: share of one core used by the server process (${result.machine.cpus} cores, shared with PostgreSQL and ` +
      `autocannon — loadgen CPU), and its CPU time per request (PostgreSQL's not counted). ` +
      `uptime before: ${result.machine.uptimeBefore}`,
    `uptime after: ${result.machine.uptimeAfter}`,
  ].join('\n');
}

// ── servers ──────────────────────────────────────────────────────────────────────────────────────────────
async function startFloor(
  options: ThroughputOptions,
  jwtSecret: string,
): Promise<Target & { stop(): Promise<void> }> {
  if (options.floorMode === 'in-process') {
    const floor: FloorServer = await startFloorServer({
      databaseUrl: options.databaseUrl,
      jwtSecret,
      ...(options.onFloorStatement ? { onStatement: options.onFloorStatement } : {}),
    });
    return { url: floor.url, pid: process.pid, stop: () => floor.close() };
  }
  const script = path.join(__dirname, 'floor-server.js');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? '/tmp',
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: jwtSecret,
      PORT: String(port),
      POOL_SIZE: String(PRODUCT_POOL_SIZE),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (output += c));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while ((await httpStatus(`${url}/readyz`)) !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the floor did not start:\n${output}`);
    }
    await sleep(100);
  }
  return {
    url,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!done) child.kill('SIGKILL');
    },
  };
}

async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  authorization?: string,
): Promise<T> {
  const text = await post(url, JSON.stringify({ query, variables }), authorization);
  const json = JSON.parse(text) as { data?: T; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`GraphQL error: ${text.slice(0, 1_000)}`);
  return json.data;
}

async function post(url: string, body: string, authorization?: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 1_000)}`);
  return text;
}

// ── measurements ─────────────────────────────────────────────────────────────────────────────────────────
/** utime + stime of a process, in seconds (Linux /proc; 0 elsewhere). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12]: utime, stime (the 14th and 15th fields of the line) in clock ticks
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`;
  }
}

async function databaseCounts(
  databaseUrl: string,
): Promise<{ cases: number | null; hearings: number | null }> {
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const count = async (table: string): Promise<number | null> => {
      try {
        const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
        return Number(rows[0]?.n ?? 0);
      } catch {
        return null; // not migrated yet: the product's first start creates the tables
      }
    };
    return { cases: await count('court_case'), hearings: await count('hearing') };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Midnight in Almaty (UTC+5, as the dashboard's days) of the day `date` falls on there. */
function startOfAlmatyDay(date: Date): Date {
  const day = new Date(date.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00+05:00`);
}

const ascii = (text: string): string => text.replace(/[\u0080-\uffff]+/g, '');

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Where two JSON values first differ, as a path and both sides (for the error message). */
export function firstDifference(a: unknown, b: unknown, at = '$'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const diff = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
      );
      if (diff) return diff;
    }
  }
  return `${at}: product ${JSON.stringify(a)?.slice(0, 300)} / floor ${JSON.stringify(b)?.slice(0, 300)}`;
}
