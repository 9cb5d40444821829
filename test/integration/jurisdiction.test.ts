// Issue 4: jurisdiction isolation for every role on every list and every mutation family. The expected scope is
// computed here in SQL, independently of the server's Jurisdiction class, from the rules in the issue:
// ADMIN and DEPARTMENT the republic; REGIONAL its region; DISTRICT its office (responsible or territorial);
// SPECIALIZED its own cases plus every case heard in a court where it sits (para 7 monitoring).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, tableRowCounts, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const ROLES = ['admin', 'analyst', 'regional', 'district', 'military', 'transport', 'environmental'] as const;
type DemoUser = (typeof ROLES)[number];

const LISTS = {
  cases: 'edges { node { caseId: id } }',
  hearings: 'edges { node { caseId } }',
  protests: 'edges { node { caseId } }',
  applications: 'edges { node { caseId } }',
  notifications: 'edges { node { caseId } }',
} as const;

/** The case ids a demo user may see, by the rules, in plain SQL. */
const SCOPE_SQL = `
  select c.id from court_case c, app_user u
   where u.username = $1 and (
         u.role in ('ADMIN', 'DEPARTMENT')
      or (u.role = 'REGIONAL' and c.region_id = (select region_id from office where id = u.office_id))
      or (u.role = 'DISTRICT' and u.office_id in (c.responsible_office_id, c.territorial_office_id))
      or (u.role = 'SPECIALIZED' and (u.office_id in (c.responsible_office_id, c.specialized_office_id)
          or c.court_id in (select ct.id from court ct join locality l on l.id = ct.locality_id
                             join office o on o.locality_id in (l.id, l.parent_id) where o.id = u.office_id))))`;

