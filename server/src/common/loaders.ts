import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Court } from '../modules/court/court.entity';
import { Office } from '../modules/office/office.entity';
import { Region } from '../modules/region/region.entity';

function byId<T extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  target: EntityTarget<T>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(target).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request batching of the relations lists ask for (no N+1): one query per entity kind and tick. */
export function createLoaders(dataSource: DataSource) {
  return {
    office: byId(dataSource, Office),
    court: byId(dataSource, Court),
    region: byId(dataSource, Region),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
