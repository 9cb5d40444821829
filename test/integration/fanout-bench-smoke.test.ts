// The fan-out benchmark (test/bench, issue 7) in small: 50 graphql-ws subscribers on two server instances and a
// burst of 10 hearings, through the same code as `npm run bench:fanout`. Checked: every subscriber in
// jurisdiction got each of its hearings exactly once, those outside got none, and the report is complete.
// Timing is never asserted here; the full run reports the figures.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatFanoutBench, runFanoutBench, type FanoutBenchResult } from '../bench/fanout-bench';
import { createDatabase, withClient } from '../support/postgres';

describe('the fan-out benchmark', () => {
  let databaseUrl: string;
  let result: FanoutBenchResult;
  const lines: string[] = [];

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'fanout');
    result = await runFanoutBench({
      databaseUrl,
      demoData: true,
      subscribers: 50,
      hearings: 10,
      concurrency: 5,
      connectBatch: 25,
      log: (line) => lines.push(line),
    });
  }, 150_000);

  afterAll(() => {
    if (result) console.log(formatFanoutBench(result));
  });

  it('should deliver every hearing exactly once to each subscriber in its jurisdiction', () => {
    expect(result.subscribers).toBe(50);
    expect(result.burst).toMatchObject({ mutationsOk: 10, mutationsFailed: 0 });
    const d = result.deliveries;
    expect(d).toMatchObject({
      duplicates: 0,
      missing: 0,
      unexpected: 0,
      foreign: 0,
      errors: 0,
      exactlyOnce: true,
    });
    expect(d.expected).toBeGreaterThan(0);
    expect(d.received).toBe(d.expected);
    expect(d.allDeliveredMs).not.toBeNull();
    // Each delivery has its latency, measured from the response and from the request.
    expect(result.latencyFromResponseMs.n).toBe(d.expected);
    expect(result.latencyFromRequestMs.n).toBe(d.expected);
    for (const p of [result.latencyFromResponseMs, result.latencyFromRequestMs, result.burst.mutationMs]) {
      expect(p.min).toBeLessThanOrEqual(p.p50);
      expect(p.p50).toBeLessThanOrEqual(p.p95);
      expect(p.p95).toBeLessThanOrEqual(p.p99);
      expect(p.p99).toBeLessThanOrEqual(p.max);
    }
    expect(result.latencyFromRequestMs.min).toBeGreaterThan(0);
  });

  it('should mix jurisdictions: the whole republic, two regions of the burst, and a region outside it', () => {
    const byRole = (role: string) => result.users.filter((u) => u.role === role);
    // Every user has subscribers, and every one of them got exactly its set.
    for (const user of result.users) {
      expect(user.subscribers, user.username).toBeGreaterThan(0);
      expect(user.exact, user.username).toBe(user.subscribers);
    }
    expect(result.users.reduce((n, u) => n + u.subscribers, 0)).toBe(50);
    // The republic sees every hearing of the burst.
    for (const user of [...byRole('ADMIN'), ...byRole('DEPARTMENT')])
      expect(user.expectedPerSubscriber).toBe(10);
    // Regions: the burst's two see part of it (together all of it); the control region none.
    const regional = byRole('REGIONAL');
    expect(regional).toHaveLength(3);
    const [first, second, control] = regional as [
      (typeof regional)[0],
      (typeof regional)[0],
      (typeof regional)[0],
    ];
    expect(first.expectedPerSubscriber).toBeGreaterThan(0);
    expect(second.expectedPerSubscriber).toBeGreaterThan(0);
    expect(first.expectedPerSubscriber + second.expectedPerSubscriber).toBe(10);
    expect(control.expectedPerSubscriber).toBe(0);
    const outside = result.users.filter((u) => u.region === control.region);
    expect(outside.length).toBeGreaterThanOrEqual(2);
    for (const user of outside) expect(user.expectedPerSubscriber, user.username).toBe(0);
    // A district office sees its own cases only: fewer than its region.
    const district = byRole('DISTRICT').find((u) => u.region === first.region)!;
    expect(district.expectedPerSubscriber).toBeGreaterThan(0);
    expect(district.expectedPerSubscriber).toBeLessThan(first.expectedPerSubscriber);
    expect(byRole('SPECIALIZED')).toHaveLength(1);
    expect(result.deliveries.subscribersOutside).toBe(outside.reduce((n, u) => n + u.subscribers, 0));
    expect(result.deliveries.subscribersInJurisdiction + result.deliveries.subscribersOutside).toBe(50);
    expect(result.deliveries.expected).toBe(
      result.users.reduce((n, u) => n + u.subscribers * u.expectedPerSubscriber, 0),
    );
  });

  it('should have scheduled the hearings for real, each announced once in the outbox', async () => {
    await withClient(databaseUrl, async (c) => {
      const since = [result.warmUp.at];
      const hearings = await c.query('SELECT count(*)::int AS n FROM hearing WHERE created_at >= $1', since);
      const events = await c.query(
        "SELECT count(*)::int AS n, count(DISTINCT payload->'hearing'->>'id')::int AS distinct_hearings " +
          "FROM outbox_event WHERE topic = 'HEARING' AND created_at >= $1",
        since,
      );
      const total = result.burst.mutationsOk + result.warmUp.markers;
      expect(hearings.rows[0].n).toBe(total);
      expect(events.rows[0]).toEqual({ n: total, distinct_hearings: total });
    });
  });

  it('should spread subscribers and mutations over both instances and measure both', () => {
    expect(result.instances.map((i) => i.name)).toEqual(['A', 'B']);
    expect(result.instances.map((i) => i.subscribers)).toEqual([25, 25]);
    expect(result.instances.map((i) => i.mutations)).toEqual([5, 5]);
    expect(result.instances.reduce((n, i) => n + i.deliveries, 0)).toBe(result.deliveries.received);
    for (const instance of result.instances) {
      expect(instance.pid).toBeGreaterThan(0);
      expect(instance.rssMb.started).toBeGreaterThan(20);
      expect(instance.rssMb.peakDuringBurst).toBeGreaterThanOrEqual(instance.rssMb.connected * 0.5);
      expect(instance.rssMb.peakLifetime).toBeGreaterThanOrEqual(instance.rssMb.peakDuringBurst);
      expect(instance.cpuMsDuringBurst).toBeGreaterThan(0);
    }
    // The payload of an event is read once per instance, not once per subscriber (3 queries a delivery before).
    expect(result.burst.dbTransactions).toBeGreaterThan(0);
    expect(result.burst.dbTransactions).toBeLessThan(2 * result.deliveries.expected);
    expect(result.environment.uptime).toMatch(/load average/);
  });

  it('should print a complete table with the verdicts', () => {
    const table = formatFanoutBench(result);
    for (const user of result.users) expect(table).toContain(user.username);
    for (const label of [
      'mutation (request → response)',
      'delivery (mutation response → receipt)',
      'delivery (mutation request → receipt)',
      'instance A',
      'instance B',
      'exactly once: yes',
    ]) {
      expect(table).toContain(label);
    }
    expect(table).toMatch(/verdicts: exactly once met, p99 (met|MISSED), RSS (met|MISSED)/);
    expect(lines.some((l) => l.includes('50 WebSocket connections open'))).toBe(true);
    expect(lines.some((l) => l.startsWith('connections closed'))).toBe(true);
  });
});
