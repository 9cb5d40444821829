// Issue 8, GraphQL limits, as a client meets them on a server in production mode: depth limit, page size,
// request body size, introspection off, CSRF prevention on, no internals in errors, and every refusal coded from the
// one closed set, and the cost budget of the caller's role.
import { ErrorCode } from '@qadagalau/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoToken, graphql } from '../support/graphql';
import { tally } from '../support/hardening';
import { createDatabase } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const CODES = new Set<string>(Object.values(ErrorCode));

describe('GraphQL limits in production mode', () => {
  let server: ServerProcess;
  let auth: Record<string, string>;

  beforeAll(async () => {
    const databaseUrl = await createDatabase(inject('pgAdminUrl'), 'limits');
    server = await startServer({
      env: {
        DATABASE_URL: databaseUrl,
        DEMO_DATA: 'on',
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-at-least-32-characters!',
      },
    });
    auth = { authorization: `Bearer ${(await demoToken(server.url, 'district')) ?? ''}` };
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** Every error is coded from the closed set and carries no stack trace or internals. */
  function expectCoded(
    errors: { message: string; extensions?: Record<string, unknown> }[] | undefined,
    code: string,
  ) {
    expect(errors?.length).toBeGreaterThan(0);
    for (const error of errors ?? []) {
      expect(CODES.has(String(error.extensions?.['code']))).toBe(true);
      expect(JSON.stringify(error)).not.toMatch(/stacktrace|\bat .+\.js:\d+/);
    }
    expect(errors?.[0]?.extensions?.['code']).toBe(code);
  }

  it('should refuse an operation deeper than the limit before running it', async () => {
    const deep = `{ offices { ${'parent { '.repeat(10)}id${' }'.repeat(10)} } }`;
    const answer = await graphql(server.url, deep, {}, auth);
    expectCoded(answer.errors, 'BAD_USER_INPUT');
    expect(answer.data).toBeUndefined();
    tally('hostile', 'operations deeper than the limit', 1);
  });

  it("should refuse an operation over the role's cost budget, and run the same one within it", async () => {
    // Four aliased pages of 100 cases with their timelines: 21,200 — over a district's 15,000.
    const page = (alias: string) => `${alias}: cases(first: 100) { edges { node { timeline { at } } } }`;
    const heavy = `{ ${['a', 'b', 'c', 'd'].map(page).join(' ')} }`;
    const refused = await graphql(server.url, heavy, {}, auth);
    expectCoded(refused.errors, 'BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ cost: 21_200, budget: 15_000 });
    expect(refused.data).toBeUndefined();
    // One page is within it and answers.
    const one = await graphql<{ a: { edges: unknown[] } }>(server.url, `{ ${page('a')} }`, {}, auth);
    expect(one.errors).toBeUndefined();
    expect(one.data?.a.edges.length).toBeGreaterThan(0);
    tally('hostile', 'operations over the cost budget', 1);
  });

  it('should refuse a page larger than 100', async () => {
    const answer = await graphql(server.url, '{ cases(first: 101) { totalCount } }', {}, auth);
    expectCoded(answer.errors, 'BAD_USER_INPUT');
    tally('hostile', 'pages over 100', 1);
  });

  it('should answer introspection with a coded refusal in production', async () => {
    const answer = await graphql(server.url, '{ __schema { queryType { name } } }', {}, auth);
    expectCoded(answer.errors, 'BAD_USER_INPUT');
    expect(answer.data).toBeUndefined();
    tally('hostile', 'introspection in production', 1);
  });

  it('should refuse a request body over 1 MB with a coded JSON error, not an HTML page', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as {
      errors: { message: string; extensions?: Record<string, unknown> }[];
    };
    expectCoded(body.errors, 'BAD_USER_INPUT');
    tally('hostile', 'request bodies over 1 MB', 1);
  });

  it('should block a simple cross-site GET (CSRF prevention) and serve one with a preflight header', async () => {
    const query = encodeURIComponent('{ me { id } }');
    const simple = await fetch(`${server.url}/graphql?query=${query}`, { headers: auth });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/i);
    const preflighted = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { ...auth, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    tally('hostile', 'cross-site GET without a preflight (CSRF)', 1);
  });

  it('should answer a malformed request with a coded JSON error and no internals', async () => {
    const malformed = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as {
      errors: { message: string; extensions?: Record<string, unknown> }[];
    };
    expectCoded(body.errors, 'BAD_USER_INPUT');
    tally('hostile', 'malformed JSON bodies', 1);
  });
});
