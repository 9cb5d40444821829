// Issue 2, "Done when": the default start (no DATABASE_URL) brings /readyz to 200 within 60 s and answers the
// regions query in three languages; SIGTERM leaves no PostgreSQL behind; a second start reuses the data.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql';
import { tableRowCounts } from '../support/postgres';
import { isAlive, processesMentioning } from '../support/processes';
import { httpStatus, sleep, startExpectingFailure, startServer, type ServerProcess } from '../support/server';
import { createTempDir } from '../support/temp-dir';

const REGIONS = '{ regions { code nameKk nameRu nameEn } }';

interface Region {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/** The embedded database's URL, from what the server keeps in DATA_DIR (its password) and its port. */
function embeddedUrl(server: ServerProcess): string {
  const dataDir = server.env['DATA_DIR'] ?? '';
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${server.env['EMBEDDED_PG_PORT']}/qadagalau`;
}

function logMessages(server: ServerProcess): string[] {
  return server
    .stdout()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => (JSON.parse(line) as { msg: string }).msg);
}

describe('default start with the embedded PostgreSQL', () => {
  let dataDir: string;
  let first: ServerProcess;
  let countsAfterFirstStart: Record<string, number>;

  beforeAll(async () => {
    dataDir = path.join(createTempDir('embedded'), 'data');
    // The product's defaults (no DATABASE_URL, demo data on), except NODE_ENV=test: development would rewrite
    // server/schema.graphql in the working tree.
    first = await startServer({ env: { DATA_DIR: dataDir, DEMO_DATA: undefined } });
    console.log(`cold start (initdb + migrations + seeds): /readyz 200 after ${first.readyAfterMs} ms`);
  });

  afterAll(async () => {
    await first.stop().catch(() => undefined);
  });

  it('should answer /readyz 200 within 60 s of a cold start', () => {
    expect(first.readyAfterMs).toBeLessThan(60_000);
    expect(first.stdout()).toContain(`Qadagalau is ready at http://localhost:${first.port}/`);
    expect(logMessages(first)).toContain('embedded PostgreSQL initialised');
    expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
  });

  it('should answer /healthz 200 and serve HTML at /', async () => {
    expect(await httpStatus(`${first.url}/healthz`)).toBe(200);
    const page = await fetch(`${first.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<html/i);
    const route = await fetch(`${first.url}/some/client/route`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('should answer the regions query with 20 regions named in Kazakh, Russian and English', async () => {
    const result = await graphql<{ regions: Region[] }>(first.url, REGIONS);
    expect(result.errors).toBeUndefined();
    const regions = result.data?.regions ?? [];
    expect(regions).toHaveLength(20);
    expect(new Set(regions.map((r) => r.code)).size).toBe(20);
    for (const region of regions) {
      expect(region.nameKk.trim()).not.toBe('');
      expect(region.nameRu.trim()).not.toBe('');
      expect(region.nameEn.trim()).not.toBe('');
    }
  });

  it('should exit 0 on SIGTERM and leave no PostgreSQL process on its DATA_DIR', async () => {
    countsAfterFirstStart = await tableRowCounts(embeddedUrl(first));
    const pgDir = path.join(dataDir, 'pg');
    const postmaster = processesMentioning(pgDir);
    expect(postmaster).toHaveLength(1);

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(processesMentioning(pgDir)).toEqual([]);
    expect(isAlive(postmaster[0]?.pid ?? -1)).toBe(false);
    expect(existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(false);
    expect(first.stderr()).toBe('');
  });

  it('should reuse the data on a second start: no initialisation, no second seed, no duplicates', async () => {
    const second = await startServer({
      env: { DATA_DIR: dataDir, DEMO_DATA: undefined, EMBEDDED_PG_PORT: first.env['EMBEDDED_PG_PORT'] },
    });
    try {
      console.log(`warm start (existing cluster): /readyz 200 after ${second.readyAfterMs} ms`);
      expect(logMessages(second)).not.toContain('embedded PostgreSQL initialised');
      expect(logMessages(second)).toContain('using existing embedded PostgreSQL cluster');
      expect(await tableRowCounts(embeddedUrl(second))).toEqual(countsAfterFirstStart);
      const result = await graphql<{ regions: Region[] }>(second.url, REGIONS);
      expect(result.data?.regions).toHaveLength(20);
    } finally {
      expect(await second.stop('SIGTERM')).toBe(0);
    }
    expect(processesMentioning(path.join(dataDir, 'pg'))).toEqual([]);
  });
});

describe('a PostgreSQL left running by a crashed server', () => {
  it('should refuse to start with one line naming DATA_DIR', async () => {
    const dataDir = path.join(createTempDir('crashed'), 'data');
    const pgDir = path.join(dataDir, 'pg');
    const crashed = await startServer({ env: { DATA_DIR: dataDir } });
    await crashed.stop('SIGKILL');
    const orphans = processesMentioning(pgDir);
    expect(orphans).toHaveLength(1);
    const orphan = orphans[0]?.pid ?? -1;
    try {
      const result = await startExpectingFailure({ DATA_DIR: dataDir });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^config: DATA_DIR: PostgreSQL \\(pid ${orphan}\\) is still running`),
      );
    } finally {
      // SIGINT: PostgreSQL's fast shutdown.
      process.kill(orphan, 'SIGINT');
      for (let i = 0; i < 100 && isAlive(orphan); i++) await sleep(100);
    }
    expect(isAlive(orphan)).toBe(false);
  });
});