describe('jurisdiction isolation', () => {
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens = {} as Record<DemoUser, string>;
  const scope = {} as Record<DemoUser, Set<string>>;
  const as = (user: DemoUser) => ({ authorization: `Bearer ${tokens[user]}` });

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'jurisdiction');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
    for (const user of ROLES) {
      const login = await graphql<{ login: { token: string } }>(
        server.url,
        'mutation ($u: String!) { login(input: { username: $u, password: "qadagalau" }) { token } }',
        { u: user },
      );
      tokens[user] = login.data!.login.token;
      const rows = await withClient(databaseUrl, (c) => c.query<{ id: string }>(SCOPE_SQL, [user]));
      scope[user] = new Set(rows.rows.map((r) => r.id));
    }
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  it('should give each role a scope that is neither empty nor, below the Department, the whole republic', async () => {
    const [{ count }] = (await withClient(databaseUrl, (c) => c.query('select count(*) from court_case')))
      .rows;
    for (const user of ROLES) {
      expect(scope[user].size, user).toBeGreaterThan(0);
      if (user === 'admin' || user === 'analyst') expect(scope[user].size).toBe(Number(count));
      else expect(scope[user].size, user).toBeLessThan(Number(count));
    }
  });

  describe.each(Object.entries(LISTS))('the %s list', (list, selection) => {
    it.each(ROLES)('should show %s nothing outside its jurisdiction, page after page', async (user) => {
      let after: string | null = null;
      let seen = 0;
      let total = -1;
      for (let page = 0; page < 20; page += 1) {
        const answer: Awaited<ReturnType<typeof graphql<Record<string, unknown>>>> = await graphql(
          server.url,
          `query ($after: String) { ${list}(first: 100, after: $after) { totalCount ${selection}
             pageInfo { hasNextPage endCursor } } }`,
          { after },
          as(user),
        );
        expect(answer.errors, `${list} as ${user}`).toBeUndefined();
        const connection = answer.data![list] as {
          totalCount: number;
          edges: { node: { caseId: string | null } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
        total = connection.totalCount;
        for (const { node } of connection.edges) {
          if (node.caseId !== null)
            expect(scope[user].has(node.caseId), `${list} as ${user}: ${node.caseId}`).toBe(true);
        }
        seen += connection.edges.length;
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toBe(total);
    });
  });

  it.each(ROLES.filter((u) => u !== 'admin' && u !== 'analyst'))(
    'should answer %s for another jurisdiction’s case exactly as for a missing one, in every mutation family, writing nothing',
    async (user) => {
      const [outside] = (
        await withClient(databaseUrl, (c) =>
          c.query<{ id: string; act: string | null; court: string }>(
            `select c.id, c.court_id as court,
                    (select id from court_act a where a.case_id = c.id and a.instance = 'FIRST' limit 1) as act
               from court_case c where not (c.id = any($1::uuid[]))
              order by (select count(*) from court_act a where a.case_id = c.id) desc limit 1`,
            [[...scope[user]]],
          ),
        )
      ).rows;
      expect(outside?.act).toBeTruthy();
      const before = await tableRowCounts(databaseUrl);
      const attempts: [string, string, Record<string, unknown>][] = [
        ['case', 'query ($id: ID!) { case(id: $id) { id } }', { id: outside!.id }],
        [
          'updateCase',
          'mutation ($id: ID!) { updateCase(input: { id: $id, version: 1, offenderMinor: true }) { id } }',
          { id: outside!.id },
        ],
        [
          'scheduleHearing',
          'mutation ($id: ID!) { scheduleHearing(input: { caseId: $id, instance: FIRST, scheduledAt: "2030-01-15T05:00:00Z" }) { id } }',
          { id: outside!.id },
        ],
        [
          'recordCourtAct',
          'mutation ($id: ID!) { recordCourtAct(input: { caseId: $id, instance: FIRST, kind: PENALTY_IMPOSED, issuedOn: "2026-01-15" }) { id } }',
          { id: outside!.id },
        ],
        [
          'bringProtest',
          'mutation ($id: ID!, $act: ID!) { bringProtest(input: { caseId: $id, courtActId: $act, kind: APPEAL, grounds: "КоАП 840", broughtOn: "2026-01-15" }) { id } }',
          { id: outside!.id, act: outside!.act },
        ],
        [
          'fileConclusion',
          'mutation ($id: ID!, $act: ID!) { fileConclusion(input: { caseId: $id, courtActId: $act, kind: FIRST_INSTANCE, content: { guiltAndQualification: "a", evidence: "b", proposedPenalty: "c" } }) { id } }',
          { id: outside!.id, act: outside!.act },
        ],
        [
          'proposeCassationProtest',
          'mutation ($id: ID!, $act: ID!) { proposeCassationProtest(input: { caseId: $id, courtActId: $act, reason: "r", descriptivePart: "d", reasoningPart: "m", resolutivePart: "статья 839" }) { id } }',
          { id: outside!.id, act: outside!.act },
        ],
        [
          'receiveApplication',
          `mutation ($id: ID!) { receiveApplication(input: { caseId: $id, requestedProtest: APPEAL, applicantKind: INDIVIDUAL,
             applicantName: "Заявитель", receivedOn: "2026-01-15", checklist: { addresseeNamed: true, applicantIdentified: true,
             courtsAndDecisionsStated: true, contestedResolutionNamed: true, violationAndRequestStated: true, signed: true,
             certifiedCopiesAttached: true } }) { id } }`,
          { id: outside!.id },
        ],
        [
          'notifySpecializedOffice',
          'mutation ($id: ID!) { notifySpecializedOffice(input: { caseId: $id, channel: TELEPHONOGRAM, registrationNumber: "1-1/26" }) { id } }',
          { id: outside!.id },
        ],
        [
          'addRegisterEntry',
          'mutation ($id: ID!) { addRegisterEntry(input: { caseId: $id, kind: VIOLATION, description: "x" }) { id } }',
          { id: outside!.id },
        ],
        [
          'recordPrivateRuling',
          'mutation ($id: ID!) { recordPrivateRuling(input: { caseId: $id, issuedOn: "2026-01-15", onProsecutorMotion: false, subject: "x" }) { id } }',
          { id: outside!.id },
        ],
      ];
      const missing = {
        id: '00000000-0000-4000-8000-00000000abcd',
        act: '00000000-0000-4000-8000-00000000dcba',
      };
      for (const [name, query, variables] of attempts) {
        const answer = await graphql(server.url, query, variables, as(user));
        const error = answer.errors?.[0];
        // Denied looks like missing: the same answer as for ids that exist nowhere.
        const control = (await graphql(server.url, query, { ...variables, ...missing }, as(user)))
          .errors?.[0];
        expect(error, `${name} as ${user}`).toBeDefined();
        expect({ code: error?.extensions?.['code'], message: error?.message }, `${name} as ${user}`).toEqual({
          code: control?.extensions?.['code'],
          message: control?.message,
        });
        expect(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'], `${name} as ${user}`).toContain(
          error?.extensions?.['code'],
        );
      }
      expect(await tableRowCounts(databaseUrl)).toEqual(before);
    },
  );
});
