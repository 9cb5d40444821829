// The hardening summary (support/hardening.ts) as a pure function: what the end-of-run reporter prints and when it
// fails a whole-suite run. No server: the rows are made here.
import { describe, expect, it } from 'vitest';
import { HARDENING_KINDS, summarize, type HardeningKind, type HardeningRow } from '../support/hardening';

const row = (
  kind: HardeningKind,
  what: string,
  count: number,
  failures = 0,
  file = 'integration/x.test.ts',
) => ({ kind, what, count, failures, file }) satisfies HardeningRow;

/** One clean row of every kind: the summary of a run where all is well. */
const everyKind = (): HardeningRow[] => HARDENING_KINDS.map((kind) => row(kind, `${kind} check`, 3));

describe('hardening summary', () => {
  it('should find no problem when every kind has attempts and none failed', () => {
    const { lines, problems } = summarize(everyKind());
    expect(problems).toEqual([]);
    expect(lines.at(-1)).toBe('verdict: every count non-zero, zero failures');
    expect(lines.filter((l) => / ok$/.test(l))).toHaveLength(HARDENING_KINDS.length);
  });

  it('should name a kind with no rows as a problem', () => {
    const rows = everyKind().filter((r) => r.kind !== 'lost');
    const { lines, problems } = summarize(rows);
    expect(problems).toEqual(['checked: nothing lost: none recorded']);
    expect(lines.find((l) => l.startsWith('checked: nothing lost'))).toMatch(/\s0\s+NONE RECORDED$/);
    expect(lines.at(-1)).toBe('verdict: checked: nothing lost: none recorded');
  });

  it('should name a kind whose rows all count zero as a problem', () => {
    const rows = [...everyKind().filter((r) => r.kind !== 'fault'), row('fault', 'database restart', 0)];
    expect(summarize(rows).problems).toEqual(['faults injected: none recorded']);
  });

  it('should name a kind with failures as a problem, with the failing row marked', () => {
    const rows = [...everyKind(), row('leaked', 'error messages free of internals', 10, 2)];
    const { lines, problems } = summarize(rows);
    expect(problems).toEqual(['checked: nothing leaked: 2 failed']);
    expect(lines.find((l) => l.startsWith('checked: nothing leaked'))).toMatch(/\s13\s+2 FAILED$/);
    expect(lines.find((l) => l.includes('error messages free of internals'))).toMatch(/10\s+2 failed$/);
  });

  it('should merge rows of one kind and one description from several files and workers', () => {
    const rows = [
      ...everyKind(),
      row('hostile', 'fuzzed mutation inputs', 100, 0, 'integration/a.test.ts'),
      row('hostile', 'fuzzed mutation inputs', 50, 1, 'integration/b.test.ts'),
      row('hostile', 'oversized documents', 4),
    ];
    const { lines, problems } = summarize(rows);
    const merged = lines.filter((l) => l.includes('fuzzed mutation inputs'));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatch(/\s150\s+1 failed$/);
    // The kind's total is every row of it: 3 + 150 + 4.
    expect(lines.find((l) => l.startsWith('hostile inputs tried'))).toMatch(/\s157\s+1 FAILED$/);
    expect(problems).toEqual(['hostile inputs tried: 1 failed']);
  });

  it('should list the rows of a kind in a stable (alphabetical) order under its heading', () => {
    const rows = [...everyKind(), row('fault', 'killed instance', 2), row('fault', 'dropped sockets', 5)];
    const { lines } = summarize(rows);
    const start = lines.findIndex((l) => l.startsWith('faults injected'));
    const block = lines.slice(start + 1, start + 4).map((l) => l.trim().split(/\s{2,}/)[0]);
    expect(block).toEqual(['dropped sockets', 'fault check', 'killed instance']);
  });

  it('should report every kind as a problem for an empty run', () => {
    expect(summarize([]).problems).toHaveLength(HARDENING_KINDS.length);
  });
});
