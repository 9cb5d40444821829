// `npm run bench:dashboard -w test [-- --runs N]` (after `npm run build`): prints the dashboard figures and
// merges them into test/bench/results.json under "dashboard". Exits non-zero only on an error.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../support/paths';
import { formatDashboardBench, runDashboardBench } from './dashboard-bench';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  const runs = values.runs === undefined ? 10 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: expected a positive integer, got ${values.runs}`);
  const result = await runDashboardBench({ runs, log: (line) => process.stderr.write(`  ${line}\n`) });
  process.stdout.write(`\n${formatDashboardBench(result)}\n`);
  const file = path.join(repoRoot, 'test', 'bench', 'results.json');
  const previous: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const merged = {
    ...(typeof previous === 'object' && previous !== null ? previous : {}),
    dashboard: result,
  };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  process.stdout.write(`figures written to ${path.relative(process.cwd(), file)} ("dashboard")\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
