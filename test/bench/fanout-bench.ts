// The fan-out benchmark (issue 7): two server instances on one database, N graphql-ws subscribers (each its own
// WebSocket connection) spread over both and over users of different jurisdictions, then a burst of hearings
// scheduled through both instances. Checked per subscriber: every hearing in its jurisdiction arrives exactly
// once, nothing outside it arrives. Measured: delivery latency (receipt − the mutation's response, and − its
// request start), each server's resident memory (VmRSS) and the database transactions the burst cost.
// Targets: p99 < 250 ms, RSS < 300 MB per instance; reported, never asserted here.
// Used by run-fanout-bench.ts (`npm run bench:fanout`, 1,000 subscribers × 100 hearings) and by the smoke test
// integration/fanout-bench-smoke.test.ts (50 × 10). Needs the built shared/ and server/.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { hashPassword } from '@qadagalau/server/dist/modules/auth/password';
import { startServer, type ServerProcess } from '../support/server';

export const TARGET_P99_MS = 250;
export const TARGET_RSS_MB = 300;

export interface FanoutBenchOptions {
  /** An existing database (migrated and seeded by the first instance when empty). */
  databaseUrl: string;
  subscribers: number;
  hearings: number;
  /** DEMO_DATA for the first instance ('on' on a fresh database gives users, offices and cases). */
  demoData: boolean;
  /** Mutations in flight at once during the burst (default 10). */
  concurrency?: number;
  /** WebSocket connections opened at once (default 100). */
  connectBatch?: number;
  /** How long to wait for every expected delivery after the burst (default 60 s). */
  deliveryTimeoutMs?: number;
  /** Extra environment for both server instances (e.g. OUTBOX poll settings). */
  serverEnv?: Record<string, string>;
  log?: (line: string) => void;
}

