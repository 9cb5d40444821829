// Issue 5: time-driven deadline transitions also follow a calendar edit. An administrator makes a working day a
// day off on instance A; instance B reloads its calendar from the CALENDAR event, and the office subscribed on B
// hears, once, of each open deadline that the edit moved into DUE_SOON.
import { addDays, createKzCalendar, todayInAlmaty } from '@qadagalau/shared';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';

interface DeadlineEvent {
  cursor: string;
  kind: string;
  deadline: { id: string; status: string; dueOn: string };
}

describe('a calendar edit moves deadline phases on every instance', () => {
  let databaseUrl: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let client: Client | undefined;
  const tokens: Record<string, string> = {};
  const env = () => ({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'calendar-events-test-secret-0123456789abcdef',
  });
  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });

  // Today T (Almaty); the due date D is the 4th working day after T, so the deadline is not yet "due soon"
  // (3 working days); W, the next working day, becomes a day off, and D falls within 3 working days of T.
  const calendar = createKzCalendar();
  const today = todayInAlmaty(new Date());
  const due = calendar.addWorkingDays(today, 4);
  // A tax-obligation case: the appeal period is 30 calendar days (para 13; КоАП 832), so a copy delivered 30 days
  // before D has its period end exactly on D, however many holidays lie between today and D.
  const copyDelivered = addDays(due, -30);
  const dayOff = calendar.addWorkingDays(today, 1);

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'calendar_events');
    a = await startServer({ env: { ...env(), DEMO_DATA: 'on' } });
    b = await startServer({ env: env() });
    for (const user of ['admin', 'district']) {
      const login = await graphql<{ login: { token: string } }>(
        a.url,
        'mutation ($u: String!) { login(input: { username: $u, password: "qadagalau" }) { token } }',
        { u: user },
      );
      tokens[user] = login.data!.login.token;
    }
  }, 120_000);

  afterAll(async () => {
    await client?.dispose();
    for (const server of [a, b]) await server?.stop().catch(() => undefined);
  });

  it('should reload B’s calendar and tell B’s subscriber of the deadlines now due soon, once each', async () => {
    expect(copyDelivered <= today).toBe(true);
    const { caseId, officeId, courtId } = await withClient(databaseUrl, async (c) => {
      const office = (
        await c.query("select id, locality_id from office where code = 'PO.KARAGANDA.KAZYBEK_BI'")
      ).rows[0];
      const court = (
        await c.query(
          "select id from court where locality_id = $1 and instance = 'FIRST' and kind in ('DISTRICT', 'CITY') limit 1",
          [office.locality_id],
        )
      ).rows[0];
      return { caseId: '', officeId: office.id as string, courtId: court.id as string };
    });
    const registered = await graphql<{ registerCase: { id: string } }>(
      a.url,
      `
        mutation ($input: RegisterCaseInput!) {
          registerCase(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          number: `CAL-${Date.now()}`,
          koapArticle: '272',
          summary: 'Налоговое правонарушение',
          offenderName: 'Календарев Кайрат',
          registeredOn: addDays(copyDelivered, -5),
          courtId,
          spheres: ['TAX_OBLIGATION'],
        },
      },
      as('district'),
    );
    expect(registered.errors).toBeUndefined();
    const id = registered.data?.registerCase.id ?? caseId;
    const act = await graphql<{ recordCourtAct: { id: string } }>(
      a.url,
      `
        mutation ($id: ID!, $issued: String!, $copy: String!) {
          recordCourtAct(
            input: {
              caseId: $id
              instance: FIRST
              kind: PENALTY_IMPOSED
              issuedOn: $issued
              copyDeliveredOn: $copy
            }
          ) {
            id
          }
        }
      `,
      { id, issued: addDays(copyDelivered, -1), copy: copyDelivered },
      as('district'),
    );
    expect(act.errors).toBeUndefined();
    const ours = await withClient(
      databaseUrl,
      async (c) =>
        (
          await c.query<{ id: string; due: string; status: string }>(
            "select id, to_char(due_on, 'YYYY-MM-DD') as due, status from deadline where subject_id = $1 order by id",
            [act.data!.recordCourtAct.id],
          )
        ).rows,
    );
    expect(ours.length).toBeGreaterThan(0);
    for (const row of ours) expect(row).toMatchObject({ due, status: 'OPEN' });

    const cursor = await withClient(
      databaseUrl,
      async (c) =>
        (await c.query('select coalesce(max(id), 0)::text as id from outbox_event')).rows[0].id as string,
    );
    client = createClient({
      url: `${b.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${tokens['district']}` },
    });
    const events: DeadlineEvent[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ deadlineChanged: DeadlineEvent }>(
      {
        query: `subscription ($officeId: ID!, $after: String) {
          deadlineChanged(officeId: $officeId, after: $after) { cursor kind deadline { id status dueOn } } }`,
        variables: { officeId, after: cursor },
      },
      {
        next: (result) => {
          if (result.errors) errors.push(...result.errors);
          if (result.data) events.push(result.data.deadlineChanged);
        },
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );

    const edit = await graphql(
      a.url,
      'mutation ($date: String!) { setCalendarDay(input: { date: $date, working: false }) { refreshedCases } }',
      { date: dayOff },
      as('admin'),
    );
    expect(edit.errors).toBeUndefined();

    const waitUntil = Date.now() + 10_000;
    while (ours.some((d) => !events.some((e) => e.deadline.id === d.id))) {
      if (errors.length > 0) throw new Error(JSON.stringify(errors));
      if (Date.now() > waitUntil) {
        const outbox = await withClient(
          databaseUrl,
          async (c) =>
            (
              await c.query('select id, topic, kind, office_id, payload from outbox_event where id > $1', [
                cursor,
              ])
            ).rows,
        );
        throw new Error(
          `ours ${JSON.stringify(ours)} events so far: ${JSON.stringify(events)} outbox ${JSON.stringify(outbox)}`,
        );
      }
      await sleep(10);
    }
    for (const row of ours) {
      const heard = events.filter((e) => e.deadline.id === row.id);
      expect(heard.map((e) => e.kind)).toEqual(['DUE_SOON']);
    }
    for (const event of events) expect(['DUE_SOON', 'DUE_TODAY', 'OVERDUE']).toContain(event.kind);

    // B's own calendar now has the day off: its answers come from the reloaded calendar.
    let offOnB = false;
    for (let attempt = 0; attempt < 100 && !offOnB; attempt += 1) {
      const year = await graphql<{
        workingCalendar: { nonWorkingDays: { date: string; overridden: boolean }[] };
      }>(
        b.url,
        'query ($y: Int!) { workingCalendar(year: $y) { nonWorkingDays { date overridden } } }',
        { y: Number(dayOff.slice(0, 4)) },
        as('district'),
      );
      offOnB =
        year.data?.workingCalendar.nonWorkingDays.some((d) => d.date === dayOff && d.overridden) ?? false;
      if (!offOnB) await sleep(20);
    }
    expect(offOnB).toBe(true);

    const cleared = await graphql(
      a.url,
      'mutation ($date: String!) { clearCalendarDay(date: $date) { refreshedCases } }',
      { date: dayOff },
      as('admin'),
    );
    expect(cleared.errors).toBeUndefined();
  });
});
