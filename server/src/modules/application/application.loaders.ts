// Per-request DataLoaders for applications and requisitions (no N+1 in lists), keyed on the request's loaders
// object so they live exactly as long as one operation.
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AppContext } from '../../app/context';
import { Case } from '../case/case.entity';
import { Requisition } from './requisition.entity';

function createApplicationLoaders(dataSource: DataSource) {
  return {
    case: new DataLoader<string, Case | null>(async (ids) => {
      const rows = await dataSource.getRepository(Case).findBy({ id: In([...ids]) });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    requisitionsByApplication: new DataLoader<string, Requisition[]>(async (ids) => {
      const rows = await dataSource.getRepository(Requisition).find({
        where: { applicationId: In([...ids]) },
        order: { requestedOn: 'ASC', id: 'ASC' },
      });
      const grouped = new Map<string, Requisition[]>();
      for (const row of rows) {
        if (row.applicationId)
          grouped.set(row.applicationId, [...(grouped.get(row.applicationId) ?? []), row]);
      }
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  };
}

export type ApplicationLoaders = ReturnType<typeof createApplicationLoaders>;

const perRequest = new WeakMap<object, ApplicationLoaders>();

/** This operation's loaders for applications, requisitions and their cases. */
export function applicationLoaders(ctx: Pick<AppContext, 'dataSource' | 'loaders'>): ApplicationLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createApplicationLoaders(ctx.dataSource);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
