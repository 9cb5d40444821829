// Per-request DataLoaders for reconciliations (no N+1 when an office lists its acts), keyed on the request's
// loaders object so they live exactly as long as one operation.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppContext } from '../../app/context';
import { ReconciliationItem } from './reconciliation-item.entity';

function createReconciliationLoaders(dataSource: DataSource) {
  return {
    /** Items of each reconciliation, by case number, cases without a discrepancy first. */
    items: new DataLoader<string, ReconciliationItem[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(ReconciliationItem)
        .createQueryBuilder('i')
        .innerJoin('court_case', 'c', 'c.id = i.case_id')
        .where('i.reconciliation_id = ANY(:ids::uuid[])', { ids: [...ids] })
        .orderBy('c.number', 'ASC')
        .addOrderBy('i.discrepancy', 'ASC', 'NULLS FIRST')
        .addOrderBy('i.id', 'ASC')
        .getMany();
      const grouped = new Map<string, ReconciliationItem[]>();
      for (const row of rows)
        grouped.set(row.reconciliationId, [...(grouped.get(row.reconciliationId) ?? []), row]);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    /** Display names of the users who resolved or signed (null for an unknown id). */
    userName: new DataLoader<string, string | null>(async (ids) => {
      const rows = (await dataSource.query(
        'SELECT id, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[])',
        [[...ids]],
      )) as { id: string; displayName: string }[];
      const names = new Map(rows.map((r) => [r.id, r.displayName]));
      return ids.map((id) => names.get(id) ?? null);
    }),
  };
}

type ReconciliationLoaders = ReturnType<typeof createReconciliationLoaders>;

const perRequest = new WeakMap<object, ReconciliationLoaders>();

/** This operation's loaders for reconciliations. */
export function reconciliationLoaders(
  ctx: Pick<AppContext, 'dataSource' | 'loaders'>,
): ReconciliationLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createReconciliationLoaders(ctx.dataSource);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
