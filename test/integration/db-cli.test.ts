// Issue 2, point 2: migrations also run through `npm run db:migrate`; `npm run db:reset` drops everything,
// migrates and seeds again, and is refused in production.
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../support/cli';
import { createDatabase, tableRowCounts, withClient } from '../support/postgres';
import { createTempDir } from '../support/temp-dir';

describe('db command line', () => {
  let databaseUrl: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'dbcli');
    env = { DATABASE_URL: databaseUrl, DATA_DIR: path.join(createTempDir('dbcli'), 'data') };
  });

  it('should apply every migration and seed the reference data with `migrate`, idempotently', async () => {
    const first = await runCli('db.js', ['migrate'], env);
    expect(first.code, first.stderr).toBe(0);
    const counts = await tableRowCounts(databaseUrl);
    expect(counts['migrations']).toBeGreaterThan(0);

    const second = await runCli('db.js', ['migrate'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(await tableRowCounts(databaseUrl)).toEqual(counts);
  });

  it('should drop everything, migrate and seed again with `reset`', async () => {
    const before = await tableRowCounts(databaseUrl);
    await withClient(databaseUrl, (client) => client.query('create table scratch (note text)'));

    const result = await runCli('db.js', ['reset'], env);
    expect(result.code, result.stderr).toBe(0);
    const after = await tableRowCounts(databaseUrl);
    expect(after).not.toHaveProperty('scratch');
    expect(after).toEqual(before);
  });

  it('should refuse `reset` when NODE_ENV=production', async () => {
    await withClient(databaseUrl, (client) => client.query('create table keep_me (note text)'));
    const result = await runCli('db.js', ['reset'], {
      ...env,
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('db: reset drops every table; refused when NODE_ENV=production');
    expect(await tableRowCounts(databaseUrl)).toHaveProperty('keep_me');
  });
});
