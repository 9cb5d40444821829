import { createKzCalendar, todayInAlmaty } from '@qadagalau/shared';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Application } from '../../../modules/application/application.entity';
import { Requisition } from '../../../modules/application/requisition.entity';
import { CalendarOverride, toDayOverrideRecord } from '../../../modules/calendar/calendar-override.entity';
import { CaseRules } from '../../../modules/case/case-rules';
import { CaseService } from '../../../modules/case/case.service';
import { Case } from '../../../modules/case/case.entity';
import { CassationProposal } from '../../../modules/cassation-proposal/cassation-proposal.entity';
import { Conclusion } from '../../../modules/conclusion/conclusion.entity';
import { CourtAct } from '../../../modules/court-act/court-act.entity';
import { Deadline } from '../../../modules/deadline/deadline.entity';
import { Hearing } from '../../../modules/hearing/hearing.entity';
import { Notification } from '../../../modules/notification/notification.entity';
import { PrivateRuling } from '../../../modules/private-ruling/private-ruling.entity';
import { Assignment } from '../../../modules/prosecutor/assignment.entity';
import { Prosecutor } from '../../../modules/prosecutor/prosecutor.entity';
import { Protest } from '../../../modules/protest/protest.entity';
import { seedDemoReconciliations } from '../../../modules/reconciliation/reconciliation.demo';
import { RegisterEntry } from '../../../modules/register/register-entry.entity';
import { hashPassword } from '../../../modules/auth/password';
import { User } from '../../../modules/user/user.entity';
import { DEMO_PASSWORD, buildDemo, type DemoReference } from './demo.builder';

const CHUNK = 500;

async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly ObjectLiteral[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK) as T[])
      .execute();
  }
}

async function loadReference(manager: EntityManager): Promise<DemoReference> {
  // One connection (the transaction's): the queries run one after another.
  const regions = await manager.query('SELECT id, code FROM region ORDER BY sort_order');
  const localities = await manager.query('SELECT id, parent_id AS "parentId" FROM locality ORDER BY code');
  const offices = await manager.query(
    'SELECT id, code, kind, region_id AS "regionId", locality_id AS "localityId", parent_id AS "parentId" FROM office ORDER BY sort_order, code',
  );
  const courts = await manager.query(
    'SELECT id, code, kind, instance, region_id AS "regionId", locality_id AS "localityId" FROM court ORDER BY sort_order, code',
  );
  const themes = await manager.query('SELECT id, code FROM thematic_direction ORDER BY sort_order');
  return { regions, localities, offices, courts, themes } as DemoReference;
}

/** What the demo seed wrote, by table (for the start log and tests). */
export type DemoSummary = Record<string, number>;

/**
 * Demo data (prosecutors, cases, hearings, court acts, protests, applications, demo logins) for an EMPTY
 * database only: once any case exists — demo or real — this never writes again. One transaction: a failure
 * leaves nothing half-written.
 */
export async function seedDemo(dataSource: DataSource, now: Date = new Date()): Promise<DemoSummary | null> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts of several instances on one database.
    await manager.query('SELECT pg_advisory_xact_lock(40, 2015)');
    const [{ exists }] = (await manager.query('SELECT EXISTS (SELECT 1 FROM court_case) AS exists')) as [
      { exists: boolean },
    ];
    if (exists) return null;

    const overrides = await manager.getRepository(CalendarOverride).find();
    const calendar = createKzCalendar(overrides.map(toDayOverrideRecord));
    const rules = new CaseRules(calendar);
    const data = buildDemo({ reference: await loadReference(manager), rules, today: todayInAlmaty(now) });

    const users = await Promise.all(
      data.users.map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD), active: true })),
    );
    const tables: [EntityTarget<ObjectLiteral>, readonly ObjectLiteral[], string][] = [
      [Prosecutor, data.prosecutors, 'prosecutors'],
      [Assignment, data.assignments, 'assignments'],
      [User, users, 'users'],
      [Case, data.cases, 'cases'],
      [Hearing, data.hearings, 'hearings'],
      [Notification, data.notifications, 'notifications'],
      [CourtAct, data.courtActs, 'courtActs'],
      [Conclusion, data.conclusions, 'conclusions'],
      [Protest, data.protests, 'protests'],
      [CassationProposal, data.cassationProposals, 'cassationProposals'],
      [Application, data.applications, 'applications'],
      [Requisition, data.requisitions, 'requisitions'],
      [PrivateRuling, data.privateRulings, 'privateRulings'],
      [RegisterEntry, data.registerEntries, 'registerEntries'],
    ];
    const summary: DemoSummary = {};
    for (const [target, rows, name] of tables) {
      await insertAll(manager, target, rows);
      summary[name] = rows.length;
    }
    // Deadlines come from the same service every later event goes through, so the demo's statuses are the
    // product's own (a deadline is MET when its protest, conclusion or requisition came in time, …).
    const cases = new CaseService(manager, calendar, now);
    for (const kase of await manager.find(Case)) await cases.syncDeadlines(kase);
    summary['deadlines'] = await manager.count(Deadline);
    summary['reconciliations'] = await seedDemoReconciliations(manager, now);
    return summary;
  });
}
