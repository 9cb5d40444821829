// Issue 4: hearings and para 7 notifications — jurisdiction-scoped lists, the hearing workflow (schedule,
// reschedule, cancel, attendance), the military case that falls back to the territorial office until the
// specialized office is notified, and bad input that writes nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const HEARING_FIELDS = `id version status scheduledAt instance attended note prosecutorId prosecutor { id officeId }
  case { id regionId responsibleOfficeId territorialOfficeId }
  court { id }
  attendedByOffice { id code }`;

interface HearingAnswer {
  id: string;
  version: number;
  status: string;
  scheduledAt: string;
  instance: string;
  attended: boolean | null;
  note: string | null;
  prosecutorId: string | null;
  prosecutor: { id: string; officeId: string } | null;
  case: { id: string; regionId: string; responsibleOfficeId: string; territorialOfficeId: string };
  court: { id: string };
  attendedByOffice: { id: string; code: string } | null;
}

interface HearingPage {
  hearings: {
    totalCount: number;
    edges: { cursor: string; node: HearingAnswer }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const LIST = `query ($first: Int, $after: String, $filter: HearingFilter) {
  hearings(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { ${HEARING_FIELDS} } } pageInfo { hasNextPage endCursor }
  }
}`;
const SCHEDULE = `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { ${HEARING_FIELDS} } }`;
const RESCHEDULE = `mutation ($input: RescheduleHearingInput!) { rescheduleHearing(input: $input) { ${HEARING_FIELDS} } }`;
const CANCEL = `mutation ($input: CancelHearingInput!) { cancelHearing(input: $input) { ${HEARING_FIELDS} } }`;
const ATTENDANCE = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${HEARING_FIELDS} } }`;
const REGISTER = `mutation ($input: RegisterCaseInput!) {
  registerCase(input: $input) { id version responsibleKind fallback notifySpecialized responsibleOfficeId specializedOfficeId }
}`;
const NOTIFY = `mutation ($input: NotifySpecializedOfficeInput!) {
  notifySpecializedOffice(input: $input) {
    id version channel registrationNumber sentAt acknowledgedAt
    fromOffice { id } toOffice { id code }
    case { id responsibleKind fallback notifySpecialized responsibleOffice { id code } }
  }
}`;
const ACKNOWLEDGE = `mutation ($input: AcknowledgeNotificationInput!) {
  acknowledgeNotification(input: $input) { id version acknowledgedAt }
}`;

