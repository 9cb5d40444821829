// Issue 2, point 4: demo data goes into an empty database only (never twice), can be switched off, and every
// demo login works.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, tableRowCounts, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const DEMO_USERS = [
  ['admin', 'ADMIN'],
  ['analyst', 'DEPARTMENT'],
  ['regional', 'REGIONAL'],
  ['district', 'DISTRICT'],
  ['military', 'SPECIALIZED'],
  ['transport', 'SPECIALIZED'],
  ['environmental', 'SPECIALIZED'],
] as const;

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { token expiresAt viewer { username role officeId } }
}`;

interface LoginAnswer {
  login: {
    token: string;
    expiresAt: string;
    viewer: { username: string; role: string; officeId: string | null };
  };
}

async function scalar(url: string, sql: string): Promise<unknown[]> {
  return withClient(url, async (client) =>
    (await client.query(sql)).rows.map((row) => Object.values(row)[0]),
  );
}

describe('demo data', () => {
  let databaseUrl: string;
  let server: ServerProcess;

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'demo');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  it('should print the URL and the demo logins on start', () => {
    expect(server.stdout()).toContain(`Qadagalau is ready at http://localhost:${server.port}/`);
    expect(server.stdout()).toContain('Demo logins (password "qadagalau"):');
    for (const [username, role] of DEMO_USERS)
      expect(server.stdout()).toMatch(new RegExp(`\\n  ${username} +${role}\\n`));
  });

  it.each(DEMO_USERS)('should sign in %s as %s and know who it is', async (username, role) => {
    const login = await graphql<LoginAnswer>(server.url, LOGIN, {
      input: { username, password: 'qadagalau' },
    });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.viewer).toMatchObject({ username, role });
    expect(Date.parse(login.data?.login.expiresAt ?? '')).toBeGreaterThan(Date.now());
    if (role !== 'ADMIN') expect(login.data?.login.viewer.officeId).toEqual(expect.any(String));

    const me = await graphql<{ me: { username: string; role: string } }>(
      server.url,
      '{ me { username role } }',
      {},
      {
        authorization: `Bearer ${login.data?.login.token}`,
      },
    );
    expect(me.data?.me).toEqual({ username, role });
  });

  it('should refuse a wrong password and an unknown user alike, and an anonymous me', async () => {
    const wrong = await graphql(server.url, LOGIN, { input: { username: 'district', password: 'nope' } });
    const unknown = await graphql(server.url, LOGIN, {
      input: { username: 'nobody', password: 'qadagalau' },
    });
    for (const answer of [wrong, unknown]) {
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(answer.errors?.[0]?.message).toBe('Wrong username or password');
    }
    const anonymous = await graphql(server.url, '{ me { username } }');
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const forged = await graphql(
      server.url,
      '{ me { username } }',
      {},
      { authorization: 'Bearer not.a.jwt' },
    );
    expect(forged.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('should refuse an empty username with BAD_USER_INPUT', async () => {
    const empty = await graphql(server.url, LOGIN, { input: { username: '', password: 'x' } });
    expect(empty.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('should fill every workflow table, with protests and applications in every status', async () => {
    const counts = await tableRowCounts(databaseUrl);
    for (const table of [
      'prosecutor',
      'assignment',
      'court_case',
      'hearing',
      'notification',
      'court_act',
      'conclusion',
      'protest',
      'cassation_proposal',
      'application',
      'requisition',
      'private_ruling',
      'register_entry',
      'deadline',
    ]) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    expect(counts['court_case']).toBeGreaterThanOrEqual(200);
    expect(
      (await scalar(databaseUrl, 'select distinct status::text from protest order by 1')).sort(),
    ).toEqual(
      ['BROUGHT', 'DRAFT', 'PARTIALLY_SATISFIED', 'RETURNED', 'SATISFIED', 'UNSATISFIED', 'WITHDRAWN'].sort(),
    );
    expect(await scalar(databaseUrl, 'select count(distinct status) from application')).toEqual(['6']);
    expect(await scalar(databaseUrl, 'select count(distinct region_id) from court_case')).toEqual(['20']);
  });

  it('should schedule hearings in the coming two weeks and route cases to every kind of office', async () => {
    const [upcoming] = await scalar(
      databaseUrl,
      "select count(*) from hearing where status = 'SCHEDULED' and scheduled_at between now() and now() + interval '15 days'",
    );
    expect(Number(upcoming)).toBeGreaterThan(50);
    expect(
      await scalar(databaseUrl, 'select distinct responsible_kind::text from court_case order by 1'),
    ).toEqual(['ENVIRONMENTAL', 'MILITARY', 'TERRITORIAL', 'TRANSPORT']);
    const [openDeadlines] = await scalar(databaseUrl, "select count(*) from deadline where status = 'OPEN'");
    expect(Number(openDeadlines)).toBeGreaterThan(20);
    expect(await scalar(databaseUrl, 'select distinct status::text from deadline order by 1')).toEqual([
      'MET',
      'MISSED',
      'OPEN',
      'WAIVED',
    ]);
    const [fallbacks] = await scalar(databaseUrl, 'select count(*) from court_case where fallback');
    expect(Number(fallbacks)).toBeGreaterThan(0);
  });

  it('should give every demo user cases in their jurisdiction', async () => {
    const rows = await withClient(
      databaseUrl,
      async (client) =>
        (
          await client.query<{ username: string; cases: string }>(
            `select u.username, count(c.id) as cases from app_user u
             join court_case c on c.responsible_office_id = u.office_id or c.territorial_office_id = u.office_id
               or c.specialized_office_id = u.office_id
               or c.region_id = (select region_id from office where id = u.office_id and kind = 'REGIONAL')
            where u.role not in ('ADMIN', 'DEPARTMENT') group by u.username`,
          )
        ).rows,
    );
    expect(rows.map((r) => r.username).sort()).toEqual([
      'district',
      'environmental',
      'military',
      'regional',
      'transport',
    ]);
    for (const row of rows) expect(Number(row.cases), row.username).toBeGreaterThan(2);
  });

  it('should not seed demo data twice: a restart leaves every table as it was', async () => {
    const before = await tableRowCounts(databaseUrl);
    await server.stop();
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
    expect(await tableRowCounts(databaseUrl)).toEqual(before);
  });
});

describe('DEMO_DATA=off', () => {
  it('should start with reference data only', async () => {
    const databaseUrl = await createDatabase(inject('pgAdminUrl'), 'nodemo');
    const server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'off' } });
    try {
      const counts = await tableRowCounts(databaseUrl);
      expect(counts['region']).toBe(20);
      expect(counts['court_case']).toBe(0);
      expect(counts['app_user']).toBe(0);
      expect(server.stdout()).not.toContain('Demo logins');
    } finally {
      await server.stop();
    }
  });
});
