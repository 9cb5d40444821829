// Relay-style `node(id)`: every record has a UUID, unique across tables, so one lookup finds its table. The
// answer is a union of the object types that exist; a record of a case outside the caller's jurisdiction — or
// anything the caller may not see — is NOT_FOUND, like a missing one.
import { DomainError, ErrorCode } from '@qadagalau/shared';
import { isUUID } from 'class-validator';
import { Arg, Ctx, ID, Query, Resolver, createUnionType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { AppContext } from '../app/context';
import { Application } from '../modules/application/application.entity';
import { ApplicationService } from '../modules/application/application.service';
import { Requisition } from '../modules/application/requisition.entity';
import { recordCaseView } from '../modules/audit/case-view';
import { Case } from '../modules/case/case.entity';
import { CassationProposal } from '../modules/cassation-proposal/cassation-proposal.entity';
import { Conclusion } from '../modules/conclusion/conclusion.entity';
import { CourtAct } from '../modules/court-act/court-act.entity';
import { PrivateRuling } from '../modules/private-ruling/private-ruling.entity';
import { Protest } from '../modules/protest/protest.entity';
import { RegisterEntry } from '../modules/register/register-entry.entity';
import { CaseService } from '../modules/case/case.service';
import { Court } from '../modules/court/court.entity';
import { Deadline } from '../modules/deadline/deadline.entity';
import { Hearing } from '../modules/hearing/hearing.entity';
import { Locality } from '../modules/locality/locality.entity';
import { Notification } from '../modules/notification/notification.entity';
import { Office } from '../modules/office/office.entity';
import { Assignment } from '../modules/prosecutor/assignment.entity';
import { Prosecutor } from '../modules/prosecutor/prosecutor.entity';
import { ProsecutorService } from '../modules/prosecutor/prosecutor.service';
import { ReconciliationItem } from '../modules/reconciliation/reconciliation-item.entity';
import { Reconciliation } from '../modules/reconciliation/reconciliation.entity';
import { ReconciliationService } from '../modules/reconciliation/reconciliation.service';
import { Region } from '../modules/region/region.entity';
import { ThematicDirection } from '../modules/theme/thematic-direction.entity';
import type { AuthUser } from './auth';
import { notFound, requireUser } from './guards';
import { Jurisdiction } from './jurisdiction';

interface Access {
  user: AuthUser;
  jurisdiction: Jurisdiction;
  manager: EntityManager;
  ctx: AppContext;
}

interface NodeKind {
  table: string;
  type: ClassType;
  /** Whether the caller may see the loaded record. */
  sees(record: never, access: Access): Promise<boolean>;
}

const everyone = async (): Promise<boolean> => true;

/** Whether a visibility check (which throws NOT_FOUND outside the jurisdiction) lets the record through. */
async function passes(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
}

/** A record of a case: visible when its case is. */
async function seesCase(caseId: string | null, a: Access): Promise<boolean> {
  if (!caseId) return false;
  return passes(() =>
    new CaseService(a.manager, a.ctx.calendar.calendar).visibleCase(caseId, a.jurisdiction),
  );
}

/** A kind whose records belong to one case and are visible exactly when the case is. */
function caseBound<T extends { caseId: string }>(table: string, type: ClassType<T>): NodeKind {
  return { table, type, sees: (record: T, a: Access) => seesCase(record.caseId, a) };
}

const applications = (a: Access) => new ApplicationService(a.manager, a.ctx.calendar.calendar);

/** The tables `node` looks in and how it checks access; add a type here once it is a GraphQL object type. */
const NODE_KINDS: NodeKind[] = [
  {
    table: 'court_case',
    type: Case,
    sees: (c: Case, a: Access) => seesCase(c.id, a),
  },
  {
    table: 'deadline',
    type: Deadline,
    sees: async (d: Deadline, a: Access) =>
      d.caseId ? seesCase(d.caseId, a) : a.jurisdiction.seesOffice(d.officeId, a.manager),
  },
  caseBound('hearing', Hearing),
  caseBound('notification', Notification),
  caseBound('court_act', CourtAct),
  caseBound('conclusion', Conclusion),
  caseBound('protest', Protest),
  caseBound('cassation_proposal', CassationProposal),
  caseBound('private_ruling', PrivateRuling),
  {
    table: 'register_entry',
    type: RegisterEntry,
    sees: async (r: RegisterEntry, a: Access) =>
      r.caseId ? seesCase(r.caseId, a) : a.jurisdiction.seesOffice(r.officeId, a.manager),
  },
  {
    table: 'application',
    type: Application,
    sees: (x: Application, a: Access) =>
      passes(() => applications(a).visibleApplication(x.id, a.jurisdiction)),
  },
  {
    table: 'requisition',
    type: Requisition,
    sees: (x: Requisition, a: Access) =>
      passes(() => applications(a).visibleRequisition(x.id, a.jurisdiction)),
  },
  { table: 'region', type: Region, sees: everyone },
  { table: 'locality', type: Locality, sees: everyone },
  { table: 'office', type: Office, sees: everyone },
  { table: 'court', type: Court, sees: everyone },
  { table: 'thematic_direction', type: ThematicDirection, sees: everyone },
  {
    table: 'prosecutor',
    type: Prosecutor,
    sees: async (p: Prosecutor, a: Access) => {
      const office = await a.manager.findOneBy(Office, { id: p.officeId });
      return office !== null && new ProsecutorService(a.manager).seesOfficeStaff(a.user, office);
    },
  },
  {
    table: 'assignment',
    type: Assignment,
    sees: async (x: Assignment, a: Access) => {
      const regions = await new ProsecutorService(a.manager).visibleRegions(a.user);
      if (regions === 'ALL') return true;
      const [zone] = (await a.manager.query(
        `SELECT COALESCE(s.region_id, o.region_id) AS "regionId"
           FROM assignment s LEFT JOIN office o ON o.id = s.office_id WHERE s.id = $1`,
        [x.id],
      )) as { regionId: string | null }[];
      return zone?.regionId != null && regions.includes(zone.regionId);
    },
  },
  {
    table: 'reconciliation',
    type: Reconciliation,
    sees: (r: Reconciliation, a: Access) => new ReconciliationService(a.manager).sees(r, a.jurisdiction),
  },
  {
    table: 'reconciliation_item',
    type: ReconciliationItem,
    sees: async (i: ReconciliationItem, a: Access) => {
      const r = await a.manager.findOneBy(Reconciliation, { id: i.reconciliationId });
      return r !== null && new ReconciliationService(a.manager).sees(r, a.jurisdiction);
    },
  },
];

export const NodeResult = createUnionType({
  name: 'NodeResult',
  description: 'Any record found by its globally unique id',
  types: () => NODE_KINDS.map((k) => k.type) as [ClassType, ...ClassType[]],
  resolveType: (value) => NODE_KINDS.find((k) => value instanceof k.type)?.type,
});

@Resolver()
export class NodeResolver {
  @Query(() => NodeResult, {
    description:
      'Any record by its id (ids are unique across all types); NOT_FOUND outside your jurisdiction',
  })
  async node(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<object> {
    const user = requireUser(ctx);
    if (!isUUID(id))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'id: not an identifier', { field: 'id' });
    const manager = ctx.dataSource.manager;
    const union = NODE_KINDS.map((k, i) => `SELECT ${i} AS kind FROM "${k.table}" WHERE id = $1`).join(
      ' UNION ALL ',
    );
    const [hit] = (await manager.query(`${union} LIMIT 1`, [id])) as { kind: number }[];
    const kind = hit ? NODE_KINDS[hit.kind] : undefined;
    const record = kind ? await manager.findOneBy(kind.type, { id }) : null;
    if (!kind || !record) throw notFound('Node', id);
    const access: Access = { user, jurisdiction: await Jurisdiction.of(user, manager), manager, ctx };
    if (!(await kind.sees(record as never, access))) throw notFound('Node', id);
    if (record instanceof Case) await recordCaseView(manager, user, record.id, ctx.clientAddress, 'node');
    return record;
  }
}
