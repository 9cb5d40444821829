import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Case } from '../modules/case/case.entity';
import { Court } from '../modules/court/court.entity';
import { Hearing } from '../modules/hearing/hearing.entity';
import { Notification } from '../modules/notification/notification.entity';
import { Office } from '../modules/office/office.entity';
import { Prosecutor } from '../modules/prosecutor/prosecutor.entity';
import { Region } from '../modules/region/region.entity';
import { ThematicDirection } from '../modules/theme/thematic-direction.entity';

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

/** Rows of `target` per case id (a case's hearings, notifications…), ordered by `orderBy`. */
function byCase<T extends ObjectLiteral & { caseId: string }>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  orderBy: string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (caseIds) => {
    const rows = await dataSource.getRepository(target).find({
      where: { caseId: In([...caseIds]) } as never,
      order: { [orderBy]: 'ASC', id: 'ASC' } as never,
    });
    const grouped = new Map<string, T[]>();
    for (const row of rows) grouped.set(row.caseId, [...(grouped.get(row.caseId) ?? []), row]);
    return caseIds.map((id) => grouped.get(id) ?? []);
  });
}

/** Per-request batching of the relations lists ask for (no N+1): one query per entity kind and tick. */
export function createLoaders(dataSource: DataSource) {
  return {
    office: byId(dataSource, Office),
    court: byId(dataSource, Court),
    region: byId(dataSource, Region),
    prosecutor: byId(dataSource, Prosecutor),
    thematicDirection: byId(dataSource, ThematicDirection),
    case: byId(dataSource, Case),
    hearingsByCase: byCase(dataSource, Hearing, 'scheduledAt'),
    notificationsByCase: byCase(dataSource, Notification, 'sentAt'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
