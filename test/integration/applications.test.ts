// Issue 4: applications to bring a protest (paras 17, 18, 27) — the para-27 checklist returns an incomplete
// application, a complete one starts the 3-working-day requisition order, the requisition (regional prosecutors
// and the GPO only), the court's 7 days, the answer with the right to appeal; jurisdiction; bad input.
import { createKzCalendar } from '@qadagalau/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const APPLICATION_FIELDS = `id version caseId officeId status returnReasons answer answeredOn receivedOn
  requisitionOrderedOn rightToAppealExplained missingItems
  checklist { signed powerOfAttorneyAttached certifiedCopiesAttached }
  case { id number } office { id code }
  requisitions { id version requestedOn receivedByCourtOn dueOn fileReceivedOn courtId }`;

interface ApplicationAnswer {
  id: string;
  version: number;
  caseId: string | null;
  officeId: string;
  status: string;
  returnReasons: string[];
  answer: string | null;
  answeredOn: string | null;
  receivedOn: string;
  requisitionOrderedOn: string | null;
  rightToAppealExplained: boolean;
  missingItems: number;
  case: { id: string; number: string } | null;
  office: { id: string; code: string } | null;
  requisitions: {
    id: string;
    version: number;
    requestedOn: string;
    receivedByCourtOn: string | null;
    dueOn: string | null;
    fileReceivedOn: string | null;
    courtId: string;
  }[];
}

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];

const RECEIVE = `mutation ($input: ReceiveApplicationInput!) { receiveApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const ORDER = `mutation ($id: ID!, $version: Int!, $orderedOn: String!) {
  orderRequisition(id: $id, version: $version, orderedOn: $orderedOn) { ${APPLICATION_FIELDS} } }`;
const COURT_RECEIVED = `mutation ($id: ID!, $version: Int!, $receivedOn: String!) {
  recordRequisitionReceivedByCourt(id: $id, version: $version, receivedOn: $receivedOn) { id version receivedByCourtOn dueOn court { id } case { id } } }`;
const FILE_RECEIVED = `mutation ($id: ID!, $version: Int!, $receivedOn: String!) {
  recordCaseFileReceived(id: $id, version: $version, receivedOn: $receivedOn) { id version fileReceivedOn } }`;
const ANSWER = `mutation ($input: AnswerApplicationInput!) { answerApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const ONE = `query ($id: ID!) { application(id: $id) { id status } }`;

const COMPLETE = {
  addresseeNamed: true,
  applicantIdentified: true,
  courtsAndDecisionsStated: true,
  contestedResolutionNamed: true,
  violationAndRequestStated: true,
  signed: true,
  powerOfAttorneyAttached: false,
  certifiedCopiesAttached: true,
};

describe('applications', () => {
  let url: string;
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  let districtCaseId: string;
  let districtCaseCourtId: string;
  let regionalOfficeId: string;
  let otherRegionCaseId: string;

  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    withClient(databaseUrl, async (c) => (await c.query(sql, params)).rows as T[]);
  const count = async (table: string) =>
    Number((await query<{ count: string }>(`select count(*) from ${table}`))[0]?.count);
  const fingerprint = async () => ({
    applications: await count('application'),
    requisitions: await count('requisition'),
    deadlines: await count('deadline'),
    audit: await count('audit_log'),
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    caseId: districtCaseId,
    requestedProtest: 'APPEAL',
    applicantKind: 'INDIVIDUAL',
    applicantName: 'Сапаров Ержан Болатович',
    applicantAddress: 'г. Караганда, ул. Бухар-Жырау, 10',
    applicantStatus: 'Лицо, привлечённое к административной ответственности',
    byRepresentative: false,
    receivedOn: '2026-11-19',
    checklist: COMPLETE,
    ...overrides,
  });

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'applications');
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
    const [district] = await query<{ id: string; court_id: string }>(
      `select c.id, c.court_id from court_case c join app_user u on u.office_id = c.responsible_office_id
        where u.username = 'district' order by c.number limit 1`,
    );
    districtCaseId = district?.id ?? '';
    districtCaseCourtId = district?.court_id ?? '';
    const [regional] = await query<{ office_id: string }>(
      "select office_id from app_user where username = 'regional'",
    );
    regionalOfficeId = regional?.office_id ?? '';
    const [other] = await query<{ id: string }>(
      `select c.id from court_case c join region r on r.id = c.region_id where r.code = 'ASTANA' limit 1`,
    );
    otherRegionCaseId = other?.id ?? '';
    expect(districtCaseId).not.toBe('');
    expect(otherRegionCaseId).not.toBe('');
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  it('should return an application missing a para-27 item, with its reasons and no deadline', async () => {
    const before = await fingerprint();
    const res = await graphql<{ receiveApplication: ApplicationAnswer }>(
      url,
      RECEIVE,
      { input: input({ checklist: { ...COMPLETE, signed: false } }) },
      as('regional'),
    );
    expect(res.errors).toBeUndefined();
    const app = res.data?.receiveApplication;
    expect(app).toMatchObject({
      status: 'RETURNED',
      returnReasons: ['signed'],
      missingItems: 1,
      officeId: regionalOfficeId,
      requisitionOrderedOn: null,
      requisitions: [],
      case: { id: districtCaseId },
    });
    expect(app?.answer).toContain('пункт 27');
    expect(app?.answer).toContain('подпись');
    // Nothing else: no deadline, no requisition; one application and its audit row.
    const after = await fingerprint();
    expect(after).toEqual({
      ...before,
      applications: before.applications + 1,
      audit: before.audit + 1,
    });
    expect(await query('select id from deadline where subject_id = $1', [app?.id])).toEqual([]);
  });

  it('should not ask a person applying in person for a power of attorney, but a representative', async () => {
    const inPerson = await graphql<{ receiveApplication: ApplicationAnswer }>(
      url,
      RECEIVE,
      { input: input({ byRepresentative: false }) },
      as('regional'),
    );
    expect(inPerson.data?.receiveApplication.status).toBe('RECEIVED');
    const representative = await graphql<{ receiveApplication: ApplicationAnswer }>(
      url,
      RECEIVE,
      { input: input({ byRepresentative: true }) },
      as('regional'),
    );
    expect(representative.data?.receiveApplication).toMatchObject({
      status: 'RETURNED',
      returnReasons: ['powerOfAttorneyAttached'],
    });
  });

  it('should take a complete application, order the requisition in 3 working days, and follow the court', async () => {
    // Received on Thursday 2026-11-19: 3 working days later, over the weekend, is Tuesday 2026-11-24.
    expect(createKzCalendar().addWorkingDays('2026-11-19', 3)).toBe('2026-11-24');
    const received = await graphql<{ receiveApplication: ApplicationAnswer }>(
      url,
      RECEIVE,
      { input: input() },
      as('regional'),
    );
    expect(received.errors).toBeUndefined();
    const app = received.data?.receiveApplication as ApplicationAnswer;
    expect(app).toMatchObject({ status: 'RECEIVED', returnReasons: [], answer: null });
    const [deadline] = await query<{ due: string; status: string; office_id: string; trigger: string }>(
      `select due_on::text as due, status::text, office_id, trigger_on::text as trigger from deadline
        where code = 'REQUISITION_ORDER' and subject_id = $1`,
      [app.id],
    );
    expect(deadline).toMatchObject({ due: '2026-11-24', trigger: '2026-11-19', office_id: regionalOfficeId });

    // Para 18: a district office may not requisition a case; nothing is written.
    const before = await fingerprint();
    const forbidden = await graphql(
      url,
      ORDER,
      { id: app.id, version: app.version, orderedOn: '2026-11-24' },
      as('district'),
    );
    expect(codeOf(forbidden.errors)).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);

    // A stale version is a conflict.
    const stale = await graphql(
      url,
      ORDER,
      { id: app.id, version: app.version + 5, orderedOn: '2026-11-24' },
      as('regional'),
    );
    expect(codeOf(stale.errors)).toBe('CONFLICT');

    const ordered = await graphql<{ orderRequisition: ApplicationAnswer }>(
      url,
      ORDER,
      { id: app.id, version: app.version, orderedOn: '2026-11-24' },
      as('regional'),
    );
    expect(ordered.errors).toBeUndefined();
    const requisitioned = ordered.data?.orderRequisition as ApplicationAnswer;
    expect(requisitioned).toMatchObject({ status: 'REQUISITIONED', requisitionOrderedOn: '2026-11-24' });
    expect(requisitioned.requisitions).toHaveLength(1);
    expect(requisitioned.requisitions[0]).toMatchObject({
      requestedOn: '2026-11-24',
      courtId: districtCaseCourtId,
      receivedByCourtOn: null,
    });
    const [met] = await query<{ status: string }>(
      `select status::text from deadline where code = 'REQUISITION_ORDER' and subject_id = $1`,
      [app.id],
    );
    expect(met?.status).toBe('MET');

    // КоАП 848(3): the court sends the file within 7 days of receiving the request.
    const requisitionId = requisitioned.requisitions[0]?.id as string;
    const requisitionVersion = requisitioned.requisitions[0]?.version as number;
    const atCourt = await graphql<{ recordRequisitionReceivedByCourt: { dueOn: string; version: number } }>(
      url,
      COURT_RECEIVED,
      { id: requisitionId, version: requisitionVersion, receivedOn: '2026-11-25' },
      as('regional'),
    );
    expect(atCourt.errors).toBeUndefined();
    expect(atCourt.data?.recordRequisitionReceivedByCourt.dueOn).toBe('2026-12-02');
    const [courtDeadline] = await query<{ due: string; status: string }>(
      `select due_on::text as due, status::text from deadline where code = 'COURT_SENDS_CASE' and subject_id = $1`,
      [requisitionId],
    );
    expect(courtDeadline).toEqual({ due: '2026-12-02', status: 'OPEN' });

    // A stale version of the requisition is a CONFLICT and writes nothing.
    const staleFile = await graphql(
      url,
      FILE_RECEIVED,
      { id: requisitionId, version: requisitionVersion, receivedOn: '2026-11-26' },
      as('regional'),
    );
    expect(codeOf(staleFile.errors)).toBe('CONFLICT');
    const file = await graphql(
      url,
      FILE_RECEIVED,
      {
        id: requisitionId,
        version: atCourt.data!.recordRequisitionReceivedByCourt.version,
        receivedOn: '2026-11-26',
      },
      as('regional'),
    );
    expect(file.errors).toBeUndefined();
    const [fileDeadline] = await query<{ status: string }>(
      `select status::text from deadline where code = 'COURT_SENDS_CASE' and subject_id = $1`,
      [requisitionId],
    );
    expect(fileDeadline?.status).toBe('MET');
    const again = await graphql(
      url,
      FILE_RECEIVED,
      {
        id: requisitionId,
        version: atCourt.data!.recordRequisitionReceivedByCourt.version + 1,
        receivedOn: '2026-11-26',
      },
      as('regional'),
    );
    expect(codeOf(again.errors)).toBe('CONFLICT');

    const current = await query<{ version: number; status: string }>(
      'select version, status::text from application where id = $1',
      [app.id],
    );
    expect(current[0]?.status).toBe('UNDER_REVIEW');
    const version = current[0]?.version as number;

    // A refusal must tell the applicant of the right to appeal (paras 17, 27).
    const answer = {
      id: app.id,
      version,
      decision: 'REFUSED',
      answer: 'Оснований для принесения протеста не установлено.',
      answeredOn: '2026-11-26',
    };
    const silent = await graphql(url, ANSWER, { input: answer }, as('district'));
    expect(codeOf(silent.errors)).toBe('BAD_USER_INPUT');
    expect(silent.errors?.[0]?.extensions?.['field']).toBe('rightToAppealExplained');
    const refused = await graphql<{ answerApplication: ApplicationAnswer }>(
      url,
      ANSWER,
      { input: { ...answer, rightToAppealExplained: true } },
      as('district'),
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.data?.answerApplication).toMatchObject({
      status: 'REFUSED',
      rightToAppealExplained: true,
      answeredOn: '2026-11-26',
    });
    const twice = await graphql(
      url,
      ANSWER,
      { input: { ...answer, version: version + 1, rightToAppealExplained: true } },
      as('district'),
    );
    expect(codeOf(twice.errors)).toBe('CONFLICT');
    const audits = await query<{ action: string }>(
      `select action from audit_log where entity_id = $1 order by at`,
      [app.id],
    );
    expect(audits.map((a) => a.action)).toEqual([
      'receiveApplication',
      'orderRequisition',
      'recordCaseFileReceived',
      'answerApplication',
    ]);
  });

  it('should list applications in the jurisdiction only, with filters and pages', async () => {
    const LIST = `query ($filter: ApplicationFilter, $first: Int, $after: String) {
      applications(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id status caseId receivedOn } } } }`;
    type List = {
      applications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; status: string; caseId: string | null; receivedOn: string } }[];
      };
    };
    const all = await graphql<List>(url, LIST, { first: 100 }, as('analyst'));
    expect(all.data?.applications.totalCount).toBe(await count('application'));
    const district = await graphql<List>(url, LIST, { first: 100 }, as('district'));
    const [visible] = await query<{ count: string }>(
      `select count(*) from application a join court_case c on c.id = a.case_id join app_user u on u.username = 'district'
        where c.responsible_office_id = u.office_id or c.territorial_office_id = u.office_id`,
    );
    expect(district.data?.applications.totalCount).toBe(Number(visible?.count));
    const returned = await graphql<List>(
      url,
      LIST,
      { first: 100, filter: { status: 'RETURNED' } },
      as('regional'),
    );
    expect(returned.data?.applications.edges.every((e) => e.node.status === 'RETURNED')).toBe(true);
    const dated = await graphql<List>(
      url,
      LIST,
      { first: 100, filter: { receivedFrom: '2026-11-19', receivedTo: '2026-11-19' } },
      as('regional'),
    );
    expect(dated.data?.applications.edges.length).toBeGreaterThanOrEqual(4);
    expect(dated.data?.applications.edges.every((e) => e.node.receivedOn === '2026-11-19')).toBe(true);
    const page1 = await graphql<List>(url, LIST, { first: 2 }, as('analyst'));
    const page2 = await graphql<List>(
      url,
      LIST,
      { first: 2, after: page1.data?.applications.pageInfo.endCursor },
      as('analyst'),
    );
    const ids = [...(page1.data?.applications.edges ?? []), ...(page2.data?.applications.edges ?? [])].map(
      (e) => e.node.id,
    );
    expect(new Set(ids).size).toBe(4);

    const [karaganda] = await query<{ region_id: string }>('select region_id from court_case where id = $1', [
      districtCaseId,
    ]);
    const inRegion = await graphql<{ applications: { totalCount: number } }>(
      url,
      'query ($filter: ApplicationFilter) { applications(filter: $filter, first: 1) { totalCount } }',
      { filter: { regionId: karaganda?.region_id } },
      as('analyst'),
    );
    const [regionCount] = await query<{ count: string }>(
      'select count(*) from application a join court_case c on c.id = a.case_id where c.region_id = $1',
      [karaganda?.region_id],
    );
    expect(inRegion.data?.applications.totalCount).toBe(Number(regionCount?.count));
    const regional = await graphql<List>(url, LIST, { first: 100 }, as('regional'));
    expect(regional.data?.applications.totalCount).toBe(Number(regionCount?.count));

    // Another region's application looks like a missing one.
    const [foreign] = await query<{ id: string }>(
      'select id from application where case_id is not null and case_id in (select c.id from court_case c join region r on r.id = c.region_id where r.code <> $1) limit 1',
      ['KARAGANDA'],
    );
    if (foreign) {
      const hidden = await graphql(url, ONE, { id: foreign.id }, as('regional'));
      expect(codeOf(hidden.errors)).toBe('NOT_FOUND');
      const seen = await graphql(url, ONE, { id: foreign.id }, as('analyst'));
      expect(seen.errors).toBeUndefined();
    }
  });

  it('should refuse bad input and other jurisdictions, writing nothing', async () => {
    const before = await fingerprint();
    const cases: [Record<string, unknown>, string, string][] = [
      [input({ receivedOn: '2025-02-30' }), 'regional', 'BAD_USER_INPUT'],
      [input({ receivedOn: '2999-01-01' }), 'regional', 'BAD_USER_INPUT'],
      [input({ caseId: '00000000-0000-4000-8000-000000000000' }), 'regional', 'BAD_USER_INPUT'],
      [input({ caseId: 'not-a-uuid' }), 'regional', 'BAD_USER_INPUT'],
      [input({ caseId: otherRegionCaseId }), 'regional', 'BAD_USER_INPUT'],
      [input({ applicantName: '' }), 'regional', 'BAD_USER_INPUT'],
      [input({ applicantName: '   ' }), 'regional', 'BAD_USER_INPUT'],
      [input({ applicantName: 'x'.repeat(301) }), 'regional', 'BAD_USER_INPUT'],
      [input({ applicantKind: 'ALIEN' }), 'regional', 'BAD_USER_INPUT'],
      [input({ officeId: '00000000-0000-4000-8000-000000000000' }), 'regional', 'BAD_USER_INPUT'],
      [input({ officeId: regionalOfficeId }), 'district', 'FORBIDDEN'],
      [input({ caseId: null, officeId: null }), 'admin', 'BAD_USER_INPUT'],
      // A specialized office monitors the district's case but does not answer for it (para 7).
      [input(), 'military', 'FORBIDDEN'],
    ];
    for (const [bad, user, code] of cases) {
      const res = await graphql(url, RECEIVE, { input: bad }, as(user));
      expect(codeOf(res.errors), JSON.stringify(bad)).toBe(code);
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    const order = await graphql(
      url,
      ORDER,
      { id: unknown, version: 1, orderedOn: '2026-11-20' },
      as('regional'),
    );
    expect(codeOf(order.errors)).toBe('NOT_FOUND');
    const impossible = await graphql(
      url,
      ORDER,
      { id: unknown, version: 1, orderedOn: '2026-02-30' },
      as('regional'),
    );
    expect(codeOf(impossible.errors)).toBe('BAD_USER_INPUT');
    const file = await graphql(
      url,
      FILE_RECEIVED,
      { id: unknown, version: 1, receivedOn: '2026-11-20' },
      as('regional'),
    );
    expect(codeOf(file.errors)).toBe('NOT_FOUND');
    const anonymous = await graphql(url, RECEIVE, { input: input() });
    expect(codeOf(anonymous.errors)).toBe('UNAUTHENTICATED');
    expect(await fingerprint()).toEqual(before);
  });
});
