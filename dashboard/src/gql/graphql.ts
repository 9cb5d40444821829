/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Kind of court act (paras 10, 16) */
export type ActKind =
  | 'BODY_RESOLUTION_CHANGED'
  | 'BODY_RESOLUTION_UPHELD'
  | 'NEW_CIRCUMSTANCES_REVIEW'
  | 'PENALTY_IMPOSED'
  | 'TERMINATED';

/** A prosecutor to answer for a theme in a zone (para 5) */
export type AssignProsecutorInput = {
  /** Optional idempotency key (8–128 printable ASCII characters; a UUID per form submission is best). A retry with the same key and the same input returns the record the first request created (same id; nothing is created twice, no second event). The same key with another input or another mutation is a CONFLICT. Keys are per user and are forgotten after 24 hours. Without a key every request creates. */
  idempotencyKey?: string | null | undefined;
  /** An office of the region, when the zone is that office’s */
  officeId?: string | number | null | undefined;
  /** The prosecutor */
  prosecutorId: string | number;
  /** The region (zone) */
  regionId: string | number;
  /** Thematic direction code, e.g. TAX */
  themeCode: string;
  /** First day, YYYY-MM-DD */
  validFrom: string;
  /** The day it stops holding (not included); omit: open-ended */
  validTo?: string | null | undefined;
};

/** A protest to bring against a court act (paras 13, 17, 25) */
export type BringProtestInput = {
  /** Brought on, YYYY-MM-DD */
  broughtOn: string;
  /** The case */
  caseId: string | number;
  /** The court act protested */
  courtActId: string | number;
  /** Its grounds (КоАП 840) */
  grounds: string;
  /** Optional idempotency key (8–128 printable ASCII characters; a UUID per form submission is best). A retry with the same key and the same input returns the record the first request created (same id; nothing is created twice, no second event). The same key with another input or another mutation is a CONFLICT. Keys are per user and are forgotten after 24 hours. Without a key every request creates. */
  idempotencyKey?: string | null | undefined;
  /** Appeal, or cassation (the GPO only, para 25) */
  kind: ProtestKind;
  /** Bring it although its deadline has passed: it is recorded as late (para 17) */
  late?: boolean;
  /** It worsens the position of the person held liable: КоАП 851(2) applies (para 17) */
  worsening?: boolean;
};

/** What a conclusion states (para 10); the kind fixes what is required */
export type ConclusionContentInput = {
  /** Substantive: the assessment of the termination’s legality */
  assessment?: string | null | undefined;
  /** Appeal: the arguments of the complaint (petition) */
  complaintArguments?: string | null | undefined;
  /** Appeal: whether the complaint (petition) is well founded */
  complaintWellFounded?: string | null | undefined;
  /** The evidence supporting the prosecutor’s position */
  evidence?: string | null | undefined;
  /** Whether the offender is guilty and the act correctly qualified */
  guiltAndQualification?: string | null | undefined;
  /** Appeal: the participating prosecutors and their conclusions */
  participants?: string | null | undefined;
  /** The proposed penalty, or the need to terminate the case */
  proposedPenalty?: string | null | undefined;
  /** Appeal: the acts under review and the court’s position */
  reviewedActs?: string | null | undefined;
  /** Substantive: the grounds of the termination agreed with */
  terminationGrounds?: string | null | undefined;
};

/** Kind of prosecutor’s conclusion (para 10) */
export type ConclusionKind =
  | 'APPEAL'
  | 'FIRST_INSTANCE'
  | 'ON_COPY_RECEIPT'
  | 'SUBSTANTIVE';

/** Court instance (para 6: first, appeal and cassation) */
export type CourtInstance =
  | 'APPEAL'
  | 'CASSATION'
  | 'FIRST';

/** Kind of court that hears administrative-offense cases */
export type CourtKind =
  /** City court of a city of regional significance */
  | 'CITY'
  /** District (районный) court, including numbered ones (№ 2) */
  | 'DISTRICT'
  /** Military court of a garrison */
  | 'MILITARY'
  /** Oblast court, or city court of a city of republican significance (appeal) */
  | 'REGIONAL'
  /** Specialized interdistrict administrative court (СМАС) */
  | 'SPECIALIZED_ADMINISTRATIVE'
  /** The Supreme Court (cassation) */
  | 'SUPREME';

/** How a deadline counts days (rules contract, Decision 1) */
export type DayUnit =
  | 'CALENDAR'
  | 'WORKING';

/** A statutory or reporting deadline */
export type DeadlineCode =
  | 'APPEAL_PROTEST'
  | 'COURT_SENDS_CASE'
  | 'EXCLUSION_PETITION'
  | 'LEGALITY_CHECK'
  | 'MONTHLY_STUDY'
  | 'QUARTERLY_ANALYSIS'
  | 'QUARTERLY_MEMO'
  | 'QUARTERLY_RECONCILIATION'
  | 'REQUISITION_ORDER'
  | 'SUBSTANTIVE_CONCLUSION';

/** What happened to a deadline: created, met or waived, or (at a day boundary) now due soon, due today or overdue */
export type DeadlineEventKind =
  | 'CREATED'
  | 'DUE_SOON'
  | 'DUE_TODAY'
  | 'MET'
  | 'OVERDUE'
  | 'WAIVED';

/** Where a deadline stands */
export type DeadlineStatus =
  | 'MET'
  | 'MISSED'
  | 'OPEN'
  | 'WAIVED';

/** What went wrong with a case in the quarterly reconciliation (para 7) */
export type Discrepancy =
  | 'ATTENDED_BY_BOTH'
  | 'ATTENDED_BY_NEITHER'
  | 'HEARD_WITHOUT_RESPONSIBLE'
  | 'NOT_NOTIFIED';

/** A prosecutor’s conclusion to file (para 10) */
export type FileConclusionInput = {
  /** The case */
  caseId: string | number;
  /** What it states */
  content: ConclusionContentInput;
  /** The court act it is on (required on copy receipt and for a substantive conclusion) */
  courtActId?: string | number | null | undefined;
  /** Optional idempotency key (8–128 printable ASCII characters; a UUID per form submission is best). A retry with the same key and the same input returns the record the first request created (same id; nothing is created twice, no second event). The same key with another input or another mutation is a CONFLICT. Keys are per user and are forgotten after 24 hours. Without a key every request creates. */
  idempotencyKey?: string | null | undefined;
  /** Kind of conclusion */
  kind: ConclusionKind;
};

/** A ground for mandatory participation (paras 6, 8) */
export type Ground =
  | 'APPEAL_REVIEW'
  | 'ARREST'
  | 'COMPLAINT_CH44'
  | 'COMPLAINT_CH45'
  | 'CONFISCATION'
  | 'CORRUPTION'
  | 'CUSTOMS'
  | 'DEMOLITION'
  | 'ELECTORAL'
  | 'ENVIRONMENT'
  | 'EXPULSION'
  | 'HIGHER_PROSECUTOR'
  | 'MINOR'
  | 'PROSECUTOR_INITIATED'
  | 'TAX';

/** Which hearing events to receive; every criterion is optional */
export type HearingEventFilter = {
  /** Courts that sit */
  courtIds?: Array<string | number> | null | undefined;
  /** Only cases where participation is mandatory */
  mandatoryOnly?: boolean | null | undefined;
  /** Offices that answer for the cases */
  officeIds?: Array<string | number> | null | undefined;
  /** Regions of the cases */
  regionIds?: Array<string | number> | null | undefined;
};