export interface Percentiles {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface FanoutUserResult {
  username: string;
  role: string;
  office: string | null;
  region: string | null;
  subscribers: number;
  /** Burst hearings this user's subscribers must each receive (by the API's own `case` visibility). */
  expectedPerSubscriber: number;
  /** Subscribers of this user that got exactly their expected set, nothing more, nothing twice. */
  exact: number;
}

export interface FanoutInstanceResult {
  name: string;
  pid: number;
  subscribers: number;
  mutations: number;
  /** Deliveries this instance made during the burst, and the CPU time it used from the burst to the end. */
  deliveries: number;
  cpuMsDuringBurst: number;
  rssMb: { started: number; connected: number; peakDuringBurst: number; peakLifetime: number };
}

export interface FanoutBenchResult {
  at: string;
  subscribers: number;
  hearings: number;
  concurrency: number;
  connectBatch: number;
  environment: { node: string; cpus: number; cpu: string; loadavg: number[]; uptime: string };
  dataset: { cases: number; demoData: boolean };
  users: FanoutUserResult[];
  connectMs: number;
  /** `at`: when the first warm-up marker was sent (every hearing of the bench is created after it). */
  warmUp: { at: string; markers: number; ms: number };
  burst: {
    ms: number;
    mutationsOk: number;
    mutationsFailed: number;
    mutationMs: Percentiles;
    /** Database transactions committed from the burst's start to the last delivery (pg_stat_database). */
    dbTransactions: number;
  };
  deliveries: {
    expected: number;
    received: number;
    duplicates: number;
    missing: number;
    /** Burst hearings that reached a subscriber outside its jurisdiction. */
    unexpected: number;
    /** Hearing events of other hearings (none expected: the bench is alone on its database). */
    foreign: number;
    errors: number;
    subscribersInJurisdiction: number;
    subscribersOutside: number;
    exactlyOnce: boolean;
    allDeliveredMs: number | null;
  };
  /** Receipt − the scheduleHearing response's arrival (the commit is known to the client). */
  latencyFromResponseMs: Percentiles;
  /** Receipt − the scheduleHearing request's start. */
  latencyFromRequestMs: Percentiles;
  instances: FanoutInstanceResult[];
  benchProcessRssMb: number;
  /** CPU the bench process itself (every client) used from the burst to the end: it shares the machine. */
  benchProcessCpuMsDuringBurst: number;
  targets: { p99Ms: number; rssMb: number };
  verdicts: { exactlyOnce: boolean; p99: boolean; rss: boolean };
}

const SUBSCRIPTION = `subscription ($after: String) {
  hearingScheduled(after: $after) { cursor kind hearing { id caseId } case { id } court { id } responsibleOffice { id } }
}`;
const SCHEDULE = `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }`;
const LOGIN = `mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`;
const CASE = `query ($id: ID!) { case(id: $id) { id } }`;
const BENCH_PASSWORD = 'fanout-bench-password';
const JWT_SECRET = 'fanout-bench-secret-0123456789abcdef0123456789';

interface HearingEventMessage {
  cursor: string;
  kind: string;
  hearing: { id: string; caseId: string };
}

interface BenchUser {
  username: string;
  role: 'ADMIN' | 'DEPARTMENT' | 'REGIONAL' | 'DISTRICT' | 'SPECIALIZED';
  officeId: string | null;
  office: string | null;
  region: string | null;
  /** Share of the subscribers (weights, any scale). */
  weight: number;
  token?: string;
  visibleCases?: Set<string>;
}

interface CaseRow {
  id: string;
  instance: string;
}

interface Subscriber {
  index: number;
  user: BenchUser;
  instance: number;
  client: Client;
  /** hearing id → receipt times (performance.now()), one per delivery. */
  received: Map<string, number[]>;
  errors: unknown[];
}

/** Deliveries of a hearing a subscriber had not received before, over all subscribers. */
interface Counter {
  firstReceipts: number;
}

/** Runs the whole benchmark: start, subscribe, burst, verify, stop. Always stops what it started. */
export async function runFanoutBench(options: FanoutBenchOptions): Promise<FanoutBenchResult> {
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? 10;
  const connectBatch = options.connectBatch ?? 100;
  const servers: ServerProcess[] = [];
  const subscribers: Subscriber[] = [];
  const db = new PgClient({ connectionString: options.databaseUrl, application_name: 'fanout-bench' });
  const rss = new RssSampler();
  const counter: Counter = { firstReceipts: 0 };
  try {
    const env = (demo: boolean): Record<string, string> => ({
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DEMO_DATA: demo ? 'on' : 'off',
      ...options.serverEnv,
    });
    let t = performance.now();
    // One after the other: the first migrates (and seeds), the second finds the schema ready.
    servers.push(await startServer({ env: env(options.demoData), readyTimeoutMs: 300_000 }));
    servers.push(await startServer({ env: env(false), readyTimeoutMs: 120_000 }));
    log(`2 instances ready in ${ms(performance.now() - t)} (pids ${servers.map((s) => s.pid).join(', ')})`);
    rss.start(servers.map((s) => s.pid));
    rss.mark('started');

    await db.connect();
    const [{ n: caseCount }] = (await db.query('SELECT count(*)::int AS n FROM court_case')).rows as [
      { n: number },
    ];
    const scenario = await buildScenario(db, options.hearings);
    const users = scenario.users;
    log(
      `scenario: ${users.length} users, ${scenario.burstCases.length} burst cases ` +
        `(${scenario.regions.map((r) => r.code).join(' + ')}; control region ${scenario.control.code})`,
    );
    await createUsers(db, users);
    for (const user of users) {
      const answer = await gql<{ login: { token: string } }>(servers[0]!, LOGIN, {
        u: user.username,
        p: BENCH_PASSWORD,
      });
      if (!answer.data) throw new Error(`login ${user.username}: ${JSON.stringify(answer.errors)}`);
      user.token = answer.data.login.token;
    }

    // The expected recipients, from the API itself: which of the cases each user may open.
    t = performance.now();
    const candidateCases = [...scenario.burstCases, ...scenario.controlCases];
    for (const user of users) user.visibleCases = new Set();
    await pool(
      users.flatMap((user) => candidateCases.map((kase) => ({ user, kase }))),
      8,
      async ({ user, kase }, i) => {
        const answer = await gql<{ case: { id: string } }>(
          servers[i % 2]!,
          CASE,
          { id: kase.id },
          user.token,
        );
        if (answer.data?.case.id === kase.id) user.visibleCases!.add(kase.id);
        else if (!answer.errors?.some((e) => ['NOT_FOUND', 'FORBIDDEN'].includes(String(e.extensions?.code))))
          throw new Error(`case ${kase.id} as ${user.username}: ${JSON.stringify(answer.errors)}`);
      },
    );
    log(
      `visibility of ${candidateCases.length} cases for ${users.length} users in ${ms(performance.now() - t)}`,
    );

    // Subscribers: users by weight, instances alternating; every subscription resumes from the cursor taken now,
    // so one that becomes active late still gets every event (and the exactly-once check covers that path).
    const [{ id: startCursor }] = (
      await db.query('SELECT coalesce(max(id), 0)::text AS id FROM outbox_event')
    ).rows as [{ id: string }];
    const slots = weightedSlots(users);
    t = performance.now();
    for (let start = 0; start < options.subscribers; start += connectBatch) {
      const batch: Promise<void>[] = [];
      for (let i = start; i < Math.min(options.subscribers, start + connectBatch); i += 1) {
        const user = slots[i % slots.length]!;
        batch.push(openSubscriber(subscribers, counter, i, user, servers[i % 2]!, i % 2, startCursor));
      }
      await Promise.all(batch);
    }
    const connectMs = performance.now() - t;
    log(`${subscribers.length} WebSocket connections open in ${ms(connectMs)} (${connectBatch} at a time)`);
    rss.mark('connected');

    // Warm-up: one marker hearing per user that no other marker covers; the burst starts once every subscriber
    // has received all its markers (so every subscription is active and caught up).
    t = performance.now();
    const warmUpAt = new Date().toISOString();
    const adminUser = users.find((u) => u.role === 'ADMIN')!;
    const markerCases: CaseRow[] = [];
    for (const user of users) {
      if (markerCases.some((c) => user.visibleCases!.has(c.id))) continue;
      const kase = candidateCases.find((c) => user.visibleCases!.has(c.id));
      if (!kase) throw new Error(`no case visible to ${user.username} for its warm-up marker`);
      markerCases.push(kase);
    }
    const markerHearings = new Map<string, string>();
    for (const [i, kase] of markerCases.entries()) {
      const answer = await schedule(servers[i % 2]!, adminUser.token!, kase, i);
      if (!answer.id) throw new Error(`warm-up marker on case ${kase.id}: ${answer.error}`);
      markerHearings.set(answer.id, kase.id);
    }
    await waitUntil(
      () =>
        subscribers.every(
          (s) =>
            s.errors.length > 0 ||
            [...markerHearings].every(
              ([hearingId, caseId]) => !s.user.visibleCases!.has(caseId) || s.received.has(hearingId),
            ),
        ),
      60_000,
      () => `warm-up markers did not reach every subscriber: ${describeErrors(subscribers)}`,
    );
    const warmUpMs = performance.now() - t;
    log(`warm-up: ${markerHearings.size} markers reached every subscriber in ${ms(warmUpMs)}`);

    // The burst.
    await sleep(500);
    const xactBefore = await committedTransactions(db);
    const receiptsBefore = counter.firstReceipts;
    const cpuBefore = servers.map((s) => cpuMs(s.pid));
    const benchCpuBefore = process.cpuUsage();
    rss.mark('burst');
    const burst: { caseId: string; hearingId: string | null; started: number; answered: number }[] = [];
    const burstStart = performance.now();
    await pool(
      Array.from({ length: options.hearings }, (_, i) => i),
      concurrency,
      async (i) => {
        const kase = scenario.burstCases[i % scenario.burstCases.length]!;
        const started = performance.now();
        const answer = await schedule(servers[i % 2]!, adminUser.token!, kase, markerCases.length + i);
        const answered = performance.now();
        burst[i] = { caseId: kase.id, hearingId: answer.id, started, answered };
        if (!answer.id) log(`scheduleHearing failed on case ${kase.id}: ${answer.error}`);
      },
    );
    const burstMs = performance.now() - burstStart;
    const ok = burst.filter((b) => b.hearingId !== null);
    log(`burst: ${ok.length}/${options.hearings} hearings scheduled in ${ms(burstMs)}`);

    // Wait for every expected delivery, then a little longer (past one outbox poll) for duplicates and strays.
    const byHearing = new Map(ok.map((b) => [b.hearingId!, b]));
    const expectedOf = (s: Subscriber): string[] =>
      ok.filter((b) => s.user.visibleCases!.has(b.caseId)).map((b) => b.hearingId!);
    const expectedTotal = subscribers.reduce((sum, s) => sum + expectedOf(s).length, 0);
    let allDeliveredMs: number | null = null;
    try {
      await waitUntil(
        () => counter.firstReceipts - receiptsBefore >= expectedTotal,
        options.deliveryTimeoutMs ?? 60_000,
        () => '',
      );
      allDeliveredMs = performance.now() - burstStart;
    } catch {
      log(`not every delivery arrived within ${ms(options.deliveryTimeoutMs ?? 60_000)}`);
    }
    await sleep(2_500);
    rss.mark('after');
    const cpuAfter = servers.map((s) => cpuMs(s.pid));
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const xactAfter = await committedTransactions(db);

    // Verification and latencies.
    let received = 0;
    let duplicates = 0;
    let missing = 0;
    let unexpected = 0;
    let foreign = 0;
    let errors = 0;
    const fromResponse: number[] = [];
    const fromRequest: number[] = [];
    const exactByUser = new Map<BenchUser, number>();
    for (const s of subscribers) {
      const expected = new Set(expectedOf(s));
      let exact = s.errors.length === 0;
      errors += s.errors.length;
      for (const [hearingId, times] of s.received) {
        if (markerHearings.has(hearingId)) {
          if (times.length > 1) exact = false;
          duplicates += times.length - 1;
          continue;
        }
        const mutation = byHearing.get(hearingId);
        if (!mutation) {
          foreign += times.length;
          exact = false;
          continue;
        }
        received += times.length;
        if (times.length > 1) {
          duplicates += times.length - 1;
          exact = false;
        }
        if (!expected.has(hearingId)) {
          unexpected += times.length;
          exact = false;
          continue;
        }
        fromResponse.push(times[0]! - mutation.answered);
        fromRequest.push(times[0]! - mutation.started);
      }
      for (const hearingId of expected) {
        if (!s.received.has(hearingId)) {
          missing += 1;
          exact = false;
        }
      }
      if (exact) exactByUser.set(s.user, (exactByUser.get(s.user) ?? 0) + 1);
    }
    const exactlyOnce =
      duplicates === 0 &&
      missing === 0 &&
      unexpected === 0 &&
      foreign === 0 &&
      errors === 0 &&
      ok.length === options.hearings;
    const latencyFromResponseMs = percentiles(fromResponse);
    const latencyFromRequestMs = percentiles(fromRequest);

    // Close every connection, then stop the instances.
    t = performance.now();
    for (let start = 0; start < subscribers.length; start += connectBatch) {
      await Promise.all(subscribers.slice(start, start + connectBatch).map(async (s) => s.client.dispose()));
    }
    log(`connections closed in ${ms(performance.now() - t)}`);
    const peakLifetime = servers.map((s) => vmKb(s.pid, 'VmHWM') / 1024);
    rss.stop();

    const instances: FanoutInstanceResult[] = servers.map((server, i) => ({
      name: i === 0 ? 'A' : 'B',
      pid: server.pid,
      subscribers: subscribers.filter((s) => s.instance === i).length,
      mutations: ok.filter((_, j) => j % 2 === i).length,
      deliveries: subscribers
        .filter((s) => s.instance === i)
        .reduce((n, s) => n + [...s.received.keys()].filter((h) => byHearing.has(h)).length, 0),
      cpuMsDuringBurst: Math.round((cpuAfter[i] ?? 0) - (cpuBefore[i] ?? 0)),
      rssMb: {
        started: round1(rss.at('started', i)),
        connected: round1(rss.at('connected', i)),
        peakDuringBurst: round1(rss.peakBetween('burst', 'after', i)),
        // VmHWM lags VmRSS by a page or so: never below what the sampler saw.
        peakLifetime: round1(Math.max(peakLifetime[i] ?? 0, rss.peakBetween('started', 'after', i))),
      },
    }));
    const load = os.loadavg();
    const result: FanoutBenchResult = {
      at: new Date().toISOString(),
      subscribers: subscribers.length,
      hearings: options.hearings,
      concurrency,
      connectBatch,
      environment: {
        node: process.version,
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        loadavg: load.map(round2),
        uptime: uptimeLine(),
      },
      dataset: { cases: caseCount, demoData: options.demoData },
      users: users.map((u) => {
        const own = subscribers.filter((s) => s.user === u);
        return {
          username: u.username,
          role: u.role,
          office: u.office,
          region: u.region,
          subscribers: own.length,
          expectedPerSubscriber: ok.filter((b) => u.visibleCases!.has(b.caseId)).length,
          exact: exactByUser.get(u) ?? 0,
        };
      }),
      connectMs: Math.round(connectMs),
      warmUp: { at: warmUpAt, markers: markerHearings.size, ms: Math.round(warmUpMs) },
      burst: {
        ms: Math.round(burstMs),
        mutationsOk: ok.length,
        mutationsFailed: options.hearings - ok.length,
        mutationMs: percentiles(ok.map((b) => b.answered - b.started)),
        dbTransactions: xactAfter - xactBefore,
      },
      deliveries: {
        expected: expectedTotal,
        received,
        duplicates,
        missing,
        unexpected,
        foreign,
        errors,
        subscribersInJurisdiction: subscribers.filter((s) => expectedOf(s).length > 0).length,
        subscribersOutside: subscribers.filter((s) => expectedOf(s).length === 0).length,
        exactlyOnce,
        allDeliveredMs: allDeliveredMs === null ? null : Math.round(allDeliveredMs),
      },
      latencyFromResponseMs,
      latencyFromRequestMs,
      instances,
      benchProcessRssMb: round1(process.memoryUsage.rss() / 1024 / 1024),
      benchProcessCpuMsDuringBurst: Math.round((benchCpu.user + benchCpu.system) / 1000),
      targets: { p99Ms: TARGET_P99_MS, rssMb: TARGET_RSS_MB },
      verdicts: {
        exactlyOnce,
        p99: latencyFromResponseMs.n > 0 && latencyFromResponseMs.p99 < TARGET_P99_MS,
        rss: instances.every((i) => i.rssMb.peakDuringBurst < TARGET_RSS_MB),
      },
    };
    return result;
  } finally {
    rss.stop();
    await Promise.all(subscribers.map(async (s) => s.client.dispose()));
    await db.end().catch(() => undefined);
    for (const server of servers.reverse()) {
      const code = await server.stop().catch((error: unknown) => String(error));
      if (code !== 0) log(`instance pid ${server.pid} stopped with ${code}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Scenario: users of several jurisdictions, cases in two regions, a control region with no burst hearing

interface Scenario {
  users: BenchUser[];
  regions: { id: string; code: string }[];
  control: { id: string; code: string };
  burstCases: CaseRow[];
  /** One case in each user's own scope, outside the burst: warm-up markers (e.g. for the control region). */
  controlCases: CaseRow[];
}

const DISTRICT_KINDS = ['DISTRICT', 'CITY', 'INTERDISTRICT'];
const SPECIALIZED_KINDS = ['MILITARY', 'TRANSPORT', 'ENVIRONMENTAL'];

async function buildScenario(db: PgClient, hearings: number): Promise<Scenario> {
  // The three regions with the most cases (that have a regional and a district office): two for the burst, the
  // third a control whose subscribers must receive none of it.
  const regions = (
    await db.query<{ id: string; code: string }>(
      `SELECT r.id, r.code FROM region r
        WHERE EXISTS (SELECT 1 FROM office o WHERE o.region_id = r.id AND o.kind = 'REGIONAL')
        ORDER BY (SELECT count(*) FROM court_case c WHERE c.region_id = r.id) DESC, r.code LIMIT 3`,
    )
  ).rows;
  if (regions.length < 3) throw new Error('the database needs cases in at least three regions');
  const [r1, r2, control] = regions as [(typeof regions)[0], (typeof regions)[0], (typeof regions)[0]];

  const office = async (regionId: string, kinds: string[], caseColumn: string) =>
    (
      await db.query<{ id: string; code: string }>(
        `SELECT o.id, o.code FROM office o WHERE o.region_id = $1 AND o.kind::text = ANY($2)
          ORDER BY (SELECT count(*) FROM court_case c WHERE c.${caseColumn} = o.id) DESC, o.code LIMIT 1`,
        [regionId, kinds],
      )
    ).rows[0];
  const regionalOffice = async (regionId: string) =>
    (
      await db.query<{ id: string; code: string }>(
        `SELECT id, code FROM office WHERE region_id = $1 AND kind = 'REGIONAL' ORDER BY code LIMIT 1`,
        [regionId],
      )
    ).rows[0]!;
  const department = (
    await db.query<{ id: string; code: string }>(
      `SELECT id, code FROM office WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 1`,
    )
  ).rows[0];

  const users: BenchUser[] = [
    { username: 'fanout_admin', role: 'ADMIN', officeId: null, office: null, region: null, weight: 2 },
    {
      username: 'fanout_analyst',
      role: 'DEPARTMENT',
      officeId: department?.id ?? null,
      office: department?.code ?? null,
      region: null,
      weight: 1,
    },
  ];
  const district1 = await office(r1.id, DISTRICT_KINDS, 'responsible_office_id');
  const specialized1 = await office(r1.id, SPECIALIZED_KINDS, 'specialized_office_id');
  const byRegion: [typeof r1, number][] = [
    [r1, 3],
    [r2, 2],
    [control, 2],
  ];
  for (const [region, weight] of byRegion) {
    const regional = await regionalOffice(region.id);
    const district =
      region === r1 ? district1 : await office(region.id, DISTRICT_KINDS, 'responsible_office_id');
    const code = region.code.toLowerCase();
    users.push({
      username: `fanout_regional_${code}`,
      role: 'REGIONAL',
      officeId: regional.id,
      office: regional.code,
      region: region.code,
      weight,
    });
    if (district) {
      users.push({
        username: `fanout_district_${code}`,
        role: 'DISTRICT',
        officeId: district.id,
        office: district.code,
        region: region.code,
        weight: weight + 1,
      });
    }
  }
  if (specialized1) {
    users.push({
      username: `fanout_specialized_${r1.code.toLowerCase()}`,
      role: 'SPECIALIZED',
      officeId: specialized1.id,
      office: specialized1.code,
      region: r1.code,
      weight: 2,
    });
  }

  // Burst cases: ~40% of the first region's busiest district office, ~15% with its specialized office, ~20%
  // elsewhere in that region, the rest in the second region. Deterministic (ordered by a hash of the id).
  const picked = new Set<string>();
  const burstCases: CaseRow[] = [];
  const take = async (count: number, where: string, params: unknown[]) => {
    if (count <= 0) return;
    const rows = (
      await db.query<CaseRow>(
        `SELECT c.id, ct.instance::text AS instance FROM court_case c JOIN court ct ON ct.id = c.court_id
          WHERE ${where} AND NOT (c.id = ANY($1::uuid[])) ORDER BY md5(c.id::text) LIMIT ${count}`,
        [[...picked], ...params],
      )
    ).rows;
    for (const row of rows) {
      picked.add(row.id);
      burstCases.push(row);
    }
  };
  const distinct = Math.max(1, hearings);
  if (district1) await take(Math.ceil(distinct * 0.4), 'c.responsible_office_id = $2', [district1.id]);
  if (specialized1) await take(Math.ceil(distinct * 0.15), 'c.specialized_office_id = $2', [specialized1.id]);
  await take(Math.ceil(distinct * 0.2), 'c.region_id = $2', [r1.id]);
  const district2 = users.find((u) => u.role === 'DISTRICT' && u.region === r2.code);
  if (district2) await take(Math.ceil(distinct * 0.1), 'c.responsible_office_id = $2', [district2.officeId]);
  await take(distinct - burstCases.length, 'c.region_id = $2', [r2.id]);
  // Too few cases in the second region: fill from the first (hearings then repeat cases round-robin).
  await take(distinct - burstCases.length, 'c.region_id = $2', [r1.id]);
  if (burstCases.length === 0) throw new Error('no cases for the burst');

  // One more case per user in its own scope (its warm-up marker when no burst case is visible to it).
  const controlCases: CaseRow[] = [];
  for (const user of users) {
    const where =
      user.role === 'REGIONAL'
        ? 'c.region_id = (SELECT region_id FROM office WHERE id = $2)'
        : user.role === 'DISTRICT'
          ? 'c.responsible_office_id = $2'
          : user.role === 'SPECIALIZED'
            ? 'c.specialized_office_id = $2'
            : null;
    if (where === null) continue;
    const [row] = (
      await db.query<CaseRow>(
        `SELECT c.id, ct.instance::text AS instance FROM court_case c JOIN court ct ON ct.id = c.court_id
          WHERE ${where} AND NOT (c.id = ANY($1::uuid[])) ORDER BY md5(c.id::text) LIMIT 1`,
        [[...picked], user.officeId],
      )
    ).rows;
    if (row) {
      picked.add(row.id);
      controlCases.push(row);
    }
  }
  return { users, regions: [r1, r2], control, burstCases, controlCases };
}

/** Creates (or resets) the bench's users with a known password; the same scrypt hashing as the server. */
async function createUsers(db: PgClient, users: BenchUser[]): Promise<void> {
  const hash = await hashPassword(BENCH_PASSWORD);
  for (const user of users) {
    await db.query(
      `INSERT INTO app_user (username, password_hash, display_name, role, office_id, active)
       VALUES ($1, $2, $3, $4::role, $5, true)
       ON CONFLICT (username) DO UPDATE SET password_hash = $2, role = $4::role, office_id = $5, active = true`,
      [user.username, hash, `Fan-out bench ${user.role.toLowerCase()}`, user.role, user.officeId],
    );
  }
}

function weightedSlots(users: BenchUser[]): BenchUser[] {
  const slots: BenchUser[] = [];
  // Interleaved (not blocks), so any prefix of the subscribers already mixes users and instances.
  const max = Math.max(...users.map((u) => u.weight));
  for (let round = 0; round < max; round += 1) {
    for (const user of users) if (user.weight > round) slots.push(user);
  }
  return slots;
}

// ---------------------------------------------------------------------------------------------------------
// Clients

function openSubscriber(
  into: Subscriber[],
  counter: Counter,
  index: number,
  user: BenchUser,
  server: ServerProcess,
  instance: number,
  after: string,
): Promise<void> {
  // Resolves once the connection is acknowledged or has failed: a failure is the subscriber's error (it then
  // counts as missing its hearings), not the end of the benchmark.
  return new Promise((resolve) => {
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      const message = (error as { message?: unknown } | null)?.message;
      subscriber.errors.push(`connection: ${typeof message === 'string' ? message : String(error)}`);
      resolve();
    };
    const timer = setTimeout(() => fail(new Error('no connection ack in 30 s')), 30_000);
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${user.token}` },
      on: {
        connected: () => {
          clearTimeout(timer);
          resolve();
        },
        error: (error) => fail(error),
      },
    });
    const subscriber: Subscriber = { index, user, instance, client, received: new Map(), errors: [] };
    into.push(subscriber);
    client.subscribe<{ hearingScheduled: HearingEventMessage }>(
      { query: SUBSCRIPTION, variables: { after } },
      {
        next: (result) => {
          const now = performance.now();
          if (result.errors) subscriber.errors.push(...result.errors);
          const id = result.data?.hearingScheduled.hearing.id;
          if (id === undefined) return;
          const times = subscriber.received.get(id);
          if (times) times.push(now);
          else {
            subscriber.received.set(id, [now]);
            counter.firstReceipts += 1;
          }
        },
        error: (error) => subscriber.errors.push(error),
        complete: () => undefined,
      },
    );
  });
}

