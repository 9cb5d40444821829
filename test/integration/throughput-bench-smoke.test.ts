// The throughput benchmark (test/bench/throughput-bench.ts, issue 7) in small: the demo data, 2 connections for
// 2 seconds against each server. It checks what makes the comparison fair — the framework floor answers the same
// bytes with the same SQL statements as the product — and that the benchmark's output is complete. Timing is
// never asserted here; `npm run bench:throughput` reports the figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatThroughput, runThroughputBench, type ThroughputResult } from '../bench/throughput-bench';
import { HEARINGS_PAGE_DOCUMENT, normalizeDocument } from '../bench/throughput-query';
import { repoRoot } from '../support/paths';
import { createDatabase } from '../support/postgres';
import { sleep } from '../support/server';

/** The statements the hearings query makes (the product's log also holds its background jobs' queries). */
const HEARINGS_SQL = [
  'SELECT region_id AS "regionId" FROM office WHERE id = $1',
  'SELECT COUNT(1) AS "cnt" FROM "hearing" "h"',
  'SELECT "h"."id"',
  'SELECT "Court"."id"',
  'SELECT "Prosecutor"."id"',
  'SELECT "Office"."id"',
  'SELECT "Case"."id"',
  'SELECT "Notification"."id"',
];

/** The SQL the product logged (LOG_LEVEL=debug: TypeORM's `query` lines) that belongs to the hearings query. */
function productStatements(stdout: string): string[] {
  const statements: string[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; component?: string; query?: string };
    if (entry.component !== 'typeorm' || entry.msg !== 'query' || !entry.query) continue;
    if (HEARINGS_SQL.some((prefix) => entry.query!.startsWith(prefix))) statements.push(entry.query);
  }
  return statements;
}

async function post(url: string, body: string, authorization?: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body,
  });
  expect(response.status).toBe(200);
  return response.text();
}