/** What happened to a hearing: newly set, moved to another time, or called off */
export type HearingEventKind =
  | 'CANCELLED'
  | 'RESCHEDULED'
  | 'SCHEDULED';

/** Which hearings to list; every criterion is optional */
export type HearingFilter = {
  /** Courts that sit */
  courtIds?: Array<string | number> | null | undefined;
  /** Set at or after this moment */
  from?: string | null | undefined;
  /** Only cases where participation is mandatory */
  mandatoryOnly?: boolean | null | undefined;
  /** Offices that answer for the cases */
  officeIds?: Array<string | number> | null | undefined;
  /** Regions of the cases */
  regionIds?: Array<string | number> | null | undefined;
  /** Only hearings in these states */
  statuses?: Array<HearingStatus> | null | undefined;
  /** Thematic direction code of the case */
  theme?: string | null | undefined;
  /** Set before this moment */
  to?: string | null | undefined;
};

/** State of a hearing */
export type HearingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'POSTPONED'
  | 'SCHEDULED';

/** Who initiated the proceedings (paras 7, 9) */
export type Initiator =
  | 'ENVIRONMENTAL_PROSECUTOR'
  | 'MILITARY_AUTHORITY'
  | 'MILITARY_PROSECUTOR'
  | 'OTHER_AUTHORITY'
  | 'TERRITORIAL_PROSECUTOR'
  | 'TRANSPORT_AUTHORITY'
  | 'TRANSPORT_PROSECUTOR';

/** Court instance hearing the case (paras 6, 8) */
export type Instance =
  | 'APPEAL'
  | 'FIRST';

/** Whose indicators (paras 21–24): the republic, a region (of the cases), an office (responsible for them) */
export type KpiScope =
  | 'OFFICE'
  | 'REGION'
  | 'REPUBLIC';

/** Credentials */
export type LoginInput = {
  /** Password */
  password: string;
  /** Login name (case-insensitive) */
  username: string;
};

/** Military status of the person held liable (para 7) */
export type MilitaryStatus =
  | 'CIVILIAN_PERSONNEL'
  | 'NONE'
  | 'RESERVIST_ON_TRAINING'
  | 'SERVICEMAN';

/** How the specialized office was notified (para 7) */
export type NotificationChannel =
  | 'EDOC'
  | 'OTHER'
  | 'TELEPHONOGRAM';

/** A para 7 notice from the territorial office to the specialized one */
export type NotifySpecializedOfficeInput = {
  /** The case */
  caseId: string | number;
  /** How it was sent (a means that registers the notice) */
  channel: NotificationChannel;
  /** Optional idempotency key (8–128 printable ASCII characters; a UUID per form submission is best). A retry with the same key and the same input returns the record the first request created (same id; nothing is created twice, no second event). The same key with another input or another mutation is a CONFLICT. Keys are per user and are forgotten after 24 hours. Without a key every request creates. */
  idempotencyKey?: string | null | undefined;
  /** Outgoing registration number of the notice */
  registrationNumber: string;
  /** When it was sent; defaults to now */
  sentAt?: string | null | undefined;
};

/** Kind of prosecutor’s office (Instruction paras 4, 7) */
export type OfficeKind =
  /** City prosecutor’s office */
  | 'CITY'
  /** The GPO Department for Representation of State Interests in Courts */
  | 'DEPARTMENT'
  /** District prosecutor’s office */
  | 'DISTRICT'
  /** Specialized environmental (nature-protection) prosecutor’s office */
  | 'ENVIRONMENTAL'
  /** The Prosecutor General’s Office */
  | 'GPO'
  /** Interdistrict prosecutor’s office */
  | 'INTERDISTRICT'
  /** Military prosecutor’s office (garrison, or the Main Military Prosecutor’s Office) */
  | 'MILITARY'
  /** Prosecutor’s office of an oblast or of a city of republican significance */
  | 'REGIONAL'
  /** Transport prosecutor’s office (or the Main Transport Prosecutor’s Office) */
  | 'TRANSPORT';

/** Why the offender’s personal data is withheld: the case is outside your jurisdiction, or the offender is a minor and you are not in the office that answers for the case */
export type PersonalDataHiddenReason =
  | 'MINOR_OUTSIDE_RESPONSIBLE_OFFICE'
  | 'OUTSIDE_JURISDICTION';

/** An offense case, or a complaint under КоАП chapter 44 or 45 (para 6) */
export type Proceeding =
  | 'COMPLAINT_CH44'
  | 'COMPLAINT_CH45'
  | 'OFFENSE';

/** A prosecutor’s position in the office */
export type ProsecutorPosition =
  | 'ASSISTANT'
  | 'DEPUTY_HEAD'
  | 'DIVISION_HEAD'
  | 'HEAD'
  | 'PROSECUTOR'
  | 'SENIOR_PROSECUTOR';

/** Appeal or cassation protest */
export type ProtestKind =
  | 'APPEAL'
  | 'CASSATION';

/** Life of a protest (paras 13, 17, 23) */
export type ProtestStatus =
  | 'BROUGHT'
  | 'DRAFT'
  | 'PARTIALLY_SATISFIED'
  | 'RETURNED'
  | 'SATISFIED'
  | 'UNSATISFIED'
  | 'WITHDRAWN';

/** A reconciliation act: draft, or signed by both offices (para 7) */
export type ReconciliationStatus =
  | 'DRAFT'
  | 'SIGNED';

/** What the court decided on a brought protest */
export type RecordProtestOutcomeInput = {
  /** Decided on, YYYY-MM-DD */
  decidedOn: string;
  /** The protest */
  id: string | number;
  /** Rejected on appeal, later satisfied on a cassation protest (para 23 correction) */
  laterCassationSatisfied?: boolean;
  /** What the court decided */
  note?: string | null | undefined;
  /** SATISFIED, PARTIALLY_SATISFIED or UNSATISFIED */
  status: ProtestStatus;
  /** The version you read (optimistic lock) */
  version: number;
};

/** Kind of office that answers for a case (paras 7, 9) */
export type ResponsibleKind =
  | 'ENVIRONMENTAL'
  | 'MILITARY'
  | 'TERRITORIAL'
  | 'TRANSPORT';

/** A protest returned: every return but a granted withdrawal (para 23) */
export type ReturnProtestInput = {
  /** The protest */
  id: string | number;
  /** Why */
  reason: string;
  /** The version you read (optimistic lock) */
  version: number;
};

/** What a user may see and do */
export type Role =
  /** Administers users and reference data, including the working-day calendar */
  | 'ADMIN'
  /** The GPO Department: the whole republic */
  | 'DEPARTMENT'
  /** A district, city or interdistrict office: its own office */
  | 'DISTRICT'
  /** A regional office: its region and the offices in it */
  | 'REGIONAL'
  /** A military, transport or environmental office: its cases, and hearings in courts of its locality (para 7) */
  | 'SPECIALIZED';

/** A penalty the article’s sanction provides (para 6) */
export type Sanction =
  | 'ARREST'
  | 'CONFISCATION'
  | 'DEMOLITION'
  | 'EXPULSION'
  | 'FINE';

