// The national data set for the benchmarks (issue 7): migrations and reference data exactly as the server applies
// them (its compiled setUpDatabase), then prosecutors, assignments, cases and everything that happens to them,
// generated inside PostgreSQL (INSERT … SELECT over generate_series, in chunks of cases) in ONE transaction that
// first truncates the domain tables: with wal_level=minimal (the bench cluster) the load writes no WAL. Secondary
// indexes are dropped before the load and recreated from their own definitions after it, so the final schema is
// the migrations' schema. FK triggers are off during the load (session_replication_role=replica): every reference
// is generated from the rows it points at; the smoke test checks them. No vitest here.
import 'reflect-metadata';
import {
  DeadlineCode,
  addDays,
  computeDeadlines,
  createKzCalendar,
  makeCaseFacts,
  todayInAlmaty,
} from '@qadagalau/shared';
import { createLogger } from '@qadagalau/server/dist/common/logger';
import { setUpDatabase } from '@qadagalau/server/dist/database/setup';
import { hashPassword } from '@qadagalau/server/dist/modules/auth/password';
import { Client } from 'pg';
import { ARTICLES, FIRST_NAMES, REGION_WEIGHTS, SURNAMES, buildProfiles } from './gen-profiles';

export const BENCH_PASSWORD = 'qadagalau';
const SLOTS = 10_000;
const DOMAIN_TABLES = [
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
/** Tables whose secondary indexes are rebuilt after the load. */
const BULK_TABLES = [
  'court_case',
  'hearing',
  'court_act',
  'conclusion',
  'protest',
  'application',
  'private_ruling',
  'deadline',
];

export interface GenerateOptions {
  url: string;
  cases: number;
  seed: number;
  years: number;
  prosecutors: number;
  chunk?: number;
  /** Connections loading chunks in parallel (1: one transaction that writes no WAL with wal_level=minimal). */
  workers?: number;
  /** Truncate domain tables that already hold data instead of refusing. */
  reset?: boolean;
  today?: string;
  /** Called per chunk with per-table totals so far (for a progress bar). */
  onProgress?: (table: string, rows: number, ms: number) => void;
  log?: (line: string) => void;
}

export interface BenchManifest {
  url: string;
  generatedAt: string;
  today: string;
  seed: number;
  cases: number;
  password: string;
  busyOffice: { id: string; code: string; username: string; openDeadlines: number };
  busyRegion: { id: string; code: string; username: string; cases: number; hearingsNext7Days: number };
  longTimelineCase: { id: string; number: string; events: number };
  quarter: string;
  users: { username: string; role: string; officeCode: string | null }[];
  demoUsers: string[];
}

export interface GenerateResult {
  rows: Record<string, number>;
  phases: Record<string, number>;
  tableMs: Record<string, number>;
  totalMs: number;
  manifest: BenchManifest;
}

export async function generateData(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const phases: Record<string, number> = {};
  const tableMs: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const started = Date.now();
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    try {
      return await work();
    } finally {
      phases[name] = (phases[name] ?? 0) + (Date.now() - t);
    }
  };

  await phase('migrate+reference', () =>
    setUpDatabase(options.url, { demoData: false, external: true }, createLogger({ level: 'warn' })),
  );

  const today = options.today ?? todayInAlmaty(new Date());
  const spanDays = Math.round(options.years * 365);
  const calendar = createKzCalendar();
  const db = new Client({ connectionString: options.url, application_name: 'qadagalau-bench-data' });
  await db.connect();
  const connections: Client[] = [];
  let restoreIndexes: (() => Promise<void>) | null = null;
  try {
    await sessionSettings(db);
    const [{ n: existing }] = (await db.query<{ n: string }>('SELECT count(*) AS n FROM court_case'))
      .rows as [{ n: string }];
    if (Number(existing) > 0 && !options.reset)
      throw new Error(`the database already holds ${existing} cases; pass --reset to replace them`);

    await db.query('BEGIN');
    await db.query('SET LOCAL session_replication_role = replica');
    await db.query(`TRUNCATE ${DOMAIN_TABLES.join(', ')} CASCADE`);
    await db.query(`SELECT setseed($1)`, [((options.seed % 1000) + 1) / 1001]);

    // ── secondary indexes off during the load ──
    const indexes = await phase('drop indexes', async () => {
      const found = await db.query<{ name: string; def: string }>(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
          WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        [BULK_TABLES],
      );
      for (const index of found.rows) await db.query(`DROP INDEX "${index.name}"`);
      return found.rows;
    });

    // ── reference lookups ──
    await phase('prepare', async () => {
      await prepareLookups(db, options, today, spanDays, calendar);
    });
    const courts = (
      await db.query<{ idx: number; kind: string; region: string; n: number }>(
        `SELECT g.idx, g.kind::text AS kind, r.code AS region,
                count(*) OVER (PARTITION BY g.region_id, g.kind = 'MILITARY')::int AS n
           FROM g_court g JOIN region r ON r.id = g.region_id ORDER BY g.idx`,
      )
    ).rows;
    const courtSlots = weightedSlots(
      courts.map((c) => ({
        idx: c.idx,
        weight: ((REGION_WEIGHTS[c.region] ?? 500) * (c.kind === 'MILITARY' ? 0.004 : 0.996)) / c.n,
      })),
    );
    const articleSlots = weightedSlots(ARTICLES.map((article, i) => ({ idx: i, weight: article.weight })));

    // ── prosecutors and assignments ──
    await phase('prosecutors', async () => {
      const t = Date.now();
      const p = await db.query(PROSECUTORS_SQL, [SURNAMES, FIRST_NAMES]);
      const a = await db.query(ASSIGNMENTS_SQL, [addDays(today, -spanDays - 30)]);
      rows.prosecutor = p.rowCount ?? 0;
      rows.assignment = a.rowCount ?? 0;
      await db.query(G_PROS_SQL);
      tableMs.prosecutor = Date.now() - t;
      options.onProgress?.('prosecutor', rows.prosecutor, tableMs.prosecutor);
      options.onProgress?.('assignment', rows.assignment, tableMs.prosecutor);
    });

    // ── cases and their lives, chunk by chunk (with several workers: one connection each, own transaction) ──
    const chunk = options.chunk ?? 50_000;
    const workers = Math.max(1, Math.min(options.workers ?? 1, Math.ceil(options.cases / chunk)));
    if (workers > 1) {
      await db.query('COMMIT');
      // From here on a failure would leave the tables without their indexes: put them back.
      restoreIndexes = async () => {
        for (const index of indexes)
          await db.query(index.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      };
    }
    await phase('load', async () => {
      if (workers === 1) {
        await loadChunks(db, 0, 1);
        return;
      }
      for (let w = 0; w < workers; w += 1) {
        const worker = new Client({
          connectionString: options.url,
          application_name: `qadagalau-bench-data-${w}`,
        });
        await worker.connect();
        connections.push(worker);
        await sessionSettings(worker);
        await worker.query('SET session_replication_role = replica');
        await worker.query(`SELECT setseed($1)`, [(((options.seed + w * 7919) % 1000) + 1) / 1001]);
        await prepareLookups(worker, options, today, spanDays, calendar);
        await worker.query(G_PROS_SQL);
      }
      await Promise.all(connections.map((worker, w) => loadChunks(worker, w, workers)));
    });

    async function loadChunks(conn: Client, first: number, step: number): Promise<void> {
      for (let k = first; k * chunk < options.cases; k += step) {
        const lo = 1 + k * chunk;
        const hi = Math.min(options.cases, lo + chunk - 1);
        const t0 = Date.now();
        await conn.query('DROP TABLE IF EXISTS g_chunk');
        await conn.query(CHUNK_SQL, [lo, hi, today, spanDays, courtSlots, articleSlots, SLOTS]);
        log(`chunk ${lo}-${hi}: staged in ${Date.now() - t0} ms`);
        tableMs.staging = (tableMs.staging ?? 0) + (Date.now() - t0);
        for (const [table, sql] of LOAD_SQL) {
          const t = Date.now();
          const result = await conn.query(sql, sql.includes('$1') ? [today] : []).catch((error: unknown) => {
            throw new Error(`${table}: ${error instanceof Error ? error.message : String(error)}`, {
              cause: error,
            });
          });
          rows[table] = (rows[table] ?? 0) + (result.rowCount ?? 0);
          tableMs[table] = (tableMs[table] ?? 0) + (Date.now() - t);
          options.onProgress?.(table, rows[table] ?? 0, (tableMs[table] ?? 0) / workers);
        }
      }
    }

    // ── users for the benchmarks ──
    const users = await phase('users', async () => {
      const hash = await hashPassword(BENCH_PASSWORD);
      const inserted = await db.query<{ username: string; role: string; office_code: string | null }>(
        USERS_SQL,
        [hash],
      );
      rows.app_user = inserted.rowCount ?? 0;
      options.onProgress?.('app_user', rows.app_user, 0);
      return inserted.rows;
    });

    await phase('create indexes', async () => {
      const builders = connections.length > 0 ? connections : [db];
      const queue = [...indexes];
      await Promise.all(
        builders.map(async (conn) => {
          for (let index = queue.shift(); index; index = queue.shift()) {
            const t = Date.now();
            await conn.query(index.def);
            log(`index ${index.name} ${Date.now() - t} ms`);
          }
        }),
      );
    });
    if (connections.length === 0) await db.query('COMMIT');
    for (const conn of connections.splice(0)) await conn.end();
    // VACUUM sets the visibility map (index-only scans), ANALYZE the statistics the plans need.
    await phase('vacuum analyze', async () => {
      await db.query(
        `VACUUM (ANALYZE) ${[...BULK_TABLES, 'prosecutor', 'assignment', 'app_user'].join(', ')}`,
      );
    });

    const manifest = await phase('manifest', () => buildManifest(db, options, today, users));
    return { rows, phases, tableMs, totalMs: Date.now() - started, manifest };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    for (const conn of connections) await conn.end().catch(() => {});
    if (restoreIndexes) await restoreIndexes().catch(() => {});
    throw error;
  } finally {
    await db.end();
  }
}

async function sessionSettings(db: Client): Promise<void> {
  await db.query("SET temp_buffers = '256MB'");
  await db.query("SET work_mem = '128MB'");
  await db.query("SET maintenance_work_mem = '512MB'");
  await db.query('SET synchronous_commit = off');
  await db.query('SET statement_timeout = 0');
}

/** The prosecutors of each office, to pick authors and attendees from (temp table g_pros). */
const G_PROS_SQL = `CREATE TEMP TABLE g_pros AS
  SELECT office_id, array_agg(id ORDER BY position, id) AS ids, count(*)::int AS n FROM prosecutor GROUP BY office_id;
  CREATE UNIQUE INDEX ON g_pros (office_id); ANALYZE g_pros`;

/** SLOTS integers: each idx repeated in proportion to its weight (a lookup table for weighted random choice). */
function weightedSlots(items: { idx: number; weight: number }[]): number[] {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  const out: number[] = [];
  let acc = 0;
  for (const item of items) {
    acc += item.weight;
    const until = Math.round((acc / total) * SLOTS);
    while (out.length < until) out.push(item.idx);
  }
  while (out.length < SLOTS) out.push(items[items.length - 1]!.idx);
  return out;
}

async function prepareLookups(
  db: Client,
  options: GenerateOptions,
  today: string,
  spanDays: number,
  calendar: ReturnType<typeof createKzCalendar>,
): Promise<void> {
  // First-instance courts with the offices that answer for their cases.
  await db.query(`CREATE TEMP TABLE g_court AS
    WITH c AS (
      SELECT c.id, c.kind, c.sort_order, c.code, c.locality_id, coalesce(c.region_id, l.region_id) AS region_id
        FROM court c JOIN locality l ON l.id = c.locality_id WHERE c.instance = 'FIRST')
    SELECT row_number() OVER (ORDER BY c.sort_order, c.code)::int AS idx, c.id, c.kind, c.region_id, c.code,
      coalesce(
        (SELECT o.id FROM office o WHERE o.locality_id = c.locality_id AND o.kind IN ('DISTRICT', 'CITY', 'INTERDISTRICT')
          ORDER BY o.sort_order LIMIT 1),
        (SELECT o.id FROM office o JOIN locality ol ON ol.id = o.locality_id
          WHERE ol.region_id = c.region_id AND o.kind IN ('DISTRICT', 'CITY', 'INTERDISTRICT')
            AND (ol.id = (SELECT parent_id FROM locality WHERE id = c.locality_id) OR ol.parent_id = c.locality_id)
          ORDER BY o.sort_order LIMIT 1),
        (SELECT o.id FROM office o WHERE o.region_id = c.region_id AND o.kind = 'REGIONAL')) AS terr_office,
      (SELECT o.id FROM office o JOIN locality ol ON ol.id = o.locality_id
        WHERE o.kind = 'MILITARY' AND ol.region_id = c.region_id ORDER BY o.sort_order LIMIT 1) AS mil_office,
      (SELECT o.id FROM office o JOIN locality ol ON ol.id = o.locality_id
        WHERE o.kind = 'ENVIRONMENTAL' AND ol.region_id = c.region_id ORDER BY o.sort_order LIMIT 1) AS env_office,
      (SELECT a.id FROM court a WHERE a.kind = 'REGIONAL' AND a.region_id = c.region_id LIMIT 1) AS appeal_court
    FROM c`);
  await db.query('CREATE UNIQUE INDEX ON g_court (idx)');

  // Rules-engine profiles: grounds, mandatory, routing and their explanations for every combination of facts.
  const profiles = buildProfiles(calendar);
  await db.query(`CREATE TEMP TABLE g_profile (pidx int PRIMARY KEY, article text, part text, theme text, summary text,
    spheres sphere[], sanctions sanction[], minor boolean, proceeding proceeding, initiator initiator,
    military military_status, mandatory boolean, grounds ground[], responsible_kind responsible_kind,
    initiating_unit boolean, explanation jsonb)`);
  await db.query(
    `INSERT INTO g_profile SELECT * FROM json_to_recordset($1::json) AS x(pidx int, article text, part text,
       theme text, summary text, spheres sphere[], sanctions sanction[], minor boolean, proceeding proceeding,
       initiator initiator, military military_status, mandatory boolean, grounds ground[],
       responsible_kind responsible_kind, initiating_unit boolean, explanation jsonb)`,
    [
      JSON.stringify(
        profiles.map((p) => ({
          pidx: p.pidx,
          article: p.article.article,
          part: p.article.part,
          theme: p.article.theme,
          summary: p.article.summary,
          spheres: `{${p.article.spheres.join(',')}}`,
          sanctions: `{${p.article.sanctions.join(',')}}`,
          minor: p.minor,
          proceeding: p.proceeding,
          initiator: p.initiator,
          military: p.military,
          mandatory: p.mandatory,
          grounds: `{${p.grounds.join(',')}}`,
          responsible_kind: p.responsibleKind,
          initiating_unit: p.initiatingUnit,
          explanation: p.explanation,
        })),
      ),
    ],
  );

  // Due dates and explanations by trigger day, from the shared rules engine (Decision 1 arithmetic).
  const due: {
    day: string;
    code: string;
    length: number;
    unit: string;
    due: string;
    explanation: unknown;
  }[] = [];
  const first = addDays(today, -spanDays - 10);
  const last = addDays(today, 200);
  for (let day = first; day <= last; day = addDays(day, 1)) {
    for (const spheres of [[], ['TAX_OBLIGATION']] as const) {
      const facts = makeCaseFacts({
        id: 'due',
        spheres: [...spheres],
        actKind: 'TERMINATED',
        events: { copyDelivered: day, applicationReceived: day },
      } as Parameters<typeof makeCaseFacts>[0]);
      for (const d of computeDeadlines(facts, true, calendar)) {
        if (d.code === DeadlineCode.REQUISITION_ORDER && spheres.length > 0) continue;
        if (
          d.code !== DeadlineCode.APPEAL_PROTEST &&
          d.code !== DeadlineCode.LEGALITY_CHECK &&
          d.code !== DeadlineCode.REQUISITION_ORDER
        )
          continue;
        due.push({
          day,
          code: d.code,
          length: d.length,
          unit: d.unit,
          due: d.due,
          explanation: {
            paragraph: d.paragraph,
            ...(d.article ? { article: d.article } : {}),
            reason: d.reason,
          },
        });
      }
    }
  }
  await db.query(`CREATE TEMP TABLE g_due (day date, code deadline_code, length int, unit day_unit, due date,
    explanation jsonb, PRIMARY KEY (day, code, length))`);
  for (let i = 0; i < due.length; i += 2000) {
    await db.query(
      `INSERT INTO g_due SELECT * FROM json_to_recordset($1::json) AS x(day date, code deadline_code, length int,
         unit day_unit, due date, explanation jsonb)`,
      [JSON.stringify(due.slice(i, i + 2000))],
    );
  }
  await db.query('ANALYZE g_due');
  await db.query('ANALYZE g_profile');
  await db.query('ANALYZE g_court');

  // Prosecutors per office: in proportion to the region's population for local offices, more in regional ones.
  await db.query(
    `CREATE TEMP TABLE g_office AS
     WITH o AS (
       SELECT o.id, o.kind, coalesce(o.region_id, l.region_id) AS region_id, r.code AS region
         FROM office o LEFT JOIN locality l ON l.id = o.locality_id LEFT JOIN region r ON r.id = coalesce(o.region_id, l.region_id)),
     w AS (
       SELECT o.*, CASE
           WHEN o.kind IN ('DISTRICT', 'CITY', 'INTERDISTRICT') THEN
             coalesce(($1::jsonb ->> o.region)::numeric, 500) / count(*) FILTER (WHERE o.kind IN ('DISTRICT', 'CITY', 'INTERDISTRICT')) OVER (PARTITION BY o.region_id)
           WHEN o.kind = 'REGIONAL' THEN coalesce(($1::jsonb ->> o.region)::numeric, 500) * 0.25
           WHEN o.kind IN ('GPO', 'DEPARTMENT') THEN 400
           ELSE 150 END AS w
         FROM o)
     SELECT id, kind, region_id, greatest(3, round($2::numeric * w / sum(w) OVER ()))::int AS n FROM w`,
    [JSON.stringify(REGION_WEIGHTS), options.prosecutors],
  );
}

const PROSECUTORS_SQL = `
  INSERT INTO prosecutor (full_name, position, office_id, specializations)
  SELECT ($1::text[])[1 + floor(random() * array_length($1::text[], 1))::int] || ' ' ||
         ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int],
         (CASE WHEN k = 1 THEN 'HEAD' WHEN k = 2 THEN 'DEPUTY_HEAD' WHEN k = 3 THEN 'SENIOR_PROSECUTOR'
               WHEN random() < 0.2 THEN 'ASSISTANT' ELSE 'PROSECUTOR' END)::prosecutor_position,
         o.id,
         (SELECT array_agg(DISTINCT t.code) FROM (
            SELECT code FROM thematic_direction ORDER BY random() + k * 0 + o.n * 0 LIMIT 1 + floor(random() * 3)::int) t)
    FROM g_office o, generate_series(1, o.n) k`;

const ASSIGNMENTS_SQL = `
  INSERT INTO assignment (prosecutor_id, region_id, office_id, theme_id, valid_from, valid_to)
  SELECT p.id, o.region_id, p.office_id, t.id,
         $1::date + floor(random() * 200)::int, NULL
    FROM prosecutor p JOIN g_office o ON o.id = p.office_id
    JOIN thematic_direction t ON t.code = ANY (p.specializations)
   WHERE p.position <> 'HEAD'`;

/** One chunk of cases with everything decided about their lives (temp table g_chunk). */
const CHUNK_SQL = `
CREATE TEMP TABLE g_chunk AS
WITH base AS (
  SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS act_id,
         ($5::int[])[1 + floor(random() * $7)::int] AS ci,
         ($6::int[])[1 + floor(random() * $7)::int] AS ai,
         random() AS r_minor, random() AS r_proc, random() AS r_init, random() AS r_reg, random() AS r_h,
         random() AS r_t, random() AS r_out, random() AS r_act, random() AS r_copy, random() AS r_app,
         random() AS r_prot, random() AS r_agree, random() AS r_misc, random() AS r_p1, random() AS r_p2,
         random() AS r_x
    FROM generate_series($1::int, $2::int) i),
b1 AS MATERIALIZED (
  SELECT b.*, g.id AS court_id, g.kind AS court_kind, g.region_id, g.terr_office, g.mil_office, g.env_office,
         g.appeal_court, g.code AS court_code,
         ((b.ai * 2 + (b.r_minor < 0.03)::int) * 3
           + CASE WHEN b.r_proc < 0.94 THEN 0 WHEN b.r_proc < 0.98 THEN 1 ELSE 2 END) * 3
           + CASE WHEN g.kind = 'MILITARY' THEN 2 WHEN b.r_init < 0.07 THEN 1 ELSE 0 END AS pidx,
         ($3::date - floor($4 * power(b.r_reg, 1.15))::int) AS reg
    FROM base b JOIN g_court g ON g.idx = b.ci),
b2 AS MATERIALIZED (
  SELECT b1.*, p.article, p.part, p.theme, p.summary, p.spheres, p.sanctions, p.minor, p.proceeding, p.initiator,
         p.military, p.mandatory, p.grounds, p.initiating_unit,
         CASE p.responsible_kind WHEN 'MILITARY' THEN b1.mil_office WHEN 'ENVIRONMENTAL' THEN b1.env_office END AS spec_office,
         p.responsible_kind AS wanted_kind,
         b1.reg + 7 + floor(b1.r_h * 21)::int AS h1_raw
    FROM b1 JOIN g_profile p ON p.pidx = b1.pidx),
b3 AS MATERIALIZED (
  SELECT b2.*,
         CASE WHEN wanted_kind IN ('MILITARY', 'ENVIRONMENTAL') AND spec_office IS NOT NULL THEN wanted_kind
              ELSE 'TERRITORIAL'::responsible_kind END AS responsible_kind,
         CASE WHEN wanted_kind IN ('MILITARY', 'ENVIRONMENTAL') AND spec_office IS NOT NULL THEN spec_office
              ELSE terr_office END AS office_id,
         (wanted_kind IN ('MILITARY', 'ENVIRONMENTAL', 'TRANSPORT') AND spec_office IS NULL) AS fallback,
         h1_raw + CASE extract(isodow FROM h1_raw) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END AS h1_day
    FROM b2),
b4 AS MATERIALIZED (
  SELECT b3.*,
         ((h1_day + time '09:00' + make_interval(mins => 30 * floor(r_t * 16)::int)) AT TIME ZONE 'Asia/Almaty') AS h1_at,
         CASE WHEN h1_day >= $3::date THEN 'SCHEDULED' WHEN r_out < 0.90 THEN 'HELD' WHEN r_out < 0.97 THEN 'POSTPONED'
              ELSE 'CANCELLED' END AS h1_status,
         h1_day + 14 + floor(r_misc * 14)::int AS h2_raw
    FROM b3),
b5 AS MATERIALIZED (
  SELECT b4.*,
         CASE WHEN h1_status = 'POSTPONED' THEN h2_raw + CASE extract(isodow FROM h2_raw) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END END AS h2_day
    FROM b4),
b6 AS MATERIALIZED (
  SELECT b5.*,
         CASE WHEN h2_day IS NULL THEN NULL WHEN h2_day >= $3::date THEN 'SCHEDULED' ELSE 'HELD' END AS h2_status,
         ((h2_day + time '10:00' + make_interval(mins => 30 * floor(r_t * 12)::int)) AT TIME ZONE 'Asia/Almaty') AS h2_at
    FROM b5),
b7 AS MATERIALIZED (
  SELECT b6.*,
         CASE WHEN h1_status = 'HELD' THEN h1_day WHEN h2_status = 'HELD' THEN h2_day END AS act_day,
         (mandatory OR r_p1 < 0.08) AS attended,
         CASE WHEN proceeding = 'OFFENSE' THEN
                CASE WHEN r_act < 0.80 THEN 'PENALTY_IMPOSED' ELSE 'TERMINATED' END
              ELSE CASE WHEN r_act < 0.65 THEN 'BODY_RESOLUTION_UPHELD' WHEN r_act < 0.9 THEN 'BODY_RESOLUTION_CHANGED'
                        ELSE 'TERMINATED' END END::act_kind AS kind,
         CASE WHEN spheres && '{TAX_OBLIGATION,PENSION,SOCIAL_INSURANCE}'::sphere[] THEN 30 ELSE 10 END AS appeal_len
    FROM b6),
b8 AS MATERIALIZED (
  SELECT b7.*,
         CASE WHEN act_day IS NOT NULL AND act_day + 1 + floor(r_copy * 4)::int <= $3::date
              THEN act_day + 1 + floor(r_copy * 4)::int END AS copy_on
    FROM b7),
b9 AS MATERIALIZED (
  SELECT b8.*,
         (copy_on IS NOT NULL AND r_prot < CASE WHEN mandatory THEN 0.06 ELSE 0.02 END) AS protested,
         (copy_on IS NOT NULL AND r_prot >= CASE WHEN mandatory THEN 0.06 ELSE 0.02 END
           AND r_agree < CASE WHEN copy_on < $3::date - 60 THEN 0.97 ELSE 0.75 END) AS agreed,
         copy_on + 1 + floor(r_p2 * (appeal_len - 1))::int AS brought_raw,
         copy_on + 1 + floor(r_agree * 100)::int % appeal_len AS agreed_raw
    FROM b8)
SELECT b9.*,
       CASE WHEN protested AND brought_raw <= $3::date THEN brought_raw END AS brought_on,
       CASE WHEN agreed AND agreed_raw <= $3::date THEN agreed_raw END AS approved_on,
       CASE WHEN protested AND brought_raw <= $3::date AND brought_raw + 30 + floor(r_app * 30)::int <= $3::date
              AND r_x < 0.95 THEN brought_raw + 30 + floor(r_app * 30)::int
            WHEN NOT protested AND copy_on IS NOT NULL AND r_app < 0.05
              AND copy_on + 40 + floor(r_misc * 30)::int <= $3::date THEN copy_on + 40 + floor(r_misc * 30)::int
       END AS appeal_on,
       CASE WHEN protested THEN CASE WHEN r_app < 0.45 THEN 'CANCELLED' WHEN r_app < 0.6 THEN 'CHANGED' ELSE 'UPHELD' END
            ELSE CASE WHEN r_copy < 0.6 THEN 'UPHELD' WHEN r_copy < 0.75 THEN 'CHANGED' ELSE 'CANCELLED' END
       END::appeal_result AS appeal_result,
       (copy_on IS NOT NULL AND r_misc < 0.015) AS has_application,
       (act_day IS NOT NULL AND r_x < 0.012 + CASE WHEN mandatory THEN 0.02 ELSE 0 END) AS has_ruling,
       gp.ids[1 + floor(r_p1 * gp.n)::int] AS prosecutor_id,
       gp.ids[1] AS head_id
  FROM b9 LEFT JOIN g_pros gp ON gp.office_id = b9.office_id`;

const LOAD_SQL: [string, string][] = [
  [
    'court_case',
    `INSERT INTO court_case (id, number, koap_article, koap_part, summary, offender_name, offender_birth_date,
       registered_on, region_id, court_id, territorial_office_id, initiating_office_id, theme_codes, instance,
       proceeding, spheres, sanctions, offender_minor, offender_military, offender_duty_related, initiator,
       higher_prosecutor_required, act_kind, prosecutor_agrees, mandatory, grounds, responsible_kind,
       responsible_office_id, specialized_office_id, initiating_unit, fallback, notify_specialized, explanation,
       created_at, updated_at)
     SELECT id, (7000 + ci)::text || '-' || to_char(reg, 'YY') || '-00-4/' || i, article, part, summary,
       'Лицо ' || i, CASE WHEN minor THEN reg - (15 * 365 + floor(r_x * 900)::int) ELSE reg - (20 * 365 + floor(r_x * 15000)::int) END,
       reg, region_id, court_id, terr_office,
       CASE WHEN initiator = 'TERRITORIAL_PROSECUTOR' THEN terr_office END,
       ARRAY[theme] || CASE WHEN minor THEN ARRAY['MINOR'] ELSE '{}'::text[] END,
       'FIRST', proceeding, spheres, sanctions, minor, military, military <> 'NONE', initiator, false,
       CASE WHEN act_day IS NOT NULL THEN kind END, agreed AND approved_on IS NOT NULL, mandatory, grounds,
       responsible_kind, office_id, spec_office, initiating_unit, fallback, false,
       (SELECT p.explanation FROM g_profile p WHERE p.pidx = g_chunk.pidx),
       reg + time '10:00', reg + time '10:00'
       FROM g_chunk`,
  ],
  [
    'hearing',
    `INSERT INTO hearing (case_id, court_id, instance, scheduled_at, status, prosecutor_id, attended,
       attended_by_office_id, note, created_at, updated_at)
     SELECT id, court_id, 'FIRST'::court_instance, h1_at, h1_status::hearing_status, CASE WHEN attended THEN prosecutor_id END,
       CASE WHEN h1_status = 'HELD' THEN attended END, CASE WHEN h1_status = 'HELD' AND attended THEN office_id END,
       CASE h1_status WHEN 'POSTPONED' THEN 'Отложено: неявка лица' WHEN 'CANCELLED' THEN 'Отменено: дело возвращено' END::text,
       reg + time '11:00', reg + time '11:00'
       FROM g_chunk
     UNION ALL
     SELECT id, court_id, 'FIRST'::court_instance, h2_at, h2_status::hearing_status, CASE WHEN attended THEN prosecutor_id END,
       CASE WHEN h2_status = 'HELD' THEN attended END, CASE WHEN h2_status = 'HELD' AND attended THEN office_id END,
       NULL::text, h1_at, h1_at
       FROM g_chunk WHERE h2_day IS NOT NULL
     UNION ALL
     SELECT id, appeal_court, 'APPEAL'::court_instance, ((appeal_on + time '15:00') AT TIME ZONE 'Asia/Almaty'), 'HELD'::hearing_status,
       CASE WHEN protested THEN prosecutor_id END, protested, CASE WHEN protested THEN office_id END,
       NULL::text, copy_on + time '12:00', copy_on + time '12:00'
       FROM g_chunk WHERE appeal_on IS NOT NULL AND appeal_court IS NOT NULL`,
  ],
  [
    'court_act',
    `INSERT INTO court_act (id, case_id, court_id, instance, kind, issued_on, copy_delivered_on,
       entered_into_force_on, appeal_result, appeal_basis, appeal_decided_on, created_at, updated_at)
     SELECT act_id, id, court_id, 'FIRST', kind, act_day, copy_on,
       CASE WHEN appeal_on IS NOT NULL THEN appeal_on
            WHEN copy_on IS NOT NULL AND NOT protested AND copy_on + appeal_len + 1 <= $1::date THEN copy_on + appeal_len + 1 END,
       CASE WHEN appeal_on IS NOT NULL THEN appeal_result END,
       CASE WHEN appeal_on IS NOT NULL THEN CASE WHEN protested THEN 'PROSECUTOR_PROTEST' ELSE 'COMPLAINT' END::appeal_basis END,
       appeal_on, act_day + time '17:00', act_day + time '17:00'
       FROM g_chunk WHERE act_day IS NOT NULL`,
  ],
  [
    'conclusion',
    `INSERT INTO conclusion (case_id, court_act_id, kind, author_id, content, approved_by_id, approved_at, created_at, updated_at)
     SELECT id, act_id, CASE WHEN attended THEN 'FIRST_INSTANCE' ELSE 'ON_COPY_RECEIPT' END::conclusion_kind,
       prosecutor_id,
       jsonb_build_object('guiltAndQualification', 'Вина установлена, действия квалифицированы правильно',
         'evidence', 'Протокол об административном правонарушении, объяснения',
         'proposedPenalty', CASE WHEN kind = 'TERMINATED' THEN 'Прекращение производства обоснованно'
                                 ELSE 'Наказание назначено в пределах санкции' END),
       CASE WHEN approved_on IS NOT NULL THEN head_id END,
       CASE WHEN approved_on IS NOT NULL THEN (approved_on + time '12:00') AT TIME ZONE 'Asia/Almaty' END,
       copy_on + time '12:00', copy_on + time '12:00'
       FROM g_chunk WHERE agreed AND prosecutor_id IS NOT NULL`,
  ],
  [
    'protest',
    `INSERT INTO protest (case_id, court_act_id, kind, office_id, author_id, status, brought_on, late, worsening,
       decided_on, grounds, outcome_note, created_at, updated_at)
     SELECT id, act_id, 'APPEAL', office_id, prosecutor_id,
       CASE WHEN brought_on IS NULL THEN 'DRAFT'
            WHEN appeal_on IS NULL THEN CASE WHEN r_x >= 0.95 AND brought_on < $1::date - 60 THEN 'WITHDRAWN' ELSE 'BROUGHT' END
            WHEN appeal_result = 'CANCELLED' THEN 'SATISFIED' WHEN appeal_result = 'CHANGED' THEN 'PARTIALLY_SATISFIED'
            ELSE 'UNSATISFIED' END::protest_status,
       brought_on, false, false, appeal_on,
       'Существенное нарушение норм КоАП при рассмотрении дела (ст. 840 КоАП)',
       CASE WHEN appeal_on IS NOT NULL THEN 'Рассмотрено апелляционной инстанцией' END,
       copy_on + time '12:00', copy_on + time '12:00'
       FROM g_chunk WHERE protested AND prosecutor_id IS NOT NULL`,
  ],
  [
    'application',
    `INSERT INTO application (id, case_id, office_id, requested_protest, applicant_kind, applicant_name, by_representative,
       received_on, status, checklist, return_reasons, requisition_ordered_on, answer, answered_on, right_to_appeal_explained,
       created_at, updated_at)
     SELECT gen_random_uuid(), id, office_id, 'APPEAL', CASE WHEN r_p2 < 0.85 THEN 'INDIVIDUAL' ELSE 'LEGAL_ENTITY' END::applicant_kind,
       'Заявитель ' || i, r_p2 < 0.2, recv,
       st::application_status,
       jsonb_build_object('addresseeNamed', true, 'applicantIdentified', true, 'courtsAndDecisionsStated', true,
         'contestedResolutionNamed', true, 'violationAndRequestStated', st <> 'RETURNED', 'signed', true,
         'powerOfAttorneyAttached', r_p2 < 0.2, 'certifiedCopiesAttached', true),
       CASE WHEN st = 'RETURNED' THEN '{violationAndRequestStated}'::text[] ELSE '{}'::text[] END,
       CASE WHEN st IN ('REQUISITIONED', 'UNDER_REVIEW', 'GRANTED', 'REFUSED') THEN recv + 1 + floor(r_h * 3)::int END,
       CASE WHEN st IN ('GRANTED', 'REFUSED') THEN 'Ответ заявителю направлен' END,
       CASE WHEN st IN ('GRANTED', 'REFUSED') THEN recv + 20 END,
       st IN ('GRANTED', 'REFUSED'),
       recv + time '12:00', recv + time '12:00'
       FROM (SELECT g.*, copy_on + 3 + floor(r_t * 20)::int AS recv,
                    CASE WHEN copy_on + 3 + floor(r_t * 20)::int > $1::date - 5 THEN 'RECEIVED'
                         WHEN copy_on + 3 + floor(r_t * 20)::int > $1::date - 25 THEN 'UNDER_REVIEW'
                         WHEN r_act < 0.1 THEN 'RETURNED' WHEN r_act < 0.3 THEN 'GRANTED' ELSE 'REFUSED' END AS st
               FROM g_chunk g WHERE has_application AND copy_on + 3 + floor(r_t * 20)::int <= $1::date) x`,
  ],
  [
    'private_ruling',
    `INSERT INTO private_ruling (case_id, issued_on, prosecutor_participated, on_prosecutor_motion, motion_evidence, subject,
       created_at, updated_at)
     SELECT id, act_day, attended, attended AND r_p2 < 0.5,
       CASE WHEN attended AND r_p2 < 0.5 THEN 'HEARING_MINUTES'::motion_evidence END,
       'Устранение причин и условий, способствовавших правонарушению',
       act_day + time '17:00', act_day + time '17:00'
       FROM g_chunk WHERE has_ruling`,
  ],
  [
    'deadline',
    `INSERT INTO deadline (case_id, office_id, code, subject_id, period, subject_key, trigger_on, length, unit, due_on,
       status, met_at, explanation, created_at, updated_at)
     SELECT g.id, g.office_id, d.code, g.act_id, NULL, g.id || ':' || g.act_id, g.copy_on, d.length, d.unit, d.due,
       CASE WHEN done IS NOT NULL THEN CASE WHEN done <= d.due THEN 'MET' ELSE 'MISSED' END
            WHEN waived THEN 'WAIVED'
            WHEN $1::date > d.due THEN 'MISSED' ELSE 'OPEN' END::deadline_status,
       CASE WHEN done IS NOT NULL THEN (done + time '12:00') AT TIME ZONE 'Asia/Almaty' END,
       d.explanation, g.copy_on + time '12:00', g.copy_on + time '12:00'
       FROM (SELECT c.*, x.code AS dcode,
               CASE WHEN x.code = 'APPEAL_PROTEST' THEN brought_on ELSE least(brought_on, approved_on) END AS done,
               (x.code = 'APPEAL_PROTEST' AND approved_on IS NOT NULL AND brought_on IS NULL) AS waived
               FROM g_chunk c
               CROSS JOIN LATERAL (VALUES ('APPEAL_PROTEST'::deadline_code), ('LEGALITY_CHECK'::deadline_code)) x(code)
              WHERE c.copy_on IS NOT NULL
                AND (x.code = 'APPEAL_PROTEST' OR c.mandatory OR c.kind = 'TERMINATED')) g
       JOIN g_due d ON d.day = g.copy_on AND d.code = g.dcode AND d.length = g.appeal_len
     UNION ALL
     SELECT a.case_id, a.office_id, 'REQUISITION_ORDER'::deadline_code, a.id, NULL::text, a.case_id || ':' || a.id, a.received_on, d.length,
       d.unit, d.due,
       CASE WHEN a.requisition_ordered_on IS NOT NULL THEN CASE WHEN a.requisition_ordered_on <= d.due THEN 'MET' ELSE 'MISSED' END
            WHEN a.answered_on IS NOT NULL THEN 'WAIVED'
            WHEN $1::date > d.due THEN 'MISSED' ELSE 'OPEN' END::deadline_status,
       CASE WHEN a.requisition_ordered_on IS NOT NULL THEN (a.requisition_ordered_on + time '12:00') AT TIME ZONE 'Asia/Almaty' END,
       d.explanation, a.created_at, a.created_at
       FROM application a JOIN g_chunk c ON c.id = a.case_id
       JOIN g_due d ON d.day = a.received_on AND d.code = 'REQUISITION_ORDER'
      WHERE a.status <> 'RETURNED'`,
  ],
];

/** A DISTRICT/SPECIALIZED user per local or specialized office, a REGIONAL per region, the demo logins too. */
const USERS_SQL = `
  WITH o AS (
    SELECT o.id, o.code, o.kind, o.name_ru, (SELECT p.id FROM prosecutor p WHERE p.office_id = o.id ORDER BY p.position LIMIT 1) AS pid
      FROM office o),
  bench AS (
    SELECT 'bench.' || lower(o.code) AS username, o.name_ru AS display_name,
           CASE WHEN o.kind IN ('DISTRICT', 'CITY', 'INTERDISTRICT') THEN 'DISTRICT'
                WHEN o.kind = 'REGIONAL' THEN 'REGIONAL'
                WHEN o.kind IN ('MILITARY', 'TRANSPORT', 'ENVIRONMENTAL') THEN 'SPECIALIZED'
                ELSE 'DEPARTMENT' END::role AS role, o.id AS office_id, o.pid
      FROM o),
  demo AS (
    SELECT * FROM (VALUES
      ('admin', 'Администратор системы', 'ADMIN'::role, NULL::uuid, NULL::uuid),
      ('analyst', 'Аналитик Департамента', 'DEPARTMENT', (SELECT id FROM o WHERE kind = 'DEPARTMENT' LIMIT 1),
        (SELECT pid FROM o WHERE kind = 'DEPARTMENT' LIMIT 1)),
      ('regional', 'Прокурор области', 'REGIONAL', (SELECT id FROM o WHERE code = 'PO.KARAGANDA'),
        (SELECT pid FROM o WHERE code = 'PO.KARAGANDA')),
      ('district', 'Прокурор района', 'DISTRICT', (SELECT id FROM o WHERE code = 'PO.KARAGANDA.KAZYBEK_BI'),
        (SELECT pid FROM o WHERE code = 'PO.KARAGANDA.KAZYBEK_BI'))) v(username, display_name, role, office_id, pid))
  INSERT INTO app_user (username, password_hash, display_name, role, office_id, prosecutor_id)
  SELECT username, $1, display_name, role, office_id, pid FROM (SELECT * FROM bench UNION ALL SELECT * FROM demo) u
  RETURNING username, role::text AS role,
            (SELECT code FROM office WHERE id = app_user.office_id) AS office_code`;

async function buildManifest(
  db: Client,
  options: GenerateOptions,
  today: string,
  users: { username: string; role: string; office_code: string | null }[],
): Promise<BenchManifest> {
  const soon = addDays(today, 7);
  const office = (
    await db.query<{ id: string; code: string; n: number }>(
      `SELECT d.office_id AS id, o.code, count(*)::int AS n FROM deadline d JOIN office o ON o.id = d.office_id
        WHERE d.status = 'OPEN' AND o.kind IN ('DISTRICT', 'CITY', 'INTERDISTRICT')
        GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    )
  ).rows[0];
  const region = (
    await db.query<{ id: string; code: string; n: number }>(
      `SELECT c.region_id AS id, r.code, count(*)::int AS n FROM court_case c JOIN region r ON r.id = c.region_id
        GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    )
  ).rows[0];
  if (!office || !region) throw new Error('no data generated');
  const hearings = (
    await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM hearing h JOIN court_case c ON c.id = h.case_id
        WHERE c.region_id = $1 AND h.scheduled_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Almaty')
          AND h.scheduled_at < ($3::date::timestamp AT TIME ZONE 'Asia/Almaty')`,
      [region.id, today, soon],
    )
  ).rows[0]!;
  const longCase =
    (
      await db.query<{ id: string; number: string; n: number }>(
        `SELECT c.id, c.number, (SELECT count(*) FROM hearing WHERE case_id = c.id)::int
          + (SELECT count(*) FROM court_act WHERE case_id = c.id)::int
          + (SELECT count(*) FROM conclusion WHERE case_id = c.id)::int
          + (SELECT count(*) FROM protest WHERE case_id = c.id)::int
          + (SELECT count(*) FROM application WHERE case_id = c.id)::int
          + (SELECT count(*) FROM deadline WHERE case_id = c.id)::int + 1 AS n
         FROM court_case c WHERE c.id IN (SELECT case_id FROM protest WHERE status <> 'DRAFT'
                                          INTERSECT SELECT case_id FROM application LIMIT 200)
        ORDER BY n DESC, c.number LIMIT 1`,
      )
    ).rows[0] ??
    (
      await db.query<{ id: string; number: string; n: number }>(
        `SELECT c.id, c.number, 1 + (SELECT count(*) FROM hearing WHERE case_id = c.id)::int AS n
           FROM court_case c JOIN protest p ON p.case_id = c.id ORDER BY c.number LIMIT 1`,
      )
    ).rows[0]!;
  const quarterOf = (day: string): string =>
    `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
  return {
    url: options.url,
    generatedAt: new Date().toISOString(),
    today,
    seed: options.seed,
    cases: options.cases,
    password: BENCH_PASSWORD,
    busyOffice: {
      id: office.id,
      code: office.code,
      username: `bench.${office.code.toLowerCase()}`,
      openDeadlines: office.n,
    },
    busyRegion: {
      id: region.id,
      code: region.code,
      username: `bench.${`PO.${region.code}`.toLowerCase()}`,
      cases: region.n,
      hearingsNext7Days: hearings.n,
    },
    longTimelineCase: { id: longCase.id, number: longCase.number, events: longCase.n },
    // The last complete quarter: its KPI figures are settled.
    quarter: quarterOf(
      addDays(
        `${quarterOf(today).slice(0, 4)}-${String((Number(quarterOf(today).slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`,
        -1,
      ),
    ),
    users: users.map((u) => ({ username: u.username, role: u.role, officeCode: u.office_code })),
    demoUsers: ['admin', 'analyst', 'regional', 'district'],
  };
}
