// Which actions a signed-in user may take on a case: the server's rules (server/src/modules/*/…service.ts),
// read once here so the screen never offers a button the server would refuse. The server still decides; this
// only keeps the screen honest.
//  - Every change goes through lockVisibleCase: the case must be in the user's jurisdiction (it is, or the
//    case would not have loaded), and a SPECIALIZED office changes only the cases it answers for or that fall
//    to it by category; the others it merely monitors (para 7) — read-only.
//  - bringProtest: an appeal protest against a first-instance act, a cassation one (DEPARTMENT/ADMIN only,
//    para 25) against an appellate act or a first-instance act in legal force; not while a protest of the same
//    kind against that act is pending (BROUGHT).
//  - recordProtestOutcome: a BROUGHT protest; withdrawProtest / returnProtest: a DRAFT or BROUGHT one.
//  - fileConclusion: always (a conclusion on copy receipt or a substantive one needs a court act).
//  - approveConclusion: not yet approved; a substantive one only by a higher office (REGIONAL, DEPARTMENT, ADMIN).
//  - notifySpecializedOffice: the territorial office (or a REGIONAL/DEPARTMENT/ADMIN user), never a specialized
//    office, when the case falls to a specialized office that has not been notified yet.
import { copyReceiptConclusionApplies, type ActKind, type Sanction } from '@qadagalau/shared';
import type { Role } from '../../gql/graphql';

export type ProtestKind = 'APPEAL' | 'CASSATION';
export type ConclusionKind = 'FIRST_INSTANCE' | 'ON_COPY_RECEIPT' | 'APPEAL' | 'SUBSTANTIVE';

export interface ActorView {
  role: Role;
  officeId: string | null | undefined;
}

export interface CaseForActions {
  responsibleOfficeId: string;
  territorialOfficeId: string;
  specializedOfficeId?: string | null;
  sanctions: readonly string[];
  courtActs: readonly {
    id: string;
    kind: string;
    instance: string;
    enteredIntoForceOn?: string | null;
  }[];
  protests: readonly { id: string; courtActId: string; kind: string; status: string }[];
  conclusions: readonly { id: string; kind: string; approvedAt?: string | null }[];
  notifications: readonly { toOfficeId: string }[];
}

export interface CaseActions {
  /** The user may change this case's records at all (false: monitoring only, no action shows). */
  canChange: boolean;
  /** Court acts a protest of each kind may be brought against (empty: no such protest now). */
  protestActs: Record<ProtestKind, string[]>;
  bringProtest: boolean;
  fileConclusion: boolean;
  /** Conclusion kinds the user may file now (kinds that need a fitting court act are left out without one). */
  conclusionKinds: ConclusionKind[];
  /** Acts a conclusion on copy receipt may be on (an arrest or termination resolution, КоАП 823(2)). */
  copyReceiptActs: string[];
  /** Protests whose outcome may be recorded (BROUGHT). */
  outcomeProtests: string[];
  /** Protests that may be withdrawn or returned (DRAFT or BROUGHT). */
  closableProtests: string[];
  /** Conclusions the user may approve. */
  approvableConclusions: string[];
  scheduleHearing: boolean;
  recordCourtAct: boolean;
  notifySpecializedOffice: boolean;
}

const HIGHER_ROLES: readonly Role[] = ['REGIONAL', 'DEPARTMENT', 'ADMIN'];
const CASSATION_ROLES: readonly Role[] = ['DEPARTMENT', 'ADMIN'];

/** Whether the user may change the case's records (lockVisibleCase; the case is already visible). */
export function mayChangeCase(actor: ActorView, kase: CaseForActions): boolean {
  if (actor.role !== 'SPECIALIZED') return true;
  return (
    !!actor.officeId &&
    (kase.responsibleOfficeId === actor.officeId || kase.specializedOfficeId === actor.officeId)
  );
}

function pending(kase: CaseForActions, actId: string, kind: ProtestKind): boolean {
  return kase.protests.some((p) => p.courtActId === actId && p.kind === kind && p.status === 'BROUGHT');
}

/** The acts a protest of `kind` may be brought against by this actor. */
export function protestableActs(actor: ActorView, kase: CaseForActions, kind: ProtestKind): string[] {
  if (kind === 'CASSATION' && !CASSATION_ROLES.includes(actor.role)) return [];
  return kase.courtActs
    .filter((act) =>
      kind === 'APPEAL' ? act.instance === 'FIRST' : act.instance !== 'FIRST' || !!act.enteredIntoForceOn,
    )
    .filter((act) => !pending(kase, act.id, kind))
    .map((act) => act.id);
}

export function caseActions(actor: ActorView | null | undefined, kase: CaseForActions): CaseActions {
  const canChange = !!actor && mayChangeCase(actor, kase);
  const none: CaseActions = {
    canChange: false,
    protestActs: { APPEAL: [], CASSATION: [] },
    bringProtest: false,
    fileConclusion: false,
    conclusionKinds: [],
    copyReceiptActs: [],
    outcomeProtests: [],
    closableProtests: [],
    approvableConclusions: [],
    scheduleHearing: false,
    recordCourtAct: false,
    notifySpecializedOffice: false,
  };
  if (!actor || !canChange) return none;

  const protestActs = {
    APPEAL: protestableActs(actor, kase, 'APPEAL'),
    CASSATION: protestableActs(actor, kase, 'CASSATION'),
  };
  const copyReceiptActs = kase.courtActs
    .filter((act) => copyReceiptConclusionApplies(act.kind as ActKind, kase.sanctions as Sanction[]))
    .map((act) => act.id);
  const conclusionKinds: ConclusionKind[] = ['FIRST_INSTANCE', 'APPEAL'];
  if (copyReceiptActs.length) conclusionKinds.splice(1, 0, 'ON_COPY_RECEIPT');
  if (kase.courtActs.length) conclusionKinds.push('SUBSTANTIVE');

  const higher = HIGHER_ROLES.includes(actor.role);
  const approvableConclusions = kase.conclusions
    .filter((c) => !c.approvedAt)
    // Para 10: the head of the author's office or a higher office; a substantive one only a higher office.
    .filter((c) => higher || (c.kind !== 'SUBSTANTIVE' && actor.officeId === kase.responsibleOfficeId))
    .map((c) => c.id);

  const notifySpecializedOffice =
    !!kase.specializedOfficeId &&
    (actor.role === 'DISTRICT'
      ? actor.officeId === kase.territorialOfficeId
      : actor.role !== 'SPECIALIZED') &&
    !kase.notifications.some((n) => n.toOfficeId === kase.specializedOfficeId);

  return {
    canChange: true,
    protestActs,
    bringProtest: protestActs.APPEAL.length + protestActs.CASSATION.length > 0,
    fileConclusion: true,
    conclusionKinds,
    copyReceiptActs,
    outcomeProtests: kase.protests.filter((p) => p.status === 'BROUGHT').map((p) => p.id),
    closableProtests: kase.protests
      .filter((p) => p.status === 'BROUGHT' || p.status === 'DRAFT')
      .map((p) => p.id),
    approvableConclusions,
    scheduleHearing: true,
    recordCourtAct: true,
    notifySpecializedOffice,
  };
}
