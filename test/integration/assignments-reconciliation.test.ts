// Issue 4: the assignment matrix of para 5 (gaps filled and reopened, managers only, coded errors that write
// nothing), the quarterly reconciliation of para 7 (each discrepancy kind, resolved, signed by both sides, then
// frozen), and node(id) scoped to the caller's jurisdiction.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const USERS = ['admin', 'analyst', 'regional', 'district', 'military', 'transport', 'outsider'] as const;
type DemoUser = (typeof USERS)[number];

interface Cell {
  gap: boolean;
  workload: number;
  theme: { code: string };
  assignments: { id: string; version: number; validTo: string | null; prosecutor: { id: string } }[];
  prosecutors: { id: string; office: { id: string } }[];
}

interface Item {
  id: string;
  version: number;
  discrepancy: string | null;
  resolutionNote: string | null;
  case: { id: string; number: string };
}

interface Rec {
  id: string;
  version: number;
  status: string;
  quarter: string;
  unresolvedCount: number;
  signedByTerritorialAt: string | null;
  signedBySpecializedAt: string | null;
  frozenAct: Record<string, unknown> | null;
  items: Item[];
}

const code = (answer: GraphQLResponse<unknown>): unknown => answer.errors?.[0]?.extensions?.['code'];

const REC_FIELDS = `id version status quarter unresolvedCount signedByTerritorialAt signedBySpecializedAt frozenAct
  periodFrom periodTo territorialOffice { code } specializedOffice { code }
  items { id version discrepancy resolutionNote case { id number } }`;

