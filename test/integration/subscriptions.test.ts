// Issue 5: live hearing events over graphql-ws with two server processes on one database — delivery across
// instances, jurisdiction scoping, resuming with a cursor (exactly the missed events, in order, then live ones)
// and a restarted instance that resumes fan-out by itself.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';

interface HearingEvent {
  cursor: string;
  kind: string;
  scheduledAt: string;
  hearing: { id: string; status: string; scheduledAt: string; caseId: string };
  case: { id: string };
  court: { id: string };
  responsibleOffice: { id: string };
}

const SUBSCRIPTION = `subscription ($filter: HearingEventFilter, $after: String) {
  hearingScheduled(filter: $filter, after: $after) {
    cursor kind scheduledAt
    hearing { id status scheduledAt caseId }
    case { id } court { id } responsibleOffice { id }
  }
}`;
const SCHEDULE = `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id version } }`;
const RESCHEDULE = `mutation ($input: RescheduleHearingInput!) { rescheduleHearing(input: $input) { id version } }`;
const CANCEL = `mutation ($input: CancelHearingInput!) { cancelHearing(input: $input) { id version } }`;

interface Subscriber {
  events: HearingEvent[];
  errors: unknown[];
  /** Resolves with the first `count` events once they have arrived; throws after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<HearingEvent[]>;
  /** When each event arrived (Date.now()). */
  arrivals: number[];
  close(): Promise<void>;
}

const clients = new Set<Client>();

function subscribe(
  server: ServerProcess,
  token: string | null,
  variables: Record<string, unknown> = {},
): Subscriber {
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  clients.add(client);
  const events: HearingEvent[] = [];
  const arrivals: number[] = [];
  const errors: unknown[] = [];
  client.subscribe<{ hearingScheduled: HearingEvent }>(
    { query: SUBSCRIPTION, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) {
          events.push(result.data.hearingScheduled);
          arrivals.push(Date.now());
        }
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    arrivals,
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) {
          throw new Error(`only ${events.length} of ${count} events within ${timeoutMs} ms`);
        }
        await sleep(10);
      }
      return events.slice(0, count);
    },
    close: async () => {
      clients.delete(client);
      await client.dispose();
    },
  };
}

