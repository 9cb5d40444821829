// Issue 4: cases — jurisdiction-scoped lists and detail, registration and updates through the rules engine,
// the dry run, and bad input that writes nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const CASE_FIELDS = `id version number mandatory grounds responsibleKind fallback notifySpecialized regionId
  responsibleOfficeId territorialOfficeId
  groundExplanations { ground paragraph article reason { kk ru en } }
  routingExplanation { paragraph jurisdiction reason { en } }
  deadlines { code dueOn status }`;

interface CaseAnswer {
  id: string;
  version: number;
  number: string;
  mandatory: boolean;
  grounds: string[];
  responsibleKind: string;
  fallback: boolean;
  regionId: string;
  responsibleOfficeId: string;
  territorialOfficeId: string;
  groundExplanations: { ground: string; paragraph: string; reason: { kk: string; ru: string; en: string } }[];
  routingExplanation: { paragraph: string; jurisdiction: string } | null;
}

describe('cases', () => {
  let url: string;
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  let districtOfficeId: string;
  let districtCourtId: string;
  let otherRegionCourtId: string;

  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const count = async (table: string) =>
    withClient(databaseUrl, async (c) =>
      Number((await c.query(`select count(*) from ${table}`)).rows[0].count),
    );

  const registerInput = (overrides: Record<string, unknown> = {}) => ({
    number: `TEST-${Math.random().toString(36).slice(2, 10)}`,
    koapArticle: '272',
    summary: 'Нарушение в области налогообложения',
    offenderName: 'Тестов Тест Тестович',
    registeredOn: '2026-11-20',
    courtId: districtCourtId,
    spheres: ['TAX'],
    sanctions: ['FINE'],
    ...overrides,
  });
  const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${CASE_FIELDS} } }`;

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'cases');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
    url = server.url;
    for (const user of ['admin', 'analyst', 'regional', 'district', 'military']) {
      const login = await graphql<{ login: { token: string } }>(
        url,
        'mutation ($u: String!) { login(input: { username: $u, password: "qadagalau" }) { token } }',
        { u: user },
      );
      tokens[user] = login.data?.login.token ?? '';
    }
    const rows = await withClient(databaseUrl, async (c) => ({
      office: (await c.query("select id, locality_id from office where code = 'PO.KARAGANDA.KAZYBEK_BI'"))
        .rows[0],
      other: (
        await c.query(
          "select c.id from court c join region r on r.id = c.region_id where r.code = 'ASTANA' and c.instance = 'FIRST' limit 1",
        )
      ).rows[0],
    }));
    districtOfficeId = rows.office.id;
    districtCourtId = (
      await withClient(databaseUrl, (c) =>
        c.query(
          "select id from court where locality_id = $1 and instance = 'FIRST' and kind in ('DISTRICT','CITY') limit 1",
          [rows.office.locality_id],
        ),
      )
    ).rows[0].id;
    otherRegionCourtId = rows.other.id;
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  it('should answer UNAUTHENTICATED to an anonymous caller', async () => {
    const answer = await graphql(url, '{ cases(first: 5) { totalCount } }');
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('should list only the district office’s cases, in pages', async () => {
    const first = await graphql<{
      cases: {
        totalCount: number;
        edges: { node: CaseAnswer; cursor: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      url,
      `{ cases(first: 5) { totalCount edges { cursor node { ${CASE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      {},
      as('district'),
    );
    expect(first.errors).toBeUndefined();
    const page = first.data!.cases;
    expect(page.totalCount).toBeGreaterThan(5);
    for (const { node } of page.edges) {
      expect([node.responsibleOfficeId, node.territorialOfficeId]).toContain(districtOfficeId);
    }
    const second = await graphql<{ cases: { edges: { node: { id: string } }[] } }>(
      url,
      'query ($after: String) { cases(first: 5, after: $after) { edges { node { id } } } }',
      { after: page.pageInfo.endCursor },
      as('district'),
    );
    const firstIds = page.edges.map((e) => e.node.id);
    for (const { node } of second.data!.cases.edges) expect(firstIds).not.toContain(node.id);
    const all = await graphql<{ cases: { totalCount: number } }>(
      url,
      '{ cases(first: 1) { totalCount } }',
      {},
      as('analyst'),
    );
    expect(all.data!.cases.totalCount).toBeGreaterThan(page.totalCount);
  });

  it('should filter cases by mandatory category, theme and deadline status', async () => {
    const answer = await graphql<{
      cases: { totalCount: number; edges: { node: { id: string; mandatory: boolean } }[] };
    }>(
      url,
      '{ cases(first: 100, filter: { mandatory: true, deadlineStatus: OPEN }) { totalCount edges { node { id mandatory } } } }',
      {},
      as('analyst'),
    );
    expect(answer.errors).toBeUndefined();
    const [{ count }] = (
      await withClient(databaseUrl, (c) =>
        c.query(
          `select count(*) from court_case c where c.mandatory
             and exists (select 1 from deadline d where d.case_id = c.id and d.status = 'OPEN')`,
        ),
      )
    ).rows;
    expect(answer.data!.cases.totalCount).toBe(Number(count));
    expect(Number(count)).toBeGreaterThan(0);
    for (const { node } of answer.data!.cases.edges) expect(node.mandatory).toBe(true);
    const taxed = await graphql<{ cases: { totalCount: number } }>(
      url,
      '{ cases(first: 1, filter: { theme: "TAX" }) { totalCount } }',
      {},
      as('analyst'),
    );
    const [{ count: taxCount }] = (
      await withClient(databaseUrl, (c) =>
        c.query("select count(*) from court_case where 'TAX' = any(theme_codes)"),
      )
    ).rows;
    expect(taxed.data!.cases.totalCount).toBe(Number(taxCount));
  });

  it('should refuse a page larger than 100 and a forged cursor', async () => {
    const big = await graphql(url, '{ cases(first: 101) { totalCount } }', {}, as('analyst'));
    expect(big.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const forged = await graphql(
      url,
      '{ cases(first: 5, after: "garbage") { totalCount } }',
      {},
      as('analyst'),
    );
    expect(forged.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('should register a mandatory tax case with its ground explained in three languages', async () => {
    const answer = await graphql<{ registerCase: CaseAnswer }>(
      url,
      REGISTER,
      { input: registerInput() },
      as('district'),
    );
    expect(answer.errors).toBeUndefined();
    const kase = answer.data!.registerCase;
    expect(kase).toMatchObject({
      mandatory: true,
      grounds: ['TAX'],
      responsibleKind: 'TERRITORIAL',
      fallback: false,
    });
    expect(kase.responsibleOfficeId).toBe(districtOfficeId);
    expect(kase.groundExplanations[0]).toMatchObject({ ground: 'TAX', paragraph: '6' });
    for (const text of Object.values(kase.groundExplanations[0]!.reason))
      expect(text.length).toBeGreaterThan(5);
    expect(kase.routingExplanation?.jurisdiction).toBe('TERRITORIAL');
    const audit = await withClient(databaseUrl, (c) =>
      c.query("select action from audit_log where entity = 'Case' and entity_id = $1", [kase.id]),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['registerCase']);
  });

  it('should route a military case to the territorial office while the military office is not notified', async () => {
    const answer = await graphql<{ registerCase: CaseAnswer }>(
      url,
      REGISTER,
      {
        input: registerInput({
          spheres: ['MILITARY_CH32'],
          sanctions: ['ARREST'],
          offenderMilitary: 'SERVICEMAN',
          offenderDutyRelated: true,
        }),
      },
      as('district'),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.registerCase).toMatchObject({
      responsibleKind: 'TERRITORIAL',
      fallback: true,
      notifySpecialized: true,
      responsibleOfficeId: districtOfficeId,
    });
    expect(answer.data!.registerCase.routingExplanation?.jurisdiction).toBe('MILITARY');
  });

  it('should hide another jurisdiction’s case as NOT_FOUND, for reading and for changing', async () => {
    const created = await graphql<{ registerCase: CaseAnswer }>(
      url,
      REGISTER,
      { input: registerInput({ courtId: otherRegionCourtId }) },
      as('analyst'),
    );
    const id = created.data!.registerCase.id;
    for (const user of ['district', 'regional', 'military']) {
      const read = await graphql(url, 'query ($id: ID!) { case(id: $id) { id } }', { id }, as(user));
      expect(read.errors?.[0]?.extensions?.['code'], user).toBe('NOT_FOUND');
      const change = await graphql(
        url,
        'mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { id } }',
        { input: { id, version: 1, offenderMinor: true } },
        as(user),
      );
      expect(change.errors?.[0]?.extensions?.['code'], user).toBe('NOT_FOUND');
    }
    const unknown = await graphql(
      url,
      'query { case(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      as('analyst'),
    );
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('should refuse to register a case outside the caller’s jurisdiction, writing nothing', async () => {
    const before = await count('court_case');
    const answer = await graphql(
      url,
      REGISTER,
      { input: registerInput({ courtId: otherRegionCourtId }) },
      as('district'),
    );
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await count('court_case')).toBe(before);
  });

  it('should re-run the rules on an update and refuse a stale version', async () => {
    const created = await graphql<{ registerCase: CaseAnswer }>(
      url,
      REGISTER,
      { input: registerInput({ spheres: [], sanctions: ['FINE'] }) },
      as('district'),
    );
    const kase = created.data!.registerCase;
    expect(kase.mandatory).toBe(false);
    const UPDATE = `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { ${CASE_FIELDS} } }`;
    const updated = await graphql<{ updateCase: CaseAnswer }>(
      url,
      UPDATE,
      { input: { id: kase.id, version: kase.version, offenderMinor: true } },
      as('district'),
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCase).toMatchObject({
      mandatory: true,
      grounds: ['MINOR'],
      version: kase.version + 1,
    });
    const stale = await graphql(
      url,
      UPDATE,
      { input: { id: kase.id, version: kase.version, offenderMinor: false } },
      as('district'),
    );
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it.each([
    ['an impossible date', { registeredOn: '2025-02-30' }, 'BAD_USER_INPUT'],
    ['an empty name', { offenderName: '   ' }, 'BAD_USER_INPUT'],
    ['an oversized summary', { summary: 'x'.repeat(5000) }, 'BAD_USER_INPUT'],
    ['an unknown court', { courtId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT'],
    ['a malformed article', { koapArticle: "434'; drop table court_case; --" }, 'BAD_USER_INPUT'],
    ['a duplicate number', { number: 'DUPLICATE-1' }, 'CONFLICT'],
  ])('should refuse %s with a coded error and write nothing', async (_, overrides, code) => {
    if (code === 'CONFLICT')
      await graphql(url, REGISTER, { input: registerInput(overrides) }, as('district'));
    const before = await count('court_case');
    const auditBefore = await count('audit_log');
    const answer = await graphql(url, REGISTER, { input: registerInput(overrides) }, as('district'));
    expect(answer.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(await count('court_case')).toBe(before);
    expect(await count('audit_log')).toBe(auditBefore);
  });

  it('should refuse an unknown enum value before any resolver runs', async () => {
    const answer = await graphql(
      url,
      REGISTER,
      { input: registerInput({ spheres: ['PIRACY'] }) },
      as('district'),
    );
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('should tell a case’s story in its timeline, oldest first', async () => {
    const [row] = (
      await withClient(databaseUrl, (c) =>
        c.query<{ id: string }>(
          `select p.case_id as id from protest p join court_act a on a.case_id = p.case_id
            where p.kind = 'APPEAL' and p.brought_on is not null limit 1`,
        ),
      )
    ).rows;
    const answer = await graphql<{
      case: { timeline: { at: string; kind: string; label: string; status: string | null }[] };
    }>(
      url,
      'query ($id: ID!) { case(id: $id) { timeline { at kind id label status } } }',
      { id: row!.id },
      as('analyst'),
    );
    expect(answer.errors).toBeUndefined();
    const timeline = answer.data!.case.timeline;
    const kinds = new Set(timeline.map((e) => e.kind));
    for (const kind of ['REGISTERED', 'HEARING', 'COURT_ACT', 'PROTEST', 'DEADLINE'])
      expect(kinds).toContain(kind);
    const days = timeline.map((e) => e.at.slice(0, 10));
    expect(days).toEqual([...days].sort());
    expect(timeline[0]!.kind).toBe('REGISTERED');
  });

  it('should evaluate facts as a dry run with explained deadlines', async () => {
    const answer = await graphql<{
      evaluateCase: {
        mandatory: boolean;
        deadlines: {
          code: string;
          dueOn: string;
          explanation: { paragraph: string; reason: { en: string } };
        }[];
      };
    }>(
      url,
      `
        {
          evaluateCase(facts: { spheres: [TAX], events: { copyDelivered: "2025-03-14" } }) {
            mandatory
            deadlines {
              code
              dueOn
              explanation {
                paragraph
                reason {
                  en
                }
              }
            }
          }
        }
      `,
      {},
      as('district'),
    );
    expect(answer.errors).toBeUndefined();
    const appeal = answer.data!.evaluateCase.deadlines.find((d) => d.code === 'APPEAL_PROTEST');
    // 10 calendar days from 14 March 2025 is 24 March, a Nauryz carry-over day: the last day is 26 March.
    expect(appeal).toMatchObject({ dueOn: '2025-03-26', explanation: { paragraph: '13' } });
    expect(appeal?.explanation.reason.en).toMatch(/Nauryz/);
  });
});
