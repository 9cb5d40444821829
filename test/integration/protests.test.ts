// Issue 4: court acts, conclusions, protests, cassation proposals, private rulings and register entries over
// real HTTP against a real PostgreSQL with the demo data — including the required scenario, the full
// life of a mandatory tax case from registration to its indicators.
import {
  ActKpiStatus,
  actKpiStatus,
  addDays,
  createKzCalendar,
  todayInAlmaty,
  type AppealBasis,
  type AppealResult,
  type Exclusion,
} from '@qadagalau/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { createDatabase, tableRowCounts, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const TODAY = todayInAlmaty(new Date());
const CALENDAR = createKzCalendar();

const CASE_FIELDS = `id version mandatory grounds actKind prosecutorAgrees
  groundExplanations { ground paragraph }
  responsibleOffice { code }
  deadlines { code status dueOn length unit subjectId }`;

interface CaseView {
  id: string;
  version: number;
  mandatory: boolean;
  grounds: string[];
  actKind: string | null;
  prosecutorAgrees: boolean;
  groundExplanations: { ground: string; paragraph: string }[];
  responsibleOffice: { code: string };
  deadlines: {
    code: string;
    status: string;
    dueOn: string;
    length: number;
    unit: string;
    subjectId: string;
  }[];
}

interface ActView {
  id: string;
  version: number;
  appealResult: AppealResult | null;
  appealBasis: AppealBasis | null;
  appealDecidedOn: string | null;
  exclusion: Exclusion | null;
  exclusionApproved: boolean;
}

interface ProtestView {
  id: string;
  version: number;
  status: string;
  late: boolean;
  broughtOn: string;
}

const ACT_FIELDS = 'id version appealResult appealBasis appealDecidedOn exclusion exclusionApproved';
const PROTEST_FIELDS = 'id version status late broughtOn';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${CASE_FIELDS} } }`;
const CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS}
  courtActs { ${ACT_FIELDS} } protests { ${PROTEST_FIELDS} }
  conclusions { id kind approvedAt content { guiltAndQualification } }
  privateRulings { id onProsecutorMotion motionEvidence } } }`;
const RECORD_ACT = `mutation ($input: RecordCourtActInput!) { recordCourtAct(input: $input) { ${ACT_FIELDS} } }`;
const UPDATE_ACT = `mutation ($input: UpdateCourtActInput!) { updateCourtAct(input: $input) { ${ACT_FIELDS} } }`;
const APPROVE_EXCLUSION = `mutation ($id: ID!, $version: Int!) { approveExclusion(id: $id, version: $version) { ${ACT_FIELDS} } }`;
const BRING = `mutation ($input: BringProtestInput!) { bringProtest(input: $input) { ${PROTEST_FIELDS} } }`;
const OUTCOME = `mutation ($input: RecordProtestOutcomeInput!) {
  recordProtestOutcome(input: $input) { ${PROTEST_FIELDS} courtAct { ${ACT_FIELDS} } } }`;
const WITHDRAW = `mutation ($input: WithdrawProtestInput!) { withdrawProtest(input: $input) { ${PROTEST_FIELDS} } }`;
const RETURN = `mutation ($input: ReturnProtestInput!) { returnProtest(input: $input) { ${PROTEST_FIELDS} } }`;
const FILE_CONCLUSION = `mutation ($input: FileConclusionInput!) {
  fileConclusion(input: $input) { id version kind approvedAt approvedById content { guiltAndQualification } } }`;
const APPROVE_CONCLUSION = `mutation ($id: ID!, $version: Int!) {
  approveConclusion(id: $id, version: $version) { id approvedAt approvedById } }`;
const PROPOSE = `mutation ($input: ProposeCassationProtestInput!) {
  proposeCassationProtest(input: $input) { id officeId submittedOn office { code } } }`;
const PRIVATE_RULING = `mutation ($input: RecordPrivateRulingInput!) {
  recordPrivateRuling(input: $input) { id onProsecutorMotion motionEvidence } }`;
const REGISTER_ENTRY = `mutation ($input: AddRegisterEntryInput!) {
  addRegisterEntry(input: $input) { id kind officeId caseId recordedOn } }`;
const PROTESTS = `query ($filter: ProtestFilter, $first: Int!, $after: String) {
  protests(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status kind broughtOn caseId } } } }`;

