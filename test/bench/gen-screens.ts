// The SQL the server runs for the five screens of issue 7 (as TypeORM sends it, parameters inlined as $n), to
// EXPLAIN them on a generated data set: QUERY-PLANS.md and the bench-data smoke test. Mirrors
// deadline-board.service.ts, hearing.resolver.ts (+ common/relay paginate), case.resolver.ts + case-timeline.ts,
// kpi.service.ts and prosecutor.service.ts (matrix); keep in step with them. No vitest here.
import { addDays, createKzCalendar } from '@qadagalau/shared';
import type { Client } from 'pg';

export interface ScreenQuery {
  screen: string;
  name: string;
  sql: string;
  params: unknown[];
}

export interface ScreenTargets {
  officeId: string;
  regionId: string;
  caseId: string;
  today: string;
  quarter: string;
}

const BOARD = {
  overdue: `((d.status = 'OPEN' AND d.due_on < :asOf) OR (d.status = 'MISSED' AND d.met_at IS NULL))`,
  dueToday: `(d.status = 'OPEN' AND d.due_on = :asOf)`,
  dueSoon: `(d.status = 'OPEN' AND d.due_on > :asOf AND d.due_on <= :soon)`,
  open: `(d.status = 'OPEN' AND d.due_on > :soon)`,
  met:
    "(d.status = 'MET' AND d.met_at >= (CAST(:metFrom AS date)::timestamp AT TIME ZONE 'Asia/Almaty')" +
    " AND d.met_at < ((CAST(:asOf AS date) + 1)::timestamp AT TIME ZONE 'Asia/Almaty'))",
  missed: `(d.status = 'MISSED')`,
  waived: `(d.status = 'WAIVED')`,
};

const TIMELINE_SQL = `
  SELECT registered_on::text AS at, 'REGISTERED' AS kind, id, proceeding::text AS label, NULL AS status
    FROM court_case WHERE id = $1
  UNION ALL SELECT to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'NOTIFICATION', id, channel::text,
         CASE WHEN acknowledged_at IS NULL THEN 'SENT' ELSE 'ACKNOWLEDGED' END FROM notification WHERE case_id = $1
  UNION ALL SELECT to_char(scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'HEARING', id, instance::text,
         status::text FROM hearing WHERE case_id = $1
  UNION ALL SELECT issued_on::text, 'COURT_ACT', id, kind::text, appeal_result::text FROM court_act WHERE case_id = $1
  UNION ALL SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'CONCLUSION', id, kind::text,
         CASE WHEN approved_at IS NULL THEN 'AWAITING_APPROVAL' ELSE 'APPROVED' END FROM conclusion WHERE case_id = $1
  UNION ALL SELECT COALESCE(brought_on::text, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')), 'PROTEST', id,
         kind::text, status::text FROM protest WHERE case_id = $1
  UNION ALL SELECT COALESCE(submitted_on::text, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')),
         'CASSATION_PROPOSAL', id, 'CASSATION_PROPOSAL', NULL FROM cassation_proposal WHERE case_id = $1
  UNION ALL SELECT received_on::text, 'APPLICATION', id, requested_protest::text, status::text
    FROM application WHERE case_id = $1
  UNION ALL SELECT requested_on::text, 'REQUISITION', id, 'REQUISITION',
         CASE WHEN file_received_on IS NULL THEN 'REQUESTED' ELSE 'FILE_RECEIVED' END FROM requisition WHERE case_id = $1
  UNION ALL SELECT issued_on::text, 'PRIVATE_RULING', id,
         CASE WHEN on_prosecutor_motion THEN 'ON_PROSECUTOR_MOTION' ELSE 'ON_COURT_INITIATIVE' END, NULL
    FROM private_ruling WHERE case_id = $1
  UNION ALL SELECT due_on::text, 'DEADLINE', id, code::text, status::text FROM deadline WHERE case_id = $1
  ORDER BY at, kind, id`;

