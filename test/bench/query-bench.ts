// The query-latency benchmark (issue 7): the five screen queries over GraphQL/HTTP against a real server process,
// warm and sequential, beside the same SQL sent straight through `pg` (the floor). Targets: p95 < 50 ms per query
// and at most 2× the direct-SQL p95. Figures are reported, never asserted; a missed target is printed as missed.
//
// How "the same SQL" is known: a first (capture) server talks to PostgreSQL through a tap (query-sql-tap.ts) that
// records every statement it sends, with its parameters, while each screen query runs; the statements of one
// request are then replayed one after another on a single `pg` connection, as many times as the GraphQL query is
// timed. The timed server is a second process connected to PostgreSQL directly.
//
// Used by run-query-bench.ts (`npm run bench:queries -- --database-url URL`) and by the smoke test in
// integration/query-bench-smoke.test.ts. No vitest here (compiled into bench/dist).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startServer, type ServerProcess } from '../support/server';
import {
  ASSIGNMENT_MATRIX,
  CASE_DETAIL,
  DEADLINE_BOARD,
  HEARINGS,
  INDICATORS,
  LOGIN,
} from './query-documents';
import { startSqlTap, type TappedStatement } from './query-sql-tap';

/** The issue's targets. */
export const TARGET_P95_MS = 50;
export const TARGET_RATIO = 2;

