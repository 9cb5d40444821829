// Issue 4: the deadline board of an office, the working-day and reporting calendars (with an administrator's
// edit moving the deadlines that run over the day), and the three indicators (paras 21–24) from SQL aggregates,
// cross-checked row by row against the shared computeKpi.
import {
  computeKpi,
  createKzCalendar,
  reportingCalendar,
  todayInAlmaty,
  type KpiDataset,
  type KpiResult,
} from '@qadagalau/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];

interface BoardItem {
  deadline: {
    id: string;
    code: string;
    dueOn: string;
    status: string;
    caseId: string | null;
    officeId: string;
  };
  case: { id: string } | null;
  workingDaysLeft: number | null;
}
interface Board {
  asOf: string;
  dueSoonUntil: string;
  office: { id: string };
  counts: Record<'overdue' | 'dueToday' | 'dueSoon' | 'open' | 'met' | 'missed' | 'waived', number>;
  overdue: BoardItem[];
  dueToday: BoardItem[];
  dueSoon: BoardItem[];
  open: BoardItem[];
  met: BoardItem[];
}

const ITEM = `deadline { id code dueOn status caseId officeId } case { id } workingDaysLeft`;
const BOARD = `query ($officeId: ID!, $asOf: String, $limit: Int) {
  deadlineBoard(officeId: $officeId, asOf: $asOf, limit: $limit) {
    asOf dueSoonUntil office { id }
    counts { overdue dueToday dueSoon open met missed waived }
    overdue { ${ITEM} } dueToday { ${ITEM} } dueSoon { ${ITEM} } open { ${ITEM} } met { ${ITEM} } } }`;
const KPI_FIELDS = `quarter from to scope scopeId
  appealProtestEffectiveness { numerator denominator percent }
  protestSatisfaction { unsatisfied considered percent }
  responseEffectiveness { numerator denominator percent }`;
const INDICATORS = `query ($quarter: String!, $scope: KpiScope!, $id: ID) {
  indicators(quarter: $quarter, scope: $scope, id: $id) { ${KPI_FIELDS} } }`;
const TREND = `query ($scope: KpiScope!, $id: ID, $quarters: Int, $upTo: String) {
  indicatorTrend(scope: $scope, id: $id, quarters: $quarters, upTo: $upTo) { ${KPI_FIELDS} } }`;
const SET_DAY = `mutation ($input: SetCalendarDayInput!) {
  setCalendarDay(input: $input) { refreshedCases day { date working kind overridden reason { ru } } } }`;
const CLEAR_DAY = `mutation ($date: String!) { clearCalendarDay(date: $date) { refreshedCases day { date working overridden } } }`;

type Indicators = KpiResult & { quarter: string; from: string; to: string };