export function quarterBounds(quarter: string): { from: string; to: string } {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** TypeORM-style `:name` parameters to `$n`, numbered in order of first use (as TypeORM does). */
function bind(sql: string, values: Record<string, unknown>): { sql: string; params: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/(?<!:):(\w+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for :${name}`);
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { sql: text, params: order.map((name) => values[name]) };
}

export function screenQueries(t: ScreenTargets): ScreenQuery[] {
  const calendar = createKzCalendar();
  const soon = calendar.addWorkingDays(t.today, 3);
  const board = { officeId: t.officeId, asOf: t.today, soon, metFrom: addDays(t.today, -29) };
  const out: ScreenQuery[] = [];
  const counts = Object.entries(BOARD)
    .map(([name, condition]) => `COUNT(*) FILTER (WHERE ${condition})::int AS "${name}"`)
    .join(', ');
  out.push({
    screen: 'deadlineBoard',
    name: 'counts',
    ...bind(`SELECT ${counts} FROM deadline d WHERE d.office_id = :officeId`, board),
  });
  for (const column of ['overdue', 'dueToday', 'dueSoon', 'open'] as const) {
    out.push({
      screen: 'deadlineBoard',
      name: column,
      ...bind(
        `SELECT d.* FROM deadline d WHERE d.office_id = :officeId AND ${BOARD[column]} ORDER BY d.due_on ASC, d.id ASC LIMIT 20`,
        board,
      ),
    });
  }
  out.push({
    screen: 'deadlineBoard',
    name: 'met',
    ...bind(
      `SELECT d.* FROM deadline d WHERE d.office_id = :officeId AND ${BOARD.met} ORDER BY d.met_at DESC, d.id ASC LIMIT 20`,
      board,
    ),
  });

  const from = new Date(`${t.today}T00:00:00+05:00`).toISOString();
  const to = new Date(`${addDays(t.today, 7)}T00:00:00+05:00`).toISOString();
  // As a REGIONAL user filtering on its own region: the jurisdiction's condition alone (hearing.resolver.ts).
  const hearingWhere = `h.case_id IN (SELECT c.id FROM court_case c WHERE (c.region_id = $1))
      AND h.scheduled_at >= $2 AND h.scheduled_at < $3`;
  out.push({
    screen: 'hearings',
    name: 'totalCount',
    sql: `SELECT COUNT(DISTINCT(h.id)) AS cnt FROM hearing h WHERE ${hearingWhere}`,
    params: [t.regionId, from, to],
  });
  out.push({
    screen: 'hearings',
    name: 'page',
    sql: `SELECT h.* FROM hearing h WHERE ${hearingWhere} ORDER BY h.scheduled_at ASC, h.id ASC LIMIT 21`,
    params: [t.regionId, from, to],
  });

  out.push({
    screen: 'case',
    name: 'case',
    sql: `SELECT c.* FROM court_case c WHERE c.id = $1 LIMIT 1`,
    params: [t.caseId],
  });
  out.push({ screen: 'case', name: 'timeline', sql: TIMELINE_SQL, params: [t.caseId] });

  const { from: qFrom, to: qTo } = quarterBounds(t.quarter);
  out.push({
    screen: 'kpi',
    name: 'acts',
    sql: `SELECT
         COUNT(*) FILTER (WHERE a.appeal_basis = 'PROSECUTOR_PROTEST')::int AS numerator,
         COUNT(*) FILTER (WHERE a.appeal_basis IS DISTINCT FROM 'PROSECUTOR_PROTEST'
           AND NOT a.reversed_on_cassation_protest
           AND NOT (a.exclusion IS NOT NULL AND a.exclusion_approved))::int AS against
       FROM court_act a JOIN court_case c ON c.id = a.case_id
       WHERE a.instance = 'FIRST' AND a.appeal_decided_on BETWEEN $1 AND $2
         AND a.appeal_result IN ('CANCELLED', 'CHANGED')
         AND (c.mandatory OR EXISTS (SELECT 1 FROM hearing h WHERE h.case_id = c.id AND h.attended))
         AND c.region_id = $3`,
    params: [qFrom, qTo, t.regionId],
  });
  out.push({
    screen: 'kpi',
    name: 'protests',
    sql: `SELECT
         COUNT(*) FILTER (WHERE p.status IN ('SATISFIED', 'PARTIALLY_SATISFIED', 'UNSATISFIED'))::int AS considered,
         COUNT(*) FILTER (WHERE p.status = 'UNSATISFIED' AND NOT p.later_cassation_satisfied)::int AS unsatisfied
       FROM protest p JOIN court_case c ON c.id = p.case_id
       WHERE p.kind = 'APPEAL' AND p.decided_on BETWEEN $1 AND $2 AND c.region_id = $3`,
    params: [qFrom, qTo, t.regionId],
  });
  out.push({
    screen: 'kpi',
    name: 'rulings',
    sql: `SELECT
         COUNT(*) FILTER (WHERE r.prosecutor_participated)::int AS denominator,
         COUNT(*) FILTER (WHERE r.prosecutor_participated AND r.on_prosecutor_motion)::int AS numerator
       FROM private_ruling r JOIN court_case c ON c.id = r.case_id
       WHERE r.issued_on BETWEEN $1 AND $2 AND c.region_id = $3`,
    params: [qFrom, qTo, t.regionId],
  });

  out.push({
    screen: 'assignmentMatrix',
    name: 'zones',
    sql: `SELECT a.id, COALESCE(a.region_id, o.region_id) AS "regionId"
         FROM assignment a LEFT JOIN office o ON o.id = a.office_id
        WHERE a.valid_from <= $1 AND (a.valid_to IS NULL OR a.valid_to > $1)
          AND COALESCE(a.region_id, o.region_id) = ANY($2::uuid[])`,
    params: [t.today, [t.regionId]],
  });
  out.push({
    screen: 'assignmentMatrix',
    name: 'workload',
    sql: `SELECT c.region_id AS "regionId", t.code, count(DISTINCT c.id)::int AS n
         FROM court_case c CROSS JOIN LATERAL unnest(c.theme_codes) AS t(code)
        WHERE c.region_id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id AND d.status = 'OPEN')
        GROUP BY c.region_id, t.code`,
    params: [[t.regionId]],
  });
  return out;
}

export interface ExplainedQuery {
  screen: string;
  name: string;
  ms: number;
  seqScans: string[];
  indexes: string[];
  plan: string;
}

/** EXPLAIN (ANALYZE, BUFFERS) of every screen query, best of `runs` (the first warms the cache). */
export async function explainScreens(
  db: Client,
  targets: ScreenTargets,
  runs = 3,
): Promise<ExplainedQuery[]> {
  const out: ExplainedQuery[] = [];
  for (const query of screenQueries(targets)) {
    let best: ExplainedQuery | null = null;
    for (let i = 0; i < runs; i += 1) {
      const result = await db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
        query.params,
      );
      const plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!);
      const indexes = [
        ...new Set(
          [
            ...plan.matchAll(
              /Index (?:Only )?Scan (?:Backward )?using "?(\w+)"?|Bitmap Index Scan on "?(\w+)"?/g,
            ),
          ].map((m) => (m[1] ?? m[2])!),
        ),
      ];
      if (!best || ms < best.ms)
        best = { screen: query.screen, name: query.name, ms, seqScans, indexes, plan };
    }
    out.push(best!);
  }
  return out;
}
