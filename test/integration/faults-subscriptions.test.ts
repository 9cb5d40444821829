// Issue 8, faults: a live `hearingScheduled` subscriber, connected like the dashboard's client (graphql-ws that
// reconnects by itself and re-sends the last cursor it received as `after`), goes through a database restart
// (and reconnects while the database is still down), a dropped WebSocket, an instance killed and started again,
// and a crash-like database restart — and receives every hearing scheduled in between exactly once, in order.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { demoToken, graphql } from '../support/graphql';
import { tally } from '../support/hardening';
import { createDatabase, withClient } from '../support/postgres';
import { startRestartablePostgres, type RestartablePostgres } from '../support/restartable-postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';
import { startStallProxy } from '../support/stall-proxy';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const SUBSCRIPTION = `subscription ($after: String) {
  hearingScheduled(after: $after) { cursor kind hearing { id } }
}`;
const DEADLINES = `subscription ($officeId: ID!, $after: String) {
  deadlineChanged(officeId: $officeId, after: $after) { cursor kind deadline { id } }
}`;
const RECORD_ACT = `mutation ($input: RecordCourtActInput!) { recordCourtAct(input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }`;

/** The server pings live connections this often here (30 s by default). */
const PING_MS = 500;

interface Received {
  cursor: string;
  kind: string;
  hearing: { id: string };
}

