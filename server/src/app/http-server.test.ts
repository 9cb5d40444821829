import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../common/logger';
import { TokenService } from '../modules/auth/token.service';
import { CalendarService } from '../modules/calendar/calendar.service';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ROLE_BUDGETS } from '../common/cost-limit';
import { MAX_QUERY_DEPTH } from '../common/depth-limit';
import { Role } from '@qadagalau/shared';
import { startHttpServer, type RunningHttpServer } from './http-server';
import type { Readiness } from './readiness';
import { buildAppSchema } from './schema';

const logger = createLogger({ level: 'error', pretty: false, write: () => undefined });
// serverInfo, the only field these tests query, does not touch the database.
const noDatabase = {} as DataSource;
const tokens = new TokenService('a-test-secret-of-at-least-32-characters', 3600);

async function start(dashboardDir: string, readiness: () => Promise<Readiness>): Promise<RunningHttpServer> {
  return startHttpServer({
    config: { port: 0, host: '127.0.0.1', nodeEnv: 'test' },
    schema: await buildAppSchema(),
    dataSource: noDatabase,
    logger,
    tokens,
    calendar: new CalendarService(),
    now: () => new Date(),
    readiness,
    dashboardDir,
  });
}

describe('http server', () => {
  let dir: string;
  let built: RunningHttpServer;
  let unbuilt: RunningHttpServer;
  let ready: Readiness = { ready: true };
  const url = (server: RunningHttpServer, p: string): string => `http://127.0.0.1:${server.port}${p}`;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'qadagalau-dashboard-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><body>dashboard</body></html>');
    writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'assets', 'big-5678.js'), `${'console.log("qadagalau");\n'.repeat(500)}`);
    built = await start(dir, async () => ready);
    unbuilt = await start(path.join(dir, 'missing'), async () => ready);
  });

  afterAll(async () => {
    await built.stop(1_000);
    await unbuilt.stop(1_000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('should serve index.html at / and for client-side routes', async () => {
    for (const route of ['/', '/cases/42', '/ru/protests']) {
      const response = await fetch(url(built, route));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('dashboard');
    }
  });

  it('should serve hashed assets as immutable and answer 404 for a missing one', async () => {
    const asset = await fetch(url(built, '/assets/app-1234.js'));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(url(built, '/assets/gone-9999.js'))).status).toBe(404);
  });

  it('should send the dashboard gzip-compressed to a browser that accepts it', async () => {
    const plain = await fetch(url(built, '/assets/big-5678.js'), {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const zipped = await fetch(url(built, '/assets/big-5678.js'), { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe(text);
    expect(zipped.headers.get('cache-control')).toContain('immutable');
  });

  it('should refuse an operation nested deeper than the limit, over HTTP and WebSocket, before running it', async () => {
    // offices → parent → parent … → id: 1 + n + 1 levels (Office.parent makes the schema cyclic).
    const nested = (parents: number) =>
      `{ offices { ${'parent { '.repeat(parents)}id${' }'.repeat(parents)} } }`;
    const post = (query: string) =>
      fetch(url(built, '/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).then(
        async (r) => (await r.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
      );

    const tooDeep = await post(nested(MAX_QUERY_DEPTH - 1));
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooDeep.errors?.[0]?.message).toBe(
      `The operation is ${MAX_QUERY_DEPTH + 1} levels deep; at most ${MAX_QUERY_DEPTH} are allowed`,
    );
    // At the limit the document passes validation (it then fails only for want of a database here).
    const atLimit = await post(nested(MAX_QUERY_DEPTH - 2));
    expect(atLimit.errors?.[0]?.message ?? '').not.toMatch(/levels deep/);
    // A fragment spread counts where it is spread.
    const viaFragment = await post(
      `{ offices { ...Deep } } fragment Deep on Office { ${'parent { '.repeat(MAX_QUERY_DEPTH - 1)}id${' }'.repeat(MAX_QUERY_DEPTH - 1)} }`,
    );
    expect(viaFragment.errors?.[0]?.message).toMatch(/levels deep/);

    const client = createClient({
      url: `ws://127.0.0.1:${built.port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: nested(MAX_QUERY_DEPTH - 1) },
          {
            next: () => resolve('unexpected data'),
            error: (error) => resolve(error),
            complete: () => resolve('completed without error'),
          },
        );
      });
      expect(Array.isArray(errors)).toBe(true);
      expect(JSON.stringify(errors)).toMatch(/levels deep/);
    } finally {
      await client.dispose();
    }
  });

  it("should refuse an operation over the caller's cost budget, over HTTP and WebSocket, before running it", async () => {
    const tokenOf = async (role: Role): Promise<string> =>
      (
        await tokens.issue({
          userId: '00000000-0000-4000-8000-000000000001',
          username: 'u',
          role,
          officeId: null,
        })
      ).token;
    const post = (query: string, token?: string) =>
      fetch(url(built, '/graphql'), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query }),
      }).then(
        async (r) =>
          (await r.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] },
      );
    // A page of 100 cases with their timelines costs 5,300; three aliased copies exceed a district's 15,000.
    const page = (alias: string) => `${alias}: cases(first: 100) { edges { node { timeline { at } } } }`;
    const heavy = `{ ${page('a')} ${page('b')} ${page('c')} }`;
    const district = await tokenOf(Role.DISTRICT);
    const refused = await post(heavy, district);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      cost: 15_900,
      budget: ROLE_BUDGETS[Role.DISTRICT],
    });
    expect(refused.errors?.[0]?.message).toMatch(/would cost 15900; your limit is 15000/);
    // The Department's budget admits it: it passes the check (and then fails only for want of a database here).
    const department = await post(heavy, await tokenOf(Role.DEPARTMENT));
    expect(department.errors?.[0]?.message ?? '').not.toMatch(/would cost/);
    // Callers not signed in can read the reference lists, not five times over all the courts: they are told to
    // sign in. (courts: 400 × (court, region, locality) = 1,200 each.)
    const courts = (alias: string) => `${alias}: courts { region { id } locality { id } }`;
    const anonymous = await post(`{ ${['a', 'b', 'c', 'd', 'e'].map(courts).join(' ')} }`);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      cost: 6_000,
      budget: 5_000,
    });
    expect((await post('{ serverInfo { version } }')).errors).toBeUndefined();

    const client = createClient({
      url: `ws://127.0.0.1:${built.port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${district}` },
    });
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: heavy },
          {
            next: () => resolve('unexpected data'),
            error: (error) => resolve(error),
            complete: () => resolve('completed without error'),
          },
        );
      });
      expect(JSON.stringify(errors)).toMatch(/would cost 15900; your limit is 15000/);
      expect(JSON.stringify(errors)).toMatch(/BAD_USER_INPUT/);
    } finally {
      await client.dispose();
    }
  });

  it('should serve a placeholder page when the dashboard is not built', async () => {
    const response = await fetch(url(unbuilt, '/anything'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('the dashboard is not built yet');
  });

  it('should answer GraphQL over HTTP at /graphql', async () => {
    const response = await fetch(url(built, '/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { version } }' }),
    });
    expect(await response.json()).toEqual({ data: { serverInfo: { version: '0.1.0' } } });
  });

  it('should answer a bad document 200 to application/json clients and 400 to graphql-response+json ones', async () => {
    const post = (accept: string, body: object) =>
      fetch(url(built, '/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify(body),
      });
    for (const body of [{ query: '{' }, { query: '{ noSuchField }' }]) {
      const legacy = await post('application/json', body);
      expect(legacy.status).toBe(200);
      const answer = (await legacy.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect((await post('application/graphql-response+json', body)).status).toBe(400);
    }
    expect((await post('application/json', { query: 1 })).status).toBe(400);
  });

  it('should answer malformed JSON with a coded JSON error, not an HTML stack trace', async () => {
    const response = await fetch(url(built, '/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('should answer /healthz 200 and /readyz according to the readiness check', async () => {
    expect((await fetch(url(built, '/healthz'))).status).toBe(200);
    expect((await fetch(url(built, '/readyz'))).status).toBe(200);
    ready = { ready: false, reason: 'pending migrations: X' };
    const response = await fetch(url(built, '/readyz'));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'pending migrations: X' });
    ready = { ready: true };
  });
});