/** A hearing to set */
export type ScheduleHearingInput = {
  /** The case */
  caseId: string | number;
  /** The court; defaults to the court hearing the case */
  courtId?: string | number | null | undefined;
  /** Optional idempotency key (8–128 printable ASCII characters; a UUID per form submission is best). A retry with the same key and the same input returns the record the first request created (same id; nothing is created twice, no second event). The same key with another input or another mutation is a CONFLICT. Keys are per user and are forgotten after 24 hours. Without a key every request creates. */
  idempotencyKey?: string | null | undefined;
  /** Instance of the hearing */
  instance?: CourtInstance;
  /** The prosecutor assigned: of the responsible or the territorial office */
  prosecutorId?: string | number | null | undefined;
  /** When it sits (not more than a day in the past) */
  scheduledAt: string;
};

/** Sphere of the offense the rules look at (paras 6, 7, 10, 13) */
export type Sphere =
  | 'CORRUPTION'
  | 'CUSTOMS'
  | 'ELECTORAL'
  | 'ENVIRONMENT'
  | 'MILITARY_CH32'
  | 'PENSION'
  | 'SOCIAL_INSURANCE'
  | 'TAX'
  | 'TAX_OBLIGATION';

/** Kind of event in a case’s timeline */
export type TimelineKind =
  | 'APPLICATION'
  | 'CASSATION_PROPOSAL'
  | 'CONCLUSION'
  | 'COURT_ACT'
  | 'DEADLINE'
  | 'HEARING'
  | 'NOTIFICATION'
  | 'PRIVATE_RULING'
  | 'PROTEST'
  | 'REGISTERED'
  | 'REQUISITION';

/** A protest withdrawn: the court granted the withdrawal request (para 23) */
export type WithdrawProtestInput = {
  /** The protest */
  id: string | number;
  /** Why */
  reason: string;
  /** It was prepared in clear violation of КоАП or the instruction (para 23) */
  unfounded?: boolean;
  /** The version you read (optimistic lock) */
  version: number;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, officeId: string | null, office: { id: string, code: string, kind: OfficeKind, nameKk: string, nameRu: string, nameEn: string, shortNameKk: string, shortNameRu: string, shortNameEn: string, region: { id: string, code: string, nameKk: string, nameRu: string, nameEn: string } | null } | null } };

export type AssignmentsMatrixQueryVariables = Exact<{
  asOf?: string | null | undefined;
  regionIds?: Array<string | number> | string | number | null | undefined;
}>;


export type AssignmentsMatrixQuery = { assignmentMatrix: { asOf: string, editable: boolean, totals: { cells: number, gaps: number, workload: number, uncoveredWorkload: number }, themes: Array<{ id: string, code: string, mandatory: boolean, paragraph: number | null, nameKk: string, nameRu: string, nameEn: string }>, rows: Array<{ region: { id: string, code: string, nameKk: string, nameRu: string, nameEn: string }, cells: Array<{ gap: boolean, workload: number, theme: { id: string, code: string }, assignments: Array<{ id: string, version: number, validFrom: string, validTo: string | null, officeId: string | null, prosecutor: { id: string, fullName: string, position: ProsecutorPosition, office: { id: string, code: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } } }> }> }> } };

export type AssignmentsRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentsRegionsQuery = { regions: Array<{ id: string, code: string, nameKk: string, nameRu: string, nameEn: string }> };

export type AssignmentsOfficesQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  kinds?: Array<OfficeKind> | OfficeKind | null | undefined;
}>;


export type AssignmentsOfficesQuery = { offices: Array<{ id: string, code: string, kind: OfficeKind, shortNameKk: string, shortNameRu: string, shortNameEn: string, region: { id: string } | null }> };

export type AssignmentsProsecutorsQueryVariables = Exact<{
  officeId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type AssignmentsProsecutorsQuery = { prosecutors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string, position: ProsecutorPosition, active: boolean, specializations: Array<string> } }> } };

export type AssignmentsAssignMutationVariables = Exact<{
  input: AssignProsecutorInput;
}>;


export type AssignmentsAssignMutation = { assignProsecutor: { id: string, version: number, validFrom: string, validTo: string | null } };

export type AssignmentsUnassignMutationVariables = Exact<{
  id: string | number;
  validTo?: string | null | undefined;
  version: number;
}>;


export type AssignmentsUnassignMutation = { unassignProsecutor: { id: string, version: number, validTo: string | null } };

export type CaseScreenQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseScreenQuery = { case: { id: string, number: string, version: number, summary: string, registeredOn: string, koapArticle: string, koapPart: string | null, instance: Instance, proceeding: Proceeding, initiator: Initiator, actKind: ActKind | null, mandatory: boolean, fallback: boolean, notifySpecialized: boolean, prosecutorAgrees: boolean, higherProsecutorRequired: boolean, offenderName: string | null, offenderBirthDate: string | null, offenderMinor: boolean, offenderMilitary: MilitaryStatus, offenderDutyRelated: boolean, sanctions: Array<Sanction>, spheres: Array<Sphere>, themeCodes: Array<string>, responsibleKind: ResponsibleKind, responsibleOfficeId: string, territorialOfficeId: string, specializedOfficeId: string | null, personalDataHidden: { reason: PersonalDataHiddenReason, explanation: { kk: string, ru: string, en: string } } | null, court: { id: string, nameKk: string, nameRu: string, nameEn: string }, region: { id: string, nameKk: string, nameRu: string, nameEn: string }, responsibleOffice: { id: string, nameKk: string, nameRu: string, nameEn: string }, territorialOffice: { id: string, nameKk: string, nameRu: string, nameEn: string }, specializedOffice: { id: string, nameKk: string, nameRu: string, nameEn: string } | null, groundExplanations: Array<{ ground: Ground, paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } }>, routingExplanation: { jurisdiction: ResponsibleKind, paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } | null, courtActs: Array<{ id: string, kind: ActKind, instance: CourtInstance, issuedOn: string, copyDeliveredOn: string | null, enteredIntoForceOn: string | null, summary: string | null }>, protests: Array<{ id: string, kind: ProtestKind, status: ProtestStatus, courtActId: string, broughtOn: string | null, grounds: string, late: boolean, version: number }>, conclusions: Array<{ id: string, kind: ConclusionKind, courtActId: string | null, approvedAt: string | null, createdAt: string, version: number }>, hearings: Array<{ id: string, scheduledAt: string, status: HearingStatus, instance: CourtInstance }>, notifications: Array<{ id: string, toOfficeId: string, channel: NotificationChannel, registrationNumber: string, sentAt: string }>, deadlines: Array<{ id: string, code: DeadlineCode, dueOn: string, status: DeadlineStatus, metAt: string | null, subjectId: string | null, explanation: { paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } }>, timeline: Array<{ at: string, kind: TimelineKind, id: string, label: string, status: string | null }> } };

export type CaseScreenCalendarQueryVariables = Exact<{
  year: number;
}>;


export type CaseScreenCalendarQuery = { workingCalendar: { year: number, exceptions: Array<{ date: string, working: boolean }> } };

export type CaseScreenThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseScreenThemesQuery = { thematicDirections: Array<{ code: string, nameKk: string, nameRu: string, nameEn: string }> };

export type CaseScreenProsecutorsQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CaseScreenProsecutorsQuery = { prosecutors: { edges: Array<{ node: { id: string, fullName: string, active: boolean } }> } };

export type CaseScreenBringProtestMutationVariables = Exact<{
  input: BringProtestInput;
}>;


export type CaseScreenBringProtestMutation = { bringProtest: { id: string, status: ProtestStatus, late: boolean } };

