// Issue 5: `deadlineChanged` — the day-boundary transition. The clock of the time-driven jobs is moved with
// CLOCK_OFFSET (allowed only when NODE_ENV=test), never by sleeping: two instances started two days ahead both
// run the scheduler, exactly one of them does the work, and the office's subscriber hears of OVERDUE once.
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';

interface DeadlineEvent {
  cursor: string;
  kind: string;
  officeId: string;
  deadline: { id: string; status: string; dueOn: string };
}

const SUBSCRIPTION = `subscription ($officeId: ID!, $after: String) {
  deadlineChanged(officeId: $officeId, after: $after) { cursor kind officeId deadline { id status dueOn } }
}`;

describe('live deadline events at the day boundary', () => {
  let databaseUrl: string;
  const servers: ServerProcess[] = [];
  const clients: Client[] = [];
  let token: string;
  let districtOfficeId: string;
  const shared = () => ({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'deadline-events-test-secret-0123456789abcdef',
  });

  const subscribe = (server: ServerProcess, variables: Record<string, unknown>) => {
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    clients.push(client);
    const events: DeadlineEvent[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ deadlineChanged: DeadlineEvent }>(
      { query: SUBSCRIPTION, variables },
      {
        next: (result) => {
          if (result.errors) errors.push(...result.errors);
          if (result.data) events.push(result.data.deadlineChanged);
        },
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    return { events, errors };
  };

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'deadline_events');
    servers.push(await startServer({ env: { ...shared(), DEMO_DATA: 'on' } }));
    const login = await graphql<{ login: { token: string } }>(
      servers[0]!.url,
      'mutation { login(input: { username: "district", password: "qadagalau" }) { token } }',
    );
    token = login.data!.login.token;
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const server of servers) await server.stop().catch(() => undefined);
  });

  it('should refuse an office outside the jurisdiction as NOT_FOUND', async () => {
    const astana = await withClient(
      databaseUrl,
      async (c) => (await c.query("select id from office where code like 'PO.ASTANA%' limit 1")).rows[0].id,
    );
    const foreign = subscribe(servers[0]!, { officeId: astana });
    const deadline = Date.now() + 5_000;
    while (foreign.errors.length === 0 && Date.now() < deadline) await sleep(10);
    expect(JSON.stringify(foreign.errors)).toContain('"code":"NOT_FOUND"');
  });

  it('should tell the office of the deadlines a new court act creates, in the same transaction', async () => {
    const { caseId, cursor, today } = await withClient(databaseUrl, async (c) => {
      districtOfficeId = (await c.query("select id from office where code = 'PO.KARAGANDA.KAZYBEK_BI'"))
        .rows[0].id;
      return {
        caseId: (
          await c.query(
            `select c.id from court_case c join court ct on ct.id = c.court_id
              where c.responsible_office_id = $1 and ct.instance = 'FIRST' order by c.id limit 1`,
            [districtOfficeId],
          )
        ).rows[0].id as string,
        cursor: (await c.query('select coalesce(max(id), 0)::text as id from outbox_event')).rows[0]
          .id as string,
        today: (await c.query("select to_char((now() at time zone 'Asia/Almaty')::date, 'YYYY-MM-DD') d"))
          .rows[0].d as string,
      };
    });
    const subscriber = subscribe(servers[0]!, { officeId: districtOfficeId, after: cursor });
    const act = await graphql<{ recordCourtAct: { id: string } }>(
      servers[0]!.url,
      'mutation ($id: ID!, $on: String!) { recordCourtAct(input: { caseId: $id, instance: FIRST, kind: PENALTY_IMPOSED, issuedOn: $on, copyDeliveredOn: $on }) { id } }',
      { id: caseId, on: today },
      { authorization: `Bearer ${token}` },
    );
    expect(act.errors).toBeUndefined();
    const created = await withClient(databaseUrl, async (c) =>
      (
        await c.query('select id from deadline where subject_id = $1 and office_id = $2 order by id', [
          act.data!.recordCourtAct.id,
          districtOfficeId,
        ])
      ).rows.map((r: { id: string }) => r.id),
    );
    expect(created.length).toBeGreaterThan(0);
    const deadline = Date.now() + 10_000;
    while (subscriber.events.length < created.length) {
      if (subscriber.errors.length > 0) throw new Error(JSON.stringify(subscriber.errors));
      if (Date.now() > deadline)
        throw new Error(`only ${subscriber.events.length} of ${created.length} events`);
      await sleep(10);
    }
    expect(subscriber.events.map((e) => e.kind)).toEqual(created.map(() => 'CREATED'));
    expect(subscriber.events.map((e) => e.deadline.id).sort()).toEqual(created);
  });

  it('should make a deadline OVERDUE at the day boundary, done by one instance, heard once', async () => {
    const { deadlineId, cursor, today } = await withClient(databaseUrl, async (c) => {
      districtOfficeId = (await c.query("select id from office where code = 'PO.KARAGANDA.KAZYBEK_BI'"))
        .rows[0].id;
      const caseId = (
        await c.query('select id from court_case where responsible_office_id = $1 limit 1', [
          districtOfficeId,
        ])
      ).rows[0].id;
      const day = (await c.query("select to_char((now() at time zone 'Asia/Almaty')::date, 'YYYY-MM-DD') d"))
        .rows[0].d as string;
      // Due tomorrow (Almaty), not done: two days later it is overdue.
      const inserted = await c.query(
        `insert into deadline (case_id, office_id, code, subject_key, trigger_on, length, unit, due_on, status, explanation)
         values ($1, $2, 'APPEAL_PROTEST', $3, $4::date, 1, 'CALENDAR', $4::date + 1, 'OPEN', '{}') returning id`,
        [caseId, districtOfficeId, `${caseId}:${randomUUID()}`, day],
      );
      const max = await c.query('select coalesce(max(id), 0)::text as id from outbox_event');
      return { deadlineId: inserted.rows[0].id as string, cursor: max.rows[0].id as string, today: day };
    });
    const subscriber = subscribe(servers[0]!, { officeId: districtOfficeId, after: cursor });

    // Two more instances whose clock is two days ahead: both run the scheduler at start, one does the work.
    const ahead = await Promise.all(
      [1, 2].map(() => startServer({ env: { ...shared(), DEMO_DATA: 'off', CLOCK_OFFSET: '2d' } })),
    );
    servers.push(...ahead);

    const final = await withClient(databaseUrl, async (c) => ({
      overdue: Number(
        (
          await c.query(
            "select count(*) from outbox_event where topic = 'DEADLINE' and kind = 'OVERDUE' and payload->>'deadlineId' = $1",
            [deadlineId],
          )
        ).rows[0].count,
      ),
      lastId: (
        await c.query(
          "select max(id)::text as id from outbox_event where topic = 'DEADLINE' and office_id = $1",
          [districtOfficeId],
        )
      ).rows[0].id as string,
      status: (await c.query('select status from deadline where id = $1', [deadlineId])).rows[0].status,
      lastDay: (await c.query("select to_char(last_day, 'YYYY-MM-DD') d from scheduler_run")).rows[0].d,
    }));
    expect(final.overdue).toBe(1);
    expect(final.status).toBe('MISSED');
    expect(Date.parse(final.lastDay) - Date.parse(today)).toBe(2 * 86_400_000);

    // The subscriber receives every event of its office up to the last one, and ours exactly once.
    const deadline = Date.now() + 10_000;
    while (subscriber.events.at(-1)?.cursor !== final.lastId) {
      if (subscriber.errors.length > 0) throw new Error(JSON.stringify(subscriber.errors));
      if (Date.now() > deadline)
        throw new Error(`received ${subscriber.events.length} events, not up to ${final.lastId}`);
      await sleep(10);
    }
    const ours = subscriber.events.filter((e) => e.deadline.id === deadlineId);
    expect(ours).toEqual([
      {
        cursor: expect.any(String),
        kind: 'OVERDUE',
        officeId: districtOfficeId,
        deadline: { id: deadlineId, status: 'MISSED', dueOn: expect.any(String) },
      },
    ]);
    expect(subscriber.events.every((e) => e.officeId === districtOfficeId)).toBe(true);
  });

  it('should prune events older than OUTBOX_RETENTION', async () => {
    const count = (c: { query: (q: string) => Promise<{ rows: { n: string }[] }> }) =>
      c.query("select count(*) as n from outbox_event where created_at < now() - interval '1 second'");
    expect(Number((await withClient(databaseUrl, count)).rows[0]!.n)).toBeGreaterThan(0);
    await sleep(1_100);
    // An instance keeping events for one second prunes the older ones when it starts listening.
    servers.push(await startServer({ env: { ...shared(), DEMO_DATA: 'off', OUTBOX_RETENTION: '1s' } }));
    const deadline = Date.now() + 10_000;
    while (Number((await withClient(databaseUrl, count)).rows[0]!.n) > 0) {
      if (Date.now() > deadline) throw new Error('old events were not pruned');
      await sleep(50);
    }
  });
});
