// `npm run bench:throughput [-- --database-url URL] [--manifest FILE] [--username U --password P]
//   [--region-id UUID] [--from ISO] [--first N] [--connections N] [--duration S] [--warmup S] [--rounds N]`:
// builds shared/, server/ and this directory, then loads the hearings query on the product and on the
// framework floor (throughput-bench.ts), prints the table and merges the figures into test/bench/results.json
// under "throughput". Without --database-url (or a manifest with databaseUrl) it runs on a fresh embedded
// PostgreSQL with the demo data. Exits non-zero only on an error, never because the target is missed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../support/paths';
import { formatThroughput, runThroughputBench } from './throughput-bench';
import { startThrowawayCluster } from './throughput-cluster';

function positive(name: string, value: string | undefined, fallback: number, integer = true): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n))) {
    throw new Error(`--${name}: expected a positive ${integer ? 'integer' : 'number'}, got ${value}`);
  }
  return n;
}

/**
 * The generator's manifest (generate-data.ts BenchManifest: url, today, password, busyRegion {id, username}) or
 * the flat form (databaseUrl, regionId, regionUser, hearingsFrom).
 */
interface Manifest {
  url?: string;
  databaseUrl?: string;
  today?: string;
  password?: string;
  busyRegion?: { id?: string; username?: string };
  regionId?: string;
  regionUser?: string;
  hearingsFrom?: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      manifest: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      'region-id': { type: 'string' },
      from: { type: 'string' },
      first: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
    },
  });
  const manifest: Manifest = values.manifest
    ? (JSON.parse(readFileSync(values.manifest, 'utf8')) as Manifest)
    : {};
  let databaseUrl =
    values['database-url'] ?? manifest.databaseUrl ?? manifest.url ?? process.env['DATABASE_URL'];
  let demoData = false;
  let cluster: { url: string; stop(): Promise<void> } | null = null;
  if (!databaseUrl) {
    process.stderr.write('  no --database-url: a throw-away PostgreSQL with the demo data\n');
    cluster = await startThrowawayCluster();
    databaseUrl = cluster.url;
    demoData = true;
  }
  // The generator's "today" is a day in Almaty (UTC+5): the window starts at its midnight there.
  const from =
    values.from ?? manifest.hearingsFrom ?? (manifest.today ? `${manifest.today}T00:00:00+05:00` : undefined);
  const regionId = values['region-id'] ?? manifest.busyRegion?.id ?? manifest.regionId;
  try {
    const result = await runThroughputBench({
      databaseUrl,
      demoData,
      username: values.username ?? manifest.busyRegion?.username ?? manifest.regionUser ?? 'regional',
      password: values.password ?? manifest.password ?? 'qadagalau',
      ...(regionId ? { regionId } : {}),
      ...(from ? { from: new Date(from) } : {}),
      first: positive('first', values.first, 100),
      connections: positive('connections', values.connections, 10),
      durationSec: positive('duration', values.duration, 20),
      warmupSec: positive('warmup', values.warmup, 5),
      rounds: positive('rounds', values.rounds, 2),
      floorMode: 'process',
      log: (line) => process.stderr.write(`  ${line}\n`),
    });
    process.stdout.write(`\n${formatThroughput(result)}\n`);
    const file = path.join(repoRoot, 'test', 'bench', 'results.json');
    const previous: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    const merged = {
      ...(typeof previous === 'object' && previous !== null ? previous : {}),
      throughput: result,
    };
    writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
    process.stdout.write(`figures written to ${path.relative(process.cwd(), file)} ("throughput")\n`);
  } finally {
    await cluster?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:throughput: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
