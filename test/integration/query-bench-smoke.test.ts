// The query-latency benchmark (test/bench/query-bench.ts, issue 7) in small: a few iterations against a small data
// set, checking that every screen query answered with data, that the SQL each one issues was captured and
// replayed, and that the table and the results are complete. Timing is never asserted here; `npm run
// bench:queries` reports the figures.
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, formatQueryBench, runQueryBench } from '../bench/query-bench';
import { createDatabase } from '../support/postgres';

describe('the query-latency benchmark', () => {
  it('should time every screen query over GraphQL and as its own SQL, and report them all', async () => {
    const databaseUrl = await createDatabase(inject('pgAdminUrl'), 'querybench');
    const result = await runQueryBench({ databaseUrl, iterations: 5, warmup: 2, demoData: true });

    expect(result.queries.map((q) => q.name)).toEqual([...QUERY_NAMES]);
    expect(result.cases).toBeGreaterThan(0);
    for (const q of result.queries) {
      // The answer had data (runQueryBench throws on any GraphQL error) and the SQL behind it was captured.
      expect(q.items, q.name).toBeGreaterThan(0);
      expect(q.responseBytes, q.name).toBeGreaterThan(100);
      expect(q.statements, q.name).toBeGreaterThan(0);
      expect(q.captureCounts, q.name).toHaveLength(3);
      expect(q.statements, q.name).toBe([...q.captureCounts].sort((a, b) => a - b)[1]);
      expect(q.capturedSql, q.name).toHaveLength(q.statements);
      expect(q.connections, q.name).toBeGreaterThan(0);
      for (const summary of [q.graphql, q.sql]) {
        expect(summary.samples, q.name).toBe(5);
        for (const figure of [summary.p50Ms, summary.p95Ms, summary.p99Ms, summary.maxMs, summary.meanMs]) {
          expect(Number.isFinite(figure) && figure > 0, `${q.name} ${figure}`).toBe(true);
        }
        expect(summary.p50Ms).toBeLessThanOrEqual(summary.p95Ms);
        expect(summary.p95Ms).toBeLessThanOrEqual(summary.p99Ms);
        expect(summary.p99Ms).toBeLessThanOrEqual(summary.maxMs);
      }
      expect(q.ratioP95).toBeCloseTo(q.graphql.p95Ms / q.sql.p95Ms, 1);
      expect(q.withinLatencyTarget).toBe(q.graphql.p95Ms < result.targetP95Ms);
      expect(q.withinRatioTarget).toBe(q.ratioP95 <= result.targetRatio);
      expect(q.verdict).toEqual(
        q.withinLatencyTarget && q.withinRatioTarget ? 'OK' : expect.stringMatching(/^MISSED: /),
      );
      expect(q.slowestStatements.length).toBeGreaterThan(0);
      expect(q.slowestPlan.join('\n')).toMatch(/Execution Time/);
    }
    expect(result.allWithinTarget).toBe(result.queries.every((q) => q.verdict === 'OK'));
    expect(result.machine.uptimeBefore).toMatch(/load average/);

    const table = formatQueryBench(result);
    console.info(table);
    for (const name of QUERY_NAMES)
      expect(table).toMatch(
        new RegExp(`^${name}\\s+\\d+\\s+\\d+(\\s+\\d+\\.\\d\\d){7}\\s+\\d+\\.\\d\\d×\\s+(OK|MISSED)`, 'm'),
      );
  });
});