describe('deadline board, calendars and indicators', () => {
  let url: string;
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  let districtOfficeId: string;
  let regionalOfficeId: string;
  let karagandaRegionId: string;
  let otherRegionId: string;
  let otherOfficeId: string;
  const today = todayInAlmaty(new Date());
  const calendar = createKzCalendar();

  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    withClient(databaseUrl, async (c) => (await c.query(sql, params)).rows as T[]);
  const count = async (table: string) =>
    Number((await query<{ count: string }>(`select count(*) from ${table}`))[0]?.count);

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'board');
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
    const offices = await query<{ username: string; office_id: string; region_id: string }>(
      `select u.username, u.office_id, o.region_id from app_user u join office o on o.id = u.office_id
        where u.username in ('district', 'regional')`,
    );
    districtOfficeId = offices.find((o) => o.username === 'district')?.office_id ?? '';
    regionalOfficeId = offices.find((o) => o.username === 'regional')?.office_id ?? '';
    karagandaRegionId = offices.find((o) => o.username === 'regional')?.region_id ?? '';
    const [other] = await query<{ id: string; region_id: string }>(
      `select o.id, o.region_id from office o join region r on r.id = o.region_id
        where r.code = 'ASTANA' and o.kind = 'REGIONAL'`,
    );
    otherOfficeId = other?.id ?? '';
    otherRegionId = other?.region_id ?? '';
    expect([districtOfficeId, regionalOfficeId, otherOfficeId].every(Boolean)).toBe(true);
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  describe('deadline board', () => {
    it('should count each column as its list, and as a direct SQL count', async () => {
      for (const [user, officeId] of [
        ['district', districtOfficeId],
        ['regional', regionalOfficeId],
        ['regional', districtOfficeId],
        ['analyst', otherOfficeId],
      ] as const) {
        const res = await graphql<{ deadlineBoard: Board }>(
          url,
          BOARD,
          { officeId, asOf: today, limit: 500 },
          as(user),
        );
        expect(res.errors).toBeUndefined();
        const board = res.data?.deadlineBoard as Board;
        expect(board.office.id).toBe(officeId);
        expect(board.dueSoonUntil).toBe(calendar.addWorkingDays(today, 3));
        for (const column of ['overdue', 'dueToday', 'dueSoon', 'open', 'met'] as const) {
          expect(board[column].length, column).toBe(board.counts[column]);
        }
        const [sql] = await query<Record<string, string>>(
          `select
             count(*) filter (where (status = 'OPEN' and due_on < $2) or (status = 'MISSED' and met_at is null)) as overdue,
             count(*) filter (where status = 'OPEN' and due_on = $2) as "dueToday",
             count(*) filter (where status = 'OPEN' and due_on > $2 and due_on <= $3) as "dueSoon",
             count(*) filter (where status = 'OPEN' and due_on > $3) as open,
             count(*) filter (where status = 'MET' and (met_at at time zone 'Asia/Almaty')::date between $4 and $2) as met,
             count(*) filter (where status = 'MISSED') as missed,
             count(*) filter (where status = 'WAIVED') as waived
           from deadline where office_id = $1`,
          [officeId, today, calendar.addWorkingDays(today, 3), isoMinus(today, 29)],
        );
        expect(board.counts).toEqual(
          Object.fromEntries(Object.entries(sql ?? {}).map(([k, v]) => [k, Number(v)])),
        );
        // Sorted by urgency, each item with its case and the working days left.
        const dues = board.overdue.map((i) => i.deadline.dueOn);
        expect(dues).toEqual([...dues].sort());
        for (const item of board.overdue) {
          expect(item.deadline.officeId).toBe(officeId);
          expect(item.workingDaysLeft).toBe(calendar.workingDaysBetween(today, item.deadline.dueOn));
          if (item.deadline.status === 'OPEN') expect(item.workingDaysLeft).toBeLessThan(0);
          if (item.deadline.caseId) expect(item.case?.id).toBe(item.deadline.caseId);
        }
        for (const item of board.dueToday) expect(item.workingDaysLeft).toBe(0);
        for (const item of board.dueSoon) {
          expect(item.workingDaysLeft).toBeGreaterThanOrEqual(calendar.isWorkingDay(today) ? 1 : 0);
          expect(item.workingDaysLeft).toBeLessThanOrEqual(3);
        }
        for (const item of board.open) expect(item.deadline.dueOn > board.dueSoonUntil).toBe(true);
      }
      // The demo office has something on its board.
      const own = await graphql<{ deadlineBoard: Board }>(
        url,
        BOARD,
        { officeId: districtOfficeId },
        as('district'),
      );
      const counts = own.data?.deadlineBoard.counts;
      expect(Object.values(counts ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    });

    it('should cut the lists at the limit but keep whole counts', async () => {
      const res = await graphql<{ deadlineBoard: Board }>(
        url,
        BOARD,
        { officeId: regionalOfficeId, asOf: today, limit: 1 },
        as('regional'),
      );
      const board = res.data?.deadlineBoard as Board;
      for (const column of ['overdue', 'dueToday', 'dueSoon', 'open', 'met'] as const) {
        expect(board[column].length).toBe(Math.min(1, board.counts[column]));
      }
    });

    it('should hide the board of an office outside the jurisdiction, and refuse bad input', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['district', { officeId: regionalOfficeId }, 'NOT_FOUND'],
        ['regional', { officeId: otherOfficeId }, 'NOT_FOUND'],
        ['military', { officeId: districtOfficeId }, 'NOT_FOUND'],
        ['admin', { officeId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
        ['admin', { officeId: 'nope' }, 'BAD_USER_INPUT'],
        ['admin', { officeId: districtOfficeId, asOf: '2025-02-30' }, 'BAD_USER_INPUT'],
        ['admin', { officeId: districtOfficeId, limit: 501 }, 'BAD_USER_INPUT'],
      ];
      for (const [user, variables, code] of cases) {
        const res = await graphql(url, BOARD, variables, as(user));
        expect(codeOf(res.errors), JSON.stringify(variables)).toBe(code);
      }
      expect(codeOf((await graphql(url, BOARD, { officeId: districtOfficeId })).errors)).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('calendars', () => {
    it('should show a year with its days off and their reasons, as the shared calendar has it', async () => {
      const res = await graphql<{
        workingCalendar: {
          year: number;
          workingDays: number;
          months: { month: number; workingDays: number }[];
          nonWorkingDays: {
            date: string;
            kind: string;
            working: boolean;
            reason: { kk: string; ru: string; en: string };
          }[];
          exceptions: { date: string }[];
        };
      }>(
        url,
        `
          {
            workingCalendar(year: 2025) {
              year
              workingDays
              months {
                month
                workingDays
              }
              nonWorkingDays {
                date
                kind
                working
                reason {
                  kk
                  ru
                  en
                }
              }
              exceptions {
                date
              }
            }
          }
        `,
        {},
        as('district'),
      );
      expect(res.errors).toBeUndefined();
      const year = res.data?.workingCalendar;
      const summary = calendar.yearSummary(2025);
      expect(year).toMatchObject({ year: 2025, workingDays: summary.workingDays, months: summary.months });
      const nauryz = year?.nonWorkingDays.find((d) => d.date === '2025-03-21');
      expect(nauryz).toMatchObject({ kind: 'HOLIDAY', working: false });
      expect(nauryz?.reason.ru.length).toBeGreaterThan(0);
      expect(year?.exceptions.map((d) => d.date)).toEqual(
        calendar.exceptionsBetween('2025-01-01', '2025-12-31').map((d) => d.date),
      );
      const outside = await graphql(url, '{ workingCalendar(year: 1990) { year } }', {}, as('district'));
      expect(codeOf(outside.errors)).toBe('BAD_USER_INPUT');
    });

    it('should give the office reporting calendar of a year (paras 7, 20, 28)', async () => {
      const res = await graphql<{
        reportingCalendar: {
          code: string;
          period: string;
          due: string;
          paragraph: string;
          reason: { ru: string };
        }[];
      }>(
        url,
        `
          query ($officeId: ID) {
            reportingCalendar(year: 2025, officeId: $officeId) {
              code
              period
              due
              nominal
              paragraph
              reason {
                ru
              }
            }
          }
        `,
        { officeId: districtOfficeId },
        as('district'),
      );
      expect(res.errors).toBeUndefined();
      const expected = reportingCalendar(2025, calendar);
      expect(res.data?.reportingCalendar.map((i) => [i.code, i.period, i.due, i.paragraph])).toEqual(
        expected.map((i) => [i.code, i.period, i.due, i.paragraph]),
      );
      // Decision 2: 25 March 2025 is a carried-over Nauryz day off, so the analysis is due the working day before.
      expect(calendar.isWorkingDay('2025-03-25')).toBe(false);
      expect(res.data?.reportingCalendar.find((i) => i.code === 'QUARTERLY_ANALYSIS')).toMatchObject({
        period: '2025-Q1',
        due: '2025-03-20',
        paragraph: '20',
      });
      const foreign = await graphql(
        url,
        '{ reportingCalendar(year: 2025, officeId: "' + otherOfficeId + '") { code } }',
        {},
        as('district'),
      );
      expect(codeOf(foreign.errors)).toBe('NOT_FOUND');
    });

    it('should let only an administrator set a day, moving the open deadlines that run over it, and back', async () => {
      // An OPEN deadline of our own: an application received today must have its requisition ordered within 3
      // working days (para 18), by a working day D.
      const [kase] = await query<{ id: string }>(
        'select id from court_case where region_id = $1 order by number limit 1',
        [karagandaRegionId],
      );
      const received = await graphql<{ receiveApplication: { id: string } }>(
        url,
        `
          mutation ($input: ReceiveApplicationInput!) {
            receiveApplication(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            caseId: kase?.id,
            requestedProtest: 'APPEAL',
            applicantKind: 'INDIVIDUAL',
            applicantName: 'Ахметов Серик',
            receivedOn: today,
            checklist: {
              addresseeNamed: true,
              applicantIdentified: true,
              courtsAndDecisionsStated: true,
              contestedResolutionNamed: true,
              violationAndRequestStated: true,
              signed: true,
              certifiedCopiesAttached: true,
            },
          },
        },
        as('regional'),
      );
      expect(received.errors).toBeUndefined();
      const [target] = await query<{ id: string; due: string }>(
        `select id, due_on::text as due from deadline where subject_id = $1 and status = 'OPEN'`,
        [received.data?.receiveApplication.id],
      );
      expect(target?.due).toBe(calendar.addWorkingDays(today, 3));
      const day = target?.due as string;
      expect(calendar.isWorkingDay(day)).toBe(true);
      const dayOff = {
        date: day,
        working: false,
        kind: 'OVERRIDE',
        nameKk: 'Демалыс күні',
        nameRu: 'Выходной день',
        nameEn: 'Day off',
      };
      const before = { overrides: await count('calendar_override'), audit: await count('audit_log') };
      for (const user of ['district', 'regional', 'analyst']) {
        const res = await graphql(url, SET_DAY, { input: dayOff }, as(user));
        expect(codeOf(res.errors), user).toBe('FORBIDDEN');
      }
      for (const bad of [
        { ...dayOff, date: '2025-02-30' },
        { ...dayOff, date: '2099-01-01' },
        { ...dayOff, kind: 'HOLIDAY', working: true },
        { ...dayOff, kind: 'NOT_A_KIND' },
        { ...dayOff, nameEn: undefined },
        { ...dayOff, nameRu: '' },
      ]) {
        const res = await graphql(url, SET_DAY, { input: bad }, as('admin'));
        expect(codeOf(res.errors), JSON.stringify(bad)).toBe('BAD_USER_INPUT');
      }
      expect({ overrides: await count('calendar_override'), audit: await count('audit_log') }).toEqual(
        before,
      );

      const set = await graphql<{
        setCalendarDay: { refreshedCases: number; day: { working: boolean; overridden: boolean } };
      }>(url, SET_DAY, { input: dayOff }, as('admin'));
      expect(set.errors).toBeUndefined();
      expect(set.data?.setCalendarDay.day).toMatchObject({ working: false, overridden: true });
      expect(set.data?.setCalendarDay.refreshedCases).toBeGreaterThan(0);
      const moved = createKzCalendar([{ date: day, working: false }]).nextWorkingDay(day);
      const [after] = await query<{ due: string }>('select due_on::text as due from deadline where id = $1', [
        target?.id,
      ]);
      expect(after?.due).toBe(moved);
      const year = Number(day.slice(0, 4));
      const shown = await graphql<{ workingCalendar: { nonWorkingDays: { date: string; kind: string }[] } }>(
        url,
        `
          query ($year: Int!) {
            workingCalendar(year: $year) {
              nonWorkingDays {
                date
                kind
              }
            }
          }
        `,
        { year },
        as('district'),
      );
      expect(shown.data?.workingCalendar.nonWorkingDays).toContainEqual({ date: day, kind: 'OVERRIDE' });
      const audit = await query<{ action: string }>(
        `select action from audit_log where entity = 'CalendarOverride' and entity_id = $1`,
        [day],
      );
      expect(audit.map((a) => a.action)).toEqual(['setCalendarDay']);

      expect(codeOf((await graphql(url, CLEAR_DAY, { date: day }, as('regional'))).errors)).toBe('FORBIDDEN');
      const cleared = await graphql<{ clearCalendarDay: { day: { working: boolean; overridden: boolean } } }>(
        url,
        CLEAR_DAY,
        { date: day },
        as('admin'),
      );
      expect(cleared.errors).toBeUndefined();
      expect(cleared.data?.clearCalendarDay.day).toEqual({ date: day, working: true, overridden: false });
      const [back] = await query<{ due: string }>('select due_on::text as due from deadline where id = $1', [
        target?.id,
      ]);
      expect(back?.due).toBe(day);
      expect(await count('calendar_override')).toBe(before.overrides);
    });
  });

  describe('indicators', () => {
    /** The rows of a quarter as computeKpi takes them, fetched by SQL one by one. */
    async function dataset(from: string, to: string, where: string, params: unknown[]): Promise<KpiDataset> {
      const acts = await query<{
        id: string;
        scope: boolean;
        appeal_result: 'CANCELLED' | 'CHANGED' | 'UPHELD';
        appeal_basis: 'PROSECUTOR_PROTEST' | 'COMPLAINT' | 'HIGHER_PROSECUTOR_PROTEST' | null;
        exclusion: KpiDataset['acts'][number]['exclusion'];
        exclusion_approved: boolean;
        reversed_on_cassation_protest: boolean;
      }>(
        `select a.id, (c.mandatory or exists (select 1 from hearing h where h.case_id = c.id and h.attended)) as scope,
                a.appeal_result, a.appeal_basis, a.exclusion, a.exclusion_approved, a.reversed_on_cassation_protest
           from court_act a join court_case c on c.id = a.case_id
          where a.instance = 'FIRST' and a.appeal_result is not null and a.appeal_decided_on between $1 and $2 ${where}`,
        [from, to, ...params],
      );
      const protests = await query<{
        id: string;
        kind: 'APPEAL' | 'CASSATION';
        status: string;
        later: boolean;
      }>(
        `select p.id, p.kind, p.status::text, p.later_cassation_satisfied as later
           from protest p join court_case c on c.id = p.case_id
          where p.decided_on between $1 and $2 ${where}`,
        [from, to, ...params],
      );
      const rulings = await query<{ id: string; participated: boolean; motion: boolean }>(
        `select r.id, r.prosecutor_participated as participated, r.on_prosecutor_motion as motion
           from private_ruling r join court_case c on c.id = r.case_id
          where r.issued_on between $1 and $2 ${where}`,
        [from, to, ...params],
      );
      const PENDING = new Set(['DRAFT', 'BROUGHT']);
      return {
        acts: acts.map((a) => ({
          id: a.id,
          scope: a.scope,
          appealResult: a.appeal_result,
          basis: a.appeal_basis ?? 'COMPLAINT',
          exclusion: a.exclusion,
          exclusionApproved: a.exclusion_approved,
          reversedOnCassationProtest: a.reversed_on_cassation_protest,
        })),
        protests: protests.map((p) => ({
          id: p.id,
          kind: p.kind,
          outcome: (PENDING.has(p.status)
            ? 'PENDING'
            : p.status) as KpiDataset['protests'][number]['outcome'],
          laterCassationSatisfied: p.later,
        })),
        privateRulings: rulings.map((r) => ({
          id: r.id,
          prosecutorParticipated: r.participated,
          onProsecutorMotion: r.motion,
        })),
      };
    }

    const strip = (i: Indicators): KpiResult => ({
      appealProtestEffectiveness: i.appealProtestEffectiveness,
      protestSatisfaction: i.protestSatisfaction,
      responseEffectiveness: i.responseEffectiveness,
    });

    it('should equal computeKpi over the same rows, for the republic, a region and an office', async () => {
      const scopes: [string, string, string | null, string, unknown[]][] = [
        ['analyst', 'REPUBLIC', null, '', []],
        ['regional', 'REGION', karagandaRegionId, 'and c.region_id = $3', [karagandaRegionId]],
        ['district', 'OFFICE', districtOfficeId, 'and c.responsible_office_id = $3', [districtOfficeId]],
        ['admin', 'REGION', otherRegionId, 'and c.region_id = $3', [otherRegionId]],
      ];
      let populated = 0;
      for (const [user, scope, id, where, params] of scopes) {
        const res = await graphql<{ indicatorTrend: Indicators[] }>(
          url,
          TREND,
          { scope, id, quarters: 4 },
          as(user),
        );
        expect(res.errors, `${user} ${scope}`).toBeUndefined();
        const trend = res.data?.indicatorTrend ?? [];
        expect(trend).toHaveLength(4);
        expect(trend[3]?.quarter).toBe(`${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`);
        for (const quarter of trend) {
          const expected = computeKpi(await dataset(quarter.from, quarter.to, where, params));
          expect(strip(quarter), `${scope} ${quarter.quarter}`).toEqual(expected);
          if (
            expected.appealProtestEffectiveness.denominator > 0 &&
            expected.protestSatisfaction.considered > 0
          )
            populated++;
        }
        const single = await graphql<{ indicators: Indicators }>(
          url,
          INDICATORS,
          { quarter: trend[2]?.quarter, scope, id },
          as(user),
        );
        expect(single.data?.indicators).toEqual(trend[2]);
      }
      // The demo data gives the cross-check something to count.
      expect(populated).toBeGreaterThan(0);
    });

    it('should keep each scope to its jurisdiction and refuse bad input', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['district', { quarter: '2025-Q3', scope: 'REPUBLIC' }, 'FORBIDDEN'],
        ['regional', { quarter: '2025-Q3', scope: 'REPUBLIC' }, 'FORBIDDEN'],
        ['regional', { quarter: '2025-Q3', scope: 'REGION', id: otherRegionId }, 'FORBIDDEN'],
        ['district', { quarter: '2025-Q3', scope: 'REGION', id: karagandaRegionId }, 'FORBIDDEN'],
        ['district', { quarter: '2025-Q3', scope: 'OFFICE', id: regionalOfficeId }, 'FORBIDDEN'],
        ['military', { quarter: '2025-Q3', scope: 'OFFICE', id: districtOfficeId }, 'FORBIDDEN'],
        ['analyst', { quarter: '2025-Q5', scope: 'REPUBLIC' }, 'BAD_USER_INPUT'],
        ['analyst', { quarter: '2025-3', scope: 'REPUBLIC' }, 'BAD_USER_INPUT'],
        ['analyst', { quarter: '2025-Q3', scope: 'COUNTY' }, 'BAD_USER_INPUT'],
        ['analyst', { quarter: '2025-Q3', scope: 'REGION' }, 'BAD_USER_INPUT'],
        [
          'analyst',
          { quarter: '2025-Q3', scope: 'REGION', id: '00000000-0000-4000-8000-000000000000' },
          'BAD_USER_INPUT',
        ],
        ['analyst', { quarter: '2025-Q3', scope: 'OFFICE', id: 'x' }, 'BAD_USER_INPUT'],
      ];
      for (const [user, variables, code] of cases) {
        const res = await graphql(url, INDICATORS, variables, as(user));
        expect(codeOf(res.errors), `${user} ${JSON.stringify(variables)}`).toBe(code);
      }
      const ok = await graphql(
        url,
        INDICATORS,
        { quarter: '2025-Q3', scope: 'OFFICE', id: districtOfficeId },
        as('regional'),
      );
      expect(ok.errors).toBeUndefined();
      const trend = await graphql(url, TREND, { scope: 'REPUBLIC', quarters: 13 }, as('analyst'));
      expect(codeOf(trend.errors)).toBe('BAD_USER_INPUT');
    });
  });
});

function isoMinus(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
