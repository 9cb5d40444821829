// Issue 8, faults: the embedded PostgreSQL (the default start, no DATABASE_URL) is killed under the running
// server, as the OOM killer would: the server answers 503 and coded errors meanwhile, starts PostgreSQL again by
// itself on the same data, and serves again — same process; SIGTERM afterwards still leaves no PostgreSQL behind.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql';
import { tally } from '../support/hardening';
import { isAlive, processesMentioning } from '../support/processes';
import { sleep, startServer, type ServerProcess } from '../support/server';
import { createTempDir } from '../support/temp-dir';

const REGIONS = '{ regions { code } }';

async function readyz(url: string): Promise<number> {
  const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  return response.status;
}

describe('the embedded PostgreSQL killed under a running server', () => {
  let dataDir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dataDir = path.join(createTempDir('embedded-kill'), 'data');
    server = await startServer({ env: { DATA_DIR: dataDir } });
  }, 90_000);

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
  });

  it('should start it again by itself and serve again', async () => {
    const postmaster = (): number =>
      Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const killed = postmaster();
    expect((await graphql(server.url, REGIONS)).errors).toBeUndefined();

    process.kill(killed, 'SIGKILL');
    const killedAt = Date.now();
    // Its orphaned backends may answer a last query or two: look until the outage shows (the restart waits 0.5 s).
    let during = await graphql(server.url, REGIONS);
    while (!during.errors && Date.now() - killedAt < 5_000) {
      await sleep(20);
      during = await graphql(server.url, REGIONS);
    }
    const unready = await readyz(server.url);

    let ready = 0;
    while (ready !== 200 && Date.now() - killedAt < 30_000) {
      await sleep(100);
      ready = await readyz(server.url);
    }
    const back = Date.now() - killedAt;
    const after = await graphql<{ regions: unknown[] }>(server.url, REGIONS);
    console.log(`embedded PostgreSQL SIGKILLed: /readyz 200 again after ${back} ms (server pid unchanged)`);

    expect(unready).toBe(503);
    expect(during.errors?.[0]?.extensions?.['code']).toBe('INTERNAL');
    expect(during.errors?.[0]?.message).toBe('Database unavailable, try again');
    expect(ready).toBe(200);
    expect(after.errors).toBeUndefined();
    expect(after.data?.regions).toHaveLength(20);
    expect(isAlive(server.pid)).toBe(true);
    expect(postmaster()).not.toBe(killed);
    expect(server.stdout()).toContain('embedded PostgreSQL restarted');
    tally('fault', 'embedded PostgreSQL killed (SIGKILL) under the server', 1);

    // And the way out still leaves nothing running.
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 60_000);
});