export type CaseScreenFileConclusionMutationVariables = Exact<{
  input: FileConclusionInput;
}>;


export type CaseScreenFileConclusionMutation = { fileConclusion: { id: string, kind: ConclusionKind } };

export type CaseScreenApproveConclusionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CaseScreenApproveConclusionMutation = { approveConclusion: { id: string, version: number, approvedAt: string | null } };

export type CaseScreenProtestOutcomeMutationVariables = Exact<{
  input: RecordProtestOutcomeInput;
}>;


export type CaseScreenProtestOutcomeMutation = { recordProtestOutcome: { id: string, status: ProtestStatus } };

export type CaseScreenWithdrawProtestMutationVariables = Exact<{
  input: WithdrawProtestInput;
}>;


export type CaseScreenWithdrawProtestMutation = { withdrawProtest: { id: string, status: ProtestStatus } };

export type CaseScreenReturnProtestMutationVariables = Exact<{
  input: ReturnProtestInput;
}>;


export type CaseScreenReturnProtestMutation = { returnProtest: { id: string, status: ProtestStatus } };

export type CaseScreenScheduleHearingMutationVariables = Exact<{
  input: ScheduleHearingInput;
}>;


export type CaseScreenScheduleHearingMutation = { scheduleHearing: { id: string, scheduledAt: string } };

export type CaseScreenNotifyMutationVariables = Exact<{
  input: NotifySpecializedOfficeInput;
}>;


export type CaseScreenNotifyMutation = { notifySpecializedOffice: { id: string } };

export type DeadlinesBoardQueryVariables = Exact<{
  officeId: string | number;
  limit: number;
}>;


export type DeadlinesBoardQuery = { deadlineBoard: { asOf: string, dueSoonUntil: string, office: { id: string, code: string, kind: OfficeKind, nameKk: string, nameRu: string, nameEn: string, shortNameKk: string, shortNameRu: string, shortNameEn: string, region: { id: string, code: string, nameKk: string, nameRu: string, nameEn: string } | null }, counts: { overdue: number, dueToday: number, dueSoon: number, open: number, met: number, missed: number, waived: number }, overdue: Array<{ workingDaysLeft: number | null, case: { id: string, number: string } | null, deadline: { id: string, code: DeadlineCode, status: DeadlineStatus, dueOn: string, triggerOn: string, length: number, unit: DayUnit, period: string | null, metAt: string | null, caseId: string | null, explanation: { paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } } }>, dueToday: Array<{ workingDaysLeft: number | null, case: { id: string, number: string } | null, deadline: { id: string, code: DeadlineCode, status: DeadlineStatus, dueOn: string, triggerOn: string, length: number, unit: DayUnit, period: string | null, metAt: string | null, caseId: string | null, explanation: { paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } } }>, dueSoon: Array<{ workingDaysLeft: number | null, case: { id: string, number: string } | null, deadline: { id: string, code: DeadlineCode, status: DeadlineStatus, dueOn: string, triggerOn: string, length: number, unit: DayUnit, period: string | null, metAt: string | null, caseId: string | null, explanation: { paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } } }>, open: Array<{ workingDaysLeft: number | null, case: { id: string, number: string } | null, deadline: { id: string, code: DeadlineCode, status: DeadlineStatus, dueOn: string, triggerOn: string, length: number, unit: DayUnit, period: string | null, metAt: string | null, caseId: string | null, explanation: { paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } } }>, met: Array<{ workingDaysLeft: number | null, case: { id: string, number: string } | null, deadline: { id: string, code: DeadlineCode, status: DeadlineStatus, dueOn: string, triggerOn: string, length: number, unit: DayUnit, period: string | null, metAt: string | null, caseId: string | null, explanation: { paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } } }> } };

export type DeadlinesBoardItemFragment = { workingDaysLeft: number | null, case: { id: string, number: string } | null, deadline: { id: string, code: DeadlineCode, status: DeadlineStatus, dueOn: string, triggerOn: string, length: number, unit: DayUnit, period: string | null, metAt: string | null, caseId: string | null, explanation: { paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } } } };

export type DeadlinesChangedSubscriptionVariables = Exact<{
  officeId: string | number;
  after?: string | null | undefined;
}>;


export type DeadlinesChangedSubscription = { deadlineChanged: { cursor: string, kind: DeadlineEventKind, officeId: string, deadline: { id: string, code: DeadlineCode, caseId: string | null, period: string | null } } };

export type DeadlinesRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlinesRegionsQuery = { regions: Array<{ id: string, code: string, nameKk: string, nameRu: string, nameEn: string }> };

export type DeadlinesOfficesQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type DeadlinesOfficesQuery = { offices: Array<{ id: string, code: string, kind: OfficeKind, shortNameKk: string, shortNameRu: string, shortNameEn: string, nameKk: string, nameRu: string, nameEn: string, region: { code: string } | null }> };

export type HearingsRowFragment = { id: string, scheduledAt: string, status: HearingStatus, instance: CourtInstance, note: string | null, attended: boolean | null, version: number, court: { id: string, nameKk: string, nameRu: string, nameEn: string }, prosecutor: { id: string, fullName: string, office: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } } | null, attendedByOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } | null, case: { id: string, number: string, koapArticle: string, koapPart: string | null, mandatory: boolean, higherProsecutorRequired: boolean, themeCodes: Array<string>, notifySpecialized: boolean, specializedOfficeId: string | null, responsibleOfficeId: string, specializedOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } | null, responsibleOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string }, groundExplanations: Array<{ ground: Ground, paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } }>, notifications: Array<{ id: string, toOfficeId: string, sentAt: string, acknowledgedAt: string | null }> } };

export type HearingsPageQueryVariables = Exact<{
  filter?: HearingFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type HearingsPageQuery = { hearings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, scheduledAt: string, status: HearingStatus, instance: CourtInstance, note: string | null, attended: boolean | null, version: number, court: { id: string, nameKk: string, nameRu: string, nameEn: string }, prosecutor: { id: string, fullName: string, office: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } } | null, attendedByOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } | null, case: { id: string, number: string, koapArticle: string, koapPart: string | null, mandatory: boolean, higherProsecutorRequired: boolean, themeCodes: Array<string>, notifySpecialized: boolean, specializedOfficeId: string | null, responsibleOfficeId: string, specializedOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } | null, responsibleOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string }, groundExplanations: Array<{ ground: Ground, paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } }>, notifications: Array<{ id: string, toOfficeId: string, sentAt: string, acknowledgedAt: string | null }> } } }> } };

export type HearingsOptionsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type HearingsOptionsQuery = { courts: Array<{ id: string, nameKk: string, nameRu: string, nameEn: string, kind: CourtKind, region: { id: string, code: string, nameKk: string, nameRu: string, nameEn: string } | null }>, offices: Array<{ id: string, kind: OfficeKind, shortNameKk: string, shortNameRu: string, shortNameEn: string, nameKk: string, nameRu: string, nameEn: string, region: { id: string, code: string, nameKk: string, nameRu: string, nameEn: string } | null }>, thematicDirections: Array<{ id: string, code: string, mandatory: boolean, paragraph: number | null, nameKk: string, nameRu: string, nameEn: string }> };

