// Issue 2, "Done when": against Debian's PostgreSQL 15 through DATABASE_URL the server starts no embedded
// database and works the same. The test runs its own throw-away PG 15 cluster, never the system one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, withClient } from '../support/postgres';
import { pg15Available, PG15_BIN, startPg15Cluster, type Pg15Cluster } from '../support/pg15';
import { processesMentioning } from '../support/processes';
import { startServer, type ServerProcess } from '../support/server';

const available = pg15Available();
const onCi = process.env['CI'] === 'true';

describe('PostgreSQL 15 binaries', () => {
  it.runIf(onCi)(`should be installed on CI (${PG15_BIN}; .ci/run installs postgresql-15)`, () => {
    expect(available).toBe(true);
  });
});

describe.skipIf(!available)('an external PostgreSQL 15 through DATABASE_URL', () => {
  let cluster: Pg15Cluster;
  let server: ServerProcess;
  let databaseUrl: string;

  beforeAll(async () => {
    cluster = await startPg15Cluster();
    databaseUrl = await createDatabase(cluster.adminUrl, 'qadagalau');
    server = await startServer({ env: { DATABASE_URL: databaseUrl } });
  });

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
    cluster?.stop();
  });

  it('should become ready without starting an embedded PostgreSQL', async () => {
    const version = await withClient(databaseUrl, async (client) => {
      const result = await client.query<{ server_version: string }>('show server_version');
      return result.rows[0]?.server_version ?? '';
    });
    expect(version).toMatch(/^15\./);
    const dataDir = server.env['DATA_DIR'] ?? '';
    expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(server.stdout()).not.toContain('embedded PostgreSQL');
    expect(server.stdout()).toContain('using the database at DATABASE_URL');
  });

  it('should answer the regions query the same way', async () => {
    const result = await graphql<{
      regions: Array<{ code: string; nameKk: string; nameRu: string; nameEn: string }>;
    }>(server.url, '{ regions { code nameKk nameRu nameEn } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions).toHaveLength(20);
  });

  it('should exit 0 on SIGTERM and leave the external server running', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(await withClient(cluster.adminUrl, (client) => client.query('select 1'))).toBeTruthy();
  });
});
