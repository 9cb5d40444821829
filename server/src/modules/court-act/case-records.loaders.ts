// Per-request DataLoaders for the records of a case this family exposes (no N+1 in lists): keyed on the
// request's loaders object, so they live exactly as long as one operation.
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AppContext } from '../../app/context';
import { Case } from '../case/case.entity';
import { CassationProposal } from '../cassation-proposal/cassation-proposal.entity';
import { Conclusion } from '../conclusion/conclusion.entity';
import { PrivateRuling } from '../private-ruling/private-ruling.entity';
import { Protest } from '../protest/protest.entity';
import { RegisterEntry } from '../register/register-entry.entity';
import { CourtAct } from './court-act.entity';

interface CaseRecord {
  id: string;
  caseId: string | null;
}

function byCase<T extends CaseRecord>(
  dataSource: DataSource,
  target: new () => T,
  orderBy: keyof T & string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (caseIds) => {
    const rows = await dataSource.getRepository(target).find({
      where: { caseId: In([...caseIds]) } as never,
      order: { [orderBy]: 'ASC', id: 'ASC' } as never,
    });
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      if (row.caseId) grouped.set(row.caseId, [...(grouped.get(row.caseId) ?? []), row]);
    }
    return caseIds.map((id) => grouped.get(id) ?? []);
  });
}

function createCaseRecordLoaders(dataSource: DataSource) {
  return {
    courtAct: new DataLoader<string, CourtAct | null>(async (ids) => {
      const rows = await dataSource.getRepository(CourtAct).findBy({ id: In([...ids]) });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Only for records already inside the jurisdiction: their case is too. */
    caseOfRecord: new DataLoader<string, Case | null>(async (ids) => {
      const rows = await dataSource.getRepository(Case).findBy({ id: In([...ids]) });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    courtActsByCase: byCase(dataSource, CourtAct, 'issuedOn'),
    conclusionsByCase: byCase(dataSource, Conclusion, 'createdAt'),
    protestsByCase: byCase(dataSource, Protest, 'createdAt'),
    privateRulingsByCase: byCase(dataSource, PrivateRuling, 'issuedOn'),
    cassationProposalsByCase: byCase(dataSource, CassationProposal, 'createdAt'),
    registerEntriesByCase: byCase(dataSource, RegisterEntry, 'recordedOn'),
  };
}

export type CaseRecordLoaders = ReturnType<typeof createCaseRecordLoaders>;

const perRequest = new WeakMap<object, CaseRecordLoaders>();

/** This operation's loaders for court acts and the records filed on them. */
export function caseRecordLoaders(ctx: Pick<AppContext, 'dataSource' | 'loaders'>): CaseRecordLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createCaseRecordLoaders(ctx.dataSource);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