export type HearingsLiveSubscriptionVariables = Exact<{
  filter?: HearingEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type HearingsLiveSubscription = { hearingScheduled: { cursor: string, kind: HearingEventKind, scheduledAt: string, hearing: { id: string, scheduledAt: string, status: HearingStatus, instance: CourtInstance, note: string | null, attended: boolean | null, version: number, court: { id: string, nameKk: string, nameRu: string, nameEn: string }, prosecutor: { id: string, fullName: string, office: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } } | null, attendedByOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } | null, case: { id: string, number: string, koapArticle: string, koapPart: string | null, mandatory: boolean, higherProsecutorRequired: boolean, themeCodes: Array<string>, notifySpecialized: boolean, specializedOfficeId: string | null, responsibleOfficeId: string, specializedOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } | null, responsibleOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string }, groundExplanations: Array<{ ground: Ground, paragraph: string, article: string | null, reason: { kk: string, ru: string, en: string } }>, notifications: Array<{ id: string, toOfficeId: string, sentAt: string, acknowledgedAt: string | null }> } } } };

export type ReconciliationScreenOfficesQueryVariables = Exact<{
  kinds?: Array<OfficeKind> | OfficeKind | null | undefined;
  regionCode?: string | null | undefined;
}>;


export type ReconciliationScreenOfficesQuery = { offices: Array<{ id: string, code: string, kind: OfficeKind, nameKk: string, nameRu: string, nameEn: string, shortNameKk: string, shortNameRu: string, shortNameEn: string }> };

export type ReconciliationScreenListQueryVariables = Exact<{
  officeId: string | number;
  quarter?: string | null | undefined;
}>;


export type ReconciliationScreenListQuery = { reconciliations: Array<{ id: string, quarter: string, version: number, status: ReconciliationStatus, unresolvedCount: number, builtAt: string, signedByTerritorialAt: string | null, signedBySpecializedAt: string | null, territorialOfficeId: string, specializedOfficeId: string, territorialOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string }, specializedOffice: { id: string, shortNameKk: string, shortNameRu: string, shortNameEn: string } }> };

export type ReconciliationScreenDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ReconciliationScreenDetailQuery = { reconciliation: { id: string, quarter: string, periodFrom: string, periodTo: string, status: ReconciliationStatus, version: number, builtAt: string, unresolvedCount: number, signedByTerritorialAt: string | null, signedByTerritorialBy: string | null, signedByTerritorialName: string | null, signedBySpecializedAt: string | null, signedBySpecializedBy: string | null, signedBySpecializedName: string | null, territorialOfficeId: string, specializedOfficeId: string, territorialOffice: { id: string, code: string, nameKk: string, nameRu: string, nameEn: string, shortNameKk: string, shortNameRu: string, shortNameEn: string }, specializedOffice: { id: string, code: string, nameKk: string, nameRu: string, nameEn: string, shortNameKk: string, shortNameRu: string, shortNameEn: string }, items: Array<{ id: string, caseId: string, discrepancy: Discrepancy | null, resolutionNote: string | null, resolvedAt: string | null, resolvedBy: string | null, resolvedByName: string | null, version: number, case: { id: string, number: string, koapArticle: string, koapPart: string | null, offenderName: string | null, responsibleOfficeId: string, notifications: Array<{ id: string, toOfficeId: string, fromOfficeId: string, registrationNumber: string, sentAt: string, acknowledgedAt: string | null }>, hearings: Array<{ id: string, status: HearingStatus, scheduledAt: string, attended: boolean | null, attendedByOfficeId: string | null }> } }> } };

