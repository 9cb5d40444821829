// Every type-graphql resolver of the API, in one list for buildSchema.
import type { NonEmptyArray } from 'type-graphql';
import {
  CaseCassationProposalsResolver,
  CassationProposalResolver,
} from './cassation-proposal/cassation-proposal.resolver';
import { CaseConclusionsResolver, ConclusionResolver } from './conclusion/conclusion.resolver';
import { CaseCourtActsResolver, CourtActResolver } from './court-act/court-act.resolver';
import { CasePrivateRulingsResolver, PrivateRulingResolver } from './private-ruling/private-ruling.resolver';
import { CaseProtestsResolver, ProtestResolver } from './protest/protest.resolver';
import { CaseRegisterEntriesResolver, RegisterEntryResolver } from './register/register-entry.resolver';
import { NodeResolver } from '../common/node.resolver';
import { ApplicationResolver, RequisitionResolver } from './application/application.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CaseViewResolver } from './audit/case-view.resolver';
import { CasePrivacyResolver } from './case/case-privacy.resolver';
import { CaseResolver, DeadlineExplanationResolver } from './case/case.resolver';
import { CourtResolver } from './court/court.resolver';
import { DeadlineBoardResolver } from './deadline/deadline-board.resolver';
import { DeadlineEventsResolver } from './events/deadline-events.resolver';
import { HearingEventsResolver } from './events/hearing-events.resolver';
import { CaseHearingsResolver, HearingResolver } from './hearing/hearing.resolver';
import { KpiResolver } from './kpi/kpi.resolver';
import { LocalityResolver } from './locality/locality.resolver';
import { CaseNotificationsResolver, NotificationResolver } from './notification/notification.resolver';
import { OfficeResolver } from './office/office.resolver';
import {
  AssignmentMatrixCellResolver,
  AssignmentResolver,
  ProsecutorResolver,
} from './prosecutor/prosecutor.resolver';
import { ReconciliationItemResolver, ReconciliationResolver } from './reconciliation/reconciliation.resolver';
import { RegionHistoryResolver, RegionResolver } from './region/region.resolver';
import { ThematicDirectionResolver } from './theme/thematic-direction.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const moduleResolvers: Function[] = [
  AuthResolver,
  CaseResolver,
  CasePrivacyResolver,
  CaseViewResolver,
  DeadlineExplanationResolver,
  RegionResolver,
  RegionHistoryResolver,
  LocalityResolver,
  OfficeResolver,
  CourtResolver,
  ThematicDirectionResolver,
  ProsecutorResolver,
  AssignmentResolver,
  AssignmentMatrixCellResolver,
  ReconciliationResolver,
  ReconciliationItemResolver,
  NodeResolver,
  HearingResolver,
  CaseHearingsResolver,
  HearingEventsResolver,
  DeadlineEventsResolver,
  NotificationResolver,
  CaseNotificationsResolver,
  ApplicationResolver,
  RequisitionResolver,
  DeadlineBoardResolver,
  CalendarResolver,
  KpiResolver,
  CourtActResolver,
  CaseCourtActsResolver,
  ConclusionResolver,
  CaseConclusionsResolver,
  ProtestResolver,
  CaseProtestsResolver,
  CassationProposalResolver,
  CaseCassationProposalsResolver,
  PrivateRulingResolver,
  CasePrivateRulingsResolver,
  RegisterEntryResolver,
  CaseRegisterEntriesResolver,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverList = NonEmptyArray<Function>;
