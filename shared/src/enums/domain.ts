// Enums of the supervision workflow (the data model), as opposed to the rules contract's enums in ./rules.ts.
// Each is a const object plus a union type: usable by type-graphql's registerEnumType, TypeORM enum columns
// and exhaustive switches alike.

/** Kinds of prosecutor's office (KAZAKHSTAN.md §4; Instruction paras 4, 7). */
export const OfficeKind = {
  GPO: 'GPO',
  DEPARTMENT: 'DEPARTMENT',
  REGIONAL: 'REGIONAL',
  DISTRICT: 'DISTRICT',
  CITY: 'CITY',
  INTERDISTRICT: 'INTERDISTRICT',
  MILITARY: 'MILITARY',
  TRANSPORT: 'TRANSPORT',
  ENVIRONMENTAL: 'ENVIRONMENTAL',
} as const;
export type OfficeKind = (typeof OfficeKind)[keyof typeof OfficeKind];

/** Kinds of court that hear administrative-offense cases. */
export const CourtKind = {
  DISTRICT: 'DISTRICT',
  CITY: 'CITY',
  SPECIALIZED_ADMINISTRATIVE: 'SPECIALIZED_ADMINISTRATIVE',
  MILITARY: 'MILITARY',
  REGIONAL: 'REGIONAL',
  SUPREME: 'SUPREME',
} as const;
export type CourtKind = (typeof CourtKind)[keyof typeof CourtKind];

/** Court instance (para 6: first, appeal and cassation). */
export const CourtInstance = {
  FIRST: 'FIRST',
  APPEAL: 'APPEAL',
  CASSATION: 'CASSATION',
} as const;
export type CourtInstance = (typeof CourtInstance)[keyof typeof CourtInstance];

/** User roles and their jurisdiction. */
export const Role = {
  /** Administers users and reference data, including the working-day calendar. */
  ADMIN: 'ADMIN',
  /** The GPO Department: the whole republic. */
  DEPARTMENT: 'DEPARTMENT',
  /** A regional office: its region and the offices in it. */
  REGIONAL: 'REGIONAL',
  /** A district / city / interdistrict office: its own office. */
  DISTRICT: 'DISTRICT',
  /** A military, transport or environmental office: its own cases, plus hearings in courts of its locality (para 7). */
  SPECIALIZED: 'SPECIALIZED',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const HearingStatus = {
  SCHEDULED: 'SCHEDULED',
  HELD: 'HELD',
  POSTPONED: 'POSTPONED',
  CANCELLED: 'CANCELLED',
} as const;
export type HearingStatus = (typeof HearingStatus)[keyof typeof HearingStatus];

/** How the territorial office notified the specialized one (para 7: telephonogram or another registered means). */
export const NotificationChannel = {
  TELEPHONOGRAM: 'TELEPHONOGRAM',
  EDOC: 'EDOC',
  OTHER: 'OTHER',
} as const;
export type NotificationChannel = (typeof NotificationChannel)[keyof typeof NotificationChannel];

/** Kinds of prosecutor's conclusion (para 10). */
export const ConclusionKind = {
  FIRST_INSTANCE: 'FIRST_INSTANCE',
  APPEAL: 'APPEAL',
  /** On receipt of copies of arrest and termination resolutions (para 10; КоАП 823(2)). */
  ON_COPY_RECEIPT: 'ON_COPY_RECEIPT',
  SUBSTANTIVE: 'SUBSTANTIVE',
} as const;
export type ConclusionKind = (typeof ConclusionKind)[keyof typeof ConclusionKind];

export const ProtestKind = {
  APPEAL: 'APPEAL',
  CASSATION: 'CASSATION',
} as const;
export type ProtestKind = (typeof ProtestKind)[keyof typeof ProtestKind];

/** Life of a protest (paras 13, 17, 23). WITHDRAWN vs RETURNED as para 23 classifies them. */
export const ProtestStatus = {
  DRAFT: 'DRAFT',
  BROUGHT: 'BROUGHT',
  SATISFIED: 'SATISFIED',
  PARTIALLY_SATISFIED: 'PARTIALLY_SATISFIED',
  UNSATISFIED: 'UNSATISFIED',
  WITHDRAWN: 'WITHDRAWN',
  RETURNED: 'RETURNED',
} as const;
export type ProtestStatus = (typeof ProtestStatus)[keyof typeof ProtestStatus];

export const ApplicantKind = {
  INDIVIDUAL: 'INDIVIDUAL',
  LEGAL_ENTITY: 'LEGAL_ENTITY',
  STATE_BODY: 'STATE_BODY',
} as const;
export type ApplicantKind = (typeof ApplicantKind)[keyof typeof ApplicantKind];

/** Life of an application to bring a protest (paras 18, 27). */
export const ApplicationStatus = {
  RECEIVED: 'RECEIVED',
  /** Para 27: an application missing a mandatory item is returned with its reasons. */
  RETURNED: 'RETURNED',
  /** Para 18: the case file is requisitioned from the court. */
  REQUISITIONED: 'REQUISITIONED',
  UNDER_REVIEW: 'UNDER_REVIEW',
  /** A protest was brought on it. */
  GRANTED: 'GRANTED',
  /** Refused with a substantive conclusion; the applicant is told of the right to appeal (paras 17, 27). */
  REFUSED: 'REFUSED',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

export const DeadlineStatus = {
  OPEN: 'OPEN',
  MET: 'MET',
  MISSED: 'MISSED',
  WAIVED: 'WAIVED',
} as const;
export type DeadlineStatus = (typeof DeadlineStatus)[keyof typeof DeadlineStatus];

/** Para 28: the register holds violations and good practice found in supervision. */
export const RegisterEntryKind = {
  VIOLATION: 'VIOLATION',
  GOOD_PRACTICE: 'GOOD_PRACTICE',
} as const;
export type RegisterEntryKind = (typeof RegisterEntryKind)[keyof typeof RegisterEntryKind];