export type ReconciliationScreenBuildMutationVariables = Exact<{
  quarter: string;
  territorialOfficeId: string | number;
  specializedOfficeId: string | number;
  version?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type ReconciliationScreenBuildMutation = { buildReconciliation: { id: string, quarter: string, version: number } };

export type ReconciliationScreenResolveMutationVariables = Exact<{
  itemId: string | number;
  version: number;
  note: string;
}>;


export type ReconciliationScreenResolveMutation = { resolveDiscrepancy: { id: string, version: number, resolutionNote: string | null, resolvedAt: string | null, resolvedBy: string | null, resolvedByName: string | null } };

export type ReconciliationScreenSignMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ReconciliationScreenSignMutation = { signReconciliation: { id: string, status: ReconciliationStatus, version: number } };

export type IndicatorsScreenFiguresFragment = { quarter: string, scope: KpiScope, scopeId: string | null, appealProtestEffectiveness: { numerator: number, denominator: number, percent: number | null }, protestSatisfaction: { unsatisfied: number, considered: number, percent: number | null }, responseEffectiveness: { numerator: number, denominator: number, percent: number | null } };

export type IndicatorsScreenUnitFragment = { scope: KpiScope, id: string | null, regionId: string | null, regionCode: string | null, officeCode: string | null, officeKind: OfficeKind | null, nameKk: string, nameRu: string, nameEn: string, drillScope: KpiScope | null };

export type IndicatorsScreenBreakdownQueryVariables = Exact<{
  scope: KpiScope;
  id?: string | number | null | undefined;
  quarter: string;
}>;


export type IndicatorsScreenBreakdownQuery = { indicatorBreakdown: { quarter: string, from: string, to: string, unit: { scope: KpiScope, id: string | null, regionId: string | null, regionCode: string | null, officeCode: string | null, officeKind: OfficeKind | null, nameKk: string, nameRu: string, nameEn: string, drillScope: KpiScope | null }, total: { quarter: string, scope: KpiScope, scopeId: string | null, appealProtestEffectiveness: { numerator: number, denominator: number, percent: number | null }, protestSatisfaction: { unsatisfied: number, considered: number, percent: number | null }, responseEffectiveness: { numerator: number, denominator: number, percent: number | null } }, rows: Array<{ unit: { scope: KpiScope, id: string | null, regionId: string | null, regionCode: string | null, officeCode: string | null, officeKind: OfficeKind | null, nameKk: string, nameRu: string, nameEn: string, drillScope: KpiScope | null }, indicators: { quarter: string, scope: KpiScope, scopeId: string | null, appealProtestEffectiveness: { numerator: number, denominator: number, percent: number | null }, protestSatisfaction: { unsatisfied: number, considered: number, percent: number | null }, responseEffectiveness: { numerator: number, denominator: number, percent: number | null } } }> } };

export type IndicatorsScreenTrendQueryVariables = Exact<{
  scope: KpiScope;
  id?: string | number | null | undefined;
  quarters: number;
  upTo?: string | null | undefined;
}>;


export type IndicatorsScreenTrendQuery = { indicatorTrend: Array<{ quarter: string, scope: KpiScope, scopeId: string | null, appealProtestEffectiveness: { numerator: number, denominator: number, percent: number | null }, protestSatisfaction: { unsatisfied: number, considered: number, percent: number | null }, responseEffectiveness: { numerator: number, denominator: number, percent: number | null } }> };

export type IndicatorsScreenRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsScreenRegionsQuery = { regions: Array<{ id: string, code: string, nameKk: string, nameRu: string, nameEn: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DeadlinesBoardItemFragmentDoc = new TypedDocumentString(`
    fragment DeadlinesBoardItem on DeadlineBoardItem {
  workingDaysLeft
  case {
    id
    number
  }
  deadline {
    id
    code
    status
    dueOn
    triggerOn
    length
    unit
    period
    metAt
    caseId
    explanation {
      paragraph
      article
      reason {
        kk
        ru
        en
      }
    }
  }
}
    `, {"fragmentName":"DeadlinesBoardItem"}) as unknown as TypedDocumentString<DeadlinesBoardItemFragment, unknown>;
export const HearingsRowFragmentDoc = new TypedDocumentString(`
    fragment HearingsRow on Hearing {
  id
  scheduledAt
  status
  instance
  note
  attended
  version
  court {
    id
    nameKk
    nameRu
    nameEn
  }
  prosecutor {
    id
    fullName
    office {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
  }
  attendedByOffice {
    id
    shortNameKk
    shortNameRu
    shortNameEn
  }
  case {
    id
    number
    koapArticle
    koapPart
    mandatory
    higherProsecutorRequired
    themeCodes
    notifySpecialized
    specializedOfficeId
    specializedOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    responsibleOfficeId
    responsibleOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    groundExplanations {
      ground
      paragraph
      article
      reason {
        kk
        ru
        en
      }
    }
    notifications {
      id
      toOfficeId
      sentAt
      acknowledgedAt
    }
  }
}
    `, {"fragmentName":"HearingsRow"}) as unknown as TypedDocumentString<HearingsRowFragment, unknown>;
export const IndicatorsScreenFiguresFragmentDoc = new TypedDocumentString(`
    fragment IndicatorsScreenFigures on Indicators {
  quarter
  scope
  scopeId
  appealProtestEffectiveness {
    numerator
    denominator
    percent
  }
  protestSatisfaction {
    unsatisfied
    considered
    percent
  }
  responseEffectiveness {
    numerator
    denominator
    percent
  }
}
    `, {"fragmentName":"IndicatorsScreenFigures"}) as unknown as TypedDocumentString<IndicatorsScreenFiguresFragment, unknown>;
export const IndicatorsScreenUnitFragmentDoc = new TypedDocumentString(`
    fragment IndicatorsScreenUnit on IndicatorUnit {
  scope
  id
  regionId
  regionCode
  officeCode
  officeKind
  nameKk
  nameRu
  nameEn
  drillScope
}
    `, {"fragmentName":"IndicatorsScreenUnit"}) as unknown as TypedDocumentString<IndicatorsScreenUnitFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
    officeId
    office {
      id
      code
      kind
      nameKk
      nameRu
      nameEn
      shortNameKk
      shortNameRu
      shortNameEn
      region {
        id
        code
        nameKk
        nameRu
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AssignmentsMatrixDocument = new TypedDocumentString(`
    query AssignmentsMatrix($asOf: String, $regionIds: [ID!]) {
  assignmentMatrix(asOf: $asOf, regionIds: $regionIds) {
    asOf
    editable
    totals {
      cells
      gaps
      workload
      uncoveredWorkload
    }
    themes {
      id
      code
      mandatory
      paragraph
      nameKk
      nameRu
      nameEn
    }
    rows {
      region {
        id
        code
        nameKk
        nameRu
        nameEn
      }
      cells {
        gap
        workload
        theme {
          id
          code
        }
        assignments {
          id
          version
          validFrom
          validTo
          officeId
          prosecutor {
            id
            fullName
            position
            office {
              id
              code
              shortNameKk
              shortNameRu
              shortNameEn
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentsMatrixQuery, AssignmentsMatrixQueryVariables>;
export const AssignmentsRegionsDocument = new TypedDocumentString(`
    query AssignmentsRegions {
  regions {
    id
    code
    nameKk
    nameRu
    nameEn
  }
}
    `) as unknown as TypedDocumentString<AssignmentsRegionsQuery, AssignmentsRegionsQueryVariables>;
export const AssignmentsOfficesDocument = new TypedDocumentString(`
    query AssignmentsOffices($regionCode: String, $kinds: [OfficeKind!]) {
  offices(regionCode: $regionCode, kinds: $kinds) {
    id
    code
    kind
    region {
      id
    }
    shortNameKk
    shortNameRu
    shortNameEn
  }
}
    `) as unknown as TypedDocumentString<AssignmentsOfficesQuery, AssignmentsOfficesQueryVariables>;
export const AssignmentsProsecutorsDocument = new TypedDocumentString(`
    query AssignmentsProsecutors($officeId: ID!, $first: Int!, $after: String) {
  prosecutors(officeId: $officeId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        fullName
        position
        active
        specializations
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentsProsecutorsQuery, AssignmentsProsecutorsQueryVariables>;
export const AssignmentsAssignDocument = new TypedDocumentString(`
    mutation AssignmentsAssign($input: AssignProsecutorInput!) {
  assignProsecutor(input: $input) {
    id
    version
    validFrom
    validTo
  }
}
    `) as unknown as TypedDocumentString<AssignmentsAssignMutation, AssignmentsAssignMutationVariables>;
export const AssignmentsUnassignDocument = new TypedDocumentString(`
    mutation AssignmentsUnassign($id: ID!, $validTo: String, $version: Int!) {
  unassignProsecutor(id: $id, validTo: $validTo, version: $version) {
    id
    version
    validTo
  }
}
    `) as unknown as TypedDocumentString<AssignmentsUnassignMutation, AssignmentsUnassignMutationVariables>;
export const CaseScreenDocument = new TypedDocumentString(`
    query CaseScreen($id: ID!) {
  case(id: $id) {
    id
    number
    version
    summary
    registeredOn
    koapArticle
    koapPart
    instance
    proceeding
    initiator
    actKind
    mandatory
    fallback
    notifySpecialized
    prosecutorAgrees
    higherProsecutorRequired
    offenderName
    offenderBirthDate
    personalDataHidden {
      reason
      explanation {
        kk
        ru
        en
      }
    }
    offenderMinor
    offenderMilitary
    offenderDutyRelated
    sanctions
    spheres
    themeCodes
    responsibleKind
    responsibleOfficeId
    territorialOfficeId
    specializedOfficeId
    court {
      id
      nameKk
      nameRu
      nameEn
    }
    region {
      id
      nameKk
      nameRu
      nameEn
    }
    responsibleOffice {
      id
      nameKk
      nameRu
      nameEn
    }
    territorialOffice {
      id
      nameKk
      nameRu
      nameEn
    }
    specializedOffice {
      id
      nameKk
      nameRu
      nameEn
    }
    groundExplanations {
      ground
      paragraph
      article
      reason {
        kk
        ru
        en
      }
    }
    routingExplanation {
      jurisdiction
      paragraph
      article
      reason {
        kk
        ru
        en
      }
    }
    courtActs {
      id
      kind
      instance
      issuedOn
      copyDeliveredOn
      enteredIntoForceOn
      summary
    }
    protests {
      id
      kind
      status
      courtActId
      broughtOn
      grounds
      late
      version
    }
    conclusions {
      id
      kind
      courtActId
      approvedAt
      createdAt
      version
    }
    hearings {
      id
      scheduledAt
      status
      instance
    }
    notifications {
      id
      toOfficeId
      channel
      registrationNumber
      sentAt
    }
    deadlines {
      id
      code
      dueOn
      status
      metAt
      subjectId
      explanation {
        paragraph
        article
        reason {
          kk
          ru
          en
        }
      }
    }
    timeline {
      at
      kind
      id
      label
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CaseScreenQuery, CaseScreenQueryVariables>;
export const CaseScreenCalendarDocument = new TypedDocumentString(`
    query CaseScreenCalendar($year: Int!) {
  workingCalendar(year: $year) {
    year
    exceptions {
      date
      working
    }
  }
}
    `) as unknown as TypedDocumentString<CaseScreenCalendarQuery, CaseScreenCalendarQueryVariables>;
export const CaseScreenThemesDocument = new TypedDocumentString(`
    query CaseScreenThemes {
  thematicDirections {
    code
    nameKk
    nameRu
    nameEn
  }
}
    `) as unknown as TypedDocumentString<CaseScreenThemesQuery, CaseScreenThemesQueryVariables>;
export const CaseScreenProsecutorsDocument = new TypedDocumentString(`
    query CaseScreenProsecutors($officeId: ID!) {
  prosecutors(officeId: $officeId, first: 100) {
    edges {
      node {
        id
        fullName
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseScreenProsecutorsQuery, CaseScreenProsecutorsQueryVariables>;
export const CaseScreenBringProtestDocument = new TypedDocumentString(`
    mutation CaseScreenBringProtest($input: BringProtestInput!) {
  bringProtest(input: $input) {
    id
    status
    late
  }
}
    `) as unknown as TypedDocumentString<CaseScreenBringProtestMutation, CaseScreenBringProtestMutationVariables>;
export const CaseScreenFileConclusionDocument = new TypedDocumentString(`
    mutation CaseScreenFileConclusion($input: FileConclusionInput!) {
  fileConclusion(input: $input) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<CaseScreenFileConclusionMutation, CaseScreenFileConclusionMutationVariables>;
export const CaseScreenApproveConclusionDocument = new TypedDocumentString(`
    mutation CaseScreenApproveConclusion($id: ID!, $version: Int!) {
  approveConclusion(id: $id, version: $version) {
    id
    version
    approvedAt
  }
}
    `) as unknown as TypedDocumentString<CaseScreenApproveConclusionMutation, CaseScreenApproveConclusionMutationVariables>;
export const CaseScreenProtestOutcomeDocument = new TypedDocumentString(`
    mutation CaseScreenProtestOutcome($input: RecordProtestOutcomeInput!) {
  recordProtestOutcome(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CaseScreenProtestOutcomeMutation, CaseScreenProtestOutcomeMutationVariables>;
export const CaseScreenWithdrawProtestDocument = new TypedDocumentString(`
    mutation CaseScreenWithdrawProtest($input: WithdrawProtestInput!) {
  withdrawProtest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CaseScreenWithdrawProtestMutation, CaseScreenWithdrawProtestMutationVariables>;
export const CaseScreenReturnProtestDocument = new TypedDocumentString(`
    mutation CaseScreenReturnProtest($input: ReturnProtestInput!) {
  returnProtest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CaseScreenReturnProtestMutation, CaseScreenReturnProtestMutationVariables>;
export const CaseScreenScheduleHearingDocument = new TypedDocumentString(`
    mutation CaseScreenScheduleHearing($input: ScheduleHearingInput!) {
  scheduleHearing(input: $input) {
    id
    scheduledAt
  }
}
    `) as unknown as TypedDocumentString<CaseScreenScheduleHearingMutation, CaseScreenScheduleHearingMutationVariables>;
export const CaseScreenNotifyDocument = new TypedDocumentString(`
    mutation CaseScreenNotify($input: NotifySpecializedOfficeInput!) {
  notifySpecializedOffice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseScreenNotifyMutation, CaseScreenNotifyMutationVariables>;
export const DeadlinesBoardDocument = new TypedDocumentString(`
    query DeadlinesBoard($officeId: ID!, $limit: Int!) {
  deadlineBoard(officeId: $officeId, limit: $limit) {
    asOf
    dueSoonUntil
    office {
      id
      code
      kind
      nameKk
      nameRu
      nameEn
      shortNameKk
      shortNameRu
      shortNameEn
      region {
        id
        code
        nameKk
        nameRu
        nameEn
      }
    }
    counts {
      overdue
      dueToday
      dueSoon
      open
      met
      missed
      waived
    }
    overdue {
      ...DeadlinesBoardItem
    }
    dueToday {
      ...DeadlinesBoardItem
    }
    dueSoon {
      ...DeadlinesBoardItem
    }
    open {
      ...DeadlinesBoardItem
    }
    met {
      ...DeadlinesBoardItem
    }
  }
}
    fragment DeadlinesBoardItem on DeadlineBoardItem {
  workingDaysLeft
  case {
    id
    number
  }
  deadline {
    id
    code
    status
    dueOn
    triggerOn
    length
    unit
    period
    metAt
    caseId
    explanation {
      paragraph
      article
      reason {
        kk
        ru
        en
      }
    }
  }
}`) as unknown as TypedDocumentString<DeadlinesBoardQuery, DeadlinesBoardQueryVariables>;
export const DeadlinesChangedDocument = new TypedDocumentString(`
    subscription DeadlinesChanged($officeId: ID!, $after: String) {
  deadlineChanged(officeId: $officeId, after: $after) {
    cursor
    kind
    officeId
    deadline {
      id
      code
      caseId
      period
    }
  }
}
    `) as unknown as TypedDocumentString<DeadlinesChangedSubscription, DeadlinesChangedSubscriptionVariables>;
export const DeadlinesRegionsDocument = new TypedDocumentString(`
    query DeadlinesRegions {
  regions {
    id
    code
    nameKk
    nameRu
    nameEn
  }
}
    `) as unknown as TypedDocumentString<DeadlinesRegionsQuery, DeadlinesRegionsQueryVariables>;
export const DeadlinesOfficesDocument = new TypedDocumentString(`
    query DeadlinesOffices($regionCode: String) {
  offices(regionCode: $regionCode) {
    id
    code
    kind
    shortNameKk
    shortNameRu
    shortNameEn
    nameKk
    nameRu
    nameEn
    region {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeadlinesOfficesQuery, DeadlinesOfficesQueryVariables>;
export const HearingsPageDocument = new TypedDocumentString(`
    query HearingsPage($filter: HearingFilter, $first: Int!, $after: String) {
  hearings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...HearingsRow
      }
    }
  }
}
    fragment HearingsRow on Hearing {
  id
  scheduledAt
  status
  instance
  note
  attended
  version
  court {
    id
    nameKk
    nameRu
    nameEn
  }
  prosecutor {
    id
    fullName
    office {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
  }
  attendedByOffice {
    id
    shortNameKk
    shortNameRu
    shortNameEn
  }
  case {
    id
    number
    koapArticle
    koapPart
    mandatory
    higherProsecutorRequired
    themeCodes
    notifySpecialized
    specializedOfficeId
    specializedOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    responsibleOfficeId
    responsibleOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    groundExplanations {
      ground
      paragraph
      article
      reason {
        kk
        ru
        en
      }
    }
    notifications {
      id
      toOfficeId
      sentAt
      acknowledgedAt
    }
  }
}`) as unknown as TypedDocumentString<HearingsPageQuery, HearingsPageQueryVariables>;
export const HearingsOptionsDocument = new TypedDocumentString(`
    query HearingsOptions($regionCode: String) {
  courts(regionCode: $regionCode) {
    id
    nameKk
    nameRu
    nameEn
    kind
    region {
      id
      code
      nameKk
      nameRu
      nameEn
    }
  }
  offices(regionCode: $regionCode) {
    id
    kind
    shortNameKk
    shortNameRu
    shortNameEn
    nameKk
    nameRu
    nameEn
    region {
      id
      code
      nameKk
      nameRu
      nameEn
    }
  }
  thematicDirections {
    id
    code
    mandatory
    paragraph
    nameKk
    nameRu
    nameEn
  }
}
    `) as unknown as TypedDocumentString<HearingsOptionsQuery, HearingsOptionsQueryVariables>;
export const HearingsLiveDocument = new TypedDocumentString(`
    subscription HearingsLive($filter: HearingEventFilter, $after: String) {
  hearingScheduled(filter: $filter, after: $after) {
    cursor
    kind
    scheduledAt
    hearing {
      ...HearingsRow
    }
  }
}
    fragment HearingsRow on Hearing {
  id
  scheduledAt
  status
  instance
  note
  attended
  version
  court {
    id
    nameKk
    nameRu
    nameEn
  }
  prosecutor {
    id
    fullName
    office {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
  }
  attendedByOffice {
    id
    shortNameKk
    shortNameRu
    shortNameEn
  }
  case {
    id
    number
    koapArticle
    koapPart
    mandatory
    higherProsecutorRequired
    themeCodes
    notifySpecialized
    specializedOfficeId
    specializedOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    responsibleOfficeId
    responsibleOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    groundExplanations {
      ground
      paragraph
      article
      reason {
        kk
        ru
        en
      }
    }
    notifications {
      id
      toOfficeId
      sentAt
      acknowledgedAt
    }
  }
}`) as unknown as TypedDocumentString<HearingsLiveSubscription, HearingsLiveSubscriptionVariables>;
export const ReconciliationScreenOfficesDocument = new TypedDocumentString(`
    query ReconciliationScreenOffices($kinds: [OfficeKind!], $regionCode: String) {
  offices(kinds: $kinds, regionCode: $regionCode) {
    id
    code
    kind
    nameKk
    nameRu
    nameEn
    shortNameKk
    shortNameRu
    shortNameEn
  }
}
    `) as unknown as TypedDocumentString<ReconciliationScreenOfficesQuery, ReconciliationScreenOfficesQueryVariables>;
export const ReconciliationScreenListDocument = new TypedDocumentString(`
    query ReconciliationScreenList($officeId: ID!, $quarter: String) {
  reconciliations(officeId: $officeId, quarter: $quarter) {
    id
    quarter
    version
    status
    unresolvedCount
    builtAt
    signedByTerritorialAt
    signedBySpecializedAt
    territorialOfficeId
    specializedOfficeId
    territorialOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    specializedOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
  }
}
    `) as unknown as TypedDocumentString<ReconciliationScreenListQuery, ReconciliationScreenListQueryVariables>;
export const ReconciliationScreenDetailDocument = new TypedDocumentString(`
    query ReconciliationScreenDetail($id: ID!) {
  reconciliation(id: $id) {
    id
    quarter
    periodFrom
    periodTo
    status
    version
    builtAt
    unresolvedCount
    signedByTerritorialAt
    signedByTerritorialBy
    signedByTerritorialName
    signedBySpecializedAt
    signedBySpecializedBy
    signedBySpecializedName
    territorialOfficeId
    specializedOfficeId
    territorialOffice {
      id
      code
      nameKk
      nameRu
      nameEn
      shortNameKk
      shortNameRu
      shortNameEn
    }
    specializedOffice {
      id
      code
      nameKk
      nameRu
      nameEn
      shortNameKk
      shortNameRu
      shortNameEn
    }
    items {
      id
      caseId
      discrepancy
      resolutionNote
      resolvedAt
      resolvedBy
      resolvedByName
      version
      case {
        id
        number
        koapArticle
        koapPart
        offenderName
        responsibleOfficeId
        notifications {
          id
          toOfficeId
          fromOfficeId
          registrationNumber
          sentAt
          acknowledgedAt
        }
        hearings {
          id
          status
          scheduledAt
          attended
          attendedByOfficeId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReconciliationScreenDetailQuery, ReconciliationScreenDetailQueryVariables>;
export const ReconciliationScreenBuildDocument = new TypedDocumentString(`
    mutation ReconciliationScreenBuild($quarter: String!, $territorialOfficeId: ID!, $specializedOfficeId: ID!, $version: Int, $idempotencyKey: String) {
  buildReconciliation(
    quarter: $quarter
    territorialOfficeId: $territorialOfficeId
    specializedOfficeId: $specializedOfficeId
    version: $version
    idempotencyKey: $idempotencyKey
  ) {
    id
    quarter
    version
  }
}
    `) as unknown as TypedDocumentString<ReconciliationScreenBuildMutation, ReconciliationScreenBuildMutationVariables>;
export const ReconciliationScreenResolveDocument = new TypedDocumentString(`
    mutation ReconciliationScreenResolve($itemId: ID!, $version: Int!, $note: String!) {
  resolveDiscrepancy(itemId: $itemId, version: $version, note: $note) {
    id
    version
    resolutionNote
    resolvedAt
    resolvedBy
    resolvedByName
  }
}
    `) as unknown as TypedDocumentString<ReconciliationScreenResolveMutation, ReconciliationScreenResolveMutationVariables>;
export const ReconciliationScreenSignDocument = new TypedDocumentString(`
    mutation ReconciliationScreenSign($id: ID!, $version: Int!) {
  signReconciliation(id: $id, version: $version) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ReconciliationScreenSignMutation, ReconciliationScreenSignMutationVariables>;
export const IndicatorsScreenBreakdownDocument = new TypedDocumentString(`
    query IndicatorsScreenBreakdown($scope: KpiScope!, $id: ID, $quarter: String!) {
  indicatorBreakdown(scope: $scope, id: $id, quarter: $quarter) {
    quarter
    from
    to
    unit {
      ...IndicatorsScreenUnit
    }
    total {
      ...IndicatorsScreenFigures
    }
    rows {
      unit {
        ...IndicatorsScreenUnit
      }
      indicators {
        ...IndicatorsScreenFigures
      }
    }
  }
}
    fragment IndicatorsScreenFigures on Indicators {
  quarter
  scope
  scopeId
  appealProtestEffectiveness {
    numerator
    denominator
    percent
  }
  protestSatisfaction {
    unsatisfied
    considered
    percent
  }
  responseEffectiveness {
    numerator
    denominator
    percent
  }
}
fragment IndicatorsScreenUnit on IndicatorUnit {
  scope
  id
  regionId
  regionCode
  officeCode
  officeKind
  nameKk
  nameRu
  nameEn
  drillScope
}`) as unknown as TypedDocumentString<IndicatorsScreenBreakdownQuery, IndicatorsScreenBreakdownQueryVariables>;
export const IndicatorsScreenTrendDocument = new TypedDocumentString(`
    query IndicatorsScreenTrend($scope: KpiScope!, $id: ID, $quarters: Int!, $upTo: String) {
  indicatorTrend(scope: $scope, id: $id, quarters: $quarters, upTo: $upTo) {
    ...IndicatorsScreenFigures
  }
}
    fragment IndicatorsScreenFigures on Indicators {
  quarter
  scope
  scopeId
  appealProtestEffectiveness {
    numerator
    denominator
    percent
  }
  protestSatisfaction {
    unsatisfied
    considered
    percent
  }
  responseEffectiveness {
    numerator
    denominator
    percent
  }
}`) as unknown as TypedDocumentString<IndicatorsScreenTrendQuery, IndicatorsScreenTrendQueryVariables>;
export const IndicatorsScreenRegionsDocument = new TypedDocumentString(`
    query IndicatorsScreenRegions {
  regions {
    id
    code
    nameKk
    nameRu
    nameEn
  }
}
    `) as unknown as TypedDocumentString<IndicatorsScreenRegionsQuery, IndicatorsScreenRegionsQueryVariables>;