// `npm run bench:rules -w test [-- --cases N --repetitions N --seed N --no-cli]`: builds shared/ and this
// directory, then runs the rules benchmark (rules-bench.ts), prints the table and merges the figures into
// test/bench/results.json under "rules". Exits non-zero only on an error, never because the target is missed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot, formatRulesBench, runRulesBench } from './rules-bench';

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive integer, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      repetitions: { type: 'string' },
      warmups: { type: 'string' },
      seed: { type: 'string' },
      'no-cli': { type: 'boolean' },
    },
  });
  const { result } = await runRulesBench({
    cases: positiveInteger('cases', values.cases, 100_000),
    repetitions: positiveInteger('repetitions', values.repetitions, 7),
    warmups: positiveInteger('warmups', values.warmups, 2),
    seed: positiveInteger('seed', values.seed, 20250321),
    cli: values['no-cli'] !== true,
    log: (line) => process.stderr.write(`  ${line}\n`),
  });
  process.stdout.write(`\n${formatRulesBench(result)}\n`);

  const file = path.join(findRepoRoot(), 'test', 'bench', 'results.json');
  const previous: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const merged = { ...(typeof previous === 'object' && previous !== null ? previous : {}), rules: result };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  process.stdout.write(`figures written to ${path.relative(process.cwd(), file)} ("rules")\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:rules: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
