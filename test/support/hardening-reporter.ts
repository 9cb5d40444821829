// Prints the hardening summary (support/hardening.ts) at the end of a run. On a run of the whole suite it also
// fails the run when a kind has no attempt recorded or any failure: the issue asks for non-zero counts and zero
// failures, and a test that silently stopped recording must not go unnoticed.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node' with { 'resolution-mode': 'import' };
import { clearTally, readTally, summarize } from './hardening';

const TEST_ROOT = path.resolve(__dirname, '..');
const SUITE_DIRS = ['integration', 'e2e'];

/** Every test file of the suite (what `vitest run` without filters runs). */
function suiteFiles(): string[] {
  const files: string[] = [];
  for (const dir of SUITE_DIRS) {
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.test.ts')) files.push(full);
      }
    };
    walk(path.join(TEST_ROOT, dir));
  }
  return files;
}

export default class HardeningReporter implements Reporter {
  onTestRunStart(): void {
    clearTally();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows = readTally();
    if (rows.length === 0) return;
    const ran = new Set(testModules.map((m) => path.resolve(m.moduleId)));
    const whole = suiteFiles().every((file) => ran.has(file));
    const { lines, problems } = summarize(rows);
    const out = ['', ...lines];
    if (!whole) out.push('(a partial run: the counts are not enforced)');
    console.log(out.join('\n'));
    if (whole && problems.length > 0) {
      console.error(`hardening summary FAILED: ${problems.join('; ')}`);
      process.exitCode = 1;
    }
  }
}
