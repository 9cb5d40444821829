// The schema changes only through migrations: after every migration the database matches every entity, and
// every migration can be reverted (down) and applied again.
import 'reflect-metadata';
import { entities, migrations } from '@qadagalau/server/dist/database/registry';
import { SnakeNamingStrategy } from '@qadagalau/server/dist/database/snake-naming.strategy';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../support/postgres';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const url = await createDatabase(inject('pgAdminUrl'), 'migrations');
    dataSource = new DataSource({
      type: 'postgres',
      url,
      entities,
      migrations,
      namingStrategy: new SnakeNamingStrategy(),
      logging: false,
    });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'all' });
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('should leave no difference between the migrated schema and all the entities', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('should revert every migration down to an empty schema and apply them all again', async () => {
    for (let i = 0; i < migrations.length; i += 1)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const left = (await dataSource.query(
      "select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'migrations'",
    )) as unknown[];
    expect(left).toEqual([]);
    const types = (await dataSource.query(
      "select typname from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' and t.typtype = 'e'",
    )) as unknown[];
    expect(types).toEqual([]);

    const applied = await dataSource.runMigrations({ transaction: 'all' });
    expect(applied).toHaveLength(migrations.length);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
