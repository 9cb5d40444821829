// Issue 2, point 5: on SIGTERM the server stops accepting, finishes in-flight requests, closes WebSocket
// connections cleanly (1001 "Going away") and exits 0.
import { request } from 'node:http';
import { createClient } from 'graphql-ws';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createDatabase } from '../support/postgres';
import { httpStatus, sleep, startServer } from '../support/server';

describe('graceful shutdown', () => {
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'shutdown');
  });

  it('should close an open graphql-ws connection with 1001 and exit 0', async () => {
    const server = await startServer({ env: { DATABASE_URL: databaseUrl } });
    let resolveClosed: (event: { code: number; reason: string }) => void = () => undefined;
    const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      // Keep the socket open between operations, like the dashboard does.
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          resolveClosed({ code, reason });
        },
      },
    });
    // The connection works: a query over the socket.
    const results: unknown[] = [];
    for await (const result of client.iterate({ query: '{ serverInfo { version } }' })) results.push(result);
    expect(results).toEqual([{ data: { serverInfo: { version: '0.1.0' } } }]);

    const exitCode = server.stop('SIGTERM');
    expect(await closed).toEqual({ code: 1001, reason: 'Going away' });
    expect(await exitCode).toBe(0);
    expect(await httpStatus(`${server.url}/healthz`)).toBe(0);
    await client.dispose();
  });

  it('should let a request that is in flight at SIGTERM finish, then exit 0', async () => {
    const server = await startServer({ env: { DATABASE_URL: databaseUrl } });
    const body = JSON.stringify({ query: '{ serverInfo { version } }' });
    const half = Math.floor(body.length / 2);

    // A client that has sent its headers and half the body when the signal arrives.
    const req = request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': body.length },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('error', reject);
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
    });
    req.write(body.slice(0, half));
    await sleep(200);

    const exitCode = server.stop('SIGTERM');
    // Stopped accepting: a new connection is refused while the old request is still open.
    let refused = false;
    for (let i = 0; i < 50 && !refused; i++) {
      refused = (await httpStatus(`${server.url}/healthz`)) === 0;
      if (!refused) await sleep(50);
    }
    expect(refused).toBe(true);
    req.end(body.slice(half));

    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { serverInfo: { version: '0.1.0' } } });
    expect(await exitCode).toBe(0);
    const messages = server.stdout();
    expect(messages.indexOf('"shutting down"')).toBeGreaterThan(-1);
    expect(server.stderr()).toBe('');
  });
});
