// `npm run bench:queries -- --database-url URL [--iterations N] [--warmup N] [--manifest FILE] [--demo]
// [--budget-seconds S]`: builds shared/, server/ and this directory, then runs the query-latency benchmark
// (query-bench.ts) against the database (a data set made by `npm run bench:data`), prints the table and merges the
// figures into test/bench/results.json under "queries". Exits non-zero only on an error, never because a target
// is missed. --budget-seconds caps the timing of each query (at least 30 pairs; the samples are reported).
//
// Targets (whose screens) come from --manifest (the generator's JSON manifest) and the flags below; whatever is
// not named is found in the database (the busiest district office, a regional user of its region…).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../support/paths';
import { formatQueryBench, runQueryBench, targetsFromManifest, type QueryTargets } from './query-bench';

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name}: expected a non-negative integer, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      manifest: { type: 'string' },
      iterations: { type: 'string' },
      warmup: { type: 'string' },
      'budget-seconds': { type: 'string' },
      demo: { type: 'boolean' },
      'office-user': { type: 'string' },
      'region-user': { type: 'string' },
      'case-id': { type: 'string' },
      'case-user': { type: 'string' },
      quarter: { type: 'string' },
      'hearings-from': { type: 'string' },
      password: { type: 'string' },
    },
  });
  const manifest = values.manifest
    ? targetsFromManifest(JSON.parse(readFileSync(values.manifest, 'utf8')))
    : {};
  const databaseUrl = values['database-url'] ?? manifest.databaseUrl ?? process.env['DATABASE_URL'];
  if (!databaseUrl)
    throw new Error('--database-url (or DATABASE_URL, or a manifest naming databaseUrl) is required');
  const { databaseUrl: _ignored, ...fromManifest } = manifest;
  const targets: Partial<QueryTargets> = {
    ...fromManifest,
    ...(values['office-user'] ? { officeUser: values['office-user'] } : {}),
    ...(values['region-user'] ? { regionUser: values['region-user'] } : {}),
    ...(values['case-id'] ? { caseId: values['case-id'] } : {}),
    ...(values['case-user'] ? { caseUser: values['case-user'] } : {}),
    ...(values.quarter ? { quarter: values.quarter } : {}),
    ...(values['hearings-from'] ? { hearingsFrom: values['hearings-from'] } : {}),
    ...(values.password ? { password: values.password } : {}),
  };

  const result = await runQueryBench({
    databaseUrl,
    iterations: Math.max(1, positiveInteger('iterations', values.iterations, 300)),
    warmup: positiveInteger('warmup', values.warmup, 30),
    targets,
    demoData: values.demo === true,
    ...(values['budget-seconds']
      ? { budgetMsPerQuery: positiveInteger('budget-seconds', values['budget-seconds'], 0) * 1000 }
      : {}),
    log: (line) => process.stderr.write(`  ${line}\n`),
  });
  process.stdout.write(`\n${formatQueryBench(result)}\n`);
  for (const q of result.queries) {
    if (q.withinLatencyTarget && q.withinRatioTarget) continue;
    process.stdout.write(`\n${q.name} (${q.verdict}) — slowest statements (median ms, rows):\n`);
    for (const s of q.slowestStatements) {
      process.stdout.write(
        `  ${s.p50Ms.toFixed(2)} ms, ${s.rows} rows: ${s.sql.replace(/\s+/g, ' ').slice(0, 200)}\n`,
      );
    }
    if (q.slowestPlan.length > 0)
      process.stdout.write(`  plan of the slowest:\n    ${q.slowestPlan.join('\n    ')}\n`);
  }

  const file = path.join(repoRoot, 'test', 'bench', 'results.json');
  const previous: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const merged = { ...(typeof previous === 'object' && previous !== null ? previous : {}), queries: result };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  process.stdout.write(`figures written to ${path.relative(process.cwd(), file)} ("queries")\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:queries: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
