// Issue 8, faults: the PostgreSQL a running server uses is really stopped and started again (a clean "fast"
// shutdown and a crash-like "immediate" one) — /readyz answers 503 within its timeout, every request answers
// quickly with a coded error and no internals, and the server recovers by itself (same process); an instance
// SIGKILLed while a mutation's transaction is open (after its first writes) leaves nothing half-written and no
// lock behind; client connections reset in the middle of requests leave the server up and consistent.
import { connect } from 'node:net';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoToken, graphql, type GraphQLResponse } from '../support/graphql';
import { tally } from '../support/hardening';
import { createDatabase, tableRowCounts, withClient } from '../support/postgres';
import {
  startRestartablePostgres,
  type RestartablePostgres,
  type StopMode,
} from '../support/restartable-postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';
import { startTcpProxy } from '../support/tcp-proxy';

/** The key every outbox writer takes before its insert (server/src/modules/events/outbox.ts, OUTBOX_LOCK_KEY). */
const OUTBOX_LOCK_KEY = 0x6f7574626f78;
const UNAVAILABLE = 'Database unavailable, try again';
/** No request may take longer than this while the database is down. */
const REQUEST_BOUND_MS = 10_000;

const SCHEDULE = `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }`;
const RECORD_ACT = `mutation ($input: RecordCourtActInput!) { recordCourtAct(input: $input) { id } }`;
const HEARINGS = '{ hearings(first: 5) { totalCount edges { node { id } } } }';

interface CaseRef {
  id: string;
  instance: string;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

/** The /readyz status; its body is kept in `lastReadyzBody`. */
let lastReadyzBody = '';
async function readyz(url: string): Promise<number> {
  const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(15_000) });
  lastReadyzBody = await response.text();
  return response.status;
}