describe('court acts, conclusions and protests', () => {
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  let courtId: string;
  let caseSeq = 0;

  async function login(username: string): Promise<string> {
    const answer = await graphql<{ login: { token: string } }>(
      server.url,
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username, password: 'qadagalau' } },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.login.token ?? '';
  }

  function as<T>(user: string, query: string, variables: Record<string, unknown> = {}) {
    return graphql<T>(server.url, query, variables, { authorization: `Bearer ${tokens[user]}` });
  }

  function expectCode(answer: GraphQLResponse<unknown>, code: string, field?: string): void {
    expect(answer.errors?.[0]?.extensions?.['code'], JSON.stringify(answer.errors)).toBe(code);
    if (field) {
      const error = answer.errors?.[0];
      const named = [
        error?.extensions?.['field'],
        ...((error?.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map((f) => f.field),
      ];
      expect(
        named.some((f) => typeof f === 'string' && f.endsWith(field)),
        JSON.stringify(error),
      ).toBe(true);
    }
  }

  async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return withClient(databaseUrl, async (client) => (await client.query(text, params)).rows as T[]);
  }

  /** Runs `attempt` and checks it wrote nothing at all (every table keeps its row count). */
  async function writesNothing(attempt: () => Promise<void>): Promise<void> {
    const before = await tableRowCounts(databaseUrl);
    await attempt();
    expect(await tableRowCounts(databaseUrl)).toEqual(before);
  }

  async function registerTaxCase(extra: Record<string, unknown> = {}): Promise<CaseView> {
    caseSeq += 1;
    const answer = await as<{ registerCase: CaseView }>('district', REGISTER, {
      input: {
        number: `PROTEST-${Date.now()}-${caseSeq}`,
        koapArticle: '278',
        koapPart: '1',
        summary: 'Нарушение налогового законодательства',
        offenderName: 'ТОО «Тест»',
        registeredOn: addDays(TODAY, -60),
        courtId,
        spheres: ['TAX'],
        sanctions: ['FINE'],
        ...extra,
      },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.registerCase;
  }

  async function recordAct(caseId: string, input: Record<string, unknown> = {}): Promise<ActView> {
    const answer = await as<{ recordCourtAct: ActView }>('district', RECORD_ACT, {
      input: {
        caseId,
        instance: 'FIRST',
        kind: 'PENALTY_IMPOSED',
        issuedOn: TODAY,
        copyDeliveredOn: TODAY,
        ...input,
      },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.recordCourtAct;
  }

  async function readCase(id: string, user = 'district') {
    const answer = await as<{
      case: CaseView & {
        courtActs: ActView[];
        protests: ProtestView[];
        conclusions: { id: string; kind: string; approvedAt: string | null }[];
        privateRulings: { id: string }[];
      };
    }>(user, CASE, { id });
    expect(answer.errors).toBeUndefined();
    return answer.data!.case;
  }

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'protests');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
    for (const user of ['district', 'regional', 'analyst', 'admin', 'military'])
      tokens[user] = await login(user);

    // A district prosecutor of another region, to prove isolation.
    const [outsider] = await sql<{ officeId: string }>(
      `SELECT o.id AS "officeId" FROM office o JOIN region r ON r.id = o.region_id
        WHERE o.kind = 'DISTRICT' AND r.code <> 'KARAGANDA' ORDER BY o.code LIMIT 1`,
    );
    await sql(
      `INSERT INTO app_user (username, password_hash, display_name, role, office_id)
       SELECT 'outsider', password_hash, 'Прокурор другой области', 'DISTRICT', $1 FROM app_user
        WHERE username = 'district'`,
      [outsider?.officeId],
    );
    tokens['outsider'] = await login('outsider');

    const reference = await as<{
      courts: { id: string; instance: string; locality: { id: string } }[];
      offices: { code: string; locality: { id: string } | null }[];
    }>(
      'district',
      `{ courts(regionCode: "KARAGANDA") { id instance locality { id } }
         offices(regionCode: "KARAGANDA") { code locality { id } } }`,
    );
    const district = reference.data?.offices.find((o) => o.code === 'PO.KARAGANDA.KAZYBEK_BI');
    const court = reference.data?.courts.find(
      (c) => c.instance === 'FIRST' && c.locality.id === district?.locality?.id,
    );
    expect(court).toBeDefined();
    courtId = court!.id;
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  it('should carry a mandatory tax case from registration to its indicators', async () => {
    // Registration: the rules make it mandatory on the tax ground of para 6.
    const kase = await registerTaxCase({ registeredOn: TODAY });
    expect(kase.mandatory).toBe(true);
    expect(kase.grounds).toEqual(['TAX']);
    expect(kase.groundExplanations).toEqual([{ ground: 'TAX', paragraph: '6' }]);
    expect(kase.responsibleOffice.code).toBe('PO.KARAGANDA.KAZYBEK_BI');

    // The hearing, when the hearings family is in the schema.
    const mutations = await as<{ __type: { fields: { name: string }[] } }>(
      'district',
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    if (mutations.data?.__type.fields.some((f) => f.name === 'scheduleHearing')) {
      const hearing = await as<{ scheduleHearing: { id: string } }>(
        'district',
        'mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id } }',
        { input: { caseId: kase.id, scheduledAt: new Date(Date.now() - 3_600_000).toISOString() } },
      );
      expect(hearing.errors).toBeUndefined();
    }

    // The act with its copy delivered today: the appeal period of para 13 (10 calendar days, КоАП 832) opens.
    const act = await recordAct(kase.id);
    const withAct = await readCase(kase.id);
    expect(withAct.actKind).toBe('PENALTY_IMPOSED');
    const due = CALENDAR.workingDayOnOrAfter(addDays(TODAY, 10));
    for (const code of ['APPEAL_PROTEST', 'LEGALITY_CHECK']) {
      expect(withAct.deadlines).toContainEqual(
        expect.objectContaining({
          code,
          status: 'OPEN',
          dueOn: due,
          length: 10,
          unit: 'CALENDAR',
          subjectId: act.id,
        }),
      );
    }

    // Before the outcome the act is not in the para-22 population.
    const kpiStatus = async () => {
      const [row] = await sql<{
        mandatory: boolean;
        appeal_result: AppealResult | null;
        appeal_basis: AppealBasis | null;
        exclusion: Exclusion | null;
        exclusion_approved: boolean;
        reversed_on_cassation_protest: boolean;
      }>(
        `SELECT c.mandatory, a.appeal_result, a.appeal_basis, a.exclusion, a.exclusion_approved,
                a.reversed_on_cassation_protest
           FROM court_act a JOIN court_case c ON c.id = a.case_id WHERE a.id = $1`,
        [act.id],
      );
      if (!row?.appeal_result || !row.appeal_basis) return null;
      return actKpiStatus({
        scope: row.mandatory,
        appealResult: row.appeal_result,
        basis: row.appeal_basis,
        exclusion: row.exclusion,
        exclusionApproved: row.exclusion_approved,
        reversedOnCassationProtest: row.reversed_on_cassation_protest,
      });
    };
    const officeId = (
      await sql<{ id: string }>(`SELECT id FROM office WHERE code = 'PO.KARAGANDA.KAZYBEK_BI'`)
    )[0]?.id;
    const quarter = `${TODAY.slice(0, 4)}-Q${Math.ceil(Number(TODAY.slice(5, 7)) / 3)}`;
    const indicators = async () => {
      const answer = await as<{
        indicators: {
          appealProtestEffectiveness: { numerator: number; denominator: number };
          protestSatisfaction: { considered: number; unsatisfied: number };
        };
      }>(
        'district',
        `query ($id: ID, $quarter: String!) { indicators(scope: OFFICE, id: $id, quarter: $quarter) {
          appealProtestEffectiveness { numerator denominator } protestSatisfaction { considered unsatisfied } } }`,
        { id: officeId, quarter },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.indicators;
    };
    expect(await kpiStatus()).toBeNull();
    const before = await indicators();

    // A protest in time meets the appeal-protest deadline.
    const brought = await as<{ bringProtest: ProtestView }>('district', BRING, {
      input: {
        caseId: kase.id,
        courtActId: act.id,
        kind: 'APPEAL',
        grounds: 'Основания статьи 840 КоАП: неправильная квалификация',
        broughtOn: TODAY,
      },
    });
    expect(brought.errors).toBeUndefined();
    expect(brought.data?.bringProtest).toMatchObject({ status: 'BROUGHT', late: false, broughtOn: TODAY });
    const afterProtest = await readCase(kase.id);
    expect(afterProtest.deadlines).toContainEqual(
      expect.objectContaining({ code: 'APPEAL_PROTEST', status: 'MET', subjectId: act.id }),
    );
    expect(afterProtest.deadlines).toContainEqual(
      expect.objectContaining({ code: 'LEGALITY_CHECK', status: 'MET', subjectId: act.id }),
    );

    // The court satisfies it: the act is cancelled on the prosecutor's protest (para 22).
    const outcome = await as<{ recordProtestOutcome: ProtestView & { courtAct: ActView } }>(
      'district',
      OUTCOME,
      {
        input: {
          id: brought.data!.bringProtest.id,
          version: brought.data!.bringProtest.version,
          status: 'SATISFIED',
          decidedOn: TODAY,
        },
      },
    );
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.recordProtestOutcome.status).toBe('SATISFIED');
    expect(outcome.data?.recordProtestOutcome.courtAct).toMatchObject({
      appealResult: 'CANCELLED',
      appealBasis: 'PROSECUTOR_PROTEST',
      appealDecidedOn: TODAY,
    });

    // The indicators of the office for the quarter: the act now counts in the para-22 numerator and denominator
    // (won on the prosecutor's protest), and the protest among the considered ones of para 23.
    expect(await kpiStatus()).toBe(ActKpiStatus.PROTEST);
    const after = await indicators();
    expect(after.appealProtestEffectiveness).toEqual({
      numerator: before.appealProtestEffectiveness.numerator + 1,
      denominator: before.appealProtestEffectiveness.denominator + 1,
    });
    expect(after.protestSatisfaction).toEqual({
      considered: before.protestSatisfaction.considered + 1,
      unsatisfied: before.protestSatisfaction.unsatisfied,
    });

    // An audit row for every step, in the same transactions.
    const audits = await sql<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id::text = ANY($1::text[]) ORDER BY id`,
      [[kase.id, act.id, brought.data!.bringProtest.id]],
    );
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['registerCase', 'recordCourtAct', 'bringProtest', 'recordProtestOutcome']),
    );
  });

  it('should refuse a protest after its deadline unless flagged late, and record it as late', async () => {
    const kase = await registerTaxCase();
    const copy = addDays(TODAY, -40);
    const act = await recordAct(kase.id, { issuedOn: copy, copyDeliveredOn: copy });
    const input = {
      caseId: kase.id,
      courtActId: act.id,
      kind: 'APPEAL',
      grounds: 'Основания статьи 840 КоАП',
      broughtOn: TODAY,
    };
    await writesNothing(async () => {
      expectCode(await as('district', BRING, { input }), 'DEADLINE_PASSED', 'broughtOn');
    });
    const late = await as<{ bringProtest: ProtestView }>('district', BRING, {
      input: { ...input, late: true },
    });
    expect(late.errors).toBeUndefined();
    expect(late.data?.bringProtest).toMatchObject({ status: 'BROUGHT', late: true });
    const after = await readCase(kase.id);
    expect(after.deadlines).toContainEqual(
      expect.objectContaining({ code: 'APPEAL_PROTEST', status: 'MISSED', subjectId: act.id }),
    );
  });

  it('should withdraw and return protests, refuse other moves and stale versions', async () => {
    const kase = await registerTaxCase();
    const act = await recordAct(kase.id);
    const bring = async () =>
      (
        await as<{ bringProtest: ProtestView }>('district', BRING, {
          input: {
            caseId: kase.id,
            courtActId: act.id,
            kind: 'APPEAL',
            grounds: 'ст. 840 КоАП',
            broughtOn: TODAY,
          },
        })
      ).data!.bringProtest;
    const first = await bring();

    // A second pending appeal protest against the same act is a conflict.
    await writesNothing(async () => {
      expectCode(
        await as('district', BRING, {
          input: { caseId: kase.id, courtActId: act.id, kind: 'APPEAL', grounds: 'x', broughtOn: TODAY },
        }),
        'CONFLICT',
      );
    });
    // A stale version is a conflict and changes nothing.
    await writesNothing(async () => {
      expectCode(
        await as('district', WITHDRAW, {
          input: { id: first.id, version: first.version + 1, reason: 'Отозван' },
        }),
        'CONFLICT',
        'version',
      );
    });
    const withdrawn = await as<{ withdrawProtest: ProtestView }>('district', WITHDRAW, {
      input: {
        id: first.id,
        version: first.version,
        unfounded: true,
        reason: 'Суд удовлетворил ходатайство об отзыве',
      },
    });
    expect(withdrawn.data?.withdrawProtest.status).toBe('WITHDRAWN');
    // A withdrawn protest is final.
    expectCode(
      await as('district', OUTCOME, {
        input: {
          id: first.id,
          version: withdrawn.data!.withdrawProtest.version,
          status: 'SATISFIED',
          decidedOn: TODAY,
        },
      }),
      'CONFLICT',
    );
    expectCode(
      await as('district', RETURN, {
        input: { id: first.id, version: withdrawn.data!.withdrawProtest.version, reason: 'x' },
      }),
      'CONFLICT',
    );

    const second = await bring();
    const returned = await as<{ returnProtest: ProtestView }>('district', RETURN, {
      input: { id: second.id, version: second.version, reason: 'Возвращён по инициативе прокурора' },
    });
    expect(returned.data?.returnProtest.status).toBe('RETURNED');
    const unfounded = await sql<{ unfounded: boolean; outcome_note: string }>(
      'SELECT unfounded, outcome_note FROM protest WHERE id = $1',
      [first.id],
    );
    expect(unfounded[0]).toEqual({ unfounded: true, outcome_note: 'Суд удовлетворил ходатайство об отзыве' });

    // Only the GPO brings cassation protests (para 25).
    expectCode(
      await as('district', BRING, {
        input: { caseId: kase.id, courtActId: act.id, kind: 'CASSATION', grounds: 'x', broughtOn: TODAY },
      }),
      'FORBIDDEN',
    );
  });

  it('should list protests in the jurisdiction with filters and cursors', async () => {
    const all = await as<{
      protests: {
        totalCount: number;
        edges: { node: { id: string; status: string; broughtOn: string | null } }[];
      };
    }>('district', PROTESTS, { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(all.data!.protests.totalCount).toBeGreaterThan(0);

    const page1 = await as<{
      protests: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
    }>('regional', PROTESTS, { first: 2 });
    const page2 = await as<{ protests: { edges: { node: { id: string } }[] } }>('regional', PROTESTS, {
      first: 2,
      after: page1.data!.protests.pageInfo.endCursor,
    });
    const ids = [...page1.data!.protests.edges, ...page2.data!.protests.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);

    const satisfied = await as<{ protests: { edges: { node: { status: string; broughtOn: string } }[] } }>(
      'regional',
      PROTESTS,
      {
        first: 100,
        filter: { status: 'SATISFIED', kind: 'APPEAL', broughtFrom: addDays(TODAY, -400), broughtTo: TODAY },
      },
    );
    expect(satisfied.errors).toBeUndefined();
    for (const { node } of satisfied.data!.protests.edges) {
      expect(node.status).toBe('SATISFIED');
      expect(node.broughtOn >= addDays(TODAY, -400)).toBe(true);
    }

    // Another region sees none of Karaganda's protests; one by id is NOT_FOUND.
    const outsider = await as<{ protests: { edges: { node: { id: string } }[] } }>('outsider', PROTESTS, {
      first: 100,
    });
    const theirs = new Set(outsider.data!.protests.edges.map((e) => e.node.id));
    for (const id of ids) expect(theirs.has(id)).toBe(false);
    expectCode(
      await as('outsider', 'query ($id: ID!) { protest(id: $id) { id } }', { id: ids[0] }),
      'NOT_FOUND',
    );
    expectCode(await as('district', PROTESTS, { first: 101 }), 'BAD_USER_INPUT');
  });

  it('should demand the para-10 content of each kind of conclusion and approve it by the office', async () => {
    const kase = await registerTaxCase();
    const act = await recordAct(kase.id);
    const content = {
      guiltAndQualification: 'Вина доказана, квалификация верна',
      evidence: 'Протокол, акт налоговой проверки',
      proposedPenalty: 'Штраф в пределах санкции',
    };
    await writesNothing(async () => {
      const missing = await as('district', FILE_CONCLUSION, {
        input: {
          caseId: kase.id,
          courtActId: act.id,
          kind: 'FIRST_INSTANCE',
          content: { ...content, evidence: ' ' },
        },
      });
      expectCode(missing, 'BAD_USER_INPUT', 'content.evidence');
      expect(missing.errors?.[0]?.message).toContain('evidence');
      const appeal = await as('district', FILE_CONCLUSION, {
        input: { caseId: kase.id, courtActId: act.id, kind: 'APPEAL', content },
      });
      expectCode(appeal, 'BAD_USER_INPUT', 'content.reviewedActs');
      expect(appeal.errors?.[0]?.extensions?.['missing']).toEqual([
        'reviewedActs',
        'participants',
        'complaintArguments',
        'complaintWellFounded',
      ]);
      // A conclusion on copy receipt is for arrest and termination resolutions (КоАП 823(2)).
      expectCode(
        await as('district', FILE_CONCLUSION, {
          input: { caseId: kase.id, courtActId: act.id, kind: 'ON_COPY_RECEIPT', content },
        }),
        'BAD_USER_INPUT',
        'kind',
      );
      expectCode(
        await as('district', FILE_CONCLUSION, {
          input: {
            caseId: kase.id,
            kind: 'FIRST_INSTANCE',
            content: { ...content, evidence: 'x'.repeat(10_001) },
          },
        }),
        'BAD_USER_INPUT',
        'evidence',
      );
    });

    const filed = await as<{ fileConclusion: { id: string; version: number; approvedAt: string | null } }>(
      'district',
      FILE_CONCLUSION,
      {
        input: { caseId: kase.id, courtActId: act.id, kind: 'FIRST_INSTANCE', content },
      },
    );
    expect(filed.errors).toBeUndefined();
    const agreed = await readCase(kase.id);
    expect(agreed.prosecutorAgrees).toBe(true);

    const conclusion = { id: filed.data!.fileConclusion.id, version: filed.data!.fileConclusion.version };
    expectCode(await as('outsider', APPROVE_CONCLUSION, conclusion), 'NOT_FOUND');
    // A stale version is a CONFLICT (approving what someone changed since) and writes nothing.
    await writesNothing(async () => {
      expectCode(
        await as('regional', APPROVE_CONCLUSION, { ...conclusion, version: conclusion.version + 1 }),
        'CONFLICT',
        'version',
      );
    });
    const approved = await as<{ approveConclusion: { approvedAt: string; approvedById: string } }>(
      'regional',
      APPROVE_CONCLUSION,
      conclusion,
    );
    expect(approved.errors).toBeUndefined();
    const [regional] = await sql<{ prosecutorId: string }>(
      `SELECT prosecutor_id AS "prosecutorId" FROM app_user WHERE username = 'regional'`,
    );
    expect(approved.data?.approveConclusion.approvedById).toBe(regional?.prosecutorId);
    // Approved already: a CONFLICT even with the current version.
    expectCode(
      await as('district', APPROVE_CONCLUSION, { ...conclusion, version: conclusion.version + 1 }),
      'CONFLICT',
    );
    expectCode(await as('district', APPROVE_CONCLUSION, conclusion), 'CONFLICT');

    // Agreeing with the act (an approved conclusion) waives the duty to protest and completes the check.
    const after = await readCase(kase.id);
    expect(after.deadlines).toContainEqual(
      expect.objectContaining({ code: 'APPEAL_PROTEST', status: 'WAIVED', subjectId: act.id }),
    );
    expect(after.deadlines).toContainEqual(
      expect.objectContaining({ code: 'LEGALITY_CHECK', status: 'MET', subjectId: act.id }),
    );
  });

  it('should keep court-act dates sane and let only the Department approve an exclusion', async () => {
    const kase = await registerTaxCase();
    await writesNothing(async () => {
      expectCode(
        await as('district', RECORD_ACT, {
          input: {
            caseId: kase.id,
            instance: 'FIRST',
            kind: 'PENALTY_IMPOSED',
            issuedOn: addDays(TODAY, -5),
            copyDeliveredOn: addDays(TODAY, -6),
          },
        }),
        'BAD_USER_INPUT',
        'copyDeliveredOn',
      );
      expectCode(
        await as('district', RECORD_ACT, {
          input: {
            caseId: kase.id,
            instance: 'FIRST',
            kind: 'PENALTY_IMPOSED',
            issuedOn: addDays(TODAY, -5),
            enteredIntoForceOn: addDays(TODAY, -7),
          },
        }),
        'BAD_USER_INPUT',
        'enteredIntoForceOn',
      );
      expectCode(
        await as('district', RECORD_ACT, {
          input: { caseId: kase.id, instance: 'FIRST', kind: 'PENALTY_IMPOSED', issuedOn: '2025-02-30' },
        }),
        'BAD_USER_INPUT',
        'issuedOn',
      );
      expectCode(
        await as('district', RECORD_ACT, {
          input: { caseId: kase.id, instance: 'FIRST', kind: 'SENTENCED', issuedOn: TODAY },
        }),
        'BAD_USER_INPUT',
      );
      expectCode(
        await as('district', RECORD_ACT, {
          input: {
            caseId: kase.id,
            courtId: '00000000-0000-4000-8000-000000000000',
            instance: 'FIRST',
            kind: 'PENALTY_IMPOSED',
            issuedOn: TODAY,
          },
        }),
        'BAD_USER_INPUT',
        'courtId',
      );
      expectCode(
        await as('district', RECORD_ACT, {
          input: {
            caseId: '00000000-0000-4000-8000-000000000000',
            instance: 'FIRST',
            kind: 'PENALTY_IMPOSED',
            issuedOn: TODAY,
          },
        }),
        'NOT_FOUND',
      );
    });

    const act = await recordAct(kase.id, {
      issuedOn: addDays(TODAY, -20),
      copyDeliveredOn: addDays(TODAY, -19),
    });
    const changed = await as<{ updateCourtAct: ActView }>('district', UPDATE_ACT, {
      input: {
        id: act.id,
        version: act.version,
        appealResult: 'CHANGED',
        appealBasis: 'COMPLAINT',
        appealDecidedOn: addDays(TODAY, -2),
        exclusion: 'PENALTY_WITHIN_SANCTION',
      },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.updateCourtAct).toMatchObject({
      exclusion: 'PENALTY_WITHIN_SANCTION',
      exclusionApproved: false,
    });
    await writesNothing(async () => {
      expectCode(
        await as('district', UPDATE_ACT, { input: { id: act.id, version: act.version, summary: 'stale' } }),
        'CONFLICT',
        'version',
      );
      const current = { id: changed.data!.updateCourtAct.id, version: changed.data!.updateCourtAct.version };
      expectCode(await as('district', APPROVE_EXCLUSION, current), 'FORBIDDEN');
      expectCode(await as('regional', APPROVE_EXCLUSION, current), 'FORBIDDEN');
      expectCode(
        await as('analyst', APPROVE_EXCLUSION, { id: current.id, version: act.version }),
        'CONFLICT',
        'version',
      );
    });
    const { id: actId, version: actVersion } = changed.data!.updateCourtAct;
    const approved = await as<{ approveExclusion: ActView }>('analyst', APPROVE_EXCLUSION, {
      id: actId,
      version: actVersion,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveExclusion.exclusionApproved).toBe(true);
    // Approved already: a CONFLICT even with the current version.
    expectCode(
      await as('analyst', APPROVE_EXCLUSION, { id: actId, version: approved.data!.approveExclusion.version }),
      'CONFLICT',
    );
  });

  it('should take cassation proposals from the regional office only, naming КоАП 839', async () => {
    const kase = await registerTaxCase();
    const act = await recordAct(kase.id);
    const input = {
      caseId: kase.id,
      courtActId: act.id,
      reason: 'Апелляционный протест необоснованно отклонён (п. 14)',
      descriptivePart: 'Постановлением суда первой инстанции…',
      reasoningPart: 'Выводы суда не соответствуют материалам дела…',
      resolutivePart: 'Отменить постановление и прекратить производство (подпункт 3 части 1 статьи 839 КоАП)',
    };
    await writesNothing(async () => {
      expectCode(await as('district', PROPOSE, { input }), 'FORBIDDEN');
      expectCode(
        await as('regional', PROPOSE, { input: { ...input, resolutivePart: 'Отменить постановление' } }),
        'BAD_USER_INPUT',
        'resolutivePart',
      );
      expectCode(
        await as('regional', PROPOSE, { input: { ...input, reasoningPart: '' } }),
        'BAD_USER_INPUT',
        'reasoningPart',
      );
    });
    const proposed = await as<{ proposeCassationProtest: { office: { code: string }; submittedOn: string } }>(
      'regional',
      PROPOSE,
      { input },
    );
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data?.proposeCassationProtest).toMatchObject({
      office: { code: 'PO.KARAGANDA' },
      submittedOn: TODAY,
    });

    // The GPO brings the cassation protest on the act in force: on the lower office's proposal (paras 22, 23).
    const inForce = await recordAct(kase.id, {
      instance: 'APPEAL',
      issuedOn: TODAY,
      copyDeliveredOn: null,
      enteredIntoForceOn: TODAY,
    });
    await as('regional', PROPOSE, { input: { ...input, courtActId: inForce.id } });
    const cassation = await as<{ bringProtest: { status: string; onLowerProposal: boolean } }>(
      'analyst',
      'mutation ($input: BringProtestInput!) { bringProtest(input: $input) { status onLowerProposal } }',
      {
        input: {
          caseId: kase.id,
          courtActId: inForce.id,
          kind: 'CASSATION',
          grounds: 'Существенное нарушение норм права (ст. 851 КоАП)',
          broughtOn: TODAY,
        },
      },
    );
    expect(cassation.errors).toBeUndefined();
    expect(cassation.data?.bringProtest).toEqual({ status: 'BROUGHT', onLowerProposal: true });
    // A first-instance act not yet in force is no object of a cassation protest.
    expectCode(
      await as('analyst', BRING, {
        input: { caseId: kase.id, courtActId: act.id, kind: 'CASSATION', grounds: 'x', broughtOn: TODAY },
      }),
      'BAD_USER_INPUT',
      'courtActId',
    );
  });

  it('should record private rulings with their motion evidence and register entries', async () => {
    const kase = await registerTaxCase();
    await writesNothing(async () => {
      expectCode(
        await as('district', PRIVATE_RULING, {
          input: {
            caseId: kase.id,
            issuedOn: TODAY,
            onProsecutorMotion: true,
            subject: 'Об устранении причин',
          },
        }),
        'BAD_USER_INPUT',
        'motionEvidence',
      );
      expectCode(
        await as('district', PRIVATE_RULING, {
          input: { caseId: kase.id, issuedOn: TODAY, onProsecutorMotion: false, subject: 'x'.repeat(2001) },
        }),
        'BAD_USER_INPUT',
        'subject',
      );
      expectCode(
        await as('district', REGISTER_ENTRY, {
          input: { caseId: kase.id, kind: 'VIOLATION', description: '' },
        }),
        'BAD_USER_INPUT',
        'description',
      );
      expectCode(
        await as('district', REGISTER_ENTRY, { input: { kind: 'OPINION', description: 'x' } }),
        'BAD_USER_INPUT',
      );
    });
    const ruling = await as<{ recordPrivateRuling: { onProsecutorMotion: boolean; motionEvidence: string } }>(
      'district',
      PRIVATE_RULING,
      {
        input: {
          caseId: kase.id,
          issuedOn: TODAY,
          onProsecutorMotion: true,
          motionEvidence: 'HEARING_MINUTES',
          subject: 'Об устранении причин и условий правонарушения',
        },
      },
    );
    expect(ruling.errors).toBeUndefined();
    expect(ruling.data?.recordPrivateRuling).toMatchObject({
      onProsecutorMotion: true,
      motionEvidence: 'HEARING_MINUTES',
    });

    const entry = await as<{ addRegisterEntry: { caseId: string; recordedOn: string; kind: string } }>(
      'district',
      REGISTER_ENTRY,
      { input: { caseId: kase.id, kind: 'GOOD_PRACTICE', description: 'Своевременный протест' } },
    );
    expect(entry.errors).toBeUndefined();
    expect(entry.data?.addRegisterEntry).toMatchObject({
      caseId: kase.id,
      recordedOn: TODAY,
      kind: 'GOOD_PRACTICE',
    });
    // The admin has no office of their own: the entry must name one.
    expectCode(
      await as('admin', REGISTER_ENTRY, { input: { kind: 'VIOLATION', description: 'x' } }),
      'BAD_USER_INPUT',
      'officeId',
    );
    const view = await readCase(kase.id);
    expect(view.privateRulings).toHaveLength(1);
  });

  it('should answer NOT_FOUND to a user of another region for every mutation family, writing nothing', async () => {
    const kase = await registerTaxCase();
    const act = await recordAct(kase.id);
    const protest = (
      await as<{ bringProtest: ProtestView }>('district', BRING, {
        input: { caseId: kase.id, courtActId: act.id, kind: 'APPEAL', grounds: 'ст. 840', broughtOn: TODAY },
      })
    ).data!.bringProtest;
    const conclusion = (
      await as<{ fileConclusion: { id: string; version: number } }>('district', FILE_CONCLUSION, {
        input: {
          caseId: kase.id,
          kind: 'FIRST_INSTANCE',
          content: { guiltAndQualification: 'a', evidence: 'b', proposedPenalty: 'c' },
        },
      })
    ).data!.fileConclusion;
    const [karagandaOffice] = await sql<{ id: string }>(
      `SELECT id FROM office WHERE code = 'PO.KARAGANDA.KAZYBEK_BI'`,
    );

    await writesNothing(async () => {
      const attempts: [string, Record<string, unknown>][] = [
        [RECORD_ACT, { input: { caseId: kase.id, instance: 'FIRST', kind: 'TERMINATED', issuedOn: TODAY } }],
        [UPDATE_ACT, { input: { id: act.id, version: act.version, summary: 'x' } }],
        [
          FILE_CONCLUSION,
          {
            input: {
              caseId: kase.id,
              kind: 'FIRST_INSTANCE',
              content: { guiltAndQualification: 'a', evidence: 'b', proposedPenalty: 'c' },
            },
          },
        ],
        [APPROVE_CONCLUSION, { id: conclusion.id, version: conclusion.version }],
        [
          BRING,
          { input: { caseId: kase.id, courtActId: act.id, kind: 'APPEAL', grounds: 'x', broughtOn: TODAY } },
        ],
        [
          OUTCOME,
          { input: { id: protest.id, version: protest.version, status: 'UNSATISFIED', decidedOn: TODAY } },
        ],
        [WITHDRAW, { input: { id: protest.id, version: protest.version, reason: 'x' } }],
        [RETURN, { input: { id: protest.id, version: protest.version, reason: 'x' } }],
        [
          PRIVATE_RULING,
          { input: { caseId: kase.id, issuedOn: TODAY, onProsecutorMotion: false, subject: 'x' } },
        ],
        [REGISTER_ENTRY, { input: { caseId: kase.id, kind: 'VIOLATION', description: 'x' } }],
        [REGISTER_ENTRY, { input: { officeId: karagandaOffice?.id, kind: 'VIOLATION', description: 'x' } }],
        ['query ($id: ID!) { case(id: $id) { courtActs { id } } }', { id: kase.id }],
      ];
      for (const [query, variables] of attempts)
        expectCode(await as('outsider', query, variables), 'NOT_FOUND');
    });
  });

  it('should let a specialized office only monitor a territorial case it can see (para 7)', async () => {
    const kase = await registerTaxCase();
    const act = await recordAct(kase.id);
    const seen = await as<{ case: { id: string } }>('military', 'query ($id: ID!) { case(id: $id) { id } }', {
      id: kase.id,
    });
    // The military office sits in Karaganda city, around the Kazybek Bi district court: it monitors the case.
    expect(seen.data?.case.id).toBe(kase.id);
    await writesNothing(async () => {
      expectCode(
        await as('military', RECORD_ACT, {
          input: { caseId: kase.id, instance: 'FIRST', kind: 'TERMINATED', issuedOn: TODAY },
        }),
        'FORBIDDEN',
      );
      expectCode(
        await as('military', BRING, {
          input: {
            caseId: kase.id,
            courtActId: act.id,
            kind: 'APPEAL',
            grounds: 'ст. 840',
            broughtOn: TODAY,
          },
        }),
        'FORBIDDEN',
      );
      expectCode(
        await as('military', UPDATE_ACT, { input: { id: act.id, version: act.version, summary: 'x' } }),
        'FORBIDDEN',
      );
    });
  });

  it('should list the para-28 register of the offices a user sees', async () => {
    const kase = await registerTaxCase();
    const added = await as<{ addRegisterEntry: { id: string } }>('district', REGISTER_ENTRY, {
      input: { caseId: kase.id, kind: 'VIOLATION', description: 'Нарушение срока извещения' },
    });
    expect(added.errors).toBeUndefined();
    const query = `query ($filter: RegisterEntryFilter) { registerEntries(first: 100, filter: $filter) {
      totalCount edges { node { id kind office { code } } } } }`;
    for (const user of ['district', 'regional', 'analyst']) {
      const list = await as<{ registerEntries: { edges: { node: { id: string; kind: string } }[] } }>(
        user,
        query,
        {
          filter: { kind: 'VIOLATION' },
        },
      );
      expect(list.errors).toBeUndefined();
      expect(list.data!.registerEntries.edges.map((e) => e.node.id)).toContain(
        added.data!.addRegisterEntry.id,
      );
      for (const { node } of list.data!.registerEntries.edges) expect(node.kind).toBe('VIOLATION');
    }
    const outsider = await as<{ registerEntries: { edges: { node: { id: string } }[] } }>('outsider', query);
    expect(outsider.data!.registerEntries.edges.map((e) => e.node.id)).not.toContain(
      added.data!.addRegisterEntry.id,
    );
  });

  it('should refuse bad outcome inputs with coded errors and write nothing', async () => {
    const kase = await registerTaxCase();
    const act = await recordAct(kase.id, {
      issuedOn: addDays(TODAY, -3),
      copyDeliveredOn: addDays(TODAY, -3),
    });
    const protest = (
      await as<{ bringProtest: ProtestView }>('district', BRING, {
        input: {
          caseId: kase.id,
          courtActId: act.id,
          kind: 'APPEAL',
          grounds: 'ст. 840',
          broughtOn: addDays(TODAY, -1),
        },
      })
    ).data!.bringProtest;
    await writesNothing(async () => {
      const base = { id: protest.id, version: protest.version, decidedOn: TODAY };
      expectCode(
        await as('district', OUTCOME, { input: { ...base, status: 'WITHDRAWN' } }),
        'BAD_USER_INPUT',
        'status',
      );
      expectCode(await as('district', OUTCOME, { input: { ...base, status: 'MAYBE' } }), 'BAD_USER_INPUT');
      expectCode(
        await as('district', OUTCOME, {
          input: { ...base, status: 'SATISFIED', decidedOn: addDays(TODAY, -2) },
        }),
        'BAD_USER_INPUT',
        'decidedOn',
      );
      expectCode(
        await as('district', OUTCOME, { input: { ...base, status: 'SATISFIED', decidedOn: '2026-13-01' } }),
        'BAD_USER_INPUT',
        'decidedOn',
      );
      expectCode(
        await as('district', OUTCOME, {
          input: { ...base, status: 'SATISFIED', laterCassationSatisfied: true },
        }),
        'BAD_USER_INPUT',
        'laterCassationSatisfied',
      );
      expectCode(
        await as('district', OUTCOME, {
          input: { ...base, id: '00000000-0000-4000-8000-000000000000', status: 'SATISFIED' },
        }),
        'NOT_FOUND',
      );
      expectCode(
        await as('district', BRING, {
          input: { caseId: kase.id, courtActId: act.id, kind: 'APPEAL', grounds: '   ', broughtOn: TODAY },
        }),
        'BAD_USER_INPUT',
        'grounds',
      );
      expectCode(
        await as('district', BRING, {
          input: {
            caseId: kase.id,
            courtActId: '00000000-0000-4000-8000-000000000000',
            kind: 'APPEAL',
            grounds: 'x',
            broughtOn: TODAY,
          },
        }),
        'BAD_USER_INPUT',
        'courtActId',
      );
      expectCode(
        await as('district', BRING, {
          input: {
            caseId: kase.id,
            courtActId: act.id,
            kind: 'APPEAL',
            grounds: 'x',
            broughtOn: addDays(TODAY, -5),
          },
        }),
        'BAD_USER_INPUT',
        'broughtOn',
      );
    });
    // Unsatisfied: the act stands (para 22: upheld on the protest).
    const outcome = await as<{ recordProtestOutcome: ProtestView & { courtAct: ActView } }>(
      'district',
      OUTCOME,
      {
        input: {
          id: protest.id,
          version: protest.version,
          status: 'UNSATISFIED',
          decidedOn: TODAY,
          laterCassationSatisfied: true,
        },
      },
    );
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.recordProtestOutcome.courtAct.appealResult).toBe('UPHELD');
  });
});
