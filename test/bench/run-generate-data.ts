// `npm run bench:data -- --cases 1000000 [--database-url URL | --data-dir DIR] [--seed N] [--years 4] [--reset]
//    [--workers 2] [--prosecutors 2500]`; `--data-dir DIR --start-only` (re)starts that cluster and prints its URL,
//    `--data-dir DIR --stop` stops it.
// Fills a database with the national data set (generate-data.ts). With --data-dir (default
// $TMPDIR/qadagalau-bench-1m) it initialises/starts a PostgreSQL cluster there and LEAVES IT RUNNING; the
// DATABASE_URL and the manifest (<data-dir>/bench-manifest.json) are printed for the other benchmarks.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MultiBar, Presets } from 'cli-progress';
import { generateData } from './generate-data';
import { openCluster, stopCluster } from './gen-cluster';

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: expected a positive number, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      years: { type: 'string' },
      prosecutors: { type: 'string' },
      workers: { type: 'string' },
      reset: { type: 'boolean' },
      'start-only': { type: 'boolean' },
      stop: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
    },
  });
  const cases = Math.round(positive('cases', values.cases, 1_000_000));
  const workers = Math.round(positive('workers', values.workers, 2));
  const startedAt = Date.now();
  let url = values['database-url'];
  let dataDir: string | null = null;
  if (!url) {
    const base = tmpdir().startsWith('/root') ? '/tmp' : tmpdir();
    dataDir = path.resolve(values['data-dir'] ?? path.join(base, 'qadagalau-bench-1m'));
    if (values.stop) {
      stopCluster(path.join(dataDir, 'pg'));
      process.stdout.write(`PostgreSQL on ${dataDir} stopped\n`);
      return;
    }
    const cluster = await openCluster(dataDir);
    url = cluster.url;
    process.stderr.write(
      `PostgreSQL ${cluster.started ? 'started' : 'already running'} on ${cluster.pgDir} (port ${cluster.port})\n`,
    );
    if (values['start-only']) {
      process.stdout.write(`DATABASE_URL=${url}\n`);
      return;
    }
  }
  const clusterMs = Date.now() - startedAt;

  const expected = (table: string): number =>
    Math.round(
      cases *
        ({
          court_case: 1,
          hearing: 1.1,
          court_act: 0.93,
          conclusion: 0.8,
          deadline: 1.2,
          protest: 0.03,
          application: 0.015,
          private_ruling: 0.02,
        }[table] ?? 0.01),
    );
  const bars = new MultiBar(
    {
      format: ' {table} |{bar}| {value} rows  {rate} rows/s',
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  const tables = new Map<string, ReturnType<MultiBar['create']>>();
  const progress = values['no-progress'] !== true;
  const result = await generateData({
    log: (line) => void process.stderr.write(values['no-progress'] ? `${line}\n` : ''),
    url,
    cases,
    seed: Math.round(positive('seed', values.seed, 20261127)),
    years: positive('years', values.years, 4),
    prosecutors: Math.round(positive('prosecutors', values.prosecutors, 2500)),
    reset: values.reset === true,
    workers,
    onProgress: progress
      ? (table, rows, ms) => {
          let bar = tables.get(table);
          if (!bar) {
            bar = bars.create(Math.max(expected(table), rows), 0, { table: table.padEnd(15), rate: '-' });
            tables.set(table, bar);
          }
          if (rows > bar.getTotal()) bar.setTotal(rows);
          bar.update(rows, { rate: ms > 0 ? Math.round((rows / ms) * 1000).toLocaleString('en') : '-' });
        }
      : undefined,
  }).finally(() => {
    if (progress) {
      for (const bar of tables.values()) bar.setTotal(bar.getProgress() * bar.getTotal());
      bars.stop();
    }
  });

  // With several workers the seconds are summed over connections; rows/s is per table over the wall time it took.
  const lines: string[] = ['', 'table            rows        busy s   rows/s'];
  let total = 0;
  for (const [table, n] of Object.entries(result.rows)) {
    total += n;
    const ms = result.tableMs[table] ?? 0;
    lines.push(
      `${table.padEnd(16)} ${String(n).padStart(10)}  ${(ms / 1000).toFixed(2).padStart(8)}  ${
        ms > 0 ? String(Math.round((n / ms) * 1000 * workers)).padStart(9) : '        -'
      }`,
    );
  }
  lines.push(`${'total'.padEnd(16)} ${String(total).padStart(10)}`);
  lines.push(`(staging of case lives: ${((result.tableMs.staging ?? 0) / 1000).toFixed(2)} s)`, '');
  lines.push('phase                 seconds');
  if (dataDir) lines.push(`${'cluster'.padEnd(20)} ${(clusterMs / 1000).toFixed(2).padStart(8)}`);
  for (const [name, ms] of Object.entries(result.phases))
    lines.push(`${name.padEnd(20)} ${(ms / 1000).toFixed(2).padStart(8)}`);
  const wall = (Date.now() - startedAt) / 1000;
  lines.push(`${'total'.padEnd(20)} ${wall.toFixed(2).padStart(8)}   (target < 180 s for 1M cases)`);
  process.stdout.write(`${lines.join('\n')}\n`);

  const manifestFile = dataDir ? path.join(dataDir, 'bench-manifest.json') : null;
  const manifest = { ...result.manifest, dataDir, seconds: wall, rows: result.rows, phases: result.phases };
  if (manifestFile) writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const { users, ...brief } = manifest;
  process.stdout.write(
    `\nmanifest${manifestFile ? ` (${manifestFile})` : ''}: ${JSON.stringify({ ...brief, users: users.length }, null, 2)}\n` +
      `DATABASE_URL=${url}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:data: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
