// Enums of the rules contract (team handbook: contracts/rules-cli.md). Each is a const object plus a union
// type: usable by type-graphql's registerEnumType, Postgres enum columns and exhaustive switches alike.
// The protest kind (APPEAL | CASSATION) of the kpi input is ProtestKind in ./domain.ts.

/** Court instance hearing the case (para 6 first instance; para 8 appeal review of acts not yet in force). */
export const Instance = {
  FIRST: 'FIRST',
  APPEAL: 'APPEAL',
} as const;
export type Instance = (typeof Instance)[keyof typeof Instance];

/** What the court is hearing: an offense case, or a complaint under КоАП chapter 44 or 45 (para 6). */
export const Proceeding = {
  OFFENSE: 'OFFENSE',
  COMPLAINT_CH44: 'COMPLAINT_CH44',
  COMPLAINT_CH45: 'COMPLAINT_CH45',
} as const;
export type Proceeding = (typeof Proceeding)[keyof typeof Proceeding];

/** Spheres of the offense that the rules look at (paras 6, 7, 10, 13). */
export const Sphere = {
  CORRUPTION: 'CORRUPTION',
  ELECTORAL: 'ELECTORAL',
  ENVIRONMENT: 'ENVIRONMENT',
  TAX: 'TAX',
  CUSTOMS: 'CUSTOMS',
  /** Failure to perform a tax obligation (para 13: 30 days); also a taxation-sphere case (para 6). */
  TAX_OBLIGATION: 'TAX_OBLIGATION',
  /** Obligations under pension-provision legislation (para 13: 30 days). */
  PENSION: 'PENSION',
  /** Obligations under compulsory social insurance legislation (para 13: 30 days). */
  SOCIAL_INSURANCE: 'SOCIAL_INSURANCE',
  /** КоАП chapter 32, military offenses (para 7). */
  MILITARY_CH32: 'MILITARY_CH32',
} as const;
export type Sphere = (typeof Sphere)[keyof typeof Sphere];

/** Penalties the article's sanction provides (para 6). */
export const Sanction = {
  ARREST: 'ARREST',
  CONFISCATION: 'CONFISCATION',
  EXPULSION: 'EXPULSION',
  DEMOLITION: 'DEMOLITION',
  FINE: 'FINE',
} as const;
export type Sanction = (typeof Sanction)[keyof typeof Sanction];

/** The offender's relation to the armed forces (para 7). */
export const MilitaryStatus = {
  NONE: 'NONE',
  SERVICEMAN: 'SERVICEMAN',
  RESERVIST_ON_TRAINING: 'RESERVIST_ON_TRAINING',
  CIVILIAN_PERSONNEL: 'CIVILIAN_PERSONNEL',
} as const;
export type MilitaryStatus = (typeof MilitaryStatus)[keyof typeof MilitaryStatus];

/** Who initiated the administrative case (paras 6, 7, 9). */
export const Initiator = {
  TERRITORIAL_PROSECUTOR: 'TERRITORIAL_PROSECUTOR',
  MILITARY_PROSECUTOR: 'MILITARY_PROSECUTOR',
  TRANSPORT_PROSECUTOR: 'TRANSPORT_PROSECUTOR',
  ENVIRONMENTAL_PROSECUTOR: 'ENVIRONMENTAL_PROSECUTOR',
  /** Authorised officials of the Armed Forces, other troops and military formations (para 7). */
  MILITARY_AUTHORITY: 'MILITARY_AUTHORITY',
  /** An authorised body acting in its powers over transport (para 7). */
  TRANSPORT_AUTHORITY: 'TRANSPORT_AUTHORITY',
  OTHER_AUTHORITY: 'OTHER_AUTHORITY',
} as const;
export type Initiator = (typeof Initiator)[keyof typeof Initiator];

/** Specialized prosecutor's offices (para 7). */
export const SpecializedKind = {
  MILITARY: 'MILITARY',
  TRANSPORT: 'TRANSPORT',
  ENVIRONMENTAL: 'ENVIRONMENTAL',
} as const;
export type SpecializedKind = (typeof SpecializedKind)[keyof typeof SpecializedKind];

/** The court act under supervision (paras 10, 16). */
export const ActKind = {
  PENALTY_IMPOSED: 'PENALTY_IMPOSED',
  TERMINATED: 'TERMINATED',
  BODY_RESOLUTION_UPHELD: 'BODY_RESOLUTION_UPHELD',
  BODY_RESOLUTION_CHANGED: 'BODY_RESOLUTION_CHANGED',
  /** Granting or refusing review on newly discovered circumstances (para 16). */
  NEW_CIRCUMSTANCES_REVIEW: 'NEW_CIRCUMSTANCES_REVIEW',
} as const;
export type ActKind = (typeof ActKind)[keyof typeof ActKind];

/** What the appeal court did with a first-instance resolution (para 22). */
export const AppealResult = {
  CANCELLED: 'CANCELLED',
  CHANGED: 'CHANGED',
  UPHELD: 'UPHELD',
} as const;
export type AppealResult = (typeof AppealResult)[keyof typeof AppealResult];

/** On what the appeal court acted (para 22). */
export const AppealBasis = {
  PROSECUTOR_PROTEST: 'PROSECUTOR_PROTEST',
  COMPLAINT: 'COMPLAINT',
  /** A higher prosecutor's protest brought without the lower office's proposal. */
  HIGHER_PROSECUTOR_PROTEST: 'HIGHER_PROSECUTOR_PROTEST',
} as const;
export type AppealBasis = (typeof AppealBasis)[keyof typeof AppealBasis];

