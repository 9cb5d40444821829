// The one list of entities and migrations the DataSource knows. Migrations are passed as classes (globs fail
// inside vitest and in bundled builds), in timeline order.
import { Court } from '../modules/court/court.entity';
import { Locality } from '../modules/locality/locality.entity';
import { Office } from '../modules/office/office.entity';
import { RegionHistoryEvent } from '../modules/region/region-history.entity';
import { Region } from '../modules/region/region.entity';
import { ThematicDirection } from '../modules/theme/thematic-direction.entity';
import { Application } from '../modules/application/application.entity';
import { Requisition } from '../modules/application/requisition.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { CaseViewRecord } from '../modules/audit/case-view.entity';
import { CalendarOverride } from '../modules/calendar/calendar-override.entity';
import { Case } from '../modules/case/case.entity';
import { CassationProposal } from '../modules/cassation-proposal/cassation-proposal.entity';
import { Conclusion } from '../modules/conclusion/conclusion.entity';
import { CourtAct } from '../modules/court-act/court-act.entity';
import { Deadline } from '../modules/deadline/deadline.entity';
import { OutboxEvent } from '../modules/events/outbox-event.entity';
import { SchedulerRun } from '../modules/events/scheduler-run.entity';
import { LoginThrottle } from '../modules/auth/login-throttle.entity';
import { RevokedToken } from '../modules/auth/revoked-token.entity';
import { Hearing } from '../modules/hearing/hearing.entity';
import { Notification } from '../modules/notification/notification.entity';
import { PrivateRuling } from '../modules/private-ruling/private-ruling.entity';
import { Assignment } from '../modules/prosecutor/assignment.entity';
import { Prosecutor } from '../modules/prosecutor/prosecutor.entity';
import { Protest } from '../modules/protest/protest.entity';
import { ReconciliationItem } from '../modules/reconciliation/reconciliation-item.entity';
import { Reconciliation } from '../modules/reconciliation/reconciliation.entity';
import { RegisterEntry } from '../modules/register/register-entry.entity';
import { User } from '../modules/user/user.entity';
import { ReferenceData1795777200000 } from './migrations/1795777200000-reference-data';
import { SupervisionWorkflow1795777300000 } from './migrations/1795777300000-supervision-workflow';
import { LocalityParent1795777400000 } from './migrations/1795777400000-locality-parent';
import { Reconciliation1795777500000 } from './migrations/1795777500000-reconciliation';
import { Outbox1795777600000 } from './migrations/1795777600000-outbox';
import { SchedulerRun1795777700000 } from './migrations/1795777700000-scheduler-run';
import { ScreenIndexes1795777800000 } from './migrations/1795777800000-screen-indexes';
import { LoginSecurity1795777900000 } from './migrations/1795777900000-login-security';
import { IdempotencyKey1795778000000 } from './migrations/1795778000000-idempotency-key';
import { CaseView1795778100000 } from './migrations/1795778100000-case-view';
import { IdempotencyKey } from '../common/idempotency-key.entity';

/** National reference data (regions, localities, offices, courts, thematic directions). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const referenceEntities: Function[] = [
  Region,
  RegionHistoryEvent,
  Locality,
  Office,
  Court,
  ThematicDirection,
];

/** The supervision workflow (issue 4's domain): people, cases and everything that happens to them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const domainEntities: Function[] = [
  Prosecutor,
  Assignment,
  User,
  Case,
  Hearing,
  Notification,
  CourtAct,
  Conclusion,
  Protest,
  CassationProposal,
  Application,
  Requisition,
  PrivateRuling,
  RegisterEntry,
  Deadline,
  CalendarOverride,
  AuditLog,
  CaseViewRecord,
  Reconciliation,
  ReconciliationItem,
  OutboxEvent,
  SchedulerRun,
  IdempotencyKey,
  LoginThrottle,
  RevokedToken,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const entities: Function[] = [...referenceEntities, ...domainEntities];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [
  ReferenceData1795777200000,
  SupervisionWorkflow1795777300000,
  LocalityParent1795777400000,
  Reconciliation1795777500000,
  Outbox1795777600000,
  SchedulerRun1795777700000,
  ScreenIndexes1795777800000,
  LoginSecurity1795777900000,
  IdempotencyKey1795778000000,
  CaseView1795778100000,
];
