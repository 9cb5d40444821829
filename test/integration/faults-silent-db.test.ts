// Issue 8, faults: the network to the database goes silent — no refusal, no reset, just nothing coming back (a
// frozen host, a firewall dropping packets). Nothing tells the server; only its own timeouts can end the wait.
// /readyz answers 503 within its 3 s, every request ends with a coded error within the query timeout (statement
// timeout 15 s + 2 s), the connections that timed out are not handed out again (the next requests fail after
// the 5 s connect timeout instead of waiting out another query timeout), and when the network is back the server
// recovers by itself; asked to stop while the database is silent, it still exits promptly.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { tally } from '../support/hardening';
import { createDatabase } from '../support/postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';
import { startStallProxy, type StallProxy } from '../support/stall-proxy';

const REGIONS = '{ regions { code } }';
/** server/src/database/data-source.ts: statement_timeout 15 s + 2 s on the client side; connect timeout 5 s. */
const QUERY_TIMEOUT_MS = 17_000;
const CONNECT_TIMEOUT_MS = 5_000;
const SLACK_MS = 2_500;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

async function readyz(url: string): Promise<number> {
  const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(20_000) });
  await response.arrayBuffer();
  return response.status;
}

/** A GraphQL request that may take long (the helper's own 15 s abort would end it first). */
async function slowGraphql(url: string, query: string): Promise<GraphQLResponse<unknown>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(40_000),
  });
  return {
    status: response.status,
    ...((await response.json()) as Omit<GraphQLResponse<unknown>, 'status'>),
  };
}

describe('a database that goes silent', () => {
  let proxy: StallProxy;
  let server: ServerProcess;

  beforeAll(async () => {
    const databaseUrl = new URL(await createDatabase(inject('pgAdminUrl'), 'silent'));
    proxy = await startStallProxy(Number(databaseUrl.port));
    databaseUrl.port = String(proxy.port);
    server = await startServer({ env: { DATABASE_URL: databaseUrl.toString() } });
  }, 60_000);

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
    await proxy?.close();
  });

  it('should bound every request, not reuse the timed-out connections, and recover by itself', async () => {
    // Several pooled connections, idle and about to go silent.
    for (const answer of await Promise.all([1, 2, 3, 4].map(() => graphql(server.url, REGIONS)))) {
      expect(answer.errors).toBeUndefined();
    }
    proxy.stall();
    const stalledAt = Date.now();

    const [probe, ...firstWave] = await Promise.all([
      timed(() => readyz(server.url)),
      // Nine, with the probe as many as the pool holds (10): every connection idle at the stall is taken now,
      // so none of them can be left idle for the next wave to find.
      ...Array.from({ length: 9 }, () => timed(() => slowGraphql(server.url, REGIONS))),
    ]);
    expect(probe!.value).toBe(503);
    expect(probe!.ms).toBeLessThan(3_000 + 1_500);
    // Then, still silent: the connections that timed out are gone, new ones cannot be made.
    const secondWave = await Promise.all([1, 2, 3].map(() => timed(() => slowGraphql(server.url, REGIONS))));
    for (const { value } of [...firstWave, ...secondWave]) {
      expect(value.errors?.[0]?.extensions?.['code']).toBe('INTERNAL');
      expect(value.errors?.[0]?.message).toBe('Database unavailable, try again');
    }
    const first = Math.max(...firstWave.map((r) => r.ms));
    const second = Math.max(...secondWave.map((r) => r.ms));

    proxy.resume();
    const resumedAt = Date.now();
    let ready = 0;
    while (ready !== 200 && Date.now() - resumedAt < 15_000) {
      ready = await readyz(server.url);
      if (ready !== 200) await sleep(100);
    }
    const readyAfter = Date.now() - resumedAt;
    const after = await timed(() => graphql(server.url, REGIONS));
    console.log(
      `silent database: /readyz 503 in ${probe!.ms} ms; requests on silent connections answered in ≤ ${first} ms, ` +
        `the next ones in ≤ ${second} ms; silent for ${resumedAt - stalledAt} ms; /readyz 200 ${readyAfter} ms ` +
        `after the network was back, a query then took ${after.ms} ms`,
    );
    expect(first).toBeLessThanOrEqual(QUERY_TIMEOUT_MS + SLACK_MS);
    expect(second).toBeLessThanOrEqual(CONNECT_TIMEOUT_MS + SLACK_MS);
    expect(ready).toBe(200);
    expect(after.value.errors).toBeUndefined();
    expect(after.ms).toBeLessThan(2_000);
    expect(await Promise.race([server.exited.then(() => 'exited'), sleep(0).then(() => 'running')])).toBe(
      'running',
    );
    tally('fault', 'database gone silent (no refusal, no reset)', 1);

    // Silent again, and the server is asked to stop: it still exits in bounded time (its database connections
    // cannot be ended politely, so they are cut).
    proxy.stall();
    await sleep(500);
    const stopping = Date.now();
    const code = await server.stop('SIGTERM', 40_000);
    const stopMs = Date.now() - stopping;
    console.log(`SIGTERM with the database silent: exit ${code} after ${stopMs} ms`);
    expect(stopMs).toBeLessThan(12_000);
    expect(code).toBe(0);
    tally('fault', 'SIGTERM while the database is silent', 1);
  }, 60_000);
});
