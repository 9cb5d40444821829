// `node bench/dist/bench/gen-explain.js <bench-manifest.json> [--plans] [--before]`: EXPLAIN (ANALYZE, BUFFERS) of
// the screen queries on a generated data set; prints time, seq scans and indexes per query (the plans with
// --plans). --before: the same inside a transaction that drops the screen-indexes migration's indexes (and puts
// back the board index it replaced), rolled back at the end — the plans as they were before that migration.
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { BenchManifest } from './generate-data';
import { explainScreens } from './gen-screens';

async function main(): Promise<void> {
  const [file, ...flags] = process.argv.slice(2);
  if (!file) throw new Error('usage: gen-explain.js <bench-manifest.json> [--plans]');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BenchManifest;
  const db = new Client({ connectionString: manifest.url });
  await db.connect();
  try {
    if (flags.includes('--before')) {
      await db.query('BEGIN');
      await db.query(
        `DROP INDEX "IDX_deadline_board", "IDX_deadline_board_met", "IDX_court_case_id_region", "IDX_deadline_open_case",
           "IDX_court_act_appeal_decided", "IDX_protest_decided_on", "IDX_private_ruling_issued_on"`,
      );
      await db.query(
        `CREATE INDEX "IDX_2cde5bb51331cdeda47830e5d9" ON "deadline" ("office_id", "status", "due_on")`,
      );
      await db.query('ANALYZE deadline');
    }
    const explained = await explainScreens(db, {
      officeId: manifest.busyOffice.id,
      regionId: manifest.busyRegion.id,
      caseId: manifest.longTimelineCase.id,
      today: manifest.today,
      quarter: manifest.quarter,
    });
    for (const q of explained)
      process.stdout.write(
        `${`${q.screen}.${q.name}`.padEnd(28)} ${q.ms.toFixed(3).padStart(9)} ms  seq: ${
          q.seqScans.join(',') || '-'
        }  idx: ${q.indexes.join(',')}\n`,
      );
    if (flags.includes('--plans'))
      for (const q of explained) process.stdout.write(`\n#### ${q.screen}.${q.name}\n${q.plan}\n`);
  } finally {
    if (flags.includes('--before')) await db.query('ROLLBACK');
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