interface GqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function gql<T>(
  server: ServerProcess,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GqlAnswer<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return (await response.json()) as GqlAnswer<T>;
}

async function schedule(
  server: ServerProcess,
  token: string,
  kase: CaseRow,
  n: number,
): Promise<{ id: string | null; error?: string }> {
  // Two days ahead, ten minutes apart: always a valid future time.
  const scheduledAt = new Date(Date.now() + 48 * 3_600_000 + n * 600_000).toISOString();
  const answer = await gql<{ scheduleHearing: { id: string } }>(
    server,
    SCHEDULE,
    { input: { caseId: kase.id, instance: kase.instance, scheduledAt } },
    token,
  );
  return answer.data?.scheduleHearing
    ? { id: answer.data.scheduleHearing.id }
    : { id: null, error: JSON.stringify(answer.errors) };
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

/** Samples each server's VmRSS every 50 ms; phases are marked by name. */
class RssSampler {
  private pids: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  private samples: { t: number; mb: number[] }[] = [];
  private marks = new Map<string, number>();

  start(pids: number[]): void {
    this.pids = pids;
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  mark(name: string): void {
    this.sample();
    this.marks.set(name, this.samples.length - 1);
  }

  at(name: string, i: number): number {
    return this.samples[this.marks.get(name) ?? -1]?.mb[i] ?? 0;
  }

  peakBetween(from: string, to: string, i: number): number {
    const a = this.marks.get(from) ?? 0;
    const b = this.marks.get(to) ?? this.samples.length - 1;
    let peak = 0;
    for (let k = a; k <= b; k += 1) peak = Math.max(peak, this.samples[k]?.mb[i] ?? 0);
    return peak;
  }

  private sample(): void {
    this.samples.push({ t: performance.now(), mb: this.pids.map((pid) => vmKb(pid, 'VmRSS') / 1024) });
  }
}

/** A Vm* line of /proc/<pid>/status in kB (0 when the process is gone). */
function vmKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
      new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function committedTransactions(db: PgClient): Promise<number> {
  // Statistics reach the view within a second of a backend going idle.
  await sleep(1_100);
  const { rows } = await db.query<{ n: string }>(
    'SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(rows[0]?.n ?? 0);
}

export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { n: 0, min: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank.
  const at = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return {
    n: sorted.length,
    min: round1(sorted[0]!),
    p50: round1(at(50)),
    p95: round1(at(95)),
    p99: round1(at(99)),
    max: round1(sorted[sorted.length - 1]!),
    mean: round1(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

function uptimeLine(): string {
  const [one, five, fifteen] = os.loadavg().map((l) => l.toFixed(2));
  const up = os.uptime();
  return `up ${Math.floor(up / 3600)}:${String(Math.floor((up % 3600) / 60)).padStart(2, '0')}, load average: ${one}, ${five}, ${fifteen}`;
}

// ---------------------------------------------------------------------------------------------------------
// Report

export function formatFanoutBench(r: FanoutBenchResult): string {
  const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const d = r.deliveries;
  const lat = (name: string, p: Percentiles): string =>
    `${name.padEnd(36)}${[p.p50, p.p95, p.p99, p.max].map((v) => v.toFixed(1).padStart(9)).join('')}${String(p.n).padStart(9)}`;
  const lines = [
    `fan-out: ${r.subscribers} graphql-ws subscribers on 2 instances, a burst of ${r.hearings} scheduleHearing ` +
      `(${r.concurrency} in flight), ${r.dataset.cases.toLocaleString('en')} cases in the database`,
    `${r.environment.node} on ${r.environment.cpus} × ${r.environment.cpu}; ${r.environment.uptime}`,
    '',
    `${'user'.padEnd(34)}${'role'.padEnd(13)}${'subs'.padStart(6)}${'expect'.padStart(8)}${'exact'.padStart(7)}`,
    ...r.users.map(
      (u) =>
        `${u.username.padEnd(34)}${u.role.padEnd(13)}${String(u.subscribers).padStart(6)}` +
        `${String(u.expectedPerSubscriber).padStart(8)}${String(u.exact).padStart(7)}`,
    ),
    '',
    `deliveries: ${d.received} received of ${d.expected} expected; duplicates ${d.duplicates}, missing ${d.missing}, ` +
      `outside jurisdiction ${d.unexpected}, foreign ${d.foreign}, errors ${d.errors}`,
    `subscribers in jurisdiction ${d.subscribersInJurisdiction}, outside ${d.subscribersOutside}; ` +
      `exactly once: ${d.exactlyOnce ? 'yes' : 'NO'}` +
      (d.allDeliveredMs === null
        ? '; NOT all delivered'
        : `; all delivered ${d.allDeliveredMs} ms after the burst began`),
    `connect ${r.connectMs} ms; warm-up ${r.warmUp.markers} markers ${r.warmUp.ms} ms; burst ${r.burst.ms} ms ` +
      `(${r.burst.mutationsOk} ok, ${r.burst.mutationsFailed} failed), ${r.burst.dbTransactions} database transactions`,
    '',
    `${'ms'.padEnd(36)}${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(9)).join('')}${'n'.padStart(9)}`,
    lat('mutation (request → response)', r.burst.mutationMs),
    lat('delivery (mutation response → receipt)', r.latencyFromResponseMs) +
      `   target p99 < ${r.targets.p99Ms}: ${verdict(r.verdicts.p99)}`,
    lat('delivery (mutation request → receipt)', r.latencyFromRequestMs),
    '',
    `${'RSS MB'.padEnd(10)}${'subs'.padStart(6)}${'started'.padStart(9)}${'connected'.padStart(11)}${'burst peak'.padStart(12)}${'lifetime'.padStart(10)}`,
    ...r.instances.map(
      (i) =>
        `${`instance ${i.name}`.padEnd(10)}${String(i.subscribers).padStart(6)}${i.rssMb.started.toFixed(1).padStart(9)}` +
        `${i.rssMb.connected.toFixed(1).padStart(11)}${i.rssMb.peakDuringBurst.toFixed(1).padStart(12)}` +
        `${i.rssMb.peakLifetime.toFixed(1).padStart(10)}   target < ${r.targets.rssMb}: ${verdict(i.rssMb.peakDuringBurst < r.targets.rssMb)}`,
    ),
    `bench process (all clients): ${r.benchProcessRssMb.toFixed(1)} MB, ${r.benchProcessCpuMsDuringBurst} ms CPU from the burst to the end`,
    ...r.instances.map(
      (i) =>
        `instance ${i.name}: ${i.deliveries} deliveries, ${i.mutations} mutations, ${i.cpuMsDuringBurst} ms CPU from the burst ` +
        `to the end (${i.deliveries > 0 ? (i.cpuMsDuringBurst / i.deliveries).toFixed(2) : '–'} ms a delivery, its mutations included)`,
    ),
    '',
    `verdicts: exactly once ${verdict(r.verdicts.exactlyOnce)}, p99 ${verdict(r.verdicts.p99)}, RSS ${verdict(r.verdicts.rss)}`,
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

async function pool<T>(
  items: T[],
  width: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next;
      next += 1;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

async function waitUntil(done: () => boolean, timeoutMs: number, message: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(message());
    await sleep(10);
  }
}

function describeErrors(subscribers: Subscriber[]): string {
  const failed = subscribers.filter((s) => s.errors.length > 0);
  return failed.length === 0
    ? 'no subscription errors'
    : `${failed.length} subscribers with errors, e.g. ${JSON.stringify(failed[0]!.errors).slice(0, 300)}`;
}

function sleep(msec: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msec));
}

function ms(value: number): string {
  return value < 10_000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