export const QUERY_NAMES = [
  'deadlineBoard',
  'hearings',
  'caseDetail',
  'indicators',
  'assignmentMatrix',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** Whose screens are measured. Anything left out is found in the database (see discoverTargets). */
export interface QueryTargets {
  password: string;
  /** A DISTRICT user of `officeId`: the deadline board and the case. */
  officeUser: string;
  officeId: string;
  /** A REGIONAL user of `regionId`: hearings, indicators, assignment matrix. */
  regionUser: string;
  regionId: string;
  /** A case with a long timeline, and a user who sees it (DISTRICT of its office, else REGIONAL of its region). */
  caseId: string;
  caseUser: string;
  /** e.g. 2026-Q3 */
  quarter: string;
  /** Start of the 7-day hearings window (ISO date-time). */
  hearingsFrom: string;
  hearingsTo: string;
  /** Deadline board rows per list (the dashboard asks for 200). */
  boardLimit: number;
}

export interface QueryBenchOptions {
  databaseUrl: string;
  iterations: number;
  warmup: number;
  targets?: Partial<QueryTargets>;
  /** Seed the demo data when the server starts (development against an empty database). Default false. */
  demoData?: boolean;
  /**
   * Stop timing a query after this many milliseconds even if fewer than `iterations` pairs ran (at least
   * `minIterations`, default 30); the summaries say how many samples they hold. Default: no limit.
   */
  budgetMsPerQuery?: number;
  minIterations?: number;
  /** Capture runs per query; the median one (by statement count) is kept (a background job may interleave). */
  captures?: number;
  log?: (line: string) => void;
}

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface StatementFigure {
  /** Position in the request's sequence. */
  index: number;
  sql: string;
  values: (string | null)[] | null;
  p50Ms: number;
  rows: number;
}

export interface QueryResult {
  name: QueryName;
  description: string;
  user: string;
  variables: Record<string, unknown>;
  /** Items in the answer (board items, hearings on the page, timeline entries, indicators, matrix cells). */
  items: number;
  responseBytes: number;
  /** Statements the server sent for one request, and over how many pool connections. */
  statements: number;
  connections: number;
  /** The captures' statement counts (they differ when a background job interleaved). */
  captureCounts: number[];
  graphql: LatencySummary;
  sql: LatencySummary;
  /** GraphQL p95 / SQL p95. */
  ratioP95: number;
  withinLatencyTarget: boolean;
  withinRatioTarget: boolean;
  verdict: string;
  /** The three slowest statements of the replay (median), with the plan of the slowest. */
  slowestStatements: StatementFigure[];
  slowestPlan: string[];
  /** Every statement of one request, in the order the server sent them (what the SQL column replays). */
  capturedSql: { connection: number; sql: string; values: (string | null)[] | null }[];
}

export interface QueryBenchResult {
  startedAt: string;
  finishedAt: string;
  cases: number;
  iterations: number;
  warmup: number;
  targetP95Ms: number;
  targetRatio: number;
  targets: QueryTargets;
  machine: { cpus: number; node: string; uptimeBefore: string; uptimeAfter: string };
  queries: QueryResult[];
  allWithinTarget: boolean;
}

interface Screen {
  name: QueryName;
  description: string;
  who: 'office' | 'region' | 'case';
  document: string;
  variables: (t: QueryTargets) => Record<string, unknown>;
  items: (data: Record<string, unknown>) => number;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const SCREENS: Screen[] = [
  {
    name: 'deadlineBoard',
    description: 'office deadline board',
    who: 'office',
    document: DEADLINE_BOARD,
    variables: (t) => ({ officeId: t.officeId, limit: t.boardLimit }),
    items: (d) => {
      const b = obj(d['deadlineBoard']);
      return ['overdue', 'dueToday', 'dueSoon', 'open', 'met'].reduce((n, k) => n + arr(b[k]).length, 0);
    },
  },
  {
    name: 'hearings',
    description: 'region hearings, next 7 days (first 100)',
    who: 'region',
    document: HEARINGS,
    variables: (t) => ({
      filter: { regionIds: [t.regionId], from: t.hearingsFrom, to: t.hearingsTo },
      first: 100,
    }),
    items: (d) => arr(obj(d['hearings'])['edges']).length,
  },
  {
    name: 'caseDetail',
    description: 'case detail with timeline',
    who: 'case',
    document: CASE_DETAIL,
    variables: (t) => ({ id: t.caseId }),
    items: (d) => arr(obj(d['case'])['timeline']).length,
  },
  {
    name: 'indicators',
    description: 'region indicators for a quarter',
    who: 'region',
    document: INDICATORS,
    variables: (t) => ({ scope: 'REGION', id: t.regionId, quarter: t.quarter }),
    items: (d) => (d['indicators'] ? 3 : 0),
  },
  {
    name: 'assignmentMatrix',
    description: 'assignment matrix of the region',
    who: 'region',
    document: ASSIGNMENT_MATRIX,
    variables: (t) => ({ regionIds: [t.regionId] }),
    items: (d) =>
      arr(obj(d['assignmentMatrix'])['rows']).reduce<number>((n, r) => n + arr(obj(r)['cells']).length, 0),
  },
];

// ---------------------------------------------------------------------------------------------------------
// Statistics

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    samples: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
    meanMs: round(sum / sorted.length),
  };
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL over HTTP (node:http, one kept-alive socket: the client adds as little as it can)

class GraphQLClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  constructor(private readonly url: string) {}

  async post(document: string, variables: Json, token?: string): Promise<{ data: Json; bytes: number }> {
    const body = JSON.stringify({ query: document, variables });
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(
        `${this.url}/graphql`,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    const parsed = JSON.parse(text) as {
      data?: Json | null;
      errors?: { message: string; extensions?: Json }[];
    };
    if (parsed.errors?.length || !parsed.data) {
      const first = parsed.errors?.[0];
      throw new Error(
        `GraphQL error: ${first ? `${first.message} (${String(first.extensions?.['code'])})` : 'no data'}`,
      );
    }
    return { data: parsed.data, bytes: Buffer.byteLength(text) };
  }

  async login(username: string, password: string): Promise<string> {
    const { data } = await this.post(LOGIN, { input: { username, password } });
    const token = obj(data['login'])['token'];
    if (typeof token !== 'string') throw new Error(`login of ${username}: no token`);
    return token;
  }

  close(): void {
    this.agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Targets

/** The previous quarter of today (Almaty), e.g. 2026-Q3 on 2026-11-27. */
export function previousQuarter(now = new Date()): string {
  const almaty = new Date(now.getTime() + 5 * 3_600_000);
  const q = Math.floor(almaty.getUTCMonth() / 3); // 0..3, current
  return q === 0 ? `${almaty.getUTCFullYear() - 1}-Q4` : `${almaty.getUTCFullYear()}-Q${q}`;
}

const TARGET_KEYS = [
  'password',
  'officeUser',
  'officeId',
  'regionUser',
  'regionId',
  'caseId',
  'caseUser',
  'quarter',
  'hearingsFrom',
  'hearingsTo',
] as const;
type TargetKey = (typeof TARGET_KEYS)[number] | 'databaseUrl';

/**
 * The targets a manifest names: the generator's (generate-data.ts BenchManifest: url, password, busyOffice,
 * busyRegion, longTimelineCase, quarter, today) or flat QueryTargets keys (with databaseUrl). Unknown keys are
 * ignored; what is missing is discovered later.
 */
export function targetsFromManifest(manifest: unknown): Partial<QueryTargets> & { databaseUrl?: string } {
  const m = obj(manifest);
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const out: Partial<Record<TargetKey, string>> = {};
  const put = (key: TargetKey, value: unknown): void => {
    const v = text(value);
    if (v && !out[key]) out[key] = v;
  };
  for (const key of TARGET_KEYS) put(key, m[key]);
  put('databaseUrl', m['databaseUrl'] ?? m['url']);
  put('officeId', obj(m['busyOffice'])['id']);
  put('officeUser', obj(m['busyOffice'])['username']);
  put('regionId', obj(m['busyRegion'])['id']);
  put('regionUser', obj(m['busyRegion'])['username']);
  put('caseId', obj(m['longTimelineCase'])['id']);
  const today = text(m['today']);
  // The hearings screen's 7 days start at midnight in Almaty.
  if (today && /^\d{4}-\d{2}-\d{2}$/.test(today)) {
    put('hearingsFrom', new Date(`${today}T00:00:00+05:00`).toISOString());
  }
  return out;
}

/** Fills in what the caller did not name: the busiest office, its region, its richest case. */
export async function discoverTargets(client: Client, given: Partial<QueryTargets>): Promise<QueryTargets> {
  const one = async <T>(sql: string, values: unknown[], what: string): Promise<T> => {
    const { rows } = await client.query(sql, values);
    if (rows.length === 0) throw new Error(`query bench: found no ${what} in the database`);
    return rows[0] as T;
  };
  let officeId = given.officeId;
  let officeUser = given.officeUser;
  if (officeUser && !officeId) {
    officeId = (
      await one<{ officeId: string }>(
        `SELECT office_id AS "officeId" FROM app_user WHERE username = $1`,
        [officeUser],
        `user ${officeUser}`,
      )
    ).officeId;
  }
  if (!officeId) {
    // The busiest district office that has a user to sign in as.
    officeId = (
      await one<{ officeId: string }>(
        `SELECT o.office_id AS "officeId"
           FROM (SELECT DISTINCT office_id FROM app_user WHERE role = 'DISTRICT' AND active) o
          ORDER BY (SELECT count(*) FROM deadline d WHERE d.office_id = o.office_id) DESC, o.office_id
          LIMIT 1`,
        [],
        'DISTRICT user',
      )
    ).officeId;
  }
  if (!officeUser) {
    officeUser = (
      await one<{ username: string }>(
        `SELECT username FROM app_user WHERE office_id = $1 AND role = 'DISTRICT' AND active
          ORDER BY username LIMIT 1`,
        [officeId],
        `DISTRICT user of office ${officeId}`,
      )
    ).username;
  }
  const regionId =
    given.regionId ??
    (
      await one<{ regionId: string }>(
        `SELECT region_id AS "regionId" FROM office WHERE id = $1`,
        [officeId],
        `office ${officeId}`,
      )
    ).regionId;
  const regionUser =
    given.regionUser ??
    (
      await one<{ username: string }>(
        `SELECT u.username FROM app_user u JOIN office o ON o.id = u.office_id
          WHERE u.role = 'REGIONAL' AND u.active AND o.region_id = $1 ORDER BY u.username LIMIT 1`,
        [regionId],
        `REGIONAL user of region ${regionId}`,
      )
    ).username;
  const caseId =
    given.caseId ??
    (
      await one<{ id: string }>(
        `SELECT c.id FROM court_case c WHERE c.responsible_office_id = $1
          ORDER BY (SELECT count(*) FROM deadline d WHERE d.case_id = c.id)
                 + (SELECT count(*) FROM hearing h WHERE h.case_id = c.id)
                 + (SELECT count(*) FROM court_act a WHERE a.case_id = c.id) DESC, c.id
          LIMIT 1`,
        [officeId],
        `case of office ${officeId}`,
      )
    ).id;
  const caseUser =
    given.caseUser ??
    (
      await one<{ username: string }>(
        `SELECT u.username FROM court_case c
           JOIN app_user u ON u.active AND (
                (u.role = 'DISTRICT' AND u.office_id IN (c.responsible_office_id, c.territorial_office_id))
             OR (u.role = 'REGIONAL' AND u.office_id IN (SELECT id FROM office WHERE region_id = c.region_id))
             OR u.role IN ('DEPARTMENT', 'ADMIN'))
          WHERE c.id = $1
          ORDER BY (u.username = $2) DESC,
                   CASE u.role WHEN 'DISTRICT' THEN 0 WHEN 'REGIONAL' THEN 1 WHEN 'DEPARTMENT' THEN 2 ELSE 3 END,
                   u.username
          LIMIT 1`,
        [caseId, officeUser],
        `user who sees case ${caseId}`,
      )
    ).username;
  const from = given.hearingsFrom ?? new Date().toISOString();
  const to = given.hearingsTo ?? new Date(Date.parse(from) + 7 * 86_400_000).toISOString();
  return {
    password: given.password ?? 'qadagalau',
    officeUser,
    officeId,
    regionUser,
    regionId,
    caseId,
    caseUser,
    quarter: given.quarter ?? previousQuarter(),
    hearingsFrom: from,
    hearingsTo: to,
    boardLimit: given.boardLimit ?? 200,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The benchmark

function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`;
  }
}

function serverEnv(databaseUrl: string, jwtSecret: string, demoData: boolean): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DEMO_DATA: demoData ? 'on' : 'off',
    NODE_ENV: 'production',
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: 'warn',
  };
}

async function signIn(client: GraphQLClient, targets: QueryTargets): Promise<Record<Screen['who'], string>> {
  return {
    office: await client.login(targets.officeUser, targets.password),
    region: await client.login(targets.regionUser, targets.password),
    case: await client.login(targets.caseUser, targets.password),
  };
}

interface Captured {
  statements: TappedStatement[];
  counts: number[];
}

/** Runs each screen query through a server behind the SQL tap and keeps the statements of one request. */
async function captureStatements(
  databaseUrl: string,
  targets: QueryTargets,
  jwtSecret: string,
  demoData: boolean,
  warmup: number,
  captures: number,
): Promise<Map<QueryName, Captured>> {
  const url = new URL(databaseUrl);
  const tap = await startSqlTap(Number(url.port || 5432), url.hostname);
  url.hostname = '127.0.0.1';
  url.port = String(tap.port);
  let server: ServerProcess | undefined;
  const http: GraphQLClient[] = [];
  try {
    server = await startServer({
      env: serverEnv(url.toString(), jwtSecret, demoData),
      readyTimeoutMs: 180_000,
    });
    const client = new GraphQLClient(server.url);
    http.push(client);
    const tokens = await signIn(client, targets);
    const result = new Map<QueryName, Captured>();
    for (const screen of SCREENS) {
      const variables = screen.variables(targets);
      for (let i = 0; i < warmup; i++) await client.post(screen.document, variables, tokens[screen.who]);
      const runs: TappedStatement[][] = [];
      for (let i = 0; i < captures; i++) {
        const mark = tap.statements.length;
        await client.post(screen.document, variables, tokens[screen.who]);
        // The pool's connections only (not the live-events listener's own connection).
        runs.push(tap.statements.slice(mark).filter((s) => s.application === 'qadagalau'));
      }
      const counts = runs.map((r) => r.length);
      // The median run: a background job's statements can add to a run, a DataLoader batch can split.
      const typical = [...runs].sort((a, b) => a.length - b.length)[Math.floor((runs.length - 1) / 2)] ?? [];
      result.set(screen.name, { statements: typical, counts });
    }
    return result;
  } finally {
    for (const c of http) c.close();
    await server?.stop();
    await tap.close();
  }
}

async function replay(
  client: Client,
  statements: readonly TappedStatement[],
  times?: number[][],
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (!s) continue;
    const t0 = performance.now();
    if (s.values === null) await client.query(s.text);
    else await client.query({ text: s.text, values: s.values });
    times?.[i]?.push(performance.now() - t0);
  }
  return performance.now() - started;
}

async function explain(client: Client, s: TappedStatement): Promise<string[]> {
  if (!/^\s*(select|with)\b/i.test(s.text)) return [];
  try {
    const sql = `EXPLAIN (ANALYZE, BUFFERS) ${s.text}`;
    const { rows } =
      s.values === null ? await client.query(sql) : await client.query({ text: sql, values: s.values });
    return rows.map((r) => String(obj(r)['QUERY PLAN']));
  } catch (error) {
    return [`EXPLAIN failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

export async function runQueryBench(options: QueryBenchOptions): Promise<QueryBenchResult> {
  const log = options.log ?? (() => undefined);
  const startedAt = new Date().toISOString();
  const uptimeBefore = uptime();
  const jwtSecret = randomBytes(36).toString('base64url');
  const demoData = options.demoData ?? false;

  const pg = new Client({ connectionString: options.databaseUrl, application_name: 'qadagalau-bench-sql' });
  await pg.connect();
  let server: ServerProcess | undefined;
  let http: GraphQLClient | undefined;
  try {
    if (demoData) {
      // The demo seed runs at the server's first start: start one so the targets can be found.
      const seeding = await startServer({ env: serverEnv(options.databaseUrl, jwtSecret, true) });
      await seeding.stop();
    }
    const targets = await discoverTargets(pg, options.targets ?? {});
    const cases = Number(
      (await pg.query<{ n: string }>('SELECT count(*) AS n FROM court_case')).rows[0]?.n ?? 0,
    );
    log(
      `${cases} cases; office ${targets.officeId} (${targets.officeUser}), region ${targets.regionId} ` +
        `(${targets.regionUser}), case ${targets.caseId}, quarter ${targets.quarter}`,
    );

    log('capturing the SQL each query issues (server behind the SQL tap)…');
    const captured = await captureStatements(
      options.databaseUrl,
      targets,
      jwtSecret,
      demoData,
      Math.min(options.warmup, 3) + 1,
      options.captures ?? 3,
    );

    log('starting the measured server…');
    server = await startServer({
      env: serverEnv(options.databaseUrl, jwtSecret, demoData),
      readyTimeoutMs: 180_000,
    });
    http = new GraphQLClient(server.url);
    const tokens = await signIn(http, targets);

    const queries: QueryResult[] = [];
    for (const screen of SCREENS) {
      const variables = screen.variables(targets);
      const token = tokens[screen.who];
      const { statements, counts } = captured.get(screen.name) ?? { statements: [], counts: [] };
      const first = await http.post(screen.document, variables, token);
      for (let i = 0; i < options.warmup; i++) {
        await http.post(screen.document, variables, token);
        await replay(pg, statements);
      }
      const gqlMs: number[] = [];
      const sqlMs: number[] = [];
      const perStatement: number[][] = statements.map(() => []);
      // Paired: a GraphQL request, then its SQL, so both see the same machine load and caches.
      const timingStarted = performance.now();
      const budget = options.budgetMsPerQuery ?? Infinity;
      const atLeast = Math.min(options.iterations, options.minIterations ?? 30);
      for (let i = 0; i < options.iterations; i++) {
        if (i >= atLeast && performance.now() - timingStarted > budget) {
          log(`${screen.name}: time budget spent after ${i} of ${options.iterations} iterations`);
          break;
        }
        const t0 = performance.now();
        await http.post(screen.document, variables, token);
        gqlMs.push(performance.now() - t0);
        sqlMs.push(await replay(pg, statements, perStatement));
      }
      const graphql = summarise(gqlMs);
      const sql = summarise(sqlMs);
      const ratioP95 = Math.round((graphql.p95Ms / sql.p95Ms) * 100) / 100;
      const withinLatencyTarget = graphql.p95Ms < TARGET_P95_MS;
      const withinRatioTarget = ratioP95 <= TARGET_RATIO;
      const missed = [
        ...(withinLatencyTarget ? [] : [`p95 ≥ ${TARGET_P95_MS} ms`]),
        ...(withinRatioTarget ? [] : [`> ${TARGET_RATIO}× SQL`]),
      ];
      const ranked = statements
        .map((s, index) => {
          const sorted = [...(perStatement[index] ?? [])].sort((a, b) => a - b);
          return { index, sql: s.text, values: s.values, p50Ms: round(percentile(sorted, 50)), rows: 0 };
        })
        .sort((a, b) => b.p50Ms - a.p50Ms)
        .slice(0, 3);
      for (const figure of ranked) {
        const s = statements[figure.index];
        if (s) {
          const { rowCount } =
            s.values === null ? await pg.query(s.text) : await pg.query({ text: s.text, values: s.values });
          figure.rows = rowCount ?? 0;
        }
      }
      const slowest = ranked[0] ? statements[ranked[0].index] : undefined;
      const result: QueryResult = {
        name: screen.name,
        description: screen.description,
        user: { office: targets.officeUser, region: targets.regionUser, case: targets.caseUser }[screen.who],
        variables,
        items: screen.items(first.data),
        responseBytes: first.bytes,
        statements: statements.length,
        connections: new Set(statements.map((s) => s.connection)).size,
        captureCounts: counts,
        graphql,
        sql,
        ratioP95,
        withinLatencyTarget,
        withinRatioTarget,
        verdict: missed.length === 0 ? 'OK' : `MISSED: ${missed.join(', ')}`,
        slowestStatements: ranked,
        slowestPlan: slowest ? await explain(pg, slowest) : [],
        capturedSql: statements.map((s) => ({ connection: s.connection, sql: s.text, values: s.values })),
      };
      queries.push(result);
      log(
        `${screen.name}: GraphQL p95 ${graphql.p95Ms} ms, SQL p95 ${sql.p95Ms} ms ` +
          `(${statements.length} statements), ${result.verdict}`,
      );
    }

    return {
      startedAt,
      finishedAt: new Date().toISOString(),
      cases,
      iterations: options.iterations,
      warmup: options.warmup,
      targetP95Ms: TARGET_P95_MS,
      targetRatio: TARGET_RATIO,
      targets,
      machine: { cpus: os.cpus().length, node: process.version, uptimeBefore, uptimeAfter: uptime() },
      queries,
      allWithinTarget: queries.every((q) => q.withinLatencyTarget && q.withinRatioTarget),
    };
  } finally {
    http?.close();
    await server?.stop();
    await pg.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// The table

export function formatQueryBench(result: QueryBenchResult): string {
  const header = [
    'query',
    'n',
    'stmts',
    'items',
    'GraphQL p50',
    'p95',
    'p99',
    'max',
    'SQL p50',
    'p95',
    'p99',
    'p95 ratio',
    'verdict',
  ];
  const rows = result.queries.map((q) => [
    q.name,
    String(q.graphql.samples),
    String(q.statements),
    String(q.items),
    q.graphql.p50Ms.toFixed(2),
    q.graphql.p95Ms.toFixed(2),
    q.graphql.p99Ms.toFixed(2),
    q.graphql.maxMs.toFixed(2),
    q.sql.p50Ms.toFixed(2),
    q.sql.p95Ms.toFixed(2),
    q.sql.p99Ms.toFixed(2),
    `${q.ratioP95.toFixed(2)}×`,
    q.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) =>
        i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const out = [
    `Query latency: ${result.cases.toLocaleString('en')} cases, up to ${result.iterations} sequential requests per query (n) after ${result.warmup} warm-up, each followed by its SQL through pg (ms)`,
    `targets: p95 < ${result.targetP95Ms} ms and GraphQL p95 ≤ ${result.targetRatio}× the same SQL through pg`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${result.queries.filter((q) => q.withinLatencyTarget && q.withinRatioTarget).length}/${result.queries.length} within target` +
      (result.allWithinTarget ? '' : ' — targets MISSED are marked above'),
    `machine: ${result.machine.cpus} CPUs, node ${result.machine.node}`,
    `  before: ${result.machine.uptimeBefore}`,
    `  after:  ${result.machine.uptimeAfter}`,
  ];
  return out.join('\n');
}
