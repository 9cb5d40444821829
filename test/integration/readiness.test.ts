// Issue 2, point 5: /readyz answers 200 only while the database answers and no migration is pending; 503 with
// a JSON reason otherwise, and 200 again once the cause is gone.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, withClient } from '../support/postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

interface ReadyzAnswer {
  status: number;
  body: { status: string; reason?: string };
}

async function readyz(server: ServerProcess): Promise<ReadyzAnswer> {
  const response = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as ReadyzAnswer['body'] };
}

/** Polls /readyz until `accept` holds (the pool may need a moment to notice a cut or a recovery). */
async function readyzUntil(
  server: ServerProcess,
  accept: (a: ReadyzAnswer) => boolean,
): Promise<ReadyzAnswer> {
  let last: ReadyzAnswer | undefined;
  for (let i = 0; i < 50; i++) {
    last = await readyz(server);
    if (accept(last)) return last;
    await sleep(100);
  }
  return last as ReadyzAnswer;
}

describe('/readyz', () => {
  let databaseUrl: string;
  let proxy: TcpProxy;
  let server: ServerProcess;

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'readyz');
    const direct = new URL(databaseUrl);
    proxy = await startTcpProxy(Number(direct.port));
    const viaProxy = new URL(databaseUrl);
    viaProxy.port = String(proxy.port);
    server = await startServer({ env: { DATABASE_URL: viaProxy.toString() } });
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
    await proxy.close();
  });

  it('should answer 200 when the database answers and every migration is applied', async () => {
    expect(await readyz(server)).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('should answer 503 with a reason while the database is unreachable, and 200 once it is back', async () => {
    await proxy.cut();
    const down = await readyzUntil(server, (a) => a.status === 503);
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('unavailable');
    expect(down.body.reason).toMatch(/database/);
    // The process itself is fine: liveness stays green, so an orchestrator does not restart it.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await proxy.restore();
    expect(await readyzUntil(server, (a) => a.status === 200)).toEqual({
      status: 200,
      body: { status: 'ready' },
    });
  });

  it('should answer 503 naming the migration while one is pending', async () => {
    const latest = await withClient(databaseUrl, async (client) => {
      const rows = await client.query<{ id: number; timestamp: string; name: string }>(
        'select id, timestamp, name from migrations order by id desc limit 1',
      );
      return rows.rows[0];
    });
    // The reference data and the domain arrive as migrations; without one there is nothing to take back.
    expect(latest, 'no migration has been applied').toBeDefined();
    if (!latest) return;
    await withClient(databaseUrl, (client) =>
      client.query('delete from migrations where id = $1', [latest.id]),
    );
    try {
      const pending = await readyz(server);
      expect(pending.status).toBe(503);
      expect(pending.body.reason).toBe(`pending migrations: ${latest.name}`);
    } finally {
      await withClient(databaseUrl, (client) =>
        client.query('insert into migrations (id, timestamp, name) values ($1, $2, $3)', [
          latest.id,
          latest.timestamp,
          latest.name,
        ]),
      );
    }
    expect(await readyz(server)).toEqual({ status: 200, body: { status: 'ready' } });
  });
});