describe('live hearing events across two server instances', () => {
  let databaseUrl: string;
  let a: ServerProcess;
  let b: ServerProcess;
  const tokens: Record<string, string> = {};
  /** A case of the Kazybek Bi district office (Karaganda) and one in Astana, with their courts' instances. */
  let karagandaCase: { id: string; instance: string; courtId: string };
  let astanaCase: { id: string; instance: string; courtId: string };
  let districtOfficeId: string;
  let hourOffset = 0;

  // Instances behind one load balancer share the signing secret, so a token from one is good on the other.
  const shared = () => ({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'subscriptions-test-secret-0123456789abcdef',
  });
  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const schedule = async (server: ServerProcess, kase: { id: string; instance: string }) => {
    hourOffset += 1;
    const answer = await graphql<{ scheduleHearing: { id: string; version: number } }>(
      server.url,
      SCHEDULE,
      {
        input: {
          caseId: kase.id,
          instance: kase.instance,
          scheduledAt: new Date(Date.now() + (48 + hourOffset) * 3_600_000).toISOString(),
        },
      },
      as('admin'),
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.scheduleHearing;
  };
  /**
   * Proves a subscription is active on the server: a marker hearing scheduled now reaches it. A subscription
   * without `after` starts with the events published once it is active, so the first marker is retried.
   */
  const marker = async (subscriber: Subscriber, kase = karagandaCase) => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const hearing = await schedule(a, kase);
      const deadline = Date.now() + 2_000;
      while (Date.now() < deadline) {
        if (subscriber.errors.length > 0) throw new Error(JSON.stringify(subscriber.errors));
        if (subscriber.events.some((e) => e.hearing.id === hearing.id)) return hearing;
        await sleep(10);
      }
    }
    throw new Error('the subscription never became active');
  };

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'subscriptions');
    a = await startServer({ env: { ...shared(), DEMO_DATA: 'on' } });
    b = await startServer({ env: { ...shared(), DEMO_DATA: 'on' } });
    for (const user of ['admin', 'district', 'regional']) {
      const login = await graphql<{ login: { token: string } }>(
        a.url,
        'mutation ($u: String!) { login(input: { username: $u, password: "qadagalau" }) { token } }',
        { u: user },
      );
      tokens[user] = login.data?.login.token ?? '';
    }
    await withClient(databaseUrl, async (c) => {
      districtOfficeId = (await c.query("select id from office where code = 'PO.KARAGANDA.KAZYBEK_BI'"))
        .rows[0].id;
      const caseOf = async (where: string, params: unknown[]) =>
        (
          await c.query(
            `select c.id, ct.instance, ct.id as "courtId" from court_case c join court ct on ct.id = c.court_id
              join region r on r.id = c.region_id where ${where} order by c.id limit 1`,
            params,
          )
        ).rows[0];
      karagandaCase = await caseOf('c.responsible_office_id = $1', [districtOfficeId]);
      astanaCase = await caseOf("r.code = 'ASTANA'", []);
    });
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await b?.stop().catch(() => undefined);
    await a?.stop().catch(() => undefined);
  });

  it('should answer UNAUTHENTICATED to a subscriber without a token', async () => {
    const anonymous = subscribe(b, null);
    const deadline = Date.now() + 5_000;
    while (anonymous.errors.length === 0 && Date.now() < deadline) await sleep(10);
    expect(JSON.stringify(anonymous.errors)).toContain('"code":"UNAUTHENTICATED"');
    await anonymous.close();
  });

  it('should deliver a hearing scheduled on instance A to a subscriber on instance B within 1 s', async () => {
    const subscriber = subscribe(b, tokens['district']!);
    await marker(subscriber);
    const latencies: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const before = subscriber.events.length;
      const sent = Date.now();
      const hearing = await schedule(a, karagandaCase);
      const [event] = (await subscriber.waitFor(before + 1, 1_000)).slice(before);
      latencies.push(subscriber.arrivals[before]! - sent);
      expect(event).toMatchObject({
        kind: 'SCHEDULED',
        hearing: { id: hearing.id, status: 'SCHEDULED', caseId: karagandaCase.id },
        case: { id: karagandaCase.id },
        court: { id: karagandaCase.courtId },
        responsibleOffice: { id: districtOfficeId },
      });
      expect(event!.scheduledAt).toBe(event!.hearing.scheduledAt);
    }
    console.log(`hearing A→B delivery latency (ms): ${latencies.join(', ')}`);
    expect(Math.max(...latencies)).toBeLessThan(1_000);

    // Moved and called off: the same subscriber hears of both, with their kinds.
    const count = subscriber.events.length;
    const hearing = await schedule(a, karagandaCase);
    const moved = await graphql<{ rescheduleHearing: { version: number } }>(
      a.url,
      RESCHEDULE,
      {
        input: {
          id: hearing.id,
          version: hearing.version,
          scheduledAt: new Date(Date.now() + 96 * 3_600_000).toISOString(),
        },
      },
      as('admin'),
    );
    expect(moved.errors).toBeUndefined();
    const cancelled = await graphql(
      a.url,
      CANCEL,
      { input: { id: hearing.id, version: moved.data!.rescheduleHearing.version, reason: 'Суд отложил' } },
      as('admin'),
    );
    expect(cancelled.errors).toBeUndefined();
    await subscriber.waitFor(count + 3);
    expect(subscriber.events.slice(-3).map((e) => [e.kind, e.hearing.id, e.hearing.status])).toEqual([
      ['SCHEDULED', hearing.id, 'SCHEDULED'],
      ['RESCHEDULED', hearing.id, 'SCHEDULED'],
      ['CANCELLED', hearing.id, 'CANCELLED'],
    ]);
    const cursors = subscriber.events.map((e) => BigInt(e.cursor));
    expect(cursors).toEqual([...cursors].sort((x, y) => (x < y ? -1 : 1)));
    await subscriber.close();
  });

  it('should deliver nothing outside the subscriber’s jurisdiction', async () => {
    const district = subscribe(b, tokens['district']!);
    const admin = subscribe(b, tokens['admin']!);
    await marker(district);
    const settled = await marker(admin);
    // The admin's marker is a Karaganda hearing, so it reaches the district too: wait for it there, so that both
    // subscribers have seen every marker before counting from here.
    const until = Date.now() + 5_000;
    while (!district.events.some((e) => e.hearing.id === settled.id) && Date.now() < until) await sleep(10);
    expect(district.events.map((e) => e.hearing.id)).toContain(settled.id);
    const districtStart = district.events.length;
    const adminStart = admin.events.length;

    const astana = await schedule(a, astanaCase);
    // The admin sees the whole republic: the Astana hearing was published.
    await admin.waitFor(adminStart + 1);
    expect(admin.events[adminStart]!.hearing.id).toBe(astana.id);
    // A later in-jurisdiction marker reaches the district subscriber; the Astana hearing never did.
    const later = await marker(district);
    expect(district.events.map((e) => e.hearing.id)).not.toContain(astana.id);
    expect(district.events.slice(districtStart).map((e) => e.hearing.id)).toEqual([later.id]);

    // A filter narrows further: only the Astana case's court.
    const filtered = subscribe(b, tokens['admin']!, { filter: { courtIds: [astanaCase.courtId] } });
    await marker(filtered, astanaCase);
    await schedule(a, karagandaCase);
    const astana2 = await marker(filtered, astanaCase);
    expect(filtered.events.map((e) => e.hearing.id).at(-1)).toBe(astana2.id);
    expect(filtered.events.every((e) => e.court.id === astanaCase.courtId)).toBe(true);
    await Promise.all([district.close(), admin.close(), filtered.close()]);
  });

  it('should replay exactly the missed events, in order, to a subscriber that resumes with its cursor', async () => {
    const first = subscribe(b, tokens['district']!);
    await marker(first);
    const cursor = first.events.at(-1)!.cursor;
    await first.close();

    const missed = [];
    for (let i = 0; i < 3; i += 1) {
      missed.push((await schedule(a, karagandaCase)).id);
      // Outside the district's jurisdiction: must not be replayed to it.
      await schedule(a, astanaCase);
    }

    const resumed = subscribe(b, tokens['district']!, { after: cursor });
    const replayed = await resumed.waitFor(3);
    expect(replayed.map((e) => e.hearing.id)).toEqual(missed);
    expect(replayed.map((e) => e.kind)).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
    // Then live ones, with nothing repeated.
    const live = await schedule(a, karagandaCase);
    await resumed.waitFor(4);
    await marker(resumed);
    expect(resumed.events.map((e) => e.hearing.id).slice(0, 4)).toEqual([...missed, live.id]);
    expect(new Set(resumed.events.map((e) => e.cursor)).size).toBe(resumed.events.length);
    const cursors = resumed.events.map((e) => BigInt(e.cursor));
    expect(cursors.every((c, i) => i === 0 || c > cursors[i - 1]!)).toBe(true);
    expect(cursors[0]! > BigInt(cursor)).toBe(true);
    await resumed.close();
  });

  it('should reject a malformed cursor', async () => {
    const bad = subscribe(b, tokens['district']!, { after: 'yesterday' });
    const deadline = Date.now() + 5_000;
    while (bad.errors.length === 0 && Date.now() < deadline) await sleep(10);
    expect(JSON.stringify(bad.errors)).toContain('BAD_USER_INPUT');
    await bad.close();
  });

  it('should resume fan-out after the listener’s connection drops and after a restart', async () => {
    const subscriber = subscribe(b, tokens['district']!);
    await marker(subscriber);
    const start = subscriber.events.length;
    // Cut every instance's LISTEN connection: they reconnect and catch up by themselves.
    const missedWhileDown = await withClient(databaseUrl, async (c) => {
      await c.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'qadagalau-events'",
      );
      return schedule(a, karagandaCase);
    });
    await subscriber.waitFor(start + 1, 15_000);
    expect(subscriber.events[start]!.hearing.id).toBe(missedWhileDown.id);
    await marker(subscriber);
    await subscriber.close();

    // Stop B and start it again: the new process listens and fans out without any help.
    expect(await b.stop()).toBe(0);
    b = await startServer({ env: { ...shared(), DEMO_DATA: 'off' } });
    const again = subscribe(b, tokens['district']!);
    await marker(again);
    const seen = again.events.length;
    const sent = Date.now();
    const hearing = await schedule(a, karagandaCase);
    await again.waitFor(seen + 1, 1_000);
    expect(again.events[seen]!.hearing.id).toBe(hearing.id);
    console.log(`after restart, A→B delivery latency: ${again.arrivals[seen]! - sent} ms`);
    await again.close();
  });
});