const code = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.[0]?.extensions?.['code'];
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('hearings and notifications', () => {
  let url: string;
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  let districtOfficeId: string;
  let militaryOfficeId: string;
  let karagandaRegionId: string;
  let districtCourtId: string;
  let otherRegionCourtId: string;
  let districtProsecutorId: string;
  let otherProsecutorId: string;

  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const count = async (table: string) =>
    withClient(databaseUrl, async (c) =>
      Number((await c.query(`select count(*) from ${table}`)).rows[0].count),
    );
  const counts = async () => ({
    hearing: await count('hearing'),
    notification: await count('notification'),
    audit: await count('audit_log'),
  });

  const registerCase = async (user: string, overrides: Record<string, unknown> = {}) => {
    const answer = await graphql<{
      registerCase: {
        id: string;
        version: number;
        responsibleKind: string;
        fallback: boolean;
        notifySpecialized: boolean;
        responsibleOfficeId: string;
        specializedOfficeId: string | null;
      };
    }>(
      url,
      REGISTER,
      {
        input: {
          number: `HEAR-${Math.random().toString(36).slice(2, 10)}`,
          koapArticle: '272',
          summary: 'Нарушение в области налогообложения',
          offenderName: 'Тестов Тест Тестович',
          registeredOn: '2026-11-20',
          courtId: districtCourtId,
          spheres: ['TAX'],
          sanctions: ['FINE'],
          ...overrides,
        },
      },
      as(user),
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.registerCase;
  };

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'hearings');
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
    // The Kazybek Bi district court of Karaganda: the military office of Karaganda city sits over it (para 7).
    const courts = await graphql<{
      courts: { id: string; instance: string; kind: string; locality: { code: string } }[];
    }>(
      url,
      '{ courts(regionCode: "KARAGANDA") { id instance kind locality { code } } }',
      {},
      // Signed in: an anonymous caller's cost budget (50) is too small for a region's courts.
      as('district'),
    );
    districtCourtId = courts.data!.courts.find(
      (c) => c.locality.code === 'KARAGANDA.KAZYBEK_BI' && c.instance === 'FIRST' && c.kind !== 'MILITARY',
    )!.id;
    await withClient(databaseUrl, async (c) => {
      const office = async (officeCode: string) =>
        (await c.query('select id, region_id from office where code = $1', [officeCode])).rows[0];
      const district = await office('PO.KARAGANDA.KAZYBEK_BI');
      districtOfficeId = district.id;
      karagandaRegionId = district.region_id;
      militaryOfficeId = (await office('MIL.KARAGANDA')).id;
      otherRegionCourtId = (
        await c.query(
          "select c.id from court c join region r on r.id = c.region_id where r.code = 'ASTANA' and c.instance = 'FIRST' and c.kind <> 'MILITARY' limit 1",
        )
      ).rows[0].id;
      districtProsecutorId = (
        await c.query('select id from prosecutor where office_id = $1 and active limit 1', [districtOfficeId])
      ).rows[0].id;
      otherProsecutorId = (
        await c.query(
          "select p.id from prosecutor p join office o on o.id = p.office_id where o.code like 'PO.ASTANA%' and p.active limit 1",
        )
      ).rows[0].id;
    });
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  it('should answer UNAUTHENTICATED to an anonymous caller', async () => {
    const answer = await graphql(url, '{ hearings(first: 5) { totalCount } }');
    expect(code(answer)).toBe('UNAUTHENTICATED');
  });

  it('should list only the district office’s hearings, soonest first, in pages', async () => {
    const first = await graphql<HearingPage>(url, LIST, { first: 5 }, as('district'));
    expect(first.errors).toBeUndefined();
    const page = first.data!.hearings;
    expect(page.totalCount).toBeGreaterThan(5);
    expect(page.edges).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);

    // Walk the whole list: every hearing's case is the district office's, the order never goes back, no repeats.
    const seen: HearingAnswer[] = [];
    let after: string | null = null;
    do {
      const answer: Awaited<ReturnType<typeof graphql<HearingPage>>> = await graphql<HearingPage>(
        url,
        LIST,
        { first: 40, after },
        as('district'),
      );
      expect(answer.errors).toBeUndefined();
      seen.push(...answer.data!.hearings.edges.map((e) => e.node));
      after = answer.data!.hearings.pageInfo.hasNextPage ? answer.data!.hearings.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(page.totalCount);
    expect(new Set(seen.map((h) => h.id)).size).toBe(seen.length);
    for (const h of seen) {
      expect([h.case.responsibleOfficeId, h.case.territorialOfficeId]).toContain(districtOfficeId);
    }
    const times = seen.map((h) => Date.parse(h.scheduledAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(seen.slice(0, 5).map((h) => h.id)).toEqual(page.edges.map((e) => e.node.id));

    const all = await graphql<HearingPage>(url, LIST, { first: 1 }, as('analyst'));
    expect(all.data!.hearings.totalCount).toBeGreaterThan(page.totalCount);
  });

  it('should refuse a page larger than 100 and a forged cursor', async () => {
    const big = await graphql(url, LIST, { first: 101 }, as('analyst'));
    expect(code(big)).toBe('BAD_USER_INPUT');
    const forged = await graphql(url, LIST, { first: 5, after: 'garbage' }, as('analyst'));
    expect(code(forged)).toBe('BAD_USER_INPUT');
  });

  it('should show a regional user its region only, and apply the filters', async () => {
    const answer = await graphql<HearingPage>(url, LIST, { first: 100 }, as('regional'));
    expect(answer.errors).toBeUndefined();
    const page = answer.data!.hearings;
    expect(page.edges.length).toBeGreaterThan(0);
    for (const { node } of page.edges) expect(node.case.regionId).toBe(karagandaRegionId);
    const all = await graphql<HearingPage>(url, LIST, { first: 1 }, as('analyst'));
    expect(page.totalCount).toBeLessThan(all.data!.hearings.totalCount);

    const from = hoursFromNow(0);
    const to = hoursFromNow(24 * 7);
    const filtered = await graphql<HearingPage>(
      url,
      LIST,
      { first: 100, filter: { statuses: ['SCHEDULED'], from, to, officeIds: [districtOfficeId] } },
      as('regional'),
    );
    expect(filtered.errors).toBeUndefined();
    for (const { node } of filtered.data!.hearings.edges) {
      expect(node.status).toBe('SCHEDULED');
      expect(Date.parse(node.scheduledAt)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(node.scheduledAt)).toBeLessThan(Date.parse(to));
      expect(node.case.responsibleOfficeId).toBe(districtOfficeId);
    }
    const byCourt = await graphql<HearingPage>(
      url,
      LIST,
      { first: 100, filter: { courtIds: [districtCourtId], mandatoryOnly: true } },
      as('regional'),
    );
    expect(byCourt.errors).toBeUndefined();
    for (const { node } of byCourt.data!.hearings.edges) expect(node.court.id).toBe(districtCourtId);
    const badEnum = await graphql(
      url,
      LIST,
      { first: 5, filter: { statuses: ['ADJOURNED'] } },
      as('regional'),
    );
    expect(code(badEnum)).toBe('BAD_USER_INPUT');
  });

  it('should filter by region the same way for every role: a regional office gets its own region or nothing', async () => {
    const ids = (answer: { data?: HearingPage }) => answer.data!.hearings.edges.map((e) => e.node.id);
    const window = { from: hoursFromNow(-24 * 30), to: hoursFromNow(24 * 30) };
    const own = await graphql<HearingPage>(url, LIST, { first: 100, filter: window }, as('regional'));
    const ownByRegion = await graphql<HearingPage>(
      url,
      LIST,
      { first: 100, filter: { ...window, regionIds: [karagandaRegionId] } },
      as('regional'),
    );
    const analystByRegion = await graphql<HearingPage>(
      url,
      LIST,
      { first: 100, filter: { ...window, regionIds: [karagandaRegionId] } },
      as('analyst'),
    );
    expect(ids(own).length).toBeGreaterThan(0);
    expect(ids(ownByRegion)).toEqual(ids(own));
    expect(ids(analystByRegion)).toEqual(ids(own));
    const astana = await withClient(
      databaseUrl,
      async (c) => (await c.query("select id from region where code = 'ASTANA'")).rows[0].id as string,
    );
    const foreign = await graphql<HearingPage>(
      url,
      LIST,
      { first: 100, filter: { ...window, regionIds: [astana] } },
      as('regional'),
    );
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data!.hearings.totalCount).toBe(0);
    const both = await graphql<HearingPage>(
      url,
      LIST,
      { first: 100, filter: { ...window, regionIds: [astana, karagandaRegionId] } },
      as('regional'),
    );
    expect(ids(both)).toEqual(ids(own));
  });

  it('should let a specialized office monitor the hearings around it but change only its own', async () => {
    const monitored = await withClient(databaseUrl, async (c) =>
      (
        await c.query(
          `select l.id from office o join locality l on l.id = o.locality_id or l.parent_id = o.locality_id
            where o.id = $1`,
          [militaryOfficeId],
        )
      ).rows.map((r) => r.id as string),
    );
    const answer = await graphql<{
      hearings: {
        totalCount: number;
        edges: {
          node: {
            case: { responsibleOfficeId: string; specializedOfficeId: string | null };
            court: { locality: { id: string } };
          };
        }[];
      };
    }>(
      url,
      `
        {
          hearings(first: 100) {
            totalCount
            edges {
              node {
                case {
                  responsibleOfficeId
                  specializedOfficeId
                }
                court {
                  locality {
                    id
                  }
                }
              }
            }
          }
        }
      `,
      {},
      as('military'),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.hearings.totalCount).toBeGreaterThan(0);
    for (const { node } of answer.data!.hearings.edges) {
      const own = [node.case.responsibleOfficeId, node.case.specializedOfficeId].includes(militaryOfficeId);
      expect(own || monitored.includes(node.court.locality.id)).toBe(true);
    }

    // A tax case of the district court: the military office sees it (monitoring) but may not set its hearings.
    const kase = await registerCase('district');
    const visible = await graphql(
      url,
      'query ($id: ID!) { case(id: $id) { id } }',
      { id: kase.id },
      as('military'),
    );
    expect(visible.errors).toBeUndefined();
    const before = await counts();
    const schedule = await graphql(
      url,
      SCHEDULE,
      { input: { caseId: kase.id, scheduledAt: hoursFromNow(24) } },
      as('military'),
    );
    expect(code(schedule)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('should schedule, reschedule and record attendance, with an audit row for each step', async () => {
    const kase = await registerCase('district');
    const scheduled = await graphql<{ scheduleHearing: HearingAnswer }>(
      url,
      SCHEDULE,
      { input: { caseId: kase.id, scheduledAt: hoursFromNow(-3), prosecutorId: districtProsecutorId } },
      as('district'),
    );
    expect(scheduled.errors).toBeUndefined();
    const hearing = scheduled.data!.scheduleHearing;
    expect(hearing).toMatchObject({
      status: 'SCHEDULED',
      instance: 'FIRST',
      attended: null,
      prosecutorId: districtProsecutorId,
      court: { id: districtCourtId },
      case: { id: kase.id },
    });

    const stale = await graphql(
      url,
      RESCHEDULE,
      { input: { id: hearing.id, version: hearing.version + 1, scheduledAt: hoursFromNow(-1) } },
      as('district'),
    );
    expect(code(stale)).toBe('CONFLICT');

    const moved = await graphql<{ rescheduleHearing: HearingAnswer }>(
      url,
      RESCHEDULE,
      {
        input: {
          id: hearing.id,
          version: hearing.version,
          scheduledAt: hoursFromNow(-1),
          reason: 'Ходатайство защитника',
        },
      },
      as('district'),
    );
    expect(moved.errors).toBeUndefined();
    const rescheduled = moved.data!.rescheduleHearing;
    expect(rescheduled.status).toBe('SCHEDULED');
    expect(rescheduled.version).toBe(hearing.version + 1);
    expect(Date.parse(rescheduled.scheduledAt)).toBeGreaterThan(Date.parse(hearing.scheduledAt));

    const held = await graphql<{ recordAttendance: HearingAnswer }>(
      url,
      ATTENDANCE,
      { input: { id: hearing.id, version: rescheduled.version, attended: true } },
      as('district'),
    );
    expect(held.errors).toBeUndefined();
    expect(held.data!.recordAttendance).toMatchObject({
      status: 'HELD',
      attended: true,
      prosecutorId: districtProsecutorId,
      prosecutor: { id: districtProsecutorId, officeId: districtOfficeId },
      attendedByOffice: { id: districtOfficeId },
    });

    const again = await graphql(
      url,
      RESCHEDULE,
      {
        input: {
          id: hearing.id,
          version: held.data!.recordAttendance.version,
          scheduledAt: hoursFromNow(24),
        },
      },
      as('district'),
    );
    expect(code(again)).toBe('CONFLICT');

    const detail = await graphql<{ case: { hearings: { id: string; status: string }[] } }>(
      url,
      'query ($id: ID!) { case(id: $id) { hearings { id status } } }',
      { id: kase.id },
      as('district'),
    );
    expect(detail.data!.case.hearings).toEqual([{ id: hearing.id, status: 'HELD' }]);
    const audit = await withClient(databaseUrl, (c) =>
      c.query("select action from audit_log where entity = 'Hearing' and entity_id = $1 order by id", [
        hearing.id,
      ]),
    );
    expect(audit.rows.map((r) => r.action).sort()).toEqual(
      ['recordAttendance', 'rescheduleHearing', 'scheduleHearing'].sort(),
    );
  });

  it('should cancel a hearing, and refuse attendance before the hearing day', async () => {
    const kase = await registerCase('district');
    const scheduled = await graphql<{ scheduleHearing: HearingAnswer }>(
      url,
      SCHEDULE,
      { input: { caseId: kase.id, scheduledAt: hoursFromNow(24 * 3) } },
      as('district'),
    );
    const hearing = scheduled.data!.scheduleHearing;
    const early = await graphql(
      url,
      ATTENDANCE,
      { input: { id: hearing.id, version: hearing.version, attended: false } },
      as('district'),
    );
    expect(code(early)).toBe('BAD_USER_INPUT');
    const blank = await graphql(
      url,
      CANCEL,
      { input: { id: hearing.id, version: hearing.version, reason: '   ' } },
      as('district'),
    );
    expect(code(blank)).toBe('BAD_USER_INPUT');
    const cancelled = await graphql<{ cancelHearing: HearingAnswer }>(
      url,
      CANCEL,
      { input: { id: hearing.id, version: hearing.version, reason: 'Дело возвращено органу' } },
      as('district'),
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelHearing).toMatchObject({
      status: 'CANCELLED',
      note: 'Дело возвращено органу',
    });
  });

  it('should hide another region’s case and hearings as NOT_FOUND, writing nothing', async () => {
    const astana = await registerCase('analyst', { courtId: otherRegionCourtId });
    const hearing = (
      await graphql<{ scheduleHearing: HearingAnswer }>(
        url,
        SCHEDULE,
        { input: { caseId: astana.id, scheduledAt: hoursFromNow(48) } },
        as('analyst'),
      )
    ).data!.scheduleHearing;
    const before = await counts();
    for (const user of ['district', 'regional', 'military']) {
      const schedule = await graphql(
        url,
        SCHEDULE,
        { input: { caseId: astana.id, scheduledAt: hoursFromNow(24) } },
        as(user),
      );
      expect(code(schedule), user).toBe('NOT_FOUND');
      const move = await graphql(
        url,
        RESCHEDULE,
        { input: { id: hearing.id, version: hearing.version, scheduledAt: hoursFromNow(72) } },
        as(user),
      );
      expect(code(move), user).toBe('NOT_FOUND');
      const cancel = await graphql(
        url,
        CANCEL,
        { input: { id: hearing.id, version: hearing.version, reason: 'нет' } },
        as(user),
      );
      expect(code(cancel), user).toBe('NOT_FOUND');
      const notify = await graphql(
        url,
        NOTIFY,
        { input: { caseId: astana.id, channel: 'EDOC', registrationNumber: '1-1/26' } },
        as(user),
      );
      expect(code(notify), user).toBe('NOT_FOUND');
      const list = await graphql<HearingPage>(
        url,
        LIST,
        { first: 100, filter: { courtIds: [otherRegionCourtId] } },
        as(user),
      );
      expect(list.data!.hearings.totalCount, user).toBe(0);
    }
    expect(await counts()).toEqual(before);
  });

  it('should answer bad input with a coded error and write nothing', async () => {
    const kase = await registerCase('district');
    const before = await counts();
    const attempts: [string, string, Record<string, unknown>][] = [
      [
        'unknown case',
        'NOT_FOUND',
        { caseId: '00000000-0000-4000-8000-000000000000', scheduledAt: hoursFromNow(24) },
      ],
      ['malformed case id', 'BAD_USER_INPUT', { caseId: 'not-a-uuid', scheduledAt: hoursFromNow(24) }],
      ['impossible date', 'BAD_USER_INPUT', { caseId: kase.id, scheduledAt: '2027-02-29T10:00:00Z' }],
      ['not a date', 'BAD_USER_INPUT', { caseId: kase.id, scheduledAt: 'tomorrow' }],
      ['long past', 'BAD_USER_INPUT', { caseId: kase.id, scheduledAt: hoursFromNow(-24 * 3) }],
      [
        'wrong enum',
        'BAD_USER_INPUT',
        { caseId: kase.id, scheduledAt: hoursFromNow(24), instance: 'FOURTH' },
      ],
      [
        'wrong instance',
        'BAD_USER_INPUT',
        { caseId: kase.id, scheduledAt: hoursFromNow(24), instance: 'APPEAL' },
      ],
      [
        'unknown court',
        'BAD_USER_INPUT',
        { caseId: kase.id, scheduledAt: hoursFromNow(24), courtId: '00000000-0000-4000-8000-000000000000' },
      ],
      [
        'prosecutor of another office',
        'BAD_USER_INPUT',
        { caseId: kase.id, scheduledAt: hoursFromNow(24), prosecutorId: otherProsecutorId },
      ],
    ];
    for (const [what, expected, input] of attempts) {
      const answer = await graphql(url, SCHEDULE, { input }, as('district'));
      expect(code(answer), what).toBe(expected);
    }
    const unknownHearing = await graphql(
      url,
      CANCEL,
      { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, reason: 'нет' } },
      as('district'),
    );
    expect(code(unknownHearing)).toBe('NOT_FOUND');
    const hearing = await withClient(
      databaseUrl,
      async (c) =>
        (
          await c.query(
            "select id, version from hearing where case_id in (select id from court_case where territorial_office_id = $1) and status = 'SCHEDULED' limit 1",
            [districtOfficeId],
          )
        ).rows[0],
    );
    const oversizedReason = await graphql(
      url,
      CANCEL,
      { input: { id: hearing.id, version: hearing.version, reason: 'я'.repeat(2001) } },
      as('district'),
    );
    expect(code(oversizedReason)).toBe('BAD_USER_INPUT');
    const impossibleFrom = await graphql(
      url,
      LIST,
      { first: 5, filter: { from: '2027-02-29T00:00:00Z' } },
      as('district'),
    );
    expect(code(impossibleFrom)).toBe('BAD_USER_INPUT');
    const oversized = await graphql(
      url,
      NOTIFY,
      { input: { caseId: kase.id, channel: 'EDOC', registrationNumber: 'x'.repeat(65) } },
      as('district'),
    );
    expect(code(oversized)).toBe('BAD_USER_INPUT');
    const noSpecialized = await graphql(
      url,
      NOTIFY,
      { input: { caseId: kase.id, channel: 'EDOC', registrationNumber: '1-1/26' } },
      as('district'),
    );
    expect(code(noSpecialized)).toBe('BAD_USER_INPUT');
    const unknownNotice = await graphql(
      url,
      ACKNOWLEDGE,
      { input: { id: '00000000-0000-4000-8000-000000000000', version: 1 } },
      as('military'),
    );
    expect(code(unknownNotice)).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('should route a military case to the territorial office until the military office is notified', async () => {
    const kase = await registerCase('district', {
      koapArticle: '705',
      summary: 'Нарушение уставных правил караульной службы',
      spheres: ['MILITARY_CH32'],
      sanctions: ['ARREST'],
      offenderMilitary: 'SERVICEMAN',
      offenderDutyRelated: true,
    });
    expect(kase).toMatchObject({
      responsibleKind: 'TERRITORIAL',
      fallback: true,
      notifySpecialized: true,
      responsibleOfficeId: districtOfficeId,
      specializedOfficeId: militaryOfficeId,
    });

    // Bad notices and a notice from the wrong side write nothing.
    const before = await counts();
    for (const [input, expected] of [
      [{ caseId: kase.id, channel: 'EDOC', registrationNumber: '' }, 'BAD_USER_INPUT'],
      [{ caseId: kase.id, channel: 'EDOC', registrationNumber: '   ' }, 'BAD_USER_INPUT'],
      [{ caseId: kase.id, channel: 'PIGEON', registrationNumber: '1-1/26' }, 'BAD_USER_INPUT'],
      [
        { caseId: kase.id, channel: 'EDOC', registrationNumber: '1-1/26', sentAt: '2026-13-01T10:00:00Z' },
        'BAD_USER_INPUT',
      ],
      [
        { caseId: kase.id, channel: 'EDOC', registrationNumber: '1-1/26', sentAt: hoursFromNow(48) },
        'BAD_USER_INPUT',
      ],
    ] as const) {
      const answer = await graphql(url, NOTIFY, { input }, as('district'));
      expect(code(answer), JSON.stringify(input)).toBe(expected);
    }
    const bySpecialized = await graphql(
      url,
      NOTIFY,
      { input: { caseId: kase.id, channel: 'EDOC', registrationNumber: '1-1/26' } },
      as('military'),
    );
    expect(code(bySpecialized)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const notified = await graphql<{
      notifySpecializedOffice: {
        id: string;
        version: number;
        channel: string;
        acknowledgedAt: string | null;
        fromOffice: { id: string };
        toOffice: { id: string; code: string };
        case: {
          responsibleKind: string;
          fallback: boolean;
          notifySpecialized: boolean;
          responsibleOffice: { id: string; code: string };
        };
      };
    }>(
      url,
      NOTIFY,
      { input: { caseId: kase.id, channel: 'TELEPHONOGRAM', registrationNumber: ' 3-417/26 ' } },
      as('district'),
    );
    expect(notified.errors).toBeUndefined();
    const notice = notified.data!.notifySpecializedOffice;
    expect(notice).toMatchObject({
      channel: 'TELEPHONOGRAM',
      acknowledgedAt: null,
      fromOffice: { id: districtOfficeId },
      toOffice: { id: militaryOfficeId, code: 'MIL.KARAGANDA' },
      case: {
        responsibleKind: 'MILITARY',
        fallback: false,
        responsibleOffice: { id: militaryOfficeId, code: 'MIL.KARAGANDA' },
      },
    });
    const twice = await graphql(
      url,
      NOTIFY,
      { input: { caseId: kase.id, channel: 'EDOC', registrationNumber: '3-418/26' } },
      as('district'),
    );
    expect(code(twice)).toBe('CONFLICT');

    // The military office now answers for the case, sees it and its notice, and only it acknowledges.
    const seen = await graphql<{
      case: { responsibleOfficeId: string; notifications: { id: string; registrationNumber: string }[] };
    }>(
      url,
      'query ($id: ID!) { case(id: $id) { responsibleOfficeId notifications { id registrationNumber } } }',
      { id: kase.id },
      as('military'),
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.case).toEqual({
      responsibleOfficeId: militaryOfficeId,
      notifications: [{ id: notice.id, registrationNumber: '3-417/26' }],
    });
    const listed = await graphql<{ cases: { edges: { node: { id: string } }[] } }>(
      url,
      `{ cases(first: 100, filter: { officeId: "${militaryOfficeId}" }) { edges { node { id } } } }`,
      {},
      as('military'),
    );
    expect(listed.data!.cases.edges.map((e) => e.node.id)).toContain(kase.id);

    const INBOX = `query ($filter: NotificationFilter) {
      notifications(first: 100, filter: $filter) { totalCount edges { node { id toOffice { id } } } }
    }`;
    const inbox = async (user: string, filter: Record<string, unknown>) => {
      const answer = await graphql<{
        notifications: { edges: { node: { id: string; toOffice: { id: string } } }[] };
      }>(url, INBOX, { filter }, as(user));
      expect(answer.errors).toBeUndefined();
      return answer.data!.notifications.edges.map((e) => e.node);
    };
    const pending = await inbox('military', { pending: true, toOfficeIds: [militaryOfficeId] });
    expect(pending.map((n) => n.id)).toContain(notice.id);
    for (const n of pending) expect(n.toOffice.id).toBe(militaryOfficeId);
    expect((await inbox('district', { fromOfficeIds: [districtOfficeId] })).map((n) => n.id)).toContain(
      notice.id,
    );
    const badFilter = await graphql(url, INBOX, { filter: { toOfficeIds: ['nope'] } }, as('military'));
    expect(code(badFilter)).toBe('BAD_USER_INPUT');

    const wrongSide = await graphql(
      url,
      ACKNOWLEDGE,
      { input: { id: notice.id, version: notice.version } },
      as('district'),
    );
    expect(code(wrongSide)).toBe('FORBIDDEN');
    const stale = await graphql(
      url,
      ACKNOWLEDGE,
      { input: { id: notice.id, version: notice.version + 1 } },
      as('military'),
    );
    expect(code(stale)).toBe('CONFLICT');
    const acknowledged = await graphql<{
      acknowledgeNotification: { id: string; version: number; acknowledgedAt: string };
    }>(url, ACKNOWLEDGE, { input: { id: notice.id, version: notice.version } }, as('military'));
    expect(acknowledged.errors).toBeUndefined();
    expect(Date.parse(acknowledged.data!.acknowledgeNotification.acknowledgedAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );
    // Acknowledged already: a CONFLICT even with the current version.
    const again = await graphql(
      url,
      ACKNOWLEDGE,
      { input: { id: notice.id, version: acknowledged.data!.acknowledgeNotification.version } },
      as('military'),
    );
    expect(code(again)).toBe('CONFLICT');
    expect((await inbox('military', { pending: true })).map((n) => n.id)).not.toContain(notice.id);
    expect((await inbox('military', { pending: false })).map((n) => n.id)).toContain(notice.id);

    const audit = await withClient(databaseUrl, (c) =>
      c.query('select action, entity from audit_log where entity_id = any($1) order by id', [
        [kase.id, notice.id],
      ]),
    );
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        { action: 'notifySpecializedOffice', entity: 'Notification' },
        { action: 'notifySpecializedOffice', entity: 'Case' },
        { action: 'acknowledgeNotification', entity: 'Notification' },
      ]),
    );
  });
});