describe('assignments, reconciliation and node(id)', () => {
  let url: string;
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens = {} as Record<DemoUser, string>;
  const offices = {} as Record<'district' | 'military' | 'regional', string>;
  let karaganda: string;
  let astana: string;
  let courtId: string;

  const as = (user: DemoUser) => ({ authorization: `Bearer ${tokens[user]}` });
  const gql = <T>(user: DemoUser, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(url, query, variables, as(user));
  const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    withClient(databaseUrl, async (c) => (await c.query(text, params)).rows as T[]);
  const count = async (table: string) =>
    Number((await sql<{ n: string }>(`select count(*) n from ${table}`))[0]?.n);

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'assignments_reconciliation');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
    url = server.url;
    // A district user of another region: node(id) and the reconciliation must hide Karaganda from it.
    await sql(
      `insert into app_user (username, password_hash, display_name, role, office_id)
       select 'outsider', password_hash, 'Прокурор района Астаны', 'DISTRICT',
              (select o.id from office o join region r on r.id = o.region_id
                where r.code = 'ASTANA' and o.kind = 'DISTRICT' order by o.code limit 1)
         from app_user where username = 'district'`,
    );
    for (const user of USERS) {
      const login = await graphql<{ login: { token: string; viewer: { officeId: string } } }>(
        url,
        'mutation ($u: String!) { login(input: { username: $u, password: "qadagalau" }) { token viewer { officeId } } }',
        { u: user },
      );
      tokens[user] = login.data?.login.token ?? '';
      if (user === 'district' || user === 'military' || user === 'regional')
        offices[user] = login.data?.login.viewer.officeId ?? '';
    }
    const regions = await sql<{ id: string; code: string }>(
      "select id, code from region where code in ('KARAGANDA','ASTANA')",
    );
    karaganda = regions.find((r) => r.code === 'KARAGANDA')?.id ?? '';
    astana = regions.find((r) => r.code === 'ASTANA')?.id ?? '';
    const [court] = await sql<{ id: string }>(
      `select c.id from court c join office o on o.locality_id = c.locality_id
        where o.id = $1 and c.instance = 'FIRST' and c.kind in ('DISTRICT', 'CITY') order by c.code limit 1`,
      [offices.district],
    );
    courtId = court?.id ?? '';
  });

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
  });

  describe('assignment matrix (para 5)', () => {
    const MATRIX = `query ($regionIds: [ID!], $asOf: String) {
      assignmentMatrix(regionIds: $regionIds, asOf: $asOf) {
        asOf editable themes { code }
        rows { region { id code } cells { gap workload theme { code } prosecutors { id office { id } }
          assignments { id version validTo prosecutor { id office { id code } } } } }
        totals { cells gaps workload uncoveredWorkload }
      }
    }`;
    const ASSIGN = `mutation ($input: AssignProsecutorInput!) {
      assignProsecutor(input: $input) { id version validFrom validTo prosecutorId regionId themeId }
    }`;
    const UNASSIGN = `mutation ($id: ID!, $version: Int!, $validTo: String) {
      unassignProsecutor(id: $id, version: $version, validTo: $validTo) { id version validFrom validTo }
    }`;
    type MatrixAnswer = {
      assignmentMatrix: {
        asOf: string;
        editable: boolean;
        rows: { region: { id: string; code: string }; cells: Cell[] }[];
        totals: { cells: number; gaps: number; workload: number; uncoveredWorkload: number };
      };
    };
    const cell = async (user: DemoUser, theme: string): Promise<Cell> => {
      const answer = await gql<MatrixAnswer>(user, MATRIX, { regionIds: [karaganda] });
      expect(answer.errors).toBeUndefined();
      const found = answer.data?.assignmentMatrix.rows[0]?.cells.find((c) => c.theme.code === theme);
      if (!found) throw new Error(`no ${theme} cell`);
      return found;
    };
    let prosecutorId: string;
    let newAssignment: { id: string; version: number };

    it('should show a regional user its region only, with workload from open cases', async () => {
      const answer = await gql<MatrixAnswer>('regional', MATRIX);
      expect(answer.errors).toBeUndefined();
      const matrix = answer.data!.assignmentMatrix;
      expect(matrix.rows.map((r) => r.region.code)).toEqual(['KARAGANDA']);
      expect(matrix.editable).toBe(true);
      expect(matrix.totals.cells).toBe(matrix.rows[0]!.cells.length);
      expect(matrix.totals.workload).toBeGreaterThan(0);
      // Workload: open cases (an OPEN deadline) per theme, summed over the region's cells.
      const [open] = await sql<{ n: number }>(
        `select count(*)::int n from (
           select distinct c.id, t.code from court_case c cross join unnest(c.theme_codes) t(code)
             join thematic_direction th on th.code = t.code
            where c.region_id = $1
              and exists (select 1 from deadline d where d.case_id = c.id and d.status = 'OPEN')) x`,
        [karaganda],
      );
      expect(matrix.totals.workload).toBe(open?.n);

      const whole = await gql<MatrixAnswer>('analyst', MATRIX);
      expect(whole.data?.assignmentMatrix.rows.length).toBeGreaterThanOrEqual(17);
      const district = await gql<MatrixAnswer>('district', MATRIX);
      expect(district.data?.assignmentMatrix.rows.map((r) => r.region.code)).toEqual(['KARAGANDA']);
      expect(district.data?.assignmentMatrix.editable).toBe(false);
      expect(code(await gql('regional', MATRIX, { regionIds: [astana] }))).toBe('FORBIDDEN');
      for (const user of ['military', 'transport'] as const) {
        const specialized = await gql<MatrixAnswer>(user, MATRIX);
        expect(
          specialized.data?.assignmentMatrix.rows.map((r) => r.region.code),
          user,
        ).toEqual(['KARAGANDA']);
        expect(specialized.data?.assignmentMatrix.editable, user).toBe(false);
      }
      const outsider = await gql<MatrixAnswer>('outsider', MATRIX);
      expect(outsider.data?.assignmentMatrix.rows.map((r) => r.region.code)).toEqual(['ASTANA']);
      expect(code(await gql('outsider', MATRIX, { regionIds: [karaganda] }))).toBe('FORBIDDEN');
      expect(code(await graphql(url, MATRIX))).toBe('UNAUTHENTICATED');
      expect(code(await gql('regional', MATRIX, { asOf: '2025-02-30' }))).toBe('BAD_USER_INPUT');
    });

    it('should fill a gap by assigning a prosecutor, and reopen it by unassigning', async () => {
      // Make the TAX cell a gap first: end every assignment holding today.
      for (const a of (await cell('regional', 'TAX')).assignments) {
        const ended = await gql('regional', UNASSIGN, { id: a.id, version: a.version });
        expect(ended.errors).toBeUndefined();
      }
      const before = await cell('regional', 'TAX');
      expect(before.gap).toBe(true);

      const staff = await gql<{ prosecutors: { edges: { node: { id: string; office: { id: string } } }[] } }>(
        'regional',
        'query ($o: ID!) { prosecutors(officeId: $o, first: 10) { edges { node { id position office { id } } } } }',
        { o: offices.regional },
      );
      expect(staff.errors).toBeUndefined();
      prosecutorId = staff.data!.prosecutors.edges[1]!.node.id;
      const today = (await gql<MatrixAnswer>('regional', MATRIX)).data!.assignmentMatrix.asOf;
      const auditBefore = await count('audit_log');
      const assigned = await gql<{ assignProsecutor: { id: string; version: number } }>('regional', ASSIGN, {
        input: { prosecutorId, regionId: karaganda, themeCode: 'TAX', validFrom: today },
      });
      expect(assigned.errors).toBeUndefined();
      newAssignment = assigned.data!.assignProsecutor;
      expect(await count('audit_log')).toBe(auditBefore + 1);

      const filled = await cell('regional', 'TAX');
      expect(filled.gap).toBe(false);
      expect(filled.workload).toBe(before.workload);
      expect(filled.assignments.map((a) => a.prosecutor.id)).toEqual([prosecutorId]);
      expect(filled.prosecutors).toEqual([{ id: prosecutorId, office: { id: offices.regional } }]);

      const duplicate = await gql('analyst', ASSIGN, {
        input: { prosecutorId, regionId: karaganda, themeCode: 'TAX', validFrom: today },
      });
      expect(code(duplicate)).toBe('CONFLICT');

      const stale = await gql('regional', UNASSIGN, {
        id: newAssignment.id,
        version: newAssignment.version + 5,
      });
      expect(code(stale)).toBe('CONFLICT');
      const ended = await gql<{ unassignProsecutor: { validTo: string } }>('regional', UNASSIGN, {
        id: newAssignment.id,
        version: newAssignment.version,
      });
      expect(ended.errors).toBeUndefined();
      expect(ended.data?.unassignProsecutor.validTo).toBe(today);
      expect((await cell('regional', 'TAX')).gap).toBe(true);
      const [kept] = await sql('select valid_to from assignment where id = $1', [newAssignment.id]);
      expect(kept).toBeDefined();
    });

    it('should refuse a district user and a regional user outside its region', async () => {
      const input = { prosecutorId, regionId: karaganda, themeCode: 'TAX', validFrom: '2026-01-01' };
      expect(code(await gql('district', ASSIGN, { input }))).toBe('FORBIDDEN');
      expect(code(await gql('military', ASSIGN, { input }))).toBe('FORBIDDEN');
      expect(code(await gql('regional', ASSIGN, { input: { ...input, regionId: astana } }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await gql('district', UNASSIGN, { id: newAssignment.id, version: 2 }))).toBe('FORBIDDEN');
      const [foreign] = await sql<{ id: string; version: number }>(
        'select id, version from assignment where region_id = $1 and valid_to is null limit 1',
        [astana],
      );
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
        code(await gql('regional', UNASSIGN, { id: foreign!.id, version: foreign!.version })),
      );
      const staff = await gql('outsider', 'query ($o: ID!) { prosecutors(officeId: $o) { totalCount } }', {
        o: offices.regional,
      });
      expect(code(staff)).toBe('FORBIDDEN');
    });

    it('should answer bad inputs with coded errors and write nothing', async () => {
      const good = { prosecutorId, regionId: karaganda, themeCode: 'CUSTOMS', validFrom: '2026-01-10' };
      const assignments = await count('assignment');
      const audits = await count('audit_log');
      const cases: [Record<string, unknown>, string][] = [
        [{ ...good, validTo: '2026-01-09' }, 'BAD_USER_INPUT'],
        [{ ...good, validFrom: '2026-02-30' }, 'BAD_USER_INPUT'],
        [{ ...good, themeCode: 'NO_SUCH_THEME' }, 'BAD_USER_INPUT'],
        [{ ...good, themeCode: '' }, 'BAD_USER_INPUT'],
        [{ ...good, prosecutorId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT'],
        [{ ...good, prosecutorId: 'not-a-uuid' }, 'BAD_USER_INPUT'],
        [{ ...good, regionId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT'],
        [{ ...good, officeId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT'],
      ];
      for (const [input, expected] of cases) {
        expect(code(await gql('analyst', ASSIGN, { input })), JSON.stringify(input)).toBe(expected);
      }
      expect(
        code(await gql('analyst', UNASSIGN, { id: '00000000-0000-4000-8000-000000000000', version: 1 })),
      ).toBe('NOT_FOUND');
      expect(
        code(await gql('analyst', UNASSIGN, { id: newAssignment.id, version: 2, validTo: '1999-01-01' })),
      ).toBe('BAD_USER_INPUT');
      expect(await count('assignment')).toBe(assignments);
      expect(await count('audit_log')).toBe(audits);
    });
  });

  describe('concurrency', () => {
    it('should let only one of two simultaneous identical assignments through', async () => {
      const [prosecutor] = await sql<{ id: string }>(
        "select p.id from prosecutor p join office o on o.id = p.office_id where o.id = $1 and p.position <> 'HEAD' limit 1",
        [offices.regional],
      );
      const input = {
        prosecutorId: prosecutor!.id,
        regionId: karaganda,
        themeCode: 'CORRUPTION',
        validFrom: '2030-01-01',
      };
      const assign = 'mutation ($input: AssignProsecutorInput!) { assignProsecutor(input: $input) { id } }';
      const answers = await Promise.all([
        gql('regional', assign, { input }),
        gql('analyst', assign, { input }),
      ]);
      expect(answers.map(code).sort()).toEqual(['CONFLICT', undefined]);
    });

    it('should build one reconciliation when two builds of a new quarter race', async () => {
      const build = `mutation ($t: ID!, $s: ID!) {
        buildReconciliation(quarter: "2019-Q4", territorialOfficeId: $t, specializedOfficeId: $s) { id }
      }`;
      const vars = { t: offices.district, s: offices.military };
      const answers = await Promise.all([gql('district', build, vars), gql('military', build, vars)]);
      expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
      expect(await count("reconciliation where quarter = '2019-Q4'")).toBe(1);
    });
  });

  describe('quarterly reconciliation (para 7)', () => {
    const QUARTER = '2020-Q2';
    const REGISTER = `mutation ($input: RegisterCaseInput!) {
      registerCase(input: $input) { id version specializedOfficeId responsibleOfficeId mandatory }
    }`;
    const BUILD = `mutation ($q: String!, $t: ID!, $s: ID!) {
      buildReconciliation(quarter: $q, territorialOfficeId: $t, specializedOfficeId: $s) { ${REC_FIELDS} }
    }`;
    const RESOLVE = `mutation ($itemId: ID!, $version: Int!, $note: String!) {
      resolveDiscrepancy(itemId: $itemId, version: $version, note: $note) { id version resolutionNote resolvedAt }
    }`;
    const SIGN = `mutation ($id: ID!, $version: Int!) { signReconciliation(id: $id, version: $version) { ${REC_FIELDS} } }`;
    const caseIds: Record<'heardByTerritorial' | 'notNotified' | 'neither' | 'both', string> = {
      heardByTerritorial: '',
      notNotified: '',
      neither: '',
      both: '',
    };
    let rec: Rec;

    const register = async (suffix: string) => {
      const answer = await gql<{
        registerCase: { id: string; version: number; specializedOfficeId: string };
      }>('district', REGISTER, {
        input: {
          number: `REC-2020-${suffix}`,
          koapArticle: '665',
          summary: 'Воинское правонарушение (глава 32 КоАП)',
          offenderName: 'Военнослужащий Тест',
          registeredOn: '2020-04-01',
          courtId,
          spheres: ['MILITARY_CH32'],
          sanctions: ['ARREST'],
          offenderMilitary: 'SERVICEMAN',
          offenderDutyRelated: true,
        },
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.registerCase.specializedOfficeId).toBe(offices.military);
      return answer.data!.registerCase;
    };
    const hearing = (caseId: string, day: string, attendedBy: string | null) =>
      sql(
        `insert into hearing (case_id, court_id, instance, scheduled_at, status, attended, attended_by_office_id)
         values ($1, $2, 'FIRST', $3::timestamptz, 'HELD', $4, $5)`,
        [caseId, courtId, `${day}T10:00:00+05:00`, attendedBy !== null, attendedBy],
      );
    const notify = async (kase: { id: string; version: number }) => {
      await sql(
        `insert into notification (case_id, from_office_id, to_office_id, channel, registration_number, sent_at)
         values ($1, $2, $3, 'TELEPHONOGRAM', $4, '2020-04-02T09:00:00+05:00')`,
        [kase.id, offices.district, offices.military, `TG-${kase.id.slice(0, 6)}`],
      );
      // Any change of the case re-applies the rules, which now read the notice (routing to the military office).
      const updated = await gql<{ updateCase: { responsibleOfficeId: string } }>(
        'district',
        'mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { responsibleOfficeId } }',
        {
          input: {
            id: kase.id,
            version: kase.version,
            summary: 'Воинское правонарушение: уведомлён военный прокурор',
          },
        },
      );
      expect(updated.data?.updateCase.responsibleOfficeId).toBe(offices.military);
    };

    beforeAll(async () => {
      const a = await register('A');
      await notify(a);
      await hearing(a.id, '2020-05-12', offices.district);
      const b = await register('B');
      await hearing(b.id, '2020-05-13', offices.district);
      const c = await register('C');
      await notify(c);
      await hearing(c.id, '2020-05-14', null);
      const d = await register('D');
      await notify(d);
      await hearing(d.id, '2020-04-20', offices.district);
      await hearing(d.id, '2020-06-30', offices.military);
      await hearing(d.id, '2020-07-01', null); // next quarter: not part of this one
      Object.assign(caseIds, { heardByTerritorial: a.id, notNotified: b.id, neither: c.id, both: d.id });
    });

    it('should build the reconciliation with each discrepancy kind', async () => {
      const built = await gql<{ buildReconciliation: Rec }>('district', BUILD, {
        q: QUARTER,
        t: offices.district,
        s: offices.military,
      });
      expect(built.errors).toBeUndefined();
      rec = built.data!.buildReconciliation;
      expect(rec.status).toBe('DRAFT');
      const byCase = Object.fromEntries(
        Object.entries(caseIds).map(([k, id]) => [
          k,
          rec.items.filter((i) => i.case.id === id).map((i) => i.discrepancy),
        ]),
      );
      expect(byCase).toEqual({
        heardByTerritorial: ['HEARD_WITHOUT_RESPONSIBLE'],
        notNotified: ['NOT_NOTIFIED'],
        neither: ['ATTENDED_BY_NEITHER'],
        both: ['ATTENDED_BY_BOTH'],
      });
      expect(rec.items).toHaveLength(4);
      expect(rec.unresolvedCount).toBe(4);

      // A rebuild while a draft replaces the items (same content here).
      const again = await gql<{ buildReconciliation: Rec }>('military', BUILD, {
        q: QUARTER,
        t: offices.district,
        s: offices.military,
      });
      expect(again.data?.buildReconciliation.id).toBe(rec.id);
      rec = again.data!.buildReconciliation;
      expect(rec.items).toHaveLength(4);
    });

    it('should show the reconciliation to the two offices and the regional office only', async () => {
      const q = `query ($id: ID!) { reconciliation(id: $id) { id } }`;
      for (const user of ['district', 'military', 'regional', 'analyst', 'admin'] as const)
        expect((await gql(user, q, { id: rec.id })).errors, user).toBeUndefined();
      for (const user of ['transport', 'outsider'] as const)
        expect(code(await gql(user, q, { id: rec.id })), user).toBe('NOT_FOUND');
      const list = await gql<{ reconciliations: { id: string }[] }>(
        'military',
        'query ($o: ID!, $q: String) { reconciliations(officeId: $o, quarter: $q) { id } }',
        { o: offices.military, q: QUARTER },
      );
      expect(list.data?.reconciliations.map((r) => r.id)).toEqual([rec.id]);
      expect(
        code(await gql('outsider', BUILD, { q: QUARTER, t: offices.district, s: offices.military })),
      ).toBe('FORBIDDEN');
    });

    it('should refuse bad inputs with coded errors and write nothing', async () => {
      const recs = await count('reconciliation');
      const audits = await count('audit_log');
      const build = (q: string, t: string, s: string) => gql('district', BUILD, { q, t, s });
      expect(code(await build('2020-Q5', offices.district, offices.military))).toBe('BAD_USER_INPUT');
      expect(code(await build(QUARTER, offices.military, offices.military))).toBe('BAD_USER_INPUT');
      expect(code(await build(QUARTER, offices.district, offices.district))).toBe('BAD_USER_INPUT');
      expect(code(await build(QUARTER, 'nope', offices.military))).toBe('BAD_USER_INPUT');
      const item = rec.items[0]!.id;
      expect(code(await gql('district', RESOLVE, { version: 1, itemId: item, note: '' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await gql('district', RESOLVE, { version: 1, itemId: item, note: '   ' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await gql('district', RESOLVE, { version: 1, itemId: item, note: 'x'.repeat(2001) }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        code(
          await gql('district', RESOLVE, {
            version: 1,
            itemId: '00000000-0000-4000-8000-000000000000',
            note: 'ok',
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(code(await gql('outsider', RESOLVE, { version: 1, itemId: item, note: 'ok' }))).toBe(
        'NOT_FOUND',
      );
      expect(await count('reconciliation')).toBe(recs);
      expect(await count('audit_log')).toBe(audits);
    });

    it('should sign only when every discrepancy is resolved, by both sides, then freeze the act', async () => {
      const early = await gql('district', SIGN, { id: rec.id, version: rec.version });
      expect(code(early)).toBe('CONFLICT');
      expect(early.errors?.[0]?.message).toContain('4 discrepancies');

      for (const item of rec.items) {
        const resolved = await gql('district', RESOLVE, {
          itemId: item.id,
          version: item.version,
          note: `Сверено: ${item.discrepancy} — меры приняты`,
        });
        expect(resolved.errors).toBeUndefined();
      }
      expect(code(await gql('regional', SIGN, { id: rec.id, version: rec.version }))).toBe('FORBIDDEN');
      const territorial = await gql<{ signReconciliation: Rec }>('district', SIGN, {
        id: rec.id,
        version: rec.version,
      });
      expect(territorial.errors).toBeUndefined();
      const half = territorial.data!.signReconciliation;
      expect(half.status).toBe('DRAFT');
      expect(half.signedByTerritorialAt).not.toBeNull();
      expect(half.frozenAct).toBeNull();
      expect(code(await gql('district', SIGN, { id: rec.id, version: half.version }))).toBe('CONFLICT');
      expect(
        code(await gql('military', RESOLVE, { version: 1, itemId: rec.items[0]!.id, note: 'изменение' })),
      ).toBe('CONFLICT');
      expect(code(await gql('military', SIGN, { id: rec.id, version: rec.version }))).toBe('CONFLICT');

      const both = await gql<{ signReconciliation: Rec }>('military', SIGN, {
        id: rec.id,
        version: half.version,
      });
      expect(both.errors).toBeUndefined();
      const signed = both.data!.signReconciliation;
      expect(signed.status).toBe('SIGNED');
      const act = signed.frozenAct as {
        quarter: string;
        items: { caseId: string; discrepancy: string; resolutionNote: string }[];
        discrepancies: Record<string, number>;
        signatures: Record<'territorial' | 'specialized', { username: string; at: string }>;
      };
      expect(act.quarter).toBe(QUARTER);
      expect(act.items).toHaveLength(4);
      expect(act.items.every((i) => i.resolutionNote.startsWith('Сверено'))).toBe(true);
      expect(act.discrepancies).toEqual({
        HEARD_WITHOUT_RESPONSIBLE: 1,
        NOT_NOTIFIED: 1,
        ATTENDED_BY_NEITHER: 1,
        ATTENDED_BY_BOTH: 1,
      });
      expect(act.signatures.territorial.username).toBe('district');
      expect(act.signatures.specialized.username).toBe('military');
    });

    it('should keep the signed act immutable', async () => {
      const before = await sql('select frozen_act, version from reconciliation where id = $1', [rec.id]);
      expect(
        code(await gql('district', RESOLVE, { version: 1, itemId: rec.items[1]!.id, note: 'позже' })),
      ).toBe('CONFLICT');
      expect(code(await gql('admin', BUILD, { q: QUARTER, t: offices.district, s: offices.military }))).toBe(
        'CONFLICT',
      );
      const [current] = await sql<{ version: number }>('select version from reconciliation where id = $1', [
        rec.id,
      ]);
      expect(code(await gql('military', SIGN, { id: rec.id, version: current!.version }))).toBe('CONFLICT');
      expect(await sql('select frozen_act, version from reconciliation where id = $1', [rec.id])).toEqual(
        before,
      );
    });
  });

  describe('demo reconciliations', () => {
    it('should give the demo offices a signed act and a draft to work on', async () => {
      const answer = await gql<{
        reconciliations: { quarter: string; status: string; frozenAct: unknown }[];
      }>('district', 'query ($o: ID!) { reconciliations(officeId: $o) { quarter status frozenAct } }', {
        o: offices.district,
      });
      expect(answer.errors).toBeUndefined();
      const demo = answer.data!.reconciliations.filter((r) => r.quarter !== '2020-Q2');
      expect(demo.filter((r) => r.status === 'SIGNED' && r.frozenAct !== null).length).toBeGreaterThanOrEqual(
        1,
      );
      expect(demo.filter((r) => r.status === 'DRAFT' && r.frozenAct === null).length).toBeGreaterThanOrEqual(
        1,
      );
    });
  });

  describe('node(id)', () => {
    const NODE = `query ($id: ID!) { node(id: $id) {
      __typename
      ... on Case { id number }
      ... on Office { id code }
      ... on Reconciliation { id status }
    } }`;

    it('should return a case inside the jurisdiction and NOT_FOUND outside it', async () => {
      const [kase] = await sql<{ id: string; number: string }>(
        "select id, number from court_case where number = 'REC-2020-A'",
      );
      for (const user of ['district', 'regional', 'admin'] as const) {
        const answer = await gql<{ node: { __typename: string; id: string; number: string } }>(user, NODE, {
          id: kase!.id,
        });
        expect(answer.data?.node, user).toEqual({ __typename: 'Case', id: kase!.id, number: 'REC-2020-A' });
      }
      const hidden = await gql('outsider', NODE, { id: kase!.id });
      expect(code(hidden)).toBe('NOT_FOUND');
      expect(hidden.data?.['node' as never]).toBeFalsy();
    });

    it('should find records of a case only where the case is visible', async () => {
      const [hearing] = await sql<{ id: string }>(
        "select h.id from hearing h join court_case c on c.id = h.case_id where c.number = 'REC-2020-A'",
      );
      const q = 'query ($id: ID!) { node(id: $id) { __typename ... on Hearing { id } } }';
      expect(
        (await gql<{ node: { __typename: string } }>('district', q, { id: hearing!.id })).data?.node,
      ).toEqual({
        __typename: 'Hearing',
        id: hearing!.id,
      });
      expect(code(await gql('outsider', q, { id: hearing!.id }))).toBe('NOT_FOUND');
      const [protest] = await sql<{ id: string }>('select id from protest limit 1');
      const answer = await gql<{ node: { __typename: string } }>(
        'admin',
        '{ node(id: "' + protest!.id + '") { __typename } }',
      );
      expect(answer.data?.node.__typename).toBe('Protest');
    });

    it('should find reference records and reconciliations, and refuse unknown ids', async () => {
      const office = await gql<{ node: { __typename: string; code: string } }>('outsider', NODE, {
        id: offices.military,
      });
      expect(office.data?.node.__typename).toBe('Office');
      const [r] = await sql<{ id: string }>("select id from reconciliation where quarter = '2020-Q2'");
      expect(
        (await gql<{ node: { status: string } }>('military', NODE, { id: r!.id })).data?.node.status,
      ).toBe('SIGNED');
      expect(code(await gql('outsider', NODE, { id: r!.id }))).toBe('NOT_FOUND');
      expect(code(await gql('admin', NODE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
        'NOT_FOUND',
      );
      expect(code(await gql('admin', NODE, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
      expect(code(await gql('admin', 'query { reconciliation(id: "nope") { id } }'))).toBe('BAD_USER_INPUT');
      expect(code(await graphql(url, NODE, { id: offices.military }))).toBe('UNAUTHENTICATED');
    });
  });
});
