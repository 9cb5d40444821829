// The query-latency benchmark (test/bench/query-bench.ts, issue 7) in small: a few iterations against a small data
// set, checking that every screen query answered with data, that the SQL each one issues was captured and
// replayed, and that the table and the results are complete. Timing is never asserted here; `npm run
// bench:queries` reports the figures.
import { describe, expect, inject, it } from 'vitest';
import { generateData } from '../bench/generate-data';
import { QUERY_NAMES, formatQueryBench, runQueryBench, targetsFromManifest } from '../bench/query-bench';
import { createDatabase } from '../support/postgres';

describe('the query-latency benchmark', () => {
  it('should time every screen query over GraphQL and as its own SQL, and report them all', async () => {
    const databaseUrl = await createDatabase(inject('pgAdminUrl'), 'querybench');
    // The generator's data set in small (10,000 cases), and the screens its manifest names.
    const { manifest } = await generateData({
      url: databaseUrl,
      cases: 10_000,
      seed: 20261127,
      years: 4,
      prosecutors: 300,
    });
    const targets = targetsFromManifest(manifest);
    const result = await runQueryBench({ databaseUrl, iterations: 5, warmup: 2, targets });

    expect(result.cases).toBe(10_000);
    expect(result.targets).toMatchObject({
      officeId: manifest.busyOffice.id,
      officeUser: manifest.busyOffice.username,
      regionId: manifest.busyRegion.id,
      regionUser: manifest.busyRegion.username,
      caseId: manifest.longTimelineCase.id,
      quarter: manifest.quarter,
    });

    expect(result.queries.map((q) => q.name)).toEqual([...QUERY_NAMES]);
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
        new RegExp(
          `^${name}\\s+5\\s+\\d+\\s+\\d+(\\s+\\d+\\.\\d\\d){7}\\s+\\d+\\.\\d\\d×\\s+(OK|MISSED)`,
          'm',
        ),
      );
  });
});
