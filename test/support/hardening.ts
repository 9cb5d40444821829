// The hardening tally (issue 8): tests that attack or break the product record what they tried and what they
// checked, and the run's reporter (hardening-reporter.ts) prints one summary at the end. A row is a count of
// attempts of one kind and how many of them went wrong; the tests themselves assert zero failures, the summary
// states the totals.
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/** What a row counts. */
export type HardeningKind =
  /** Hostile inputs sent (fuzzed mutation inputs, oversized documents, brute-force logins …). */
  | 'hostile'
  /** Faults injected (database restart, killed instance, dropped socket). */
  | 'fault'
  /** Checks that something acknowledged or sent was still there afterwards. */
  | 'lost'
  /** Checks that a retry or a re-delivery did not create or deliver a second copy. */
  | 'duplicated'
  /** Checks that a refused or interrupted write left no partial rows. */
  | 'half-written'
  /** Checks that a response carried nothing the caller may not see (personal data, internals). */
  | 'leaked';

export const HARDENING_KINDS: readonly HardeningKind[] = [
  'hostile',
  'fault',
  'lost',
  'duplicated',
  'half-written',
  'leaked',
];

export interface HardeningRow {
  kind: HardeningKind;
  /** What was tried, in a few words: "fuzzed mutation inputs", "database restart" … */
  what: string;
  count: number;
  failures: number;
  /** The test file that recorded it. */
  file: string;
}

/** Where rows are written during a run: one JSON line each, appended by any worker process. */
export const HARDENING_DIR = path.join(repoRoot, 'test', 'artifacts', 'hardening');
const TALLY_FILE = path.join(HARDENING_DIR, 'tally.jsonl');

/** Records `count` attempts of `kind`, `failures` of which went wrong (the test asserts zero itself). */
export function tally(kind: HardeningKind, what: string, count: number, failures = 0): void {
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(failures) || failures < 0) {
    throw new Error(`tally(${kind}, ${what}): counts must be non-negative integers`);
  }
  mkdirSync(HARDENING_DIR, { recursive: true });
  const file = path.relative(path.join(repoRoot, 'test'), callerFile() ?? 'unknown');
  const row: HardeningRow = { kind, what, count, failures, file };
  // One short line per append: O_APPEND keeps lines from different processes whole.
  appendFileSync(TALLY_FILE, `${JSON.stringify(row)}\n`);
}

/** Every row recorded so far in this run. */
export function readTally(): HardeningRow[] {
  if (!existsSync(HARDENING_DIR)) return [];
  const rows: HardeningRow[] = [];
  for (const name of readdirSync(HARDENING_DIR)) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of readFileSync(path.join(HARDENING_DIR, name), 'utf8').split('\n')) {
      if (line.trim()) rows.push(JSON.parse(line) as HardeningRow);
    }
  }
  return rows;
}

export function clearTally(): void {
  rmSync(HARDENING_DIR, { recursive: true, force: true });
}

export interface HardeningSummary {
  lines: string[];
  /** Kinds with no attempt recorded, or with failures. Empty when all is well. */
  problems: string[];
}

/** The summary table: one block per kind, rows merged by what was tried. */
export function summarize(rows: readonly HardeningRow[]): HardeningSummary {
  const lines: string[] = ['Hardening summary (issue 8): attempts made and checks passed in this run', ''];
  const problems: string[] = [];
  const HEADINGS: Record<HardeningKind, string> = {
    hostile: 'hostile inputs tried',
    fault: 'faults injected',
    lost: 'checked: nothing lost',
    duplicated: 'checked: nothing duplicated',
    'half-written': 'checked: nothing half-written',
    leaked: 'checked: nothing leaked',
  };
  const width = Math.max(40, ...rows.map((r) => r.what.length + 4));
  for (const kind of HARDENING_KINDS) {
    const merged = new Map<string, { count: number; failures: number }>();
    for (const row of rows.filter((r) => r.kind === kind)) {
      const entry = merged.get(row.what) ?? { count: 0, failures: 0 };
      entry.count += row.count;
      entry.failures += row.failures;
      merged.set(row.what, entry);
    }
    const count = [...merged.values()].reduce((sum, e) => sum + e.count, 0);
    const failures = [...merged.values()].reduce((sum, e) => sum + e.failures, 0);
    const verdict = count === 0 ? 'NONE RECORDED' : failures === 0 ? 'ok' : `${failures} FAILED`;
    lines.push(`${HEADINGS[kind].padEnd(width)} ${String(count).padStart(7)}   ${verdict}`);
    for (const [what, entry] of [...merged.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const failed = entry.failures ? `   ${entry.failures} failed` : '';
      lines.push(`  ${what.padEnd(width - 2)} ${String(entry.count).padStart(7)}${failed}`);
    }
    if (count === 0) problems.push(`${HEADINGS[kind]}: none recorded`);
    if (failures > 0) problems.push(`${HEADINGS[kind]}: ${failures} failed`);
  }
  lines.push('');
  lines.push(
    problems.length ? `verdict: ${problems.join('; ')}` : 'verdict: every count non-zero, zero failures',
  );
  return { lines, problems };
}

/** The test file (or support module's caller) that called tally(), from the stack. */
function callerFile(): string | undefined {
  const stack = new Error().stack?.split('\n') ?? [];
  for (const frame of stack) {
    const match = /\(?((?:file:\/\/)?\/[^():]+\.ts):\d+:\d+\)?$/.exec(frame.trim());
    const file = match?.[1]?.replace(/^file:\/\//, '');
    if (file && !file.endsWith(`${path.sep}hardening.ts`)) return file;
  }
  return undefined;
}
