// `node bench/dist/bench/gen-explain.js <bench-manifest.json> [--plans]`: EXPLAIN (ANALYZE, BUFFERS) of the screen
// queries on a generated data set; prints time, seq scans and indexes per query (and the plans with --plans).
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { BenchManifest } from './generate-data';
import { explainScreens } from './gen-screens';

async function main(): Promise<void> {
  const [file, flag] = process.argv.slice(2);
  if (!file) throw new Error('usage: gen-explain.js <bench-manifest.json> [--plans]');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BenchManifest;
  const db = new Client({ connectionString: manifest.url });
  await db.connect();
  try {
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
    if (flag === '--plans')
      for (const q of explained) process.stdout.write(`\n#### ${q.screen}.${q.name}\n${q.plan}\n`);
  } finally {
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