async function until(
  what: string,
  probe: () => Promise<boolean> | boolean,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('live subscriptions through database restarts, dropped sockets and a killed instance', () => {
  let pg: RestartablePostgres;
  let databaseUrl: string;
  let server: ServerProcess;
  let proxy: TcpProxy;
  let client: Client | undefined;
  let auth: Record<string, string>;
  let kase: { id: string; instance: string };
  /** A first-instance case without a court act (recording one creates deadlines) and its office. */
  let actCase: { id: string; officeId: string };
  let today: string;
  let hour = 0;
  const env = (): Record<string, string> => ({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'faults-subscriptions-secret-0123456789abcdef',
    WS_PING_INTERVAL: `${PING_MS}ms`,
  });

  /** Hearings whose scheduleHearing was acknowledged, in the order of the acknowledgements. */
  const sent: string[] = [];
  const schedule = async (): Promise<void> => {
    hour += 1;
    const answer = await graphql<{ scheduleHearing: { id: string } }>(
      server.url,
      SCHEDULE,
      {
        input: {
          caseId: kase.id,
          instance: kase.instance,
          scheduledAt: new Date(Date.now() + (96 + hour) * 3_600_000).toISOString(),
        },
      },
      auth,
    );
    expect(answer.errors).toBeUndefined();
    sent.push(answer.data!.scheduleHearing.id);
  };
  const scheduleSome = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i += 1) await schedule();
  };
  const readyz = async (): Promise<number> =>
    (await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(10_000) }).catch(() => null))
      ?.status ?? 0;

  beforeAll(async () => {
    pg = await startRestartablePostgres();
    databaseUrl = await createDatabase(pg.adminUrl, 'faults_subs');
    server = await startServer({ env: { ...env(), DEMO_DATA: 'on' } });
    proxy = await startTcpProxy(server.port);
    auth = { authorization: `Bearer ${(await demoToken(server.url, 'admin'))!}` };
    actCase = await withClient(
      databaseUrl,
      async (c) =>
        (
          await c.query<{ id: string; officeId: string }>(
            `select c.id, c.responsible_office_id as "officeId" from court_case c join court ct on ct.id = c.court_id
              where ct.instance = 'FIRST' and not exists (select 1 from court_act a where a.case_id = c.id)
              order by c.id limit 1`,
          )
        ).rows[0]!,
    );
    today = await withClient(
      databaseUrl,
      async (c) =>
        (
          await c.query<{ d: string }>(
            "select to_char((now() at time zone 'Asia/Almaty')::date, 'YYYY-MM-DD') d",
          )
        ).rows[0]!.d,
    );
    kase = await withClient(
      databaseUrl,
      async (c) =>
        (
          await c.query<{ id: string; instance: string }>(
            'select c.id, ct.instance from court_case c join court ct on ct.id = c.court_id order by c.id limit 1',
          )
        ).rows[0]!,
    );
  }, 120_000);

  afterAll(async () => {
    await client?.dispose();
    await proxy?.close();
    await server?.stop().catch(() => undefined);
    pg?.destroy();
  });

  it('should deliver every hearing scheduled in between exactly once and in order', async () => {
    const start = await withClient(
      databaseUrl,
      async (c) =>
        (await c.query<{ id: string }>('select coalesce(max(id), 0)::text as id from outbox_event')).rows[0]!
          .id,
    );
    // The dashboard's client (dashboard/src/api/client.ts): lazy, retries for ever, and the subscription's
    // variables object carries the last cursor, which graphql-ws re-sends on every resubscription.
    let connections = 0;
    client = createClient({
      url: `ws://127.0.0.1:${proxy.port}/graphql`,
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: () => sleep(200),
      connectionParams: () => auth,
      on: { connected: () => (connections += 1) },
    });
    const payload = { query: SUBSCRIPTION, variables: { after: start } };
    const received: Received[] = [];
    const errors: unknown[] = [];
    let completed = false;
    client.subscribe<{ hearingScheduled: Received }>(payload, {
      next: (result) => {
        if (result.errors) errors.push(result.errors);
        const event = result.data?.hearingScheduled;
        if (!event) return;
        received.push(event);
        payload.variables.after = event.cursor;
      },
      error: (error) => errors.push(error),
      complete: () => (completed = true),
    });
    // A deadline subscriber on the same connection: its jurisdiction check runs at subscribe time, or — when
    // it resubscribes while the database is down — in the stream once the database is back.
    const deadlinePayload = { query: DEADLINES, variables: { officeId: actCase.officeId, after: start } };
    const deadlineEvents: Array<{ cursor: string }> = [];
    client.subscribe<{ deadlineChanged: { cursor: string } }>(deadlinePayload, {
      next: (result) => {
        if (result.errors) errors.push(result.errors);
        const event = result.data?.deadlineChanged;
        if (!event) return;
        deadlineEvents.push(event);
        deadlinePayload.variables.after = event.cursor;
      },
      error: (error) => errors.push(error),
      complete: () => (completed = true),
    });
    const deliveredAll = (): Promise<void> =>
      until(`${sent.length} events (have ${received.length}, errors ${JSON.stringify(errors)})`, () => {
        if (errors.length > 0 || completed)
          throw new Error(`the subscription ended: ${JSON.stringify(errors)}`);
        return received.length >= sent.length;
      });
    const reconnected = (after: number): Promise<void> =>
      until('the client to reconnect', () => connections > after);

    // Live, before any fault.
    await scheduleSome(3);
    await deliveredAll();
    let databaseRestarts = 0;
    let droppedSockets = 0;

    // 1. The database stops; meanwhile the client's socket drops and it resubscribes (with its cursor) while
    //    the database is still down: the subscription must wait, not fail. Then the database is back.
    pg.stop('fast');
    databaseRestarts += 1;
    const refused = await graphql(
      server.url,
      SCHEDULE,
      {
        input: {
          caseId: kase.id,
          instance: kase.instance,
          scheduledAt: new Date(Date.now() + 200 * 3_600_000).toISOString(),
        },
      },
      auth,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('INTERNAL');
    let before = connections;
    await proxy.cut();
    droppedSockets += 1;
    await proxy.restore();
    await reconnected(before);
    await sleep(1_000); // the resubscription is now waiting for the database
    pg.start();
    await until('/readyz 200', async () => (await readyz()) === 200);
    await scheduleSome(3);
    const act = await graphql(
      server.url,
      RECORD_ACT,
      {
        input: {
          caseId: actCase.id,
          instance: 'FIRST',
          kind: 'PENALTY_IMPOSED',
          issuedOn: today,
          copyDeliveredOn: today,
        },
      },
      auth,
    );
    expect(act.errors).toBeUndefined();
    await deliveredAll();

    // 2. The WebSocket drops; hearings are scheduled while the client is away.
    before = connections;
    await proxy.cut();
    droppedSockets += 1;
    await scheduleSome(3);
    await proxy.restore();
    await reconnected(before);
    await deliveredAll();

    // 3. The instance is killed and a new one started on the same port; hearings are scheduled on it before
    //    the client gets back.
    before = connections;
    await proxy.cut();
    droppedSockets += 1;
    expect(await server.stop('SIGKILL')).toBeNull();
    server = await startServer({ env: { ...env(), PORT: String(server.port), DEMO_DATA: 'off' } });
    await scheduleSome(3);
    await proxy.restore();
    await reconnected(before);
    await deliveredAll();

    // 4. A crash-like database restart under a connected subscriber; hearings right after it is back (the
    //    LISTEN connection may still be reconnecting: the listener catches up from the outbox).
    pg.stop('immediate');
    databaseRestarts += 1;
    await sleep(1_000);
    pg.start();
    await until('/readyz 200', async () => (await readyz()) === 200);
    await scheduleSome(3);
    await deliveredAll();
    await sleep(500); // anything sent twice would arrive now

    // Every deadline event the server published for the office since the start, once each, in order.
    const published = await withClient(databaseUrl, async (c) =>
      (
        await c.query<{ id: string }>(
          "select id::text as id from outbox_event where topic = 'DEADLINE' and office_id = $1 and id > $2 order by id",
          [actCase.officeId, start],
        )
      ).rows.map((r) => r.id),
    );
    await until('the deadline events', () => deadlineEvents.length >= published.length);
    const deadlineCursors = deadlineEvents.map((e) => e.cursor);
    const deadlinesMissing = published.filter((id) => !deadlineCursors.includes(id)).length;
    const deadlineDupes = deadlineCursors.length - new Set(deadlineCursors).size;
    tally('lost', 'deadline events delivered after a database restart', published.length, deadlinesMissing);
    tally(
      'duplicated',
      'deadline events delivered twice after reconnects',
      deadlineCursors.length,
      deadlineDupes,
    );
    expect(published.length).toBeGreaterThan(0);
    expect(deadlineCursors).toEqual(published);

    const ids = received.map((e) => e.hearing.id);
    const missing = sent.filter((id) => !ids.includes(id)).length;
    const dupes = ids.length - new Set(ids).size;
    const cursors = received.map((e) => BigInt(e.cursor));
    const inOrder = cursors.every((cursor, i) => i === 0 || cursor > cursors[i - 1]!);
    console.log(
      `subscriber: ${sent.length} hearings scheduled, ${received.length} events received, ${missing} missing, ` +
        `${dupes} twice; ${published.length} deadline events published, ${deadlinesMissing} missing, ` +
        `${deadlineDupes} twice; ${connections} connections (${databaseRestarts} database restarts, ${droppedSockets} ` +
        'dropped sockets, 1 instance killed)',
    );
    tally('fault', 'database restart', databaseRestarts);
    tally('fault', 'dropped sockets', droppedSockets);
    tally('fault', 'instance killed under a live subscriber', 1);
    tally('lost', 'hearing events delivered after restarts and reconnects', sent.length, missing);
    tally('duplicated', 'hearing events delivered twice after reconnects', received.length, dupes);
    expect(errors).toEqual([]);
    expect(ids).toEqual(sent);
    expect(received.every((e) => e.kind === 'SCHEDULED')).toBe(true);
    expect(inOrder).toBe(true);
    expect(connections).toBe(4);
  }, 90_000);

  it('should let go of a subscriber whose connection went silent (no close, no answer to pings)', async () => {
    const silent = await startStallProxy(server.port);
    let connected = false;
    const lost = createClient({
      url: `ws://127.0.0.1:${silent.port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: () => auth,
      on: { connected: () => (connected = true) },
    });
    try {
      lost.subscribe(
        { query: SUBSCRIPTION, variables: {} },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      await until('the subscriber to connect', () => connected);
      await sleep(PING_MS * 2); // answering pings meanwhile: not closed
      expect(silent.closedByTarget()).toBe(0);
      const stalledAt = Date.now();
      silent.stall();
      await until(
        'the server to close the silent connection',
        () => silent.closedByTarget() === 1,
        PING_MS * 6,
      );
      const ms = Date.now() - stalledAt;
      console.log(
        `a silent subscriber was let go ${ms} ms after its connection went silent (pings every ${PING_MS} ms)`,
      );
      // Closed by the heartbeat (two missed pings), not by the test's own timeout: within the wait above.
      expect(ms).toBeLessThanOrEqual(PING_MS * 6);
      tally('fault', 'dropped sockets', 1);
      expect(await readyz()).toBe(200);
    } finally {
      await lost.dispose();
      await silent.close();
    }
  }, 30_000);
});