/** Holds the outbox lock in a session of the test's own: every mutation that publishes an event waits for it. */
async function holdOutboxLock(url: string): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: url });
  // A database restart ends this session too.
  client.on('error', () => undefined);
  await client.connect();
  await client.query('select pg_advisory_lock($1)', [OUTBOX_LOCK_KEY]);
  return {
    release: async () => {
      await client.query('select pg_advisory_unlock($1)', [OUTBOX_LOCK_KEY]).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/** The server's pool sessions waiting for the outbox lock (inside their mutation's transaction). */
async function blockedOnOutbox(url: string): Promise<number[]> {
  return withClient(url, async (c) =>
    (
      await c.query<{ pid: number }>(
        `select pid from pg_stat_activity where application_name = 'qadagalau' and wait_event_type = 'Lock'
          and wait_event = 'advisory' and state = 'active' and xact_start is not null order by pid`,
      )
    ).rows.map((r) => r.pid),
  );
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Tables the session `pid` has written in its open transaction (RowExclusiveLock on them). */
async function tablesWrittenBy(url: string, pid: number): Promise<string[]> {
  return withClient(url, async (c) =>
    (
      await c.query<{ name: string }>(
        `select distinct c.relname as name from pg_locks l join pg_class c on c.oid = l.relation
          where l.pid = $1 and l.mode = 'RowExclusiveLock' and c.relkind = 'r' order by 1`,
        [pid],
      )
    ).rows.map((r) => r.name),
  );
}

/** Hearings without their SCHEDULED event and HEARING events without their hearing: both must be none. */
async function outboxMismatches(
  url: string,
  since: string,
): Promise<{ hearingsWithoutEvent: number; eventsWithoutHearing: number }> {
  return withClient(url, async (c) => {
    const row = (
      await c.query<{ a: string; b: string }>(
        `select
           (select count(*) from hearing h where h.created_at >= $1
              and not exists (select 1 from outbox_event e where e.topic = 'HEARING' and e.kind = 'SCHEDULED'
                                and e.payload->'hearing'->>'id' = h.id::text)) as a,
           (select count(*) from outbox_event e where e.topic = 'HEARING'
              and not exists (select 1 from hearing h where h.id::text = e.payload->'hearing'->>'id')) as b`,
        [since],
      )
    ).rows[0]!;
    return { hearingsWithoutEvent: Number(row.a), eventsWithoutHearing: Number(row.b) };
  });
}

describe('faults: database restarts, killed instances, dropped sockets', () => {
  let pg: RestartablePostgres;
  let databaseUrl: string;
  let server: ServerProcess;
  let auth: Record<string, string>;
  let hearingCase: CaseRef;
  let actCases: CaseRef[];
  let today: string;
  /** When the test's own writes began (the demo data's hearings have no events: they predate live events). */
  let since: string;
  let hour = 0;
  const env = (): Record<string, string> => ({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'faults-test-secret-0123456789abcdef0123',
  });
  const hearingInput = (extra: Record<string, unknown> = {}) => {
    hour += 1;
    return {
      input: {
        caseId: hearingCase.id,
        instance: hearingCase.instance,
        scheduledAt: new Date(Date.now() + (72 + hour) * 3_600_000).toISOString(),
        ...extra,
      },
    };
  };
  const actInput = (kase: CaseRef) => ({
    input: {
      caseId: kase.id,
      instance: 'FIRST',
      kind: 'PENALTY_IMPOSED',
      issuedOn: today,
      copyDeliveredOn: today,
    },
  });

  beforeAll(async () => {
    pg = await startRestartablePostgres();
    databaseUrl = await createDatabase(pg.adminUrl, 'faults');
    server = await startServer({ env: { ...env(), DEMO_DATA: 'on' } });
    auth = { authorization: `Bearer ${(await demoToken(server.url, 'admin'))!}` };
    await withClient(databaseUrl, async (c) => {
      hearingCase = (
        await c.query<CaseRef>(
          `select c.id, ct.instance from court_case c join court ct on ct.id = c.court_id order by c.id limit 1`,
        )
      ).rows[0]!;
      // First-instance cases without any court act: recording one creates its deadlines (and their events).
      actCases = (
        await c.query<CaseRef>(
          `select c.id, ct.instance from court_case c join court ct on ct.id = c.court_id
            where ct.instance = 'FIRST' and not exists (select 1 from court_act a where a.case_id = c.id)
            order by c.id limit 2`,
        )
      ).rows;
      since = (await c.query<{ t: string }>('select now()::text as t')).rows[0]!.t;
      today = (
        await c.query<{ d: string }>(
          "select to_char((now() at time zone 'Asia/Almaty')::date, 'YYYY-MM-DD') d",
        )
      ).rows[0]!.d;
    });
    expect(actCases).toHaveLength(2);
  }, 120_000);

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
    pg?.destroy();
  });

  it.each(['fast', 'immediate'] as StopMode[])(
    'should answer 503 and coded errors quickly while the database is down (%s shutdown), and recover by itself',
    async (mode) => {
      const listening = (): number => server.stdout().split('listening for live events').length - 1;
      const listenersBefore = listening();
      expect(await readyz(server.url)).toBe(200);

      const stoppedAt = Date.now();
      pg.stop(mode);
      const stopMs = Date.now() - stoppedAt;
      const readyzMs: number[] = [];
      const requestMs: number[] = [];
      const answers: GraphQLResponse<unknown>[] = [];
      let firstUnready: number | null = null;
      // Two and a half seconds of traffic against a stopped database: probes, a read and a mutation at a time.
      while (Date.now() - stoppedAt < stopMs + 2_500) {
        const [probe, read, write] = await Promise.all([
          timed(() => readyz(server.url)),
          timed(() => graphql(server.url, HEARINGS, {}, auth)),
          timed(() => graphql(server.url, SCHEDULE, hearingInput(), auth)),
        ]);
        expect(probe.value).toBe(503);
        // The cause, without the driver's message (no address, port or errno for whoever polls it).
        expect(JSON.parse(lastReadyzBody)).toEqual({ status: 'unavailable', reason: 'database unreachable' });
        firstUnready ??= Date.now();
        readyzMs.push(probe.ms);
        requestMs.push(read.ms, write.ms);
        answers.push(read.value, write.value);
      }
      for (const answer of answers) {
        expect(answer.errors?.[0]?.extensions?.['code']).toBe('INTERNAL');
        expect(answer.errors?.[0]?.message).toBe(UNAVAILABLE);
        // No internals: no driver message, address or SQL.
        expect(JSON.stringify(answer)).not.toMatch(/ECONN|127\.0\.0\.1|postgres|terminat|select /i);
      }
      // Liveness stays green: an orchestrator must not kill a server whose database is restarting.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      const restartedAt = Date.now();
      pg.start();
      const startMs = Date.now() - restartedAt;
      await until('/readyz 200', async () => ((await readyz(server.url)) === 200 ? true : null), 20_000);
      const readyAgainMs = Date.now() - restartedAt;
      const scheduled = await until(
        'a mutation that succeeds',
        async () => {
          const answer = await graphql<{ scheduleHearing: { id: string } }>(
            server.url,
            SCHEDULE,
            hearingInput(),
            auth,
          );
          return answer.data?.scheduleHearing ?? null;
        },
        10_000,
      );
      const mutationAgainMs = Date.now() - restartedAt;
      // The live-event connection reconnected by itself.
      await until(
        'the LISTEN connection back',
        async () => (listening() > listenersBefore ? true : null),
        15_000,
      );
      const listenerAgainMs = Date.now() - restartedAt;
      // Still the same process: nothing restarted it.
      expect(await Promise.race([server.exited.then(() => 'exited'), sleep(0).then(() => 'running')])).toBe(
        'running',
      );
      const event = await withClient(databaseUrl, (c) =>
        c.query("select id from outbox_event where topic = 'HEARING' and payload->'hearing'->>'id' = $1", [
          scheduled.id,
        ]),
      );
      expect(event.rowCount).toBe(1);

      const longest = Math.max(...requestMs);
      console.log(
        `database restart (${mode}): pg_ctl stop ${stopMs} ms, down ${restartedAt - stoppedAt} ms; ` +
          `${answers.length} requests during the outage, longest ${longest} ms; /readyz 503 ×${readyzMs.length} ` +
          `(longest ${Math.max(...readyzMs)} ms) from ${firstUnready! - stoppedAt} ms after the stop until ` +
          `${Date.now() - stoppedAt} ms; pg_ctl start ${startMs} ms; /readyz 200 ${readyAgainMs} ms, first ` +
          `mutation ${mutationAgainMs} ms, LISTEN back ${listenerAgainMs} ms after the start`,
      );
      expect(longest).toBeLessThan(REQUEST_BOUND_MS);
      expect(server.stdout()).not.toMatch(/uncaught exception|unhandled promise rejection/);
      expect(Math.max(...readyzMs)).toBeLessThan(3_500);
      tally('fault', 'database restart', 1);
      tally(
        'lost',
        'mutation acknowledged after a database restart, with its event',
        1,
        event.rowCount === 1 ? 0 : 1,
      );
    },
    60_000,
  );

  it('should answer a mutation caught inside its transaction by a restart with the coded error, and keep none of it', async () => {
    const before = await tableRowCounts(databaseUrl);
    const lock = await holdOutboxLock(databaseUrl);
    const request = timed(() => graphql(server.url, SCHEDULE, hearingInput(), auth));
    const backend = await until('the mutation to wait for the outbox lock', async () => {
      const pids = await blockedOnOutbox(databaseUrl);
      return pids[0] ?? null;
    });
    expect(await tablesWrittenBy(databaseUrl, backend)).toContain('hearing');
    // A planned restart ends every session, the test's lock holder included.
    pg.stop('fast');
    const answer = await request;
    await lock.release();
    pg.start();
    expect(answer.value.errors?.[0]?.extensions?.['code']).toBe('INTERNAL');
    expect(answer.value.errors?.[0]?.message).toBe(UNAVAILABLE);
    expect(answer.ms).toBeLessThan(REQUEST_BOUND_MS);
    await until('/readyz 200', async () => ((await readyz(server.url)) === 200 ? true : null), 20_000);
    const after = await tableRowCounts(databaseUrl);
    const tables = Object.keys(before);
    const changed = tables.filter((t) => after[t] !== before[t]);
    tally('fault', 'database restart', 1);
    tally(
      'half-written',
      'rows left by a mutation cut off by a database restart',
      tables.length,
      changed.length,
    );
    expect(changed).toEqual([]);
    expect(await outboxMismatches(databaseUrl, since)).toEqual({
      hearingsWithoutEvent: 0,
      eventsWithoutHearing: 0,
    });
  }, 60_000);

  // Each builds its request once: the retry on the fresh instance is the very same request (the hearing with
  // the same idempotency key), as a client that never got an answer sends it again.
  const kills = [
    {
      mutation: 'scheduleHearing',
      request: () => {
        const variables = hearingInput({ idempotencyKey: `kill-${Date.now()}` });
        return (url: string) => graphql<Record<string, { id: string }>>(url, SCHEDULE, variables, auth);
      },
      wrote: ['hearing'],
    },
    {
      mutation: 'recordCourtAct',
      request: () => {
        const variables = actInput(actCases[0]!);
        return (url: string) => graphql<Record<string, { id: string }>>(url, RECORD_ACT, variables, auth);
      },
      wrote: ['court_act', 'deadline'],
    },
  ];
  it.each(kills)(
    'should leave nothing half-written when the instance is killed inside $mutation',
    async ({ mutation, request: build, wrote }) => {
      const send = build();
      const before = await tableRowCounts(databaseUrl);
      const mismatchesBefore = await outboxMismatches(databaseUrl, since);
      const lock = await holdOutboxLock(databaseUrl);
      let backend = 0;
      try {
        const request = send(server.url).catch((error: unknown) => error);
        backend = await until('the mutation to wait for the outbox lock', async () => {
          const pids = await blockedOnOutbox(databaseUrl);
          return pids[0] ?? null;
        });
        // It is inside its transaction, after its first writes.
        const written = await tablesWrittenBy(databaseUrl, backend);
        for (const table of wrote) expect(written).toContain(table);

        const killedAt = Date.now();
        expect(await server.stop('SIGKILL')).toBeNull();
        expect((await server.exited).signal).toBe('SIGKILL');
        expect(await request).toBeInstanceOf(Error);
        // While the test still holds the outbox lock, PostgreSQL notices the vanished client
        // (client_connection_check_interval) and rolls its transaction back: its locks do not wait for others.
        await until('the killed instance’s session to end', async () =>
          withClient(databaseUrl, async (c) =>
            (await c.query('select 1 from pg_stat_activity where pid = $1', [backend])).rowCount === 0
              ? true
              : null,
          ),
        );
        console.log(`killed instance: its session ended ${Date.now() - killedAt} ms after SIGKILL`);
      } finally {
        await lock.release();
      }

      const after = await tableRowCounts(databaseUrl);
      const locksLeft = await withClient(
        databaseUrl,
        async (c) => (await c.query('select 1 from pg_locks where pid = $1', [backend])).rowCount ?? 0,
      );
      const mismatchesAfter = await outboxMismatches(databaseUrl, since);
      const tables = Object.keys(before);
      const changed = tables.filter((t) => after[t] !== before[t]);
      // One check per table (same row count as before the mutation), the lock, and the outbox consistency.
      const checks = tables.length + 2;
      const failures =
        changed.length +
        (locksLeft > 0 ? 1 : 0) +
        (JSON.stringify(mismatchesAfter) !== JSON.stringify(mismatchesBefore) ? 1 : 0);
      tally('fault', 'killed instance mid-mutation', 1);
      tally('half-written', 'rows left by a killed mutation', checks, failures);
      expect(changed).toEqual([]);
      expect(locksLeft).toBe(0);
      expect(mismatchesAfter).toEqual({ hearingsWithoutEvent: 0, eventsWithoutHearing: 0 });

      // A fresh instance does the same mutation at once (nothing left locked).
      server = await startServer({ env: { ...env(), DEMO_DATA: 'off' } });
      const retried = await timed(() => send(server.url));
      expect(retried.value.errors).toBeUndefined();
      expect(retried.ms).toBeLessThan(10_000);
      // Exactly one record of it now: the killed attempt left nothing for the retry to collide with or duplicate.
      const created = retried.value.data![mutation]!.id;
      const table = mutation === 'scheduleHearing' ? 'hearing' : 'court_act';
      const afterRetry = await tableRowCounts(databaseUrl);
      expect(afterRetry[table]).toBe(before[table]! + 1);
      const events = await withClient(databaseUrl, async (c) =>
        mutation === 'scheduleHearing'
          ? Number(
              (
                await c.query(
                  "select count(*) as n from outbox_event where topic = 'HEARING' and payload->'hearing'->>'id' = $1",
                  [created],
                )
              ).rows[0].n,
            )
          : 1,
      );
      expect(events).toBe(1);
      tally(
        'duplicated',
        'a mutation retried on a fresh instance after the first was killed',
        1,
        afterRetry[table] === before[table]! + 1 && events === 1 ? 0 : 1,
      );
      if (wrote.includes('court_act')) {
        const deadlines = await withClient(databaseUrl, (c) =>
          c.query('select 1 from deadline d join court_act a on a.id = d.subject_id where a.case_id = $1', [
            actCases[0]!.id,
          ]),
        );
        expect(deadlines.rowCount).toBeGreaterThan(0);
      }
    },
    60_000,
  );

  it('should stay up and consistent when client connections are reset in the middle of requests', async () => {
    const proxy = await startTcpProxy(server.port);
    const viaProxy = `http://127.0.0.1:${proxy.port}`;
    const hearingsBefore = await withClient(databaseUrl, async (c) =>
      Number((await c.query('select count(*) as n from hearing')).rows[0].n),
    );
    let drops = 0;
    try {
      // Deterministic: three mutations in their transactions, then every connection cut, then the lock released —
      // the server finishes them (committed with their events); the clients retry with their idempotency keys.
      const keys = [1, 2, 3].map((i) => `drop-${Date.now()}-${i}`);
      const inputs = keys.map((key) => hearingInput({ idempotencyKey: key }));
      const lock = await holdOutboxLock(databaseUrl);
      let cut: unknown[];
      try {
        const requests = inputs.map((input) =>
          graphql(viaProxy, SCHEDULE, input, auth).catch((e: unknown) => e),
        );
        await until('three mutations in their transactions', async () =>
          (await blockedOnOutbox(databaseUrl)).length === 3 ? true : null,
        );
        await proxy.cut();
        cut = await Promise.all(requests);
      } finally {
        await lock.release();
      }
      for (const answer of cut) expect(answer).toBeInstanceOf(Error);
      drops += cut.length;
      await proxy.restore();
      const retried = await Promise.all(
        inputs.map((input) => graphql<{ scheduleHearing: { id: string } }>(viaProxy, SCHEDULE, input, auth)),
      );
      const ids = retried.map((r) => r.data?.scheduleHearing.id);
      expect(ids.every((id) => typeof id === 'string')).toBe(true);
      const copies = await withClient(
        databaseUrl,
        async (c) =>
          (
            await c.query<{ id: string; events: string }>(
              `select h.id, (select count(*) from outbox_event e where e.payload->'hearing'->>'id' = h.id::text) as events
               from hearing h where h.id = any($1::uuid[])`,
              [ids],
            )
          ).rows,
      );
      expect(copies).toHaveLength(3);
      for (const copy of copies) expect(Number(copy.events)).toBe(1);

      // Random: requests cut after 0–40 ms, whatever stage they are in (reading the body, running, answering).
      for (let i = 0; i < 15; i += 1) {
        const request = graphql(
          viaProxy,
          i % 2 ? HEARINGS : SCHEDULE,
          i % 2 ? {} : hearingInput(),
          auth,
        ).catch((e: unknown) => e);
        await sleep(Math.floor(Math.random() * 40));
        await proxy.cut();
        if ((await request) instanceof Error) drops += 1;
        await proxy.restore();
      }
      // Bodies cut short: the client announces 4 KB, sends part of it and resets the connection.
      for (let i = 0; i < 5; i += 1) {
        await new Promise<void>((resolve, reject) => {
          const socket = connect(server.port, '127.0.0.1', () => {
            socket.write(
              `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
                `Authorization: ${auth['authorization']}\r\nContent-Length: 4096\r\n\r\n` +
                `{"query":"mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }",`,
            );
            setTimeout(() => {
              socket.resetAndDestroy();
              resolve();
            }, 20);
          });
          socket.on('error', reject);
        });
        drops += 1;
      }
    } finally {
      await proxy.close();
    }
    // Still up, still the same process, and every hearing has its event (and only the ones that committed).
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await readyz(server.url)).toBe(200);
    expect((await graphql(server.url, HEARINGS, {}, auth)).errors).toBeUndefined();
    await sleep(500); // requests cut after they were sent may still be committing
    expect(await outboxMismatches(databaseUrl, since)).toEqual({
      hearingsWithoutEvent: 0,
      eventsWithoutHearing: 0,
    });
    const hearingsAfter = await withClient(databaseUrl, async (c) =>
      Number((await c.query('select count(*) as n from hearing')).rows[0].n),
    );
    expect(hearingsAfter).toBeGreaterThanOrEqual(hearingsBefore + 3);
    expect(drops).toBeGreaterThanOrEqual(3);
    expect(server.stdout()).not.toMatch(/uncaught exception|unhandled promise rejection/);
    tally('fault', 'dropped sockets', drops);
  }, 60_000);
});
