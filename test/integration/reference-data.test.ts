// Issue 2, point 3: the national reference data. After the server's own start (migrations + seeds) the schema
// equals what the entities describe, the GraphQL queries answer in three languages (with history by date), and
// neither a restart nor another seed run adds or changes a row.
import 'reflect-metadata';
import { migrations, referenceEntities } from '@qadagalau/server/dist/database/registry';
import { upsertReference } from '@qadagalau/server/dist/database/seeds/reference/reference.seed';
import { SnakeNamingStrategy } from '@qadagalau/server/dist/database/snake-naming.strategy';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../support/graphql';
import { createDatabase, tableRowCounts } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const REFERENCE_TABLES = ['region', 'region_history', 'locality', 'office', 'court', 'thematic_direction'];

interface RegionAnswer {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kind: string;
  centreEn: string;
  history: Array<{
    kind: string;
    eventDate: string;
    fromNameEn: string | null;
    relatedRegion: { code: string } | null;
  }>;
}

function referenceCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(REFERENCE_TABLES.map((table) => [table, counts[table] ?? -1]));
}

describe('national reference data', () => {
  let databaseUrl: string;
  let server: ServerProcess;

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'reference');
    server = await startServer({ env: { DATABASE_URL: databaseUrl } });
  });

  afterAll(async () => {
    await server.stop().catch(() => undefined);
  });

  it('should leave no difference between the migrated schema and the reference entities', async () => {
    const dataSource = new DataSource({
      type: 'postgres',
      url: databaseUrl,
      entities: referenceEntities,
      migrations,
      namingStrategy: new SnakeNamingStrategy(),
    });
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('should answer the 20 current regions in three languages, in the official order', async () => {
    const answer = await graphql<{ regions: RegionAnswer[] }>(
      server.url,
      '{ regions { code nameKk nameRu nameEn kind centreEn history { kind eventDate fromNameEn relatedRegion { code } } } }',
    );
    expect(answer.errors).toBeUndefined();
    const regions = answer.data?.regions ?? [];
    expect(regions).toHaveLength(20);
    expect(regions.slice(0, 2).map((r) => r.code)).toEqual(['ABAI', 'AKMOLA']);
    expect(regions.slice(-3).map((r) => r.code)).toEqual(['ASTANA', 'ALMATY_CITY', 'SHYMKENT']);
    for (const region of regions) {
      expect(region.nameKk && region.nameRu && region.nameEn, region.code).toBeTruthy();
    }
    const turkistan = regions.find((r) => r.code === 'TURKISTAN');
    expect(turkistan?.history).toContainEqual({
      kind: 'RENAMED',
      eventDate: '2018-06-19',
      fromNameEn: 'South Kazakhstan Region',
      relatedRegion: null,
    });
    expect(regions.find((r) => r.code === 'ABAI')?.history[0]?.relatedRegion?.code).toBe('EAST_KAZAKHSTAN');
  });

  it('should describe the regions as they were on an earlier day', async () => {
    const answer = await graphql<{
      regions: RegionAnswer[];
      astana: RegionAnswer | null;
      abai: RegionAnswer | null;
    }>(
      server.url,
      `
        query ($day: Date!) {
          regions(asOf: $day) {
            code
            nameEn
            centreEn
          }
          astana: region(code: "ASTANA", asOf: "2020-01-01") {
            nameEn
            nameKk
          }
          abai: region(code: "ABAI", asOf: $day) {
            code
          }
        }
      `,
      { day: '2016-03-01' },
    );
    expect(answer.errors).toBeUndefined();
    const regions = answer.data?.regions ?? [];
    expect(regions).toHaveLength(16);
    expect(regions.find((r) => r.code === 'TURKISTAN')).toEqual({
      code: 'TURKISTAN',
      nameEn: 'South Kazakhstan Region',
      centreEn: 'Shymkent',
    });
    expect(regions.find((r) => r.code === 'ALMATY')?.centreEn).toBe('Taldykorgan');
    expect(answer.data?.astana).toEqual({ nameEn: 'Nur-Sultan', nameKk: 'Нұр-Сұлтан қаласы' });
    expect(answer.data?.abai).toBeNull();
  });

  it('should list offices, courts and thematic directions by region and kind', async () => {
    const answer = await graphql<{
      regional: Array<{
        code: string;
        nameRu: string;
        parent: { code: string };
        locality: { nameEn: string };
      }>;
      supreme: Array<{ instance: string; region: null; locality: { code: string } }>;
      appeal: Array<{ code: string; nameKk: string; website: string }>;
      themes: Array<{ code: string; paragraph: number }>;
      all: Array<{ code: string }>;
    }>(
      server.url,
      `
        {
          regional: offices(regionCode: "AKMOLA", kinds: [REGIONAL]) {
            code
            nameRu
            parent {
              code
            }
            locality {
              nameEn
            }
          }
          supreme: courts(kinds: [SUPREME]) {
            instance
            region {
              code
            }
            locality {
              code
            }
          }
          appeal: courts(regionCode: "ASTANA", kinds: [REGIONAL]) {
            code
            nameKk
            website
          }
          themes: thematicDirections(mandatory: true) {
            code
            paragraph
          }
          all: offices {
            code
          }
        }
      `,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.regional).toEqual([
      {
        code: 'PO.AKMOLA',
        nameRu: 'Прокуратура Акмолинской области',
        parent: { code: 'GPO' },
        locality: { nameEn: 'Kokshetau' },
      },
    ]);
    expect(answer.data?.supreme).toEqual([
      { instance: 'CASSATION', region: null, locality: { code: 'ASTANA.CITY' } },
    ]);
    expect(answer.data?.appeal).toEqual([
      { code: 'APPEAL.ASTANA', nameKk: 'Астана қалалық соты', website: 'https://ast.sud.kz' },
    ]);
    expect(answer.data?.themes).toHaveLength(14);
    expect(answer.data?.themes.every((t) => t.paragraph === 6)).toBe(true);
    expect(answer.data?.all[0]?.code).toBe('GPO');
  });

  it('should refuse an unknown region code and a day before the kept history with BAD_USER_INPUT', async () => {
    const unknown = await graphql(server.url, '{ offices(regionCode: "ATLANTIS") { code } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    const early = await graphql(server.url, '{ regions(asOf: "2010-01-01") { code } }');
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('should neither add nor change a row on a restart or a second seed run', async () => {
    const before = referenceCounts(await tableRowCounts(databaseUrl));
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    expect(before['region']).toBe(20);

    expect(await server.stop()).toBe(0);
    server = await startServer({ env: { DATABASE_URL: databaseUrl } });
    expect(referenceCounts(await tableRowCounts(databaseUrl))).toEqual(before);

    const dataSource = new DataSource({
      type: 'postgres',
      url: databaseUrl,
      entities: referenceEntities,
      namingStrategy: new SnakeNamingStrategy(),
    });
    await dataSource.initialize();
    try {
      const written = await upsertReference(dataSource);
      for (const table of REFERENCE_TABLES)
        expect(written[table], table).toEqual({ inserted: 0, updated: 0 });
    } finally {
      await dataSource.destroy();
    }
    expect(referenceCounts(await tableRowCounts(databaseUrl))).toEqual(before);
  });
});