/** Para 22: reasons an act leaves the appeal-protest-effectiveness statistics (with the Department's consent). */
export const Exclusion = {
  PENALTY_WITHIN_SANCTION: 'PENALTY_WITHIN_SANCTION',
  NEW_EVIDENCE: 'NEW_EVIDENCE',
  ALTERNATIVE_PENALTY: 'ALTERNATIVE_PENALTY',
  AMNESTY_OR_RECONCILIATION: 'AMNESTY_OR_RECONCILIATION',
} as const;
export type Exclusion = (typeof Exclusion)[keyof typeof Exclusion];

/** Outcome of a protest as para 23 counts it. */
export const ProtestOutcome = {
  SATISFIED: 'SATISFIED',
  PARTIALLY_SATISFIED: 'PARTIALLY_SATISFIED',
  UNSATISFIED: 'UNSATISFIED',
  WITHDRAWN: 'WITHDRAWN',
  RETURNED: 'RETURNED',
  PENDING: 'PENDING',
} as const;
export type ProtestOutcome = (typeof ProtestOutcome)[keyof typeof ProtestOutcome];

/** Why the prosecutor must take part (para 6 at first instance; para 8 on appeal). */
export const Ground = {
  MINOR: 'MINOR',
  ARREST: 'ARREST',
  HIGHER_PROSECUTOR: 'HIGHER_PROSECUTOR',
  PROSECUTOR_INITIATED: 'PROSECUTOR_INITIATED',
  CORRUPTION: 'CORRUPTION',
  ELECTORAL: 'ELECTORAL',
  ENVIRONMENT: 'ENVIRONMENT',
  TAX: 'TAX',
  CUSTOMS: 'CUSTOMS',
  CONFISCATION: 'CONFISCATION',
  EXPULSION: 'EXPULSION',
  DEMOLITION: 'DEMOLITION',
  COMPLAINT_CH44: 'COMPLAINT_CH44',
  COMPLAINT_CH45: 'COMPLAINT_CH45',
  APPEAL_REVIEW: 'APPEAL_REVIEW',
} as const;
export type Ground = (typeof Ground)[keyof typeof Ground];

/** The kind of office that answers for a case (paras 7, 9). */
export const ResponsibleKind = {
  TERRITORIAL: 'TERRITORIAL',
  MILITARY: 'MILITARY',
  TRANSPORT: 'TRANSPORT',
  ENVIRONMENTAL: 'ENVIRONMENTAL',
} as const;
export type ResponsibleKind = (typeof ResponsibleKind)[keyof typeof ResponsibleKind];

/** Statutory deadlines of a case, and the office's reporting deadlines. */
export const DeadlineCode = {
  /** Para 13; КоАП 832: 10 or 30 calendar days from delivery of the copy. */
  APPEAL_PROTEST: 'APPEAL_PROTEST',
  /** Paras 16–17: check legality within the appeal period. */
  LEGALITY_CHECK: 'LEGALITY_CHECK',
  /** Para 10: 30 working days from entry into force. */
  SUBSTANTIVE_CONCLUSION: 'SUBSTANTIVE_CONCLUSION',
  /** Para 18: 3 working days to order the case requisitioned. */
  REQUISITION_ORDER: 'REQUISITION_ORDER',
  /** Para 18; КоАП 848(3): the court sends the case within 7 days. */
  COURT_SENDS_CASE: 'COURT_SENDS_CASE',
  /** Para 22: 10 working days to petition the Department for an exclusion. */
  EXCLUSION_PETITION: 'EXCLUSION_PETITION',
  /** Para 20: quarterly analysis by the 25th of the quarter's last month. */
  QUARTERLY_ANALYSIS: 'QUARTERLY_ANALYSIS',
  /** Para 28: monthly study by the 25th. */
  MONTHLY_STUDY: 'MONTHLY_STUDY',
  /** Para 28: memo by the 5th of the month after the quarter. */
  QUARTERLY_MEMO: 'QUARTERLY_MEMO',
  /** Para 7: quarterly reconciliation of heard cases between territorial and specialized offices. */
  QUARTERLY_RECONCILIATION: 'QUARTERLY_RECONCILIATION',
} as const;
export type DeadlineCode = (typeof DeadlineCode)[keyof typeof DeadlineCode];

/** How a deadline's length is counted (Decision 1). */
export const DayUnit = {
  CALENDAR: 'CALENDAR',
  WORKING: 'WORKING',
} as const;
export type DayUnit = (typeof DayUnit)[keyof typeof DayUnit];

/** Why a calendar day is (non-)working (KAZAKHSTAN.md §5). */
export const DayKind = {
  /** An ordinary Monday–Friday. */
  WORKING: 'WORKING',
  WEEKEND: 'WEEKEND',
  /** A national or state holiday (Law on Holidays art. 5). */
  HOLIDAY: 'HOLIDAY',
  /** The working day after a holiday that fell on a day off (Law on Holidays art. 5). */
  CARRY_OVER: 'CARRY_OVER',
  /** 7 January or the first day of Kurban Ait (Labour Code art. 84 p.5; no carry-over). */
  RELIGIOUS: 'RELIGIOUS',
  /** A working day made a day off by a government / ministry transfer (Labour Code art. 85 p.3). */
  TRANSFERRED_OFF: 'TRANSFERRED_OFF',
  /** A weekend day made a working day by a transfer. */
  TRANSFERRED_WORKING: 'TRANSFERRED_WORKING',
  /** Set by an administrator at run time. */
  OVERRIDE: 'OVERRIDE',
} as const;
export type DayKind = (typeof DayKind)[keyof typeof DayKind];
