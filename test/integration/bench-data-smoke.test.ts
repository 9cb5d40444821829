// The national data-set generator (test/bench/generate-data.ts, `npm run bench:data`, issue 7) in small: 10,000
// cases into a throw-away database. Checks what it promises — row counts and proportions, every reference
// resolved, deadlines consistent with the calendar and with today, users that log in to a real server on that
// database — and that the screens' queries use the indexes (no Seq Scan on court_case, hearing or deadline).
// Timing is never asserted; `npm run bench:data` prints the figures.
import { DayUnit, calendarDaysDue, createKzCalendar, workingDaysDue, type IsoDate } from '@qadagalau/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { explainScreens, screenQueries } from '../bench/gen-screens';
import { generateData, type GenerateResult } from '../bench/generate-data';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const CASES = 10_000;
const GENERATED = [
  'prosecutor',
  'assignment',
  'app_user',
  'court_case',
  'hearing',
  'court_act',
  'conclusion',
  'protest',
  'application',
  'private_ruling',
  'deadline',
];

describe('the bench data generator', () => {
  let url: string;
  let result: GenerateResult;
  const counts: Record<string, number> = {};
  const calendar = createKzCalendar();

  beforeAll(async () => {
    url = await createDatabase(inject('pgAdminUrl'), 'benchdata');
    result = await generateData({ url, cases: CASES, seed: 7, years: 4, prosecutors: 2_500, workers: 2 });
    await withClient(url, async (db) => {
      for (const table of GENERATED) {
        const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        counts[table] = rows[0]!.n;
      }
    });
  }, 50_000);

  it('should write the rows it reports, in plausible proportions', async () => {
    for (const table of GENERATED) expect(counts[table], table).toBe(result.rows[table]);
    expect(counts.court_case).toBe(CASES);
    const per = (table: string) => counts[table]! / CASES;
    expect(per('hearing')).toBeGreaterThan(1.03);
    expect(per('hearing')).toBeLessThan(1.25);
    expect(per('court_act')).toBeGreaterThan(0.8);
    expect(per('court_act')).toBeLessThan(1);
    const perAct = (table: string) => counts[table]! / counts.court_act!;
    expect(perAct('protest')).toBeGreaterThan(0.01);
    expect(perAct('protest')).toBeLessThan(0.08);
    expect(perAct('conclusion')).toBeGreaterThan(0.5);
    expect(counts.application).toBeGreaterThan(0);
    expect(counts.private_ruling).toBeGreaterThan(0);
    expect(counts.deadline).toBeGreaterThan(counts.court_act!);
    expect(counts.prosecutor).toBeGreaterThanOrEqual(2_400);
    expect(counts.prosecutor).toBeLessThanOrEqual(2_700);
    expect(counts.assignment).toBeGreaterThan(counts.prosecutor!);

    await withClient(url, async (db) => {
      const spread = await db.query<{ regions: number; offices: number; months: number; future: number }>(
        `SELECT (SELECT count(DISTINCT region_id) FROM court_case)::int AS regions,
                (SELECT count(*) FROM office o WHERE NOT EXISTS (SELECT 1 FROM prosecutor p WHERE p.office_id = o.id))::int AS offices,
                (SELECT count(DISTINCT date_trunc('month', registered_on)) FROM court_case)::int AS months,
                (SELECT count(*) FROM hearing WHERE scheduled_at > now() AND scheduled_at < now() + interval '7 days')::int AS future`,
      );
      expect(spread.rows[0]).toMatchObject({ regions: 20, offices: 0 });
      expect(spread.rows[0]!.months).toBeGreaterThanOrEqual(47);
      expect(spread.rows[0]!.future).toBeGreaterThan(0);
      // Outcomes are mixed: several protest statuses, several act kinds, some hearings postponed.
      const mixed = await db.query<{ protests: number; acts: number; hearings: number }>(
        `SELECT (SELECT count(DISTINCT status) FROM protest)::int AS protests,
                (SELECT count(DISTINCT kind) FROM court_act)::int AS acts,
                (SELECT count(DISTINCT status) FROM hearing)::int AS hearings`,
      );
      expect(mixed.rows[0]!.protests).toBeGreaterThanOrEqual(4);
      expect(mixed.rows[0]!.acts).toBeGreaterThanOrEqual(3);
      expect(mixed.rows[0]!.hearings).toBe(4);
    });
  });

  it('should give every case a court, a region and a responsible office, and resolve every reference', async () => {
    await withClient(url, async (db) => {
      const orphans = await db.query<{ what: string; n: number }>(
        `SELECT 'case without court/region/office' AS what, count(*)::int AS n FROM court_case c
           LEFT JOIN court ct ON ct.id = c.court_id LEFT JOIN region r ON r.id = c.region_id
           LEFT JOIN office o ON o.id = c.responsible_office_id LEFT JOIN office t ON t.id = c.territorial_office_id
          WHERE ct.id IS NULL OR r.id IS NULL OR o.id IS NULL OR t.id IS NULL
         UNION ALL SELECT 'hearing', count(*)::int FROM hearing h LEFT JOIN court_case c ON c.id = h.case_id
           LEFT JOIN court ct ON ct.id = h.court_id WHERE c.id IS NULL OR ct.id IS NULL
         UNION ALL SELECT 'court_act', count(*)::int FROM court_act a LEFT JOIN court_case c ON c.id = a.case_id WHERE c.id IS NULL
         UNION ALL SELECT 'conclusion', count(*)::int FROM conclusion x LEFT JOIN court_act a ON a.id = x.court_act_id
           LEFT JOIN prosecutor p ON p.id = x.author_id WHERE a.id IS NULL OR p.id IS NULL OR a.case_id <> x.case_id
         UNION ALL SELECT 'protest', count(*)::int FROM protest x LEFT JOIN court_act a ON a.id = x.court_act_id
           LEFT JOIN prosecutor p ON p.id = x.author_id WHERE a.id IS NULL OR p.id IS NULL
         UNION ALL SELECT 'deadline', count(*)::int FROM deadline d LEFT JOIN court_case c ON c.id = d.case_id
           LEFT JOIN office o ON o.id = d.office_id WHERE c.id IS NULL OR o.id IS NULL
         UNION ALL SELECT 'assignment', count(*)::int FROM assignment a LEFT JOIN prosecutor p ON p.id = a.prosecutor_id
           LEFT JOIN thematic_direction t ON t.id = a.theme_id WHERE p.id IS NULL OR t.id IS NULL
         UNION ALL SELECT 'case in another region than its court', count(*)::int FROM court_case c JOIN court ct ON ct.id = c.court_id
           JOIN locality l ON l.id = ct.locality_id WHERE coalesce(ct.region_id, l.region_id) <> c.region_id`,
      );
      for (const row of orphans.rows) expect(row.n, row.what).toBe(0);
    });
  });

  it('should keep deadlines on working days, at the rules engine’s due dates, with statuses true for today', async () => {
    const today = result.manifest.today;
    await withClient(url, async (db) => {
      const { rows } = await db.query<{
        trigger: IsoDate;
        length: number;
        unit: string;
        due: IsoDate;
        status: string;
        met: IsoDate | null;
        n: number;
      }>(
        `SELECT trigger_on::text AS trigger, length, unit::text, due_on::text AS due, status::text,
                (met_at AT TIME ZONE 'Asia/Almaty')::date::text AS met, count(*)::int AS n
           FROM deadline GROUP BY 1, 2, 3, 4, 5, 6`,
      );
      const byStatus: Record<string, number> = {};
      for (const d of rows) {
        byStatus[d.status] = (byStatus[d.status] ?? 0) + d.n;
        expect(calendar.isWorkingDay(d.due), d.due).toBe(true);
        const due =
          d.unit === DayUnit.CALENDAR
            ? calendarDaysDue(d.trigger, d.length, calendar)
            : workingDaysDue(d.trigger, d.length, calendar);
        expect(d.due).toBe(due);
        if (d.status === 'OPEN') expect(d.due >= today, `OPEN due ${d.due}`).toBe(true);
        if (d.status === 'MET') expect(d.met !== null && d.met <= d.due).toBe(true);
        if (d.status === 'MISSED') expect(d.met === null ? d.due < today : d.met > d.due).toBe(true);
        if (d.status === 'WAIVED') expect(d.met).toBeNull();
      }
      // The board of today has something in each column that matters: open, due soon, overdue.
      expect(byStatus.OPEN).toBeGreaterThan(0);
      expect(byStatus.MET).toBeGreaterThan(0);
      expect(byStatus.MISSED).toBeGreaterThan(0);
      expect(byStatus.WAIVED).toBeGreaterThan(0);
      const soon = calendar.addWorkingDays(today, 3);
      const board = await db.query<{ soon: number; overdue: number }>(
        `SELECT count(*) FILTER (WHERE status = 'OPEN' AND due_on > $1 AND due_on <= $2)::int AS soon,
                count(*) FILTER (WHERE status = 'MISSED' AND met_at IS NULL AND due_on >= $1::date - 60)::int AS overdue
           FROM deadline`,
        [today, soon],
      );
      expect(board.rows[0]!.soon).toBeGreaterThan(0);
      expect(board.rows[0]!.overdue).toBeGreaterThan(0);
    });
  });

  describe('served by the real server', () => {
    let server: ServerProcess;

    beforeAll(async () => {
      server = await startServer({ env: { DATABASE_URL: url } });
    }, 30_000);

    afterAll(async () => {
      await server?.stop();
    });

    const login = async (username: string): Promise<string> => {
      const answer = await graphql<{ login: { token: string } }>(
        server.url,
        'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
        { u: username, p: result.manifest.password },
      );
      expect(answer.errors, username).toBeUndefined();
      return answer.data!.login.token;
    };

    it('should let the generated users log in and read the screens of the manifest', async () => {
      const { manifest } = result;
      expect(manifest.users.length).toBeGreaterThan(200);
      const regional = await login(manifest.busyRegion.username);
      const district = await login(manifest.busyOffice.username);
      const admin = await login('admin');
      await login('district');
      const bad = await graphql(
        server.url,
        'mutation { login(input: { username: "admin", password: "wrong" }) { token } }',
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const board = await graphql<{ deadlineBoard: { counts: Record<string, number> } }>(
        server.url,
        `
          query ($id: ID!) {
            deadlineBoard(officeId: $id) {
              counts {
                overdue
                dueToday
                dueSoon
                open
                met
                missed
                waived
              }
              overdue {
                deadline {
                  id
                  dueOn
                  status
                }
              }
            }
          }
        `,
        { id: manifest.busyOffice.id },
        { authorization: `Bearer ${district}` },
      );
      expect(board.errors).toBeUndefined();
      const open = await withClient(url, (db) =>
        db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM deadline WHERE office_id = $1 AND status = 'OPEN'`,
          [manifest.busyOffice.id],
        ),
      );
      const c = board.data!.deadlineBoard.counts;
      expect(c.open! + c.dueSoon! + c.dueToday!).toBeLessThanOrEqual(open.rows[0]!.n);
      expect(open.rows[0]!.n).toBe(manifest.busyOffice.openDeadlines);

      const from = new Date(`${manifest.today}T00:00:00+05:00`).toISOString();
      const to = new Date(Date.parse(from) + 7 * 86_400_000).toISOString();
      const hearings = await graphql<{ hearings: { totalCount: number } }>(
        server.url,
        `
          query ($f: HearingFilter) {
            hearings(first: 20, filter: $f) {
              totalCount
              edges {
                node {
                  id
                  scheduledAt
                }
              }
            }
          }
        `,
        { f: { regionIds: [manifest.busyRegion.id], from, to } },
        { authorization: `Bearer ${regional}` },
      );
      expect(hearings.errors).toBeUndefined();
      expect(hearings.data!.hearings.totalCount).toBe(manifest.busyRegion.hearingsNext7Days);

      const kase = await graphql<{ case: { timeline: { kind: string }[]; groundExplanations: unknown[] } }>(
        server.url,
        'query ($id: ID!) { case(id: $id) { number groundExplanations { ground } timeline { at kind label status } } }',
        { id: manifest.longTimelineCase.id },
        { authorization: `Bearer ${admin}` },
      );
      expect(kase.errors).toBeUndefined();
      expect(kase.data!.case.timeline.length).toBe(manifest.longTimelineCase.events);
      expect(kase.data!.case.timeline[0]!.kind).toBe('REGISTERED');
    });
  });

  it('should answer every screen query from indexes: no Seq Scan on court_case, hearing or deadline', async () => {
    const { manifest } = result;
    const targets = {
      officeId: manifest.busyOffice.id,
      regionId: manifest.busyRegion.id,
      caseId: manifest.longTimelineCase.id,
      today: manifest.today,
      quarter: manifest.quarter,
    };
    expect(screenQueries(targets).map((q) => q.screen)).toEqual(
      expect.arrayContaining(['deadlineBoard', 'hearings', 'case', 'kpi', 'assignmentMatrix']),
    );
    const explained = await withClient(url, (db) => explainScreens(db, targets, 1));
    const used = new Set<string>();
    for (const q of explained) {
      const big = q.seqScans.filter((t) => ['court_case', 'hearing', 'deadline', 'court_act'].includes(t));
      expect(big, `${q.screen}.${q.name}\n${q.plan}`).toEqual([]);
      for (const index of q.indexes) used.add(index);
    }
    for (const index of [
      'IDX_deadline_board',
      'IDX_court_case_id_region',
      'IDX_court_act_appeal_decided',
      'IDX_deadline_open_case',
    ])
      expect([...used], index).toContain(index);
  });
});