describe('the throughput benchmark', () => {
  let result: ThroughputResult;
  const floorSql: string[] = [];
  const checks = {
    productSql: [] as string[],
    floorSql: [] as string[],
    /** The error codes each server answered a request without a token with, and whether either sent data. */
    anonymousCodes: { product: [] as unknown[], floor: [] as unknown[], data: [] as unknown[] },
    repeatIdentical: false,
  };

  beforeAll(async () => {
    const databaseUrl = await createDatabase(inject('pgAdminUrl'), 'throughput');
    result = await runThroughputBench({
      databaseUrl,
      demoData: true,
      username: 'regional',
      password: 'qadagalau',
      connections: 2,
      durationSec: 2,
      warmupSec: 1,
      rounds: 1,
      floorMode: 'in-process',
      onFloorStatement: (sql) => floorSql.push(sql),
      productEnv: { LOG_LEVEL: 'debug' },
      beforeLoad: async ({ productUrl, productStdout, floorUrl, body, authorization }) => {
        // One request each, alone: the statements each server ran for it.
        const mark = productStdout().length;
        const productText = await post(productUrl, body, authorization);
        await sleep(300); // the child's log lines reach us after its answer
        checks.productSql = productStatements(productStdout().slice(mark));
        floorSql.length = 0;
        const floorText = await post(floorUrl, body, authorization);
        checks.floorSql = [...floorSql];
        checks.repeatIdentical = productText === floorText;
        // Without a token both refuse (the product before running anything: the query is over the budget of a
        // caller not signed in; the floor in the resolver's guard).
        type Refusal = { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
        const anonymousProduct = JSON.parse(await post(productUrl, body)) as Refusal;
        const anonymousFloor = JSON.parse(await post(floorUrl, body)) as Refusal;
        checks.anonymousCodes = {
          product: (anonymousProduct.errors ?? []).map((e) => e.extensions?.code),
          floor: (anonymousFloor.errors ?? []).map((e) => e.extensions?.code),
          data: [anonymousProduct.data ?? null, anonymousFloor.data ?? null],
        };
      },
    });
  }, 90_000);

  it('should send the dashboard’s Hearings screen query', () => {
    const source = readFileSync(
      path.join(repoRoot, 'dashboard', 'src', 'components', 'hearings', 'queries.ts'),
      'utf8',
    );
    const fragment = /graphql\(`\s*(fragment HearingsRow[\s\S]*?)`\)/.exec(source)?.[1];
    const query = /graphql\(`\s*(query HearingsPage[\s\S]*?)`\)/.exec(source)?.[1];
    expect(fragment).toBeDefined();
    expect(query).toBeDefined();
    expect(normalizeDocument(HEARINGS_PAGE_DOCUMENT)).toBe(normalizeDocument(`${query!}\n${fragment!}`));
  });

  it('should get the same answer, byte for byte, from the floor and the product', () => {
    expect(result.request.edges).toBeGreaterThan(0);
    expect(result.request.totalCount).toBeGreaterThanOrEqual(result.request.edges);
    expect(result.request.identicalBytes).toBe(true);
    expect(checks.repeatIdentical).toBe(true);
    expect(result.request.responseBytes.floor).toBe(result.request.responseBytes.product);
    expect(result.request.role).toBe('REGIONAL');
    expect(checks.anonymousCodes).toEqual({
      product: ['UNAUTHENTICATED'],
      floor: ['UNAUTHENTICATED'],
      data: [null, null],
    });
  });

  it('should have the floor run the product’s SQL statements', () => {
    // Jurisdiction, COUNT and the page, in this order and word for word; then the loaders' batches (court,
    // prosecutor, office, case, notifications). How DataLoader splits a loader's ids into batches depends on
    // when the database's answers arrive (two office batches or one), so those are compared per statement text
    // with the id list left out, and by how many ids each loader asked for in all (each id once per request).
    expect(checks.productSql.length).toBeGreaterThanOrEqual(8);
    expect(checks.floorSql.slice(0, 3)).toEqual(checks.productSql.slice(0, 3));
    expect(checks.productSql[2]).toMatch(/^SELECT "h"\."id"/);
    const batches = (statements: string[]): Record<string, number> => {
      const ids: Record<string, number> = {};
      for (const sql of statements.slice(3)) {
        const list = /IN \((\$\d+(?:, \$\d+)*)\)/.exec(sql);
        expect(list, sql).not.toBeNull();
        const shape = sql.replace(list![0], 'IN (…)');
        ids[shape] = (ids[shape] ?? 0) + list![1]!.split(',').length;
      }
      return ids;
    };
    const product = batches(checks.productSql);
    expect(Object.keys(product)).toHaveLength(5);
    expect(batches(checks.floorSql)).toEqual(product);
  });

  it('should load both servers without errors and print a complete table', () => {
    for (const figures of [result.floor, result.product]) {
      expect(figures.rounds).toHaveLength(1);
      expect(figures.requests).toBeGreaterThan(0);
      expect(figures.reqPerSec).toBeGreaterThan(0);
      expect(figures.errors).toBe(0);
      expect(figures.timeouts).toBe(0);
      expect(figures.non2xx).toBe(0);
      expect(figures.mismatches).toBe(0);
      expect(figures.latencyP99Ms).toBeGreaterThanOrEqual(figures.latencyP50Ms);
      expect(figures.durationSec).toBeGreaterThan(1);
      expect(figures.serverCpuMsPerRequest).toBeGreaterThanOrEqual(0);
    }
    expect(result.ratio).toBeCloseTo(result.product.reqPerSec / result.floor.reqPerSec, 2);
    expect(result.met).toBe(result.ratio >= 0.6);
    expect(result.database.cases).toBeGreaterThan(0);
    expect(result.machine.uptimeBefore).toMatch(/load average/);

    const table = formatThroughput(result);
    expect(table).toMatch(/^floor \(graphql-js/m);
    expect(table).toMatch(/^product \(Apollo/m);
    expect(table).toContain('req/s');
    expect(table).toContain('p99 ms');
    expect(table).toContain('CPU ms/req');
    expect(table).toMatch(/product \/ floor: \d+\.\d% .* target ≥ 60%: (MET|MISSED)/);
    expect(table).toContain('byte-identical answers');
  });
});
