// Statutory deadlines of a case (paras 10, 13, 16–18, 22), counted as contract Decision 1 says: the trigger day
// is not counted; N calendar days end on trigger + N, moved to the next working day when that is a day off;
// N working days end on the N-th working day after the trigger day.
import type { CaseEventKey, CaseFacts } from '../cases/case-facts';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { IsoDate } from '../dates/iso-date';
import { addDays, fromDayNumber, isIsoDate, toDayNumber, yearOf } from '../dates/iso-date';
import { DomainError, ErrorCode } from '../errors/error-code';
import { ActKind, DayUnit, DeadlineCode, Instance, Sanction, Sphere } from '../enums/rules';
import type { Explanation } from '../i18n/explanation';
import type { DayRun, LegalityCheckWhy } from '../i18n/rules.i18n';
import { calendarDaysTail, deadlineRuleText, localize, workingDaysTail } from '../i18n/rules.i18n';
import type { DayInfo } from '../calendar/calendar.types';

/** The facts deadlines depend on (plus whether participation is mandatory, para 6). */
export type DeadlineInput = Pick<
  CaseFacts,
  'instance' | 'spheres' | 'sanctions' | 'actKind' | 'prosecutorAgrees' | 'events'
>;

/** A deadline that applies to a case, before its due date is computed. */
export interface DeadlineSpec {
  code: DeadlineCode;
  /** The event whose date starts the count. */
  event: CaseEventKey;
  trigger: IsoDate;
  length: number;
  unit: DayUnit;
  paragraph: string;
  article?: string;
  /** LEGALITY_CHECK: which para-16 category applies. */
  legalityWhy?: LegalityCheckWhy[];
}

/** A computed deadline with its explanation. */
export interface DeadlineDetail extends Explanation {
  code: DeadlineCode;
  event: CaseEventKey;
  trigger: IsoDate;
  due: IsoDate;
  length: number;
  unit: DayUnit;
}

/** Due dates by deadline code (the contract's `deadlines` map). */
export type DueDates = Partial<Record<DeadlineCode, IsoDate>>;

// Para 13: 30 days instead of 10 for tax, pension and compulsory social insurance obligations (КоАП 832).
const THIRTY_DAY_SPHERES: readonly Sphere[] = [
  Sphere.TAX_OBLIGATION,
  Sphere.PENSION,
  Sphere.SOCIAL_INSURANCE,
];
// Para 10: the spheres whose terminations need a substantive conclusion (with confiscation, below).
const CONCLUSION_SPHERES: readonly Sphere[] = [
  Sphere.CORRUPTION,
  Sphere.ENVIRONMENT,
  Sphere.TAX,
  Sphere.TAX_OBLIGATION,
  Sphere.CUSTOMS,
];

/** Para 13; КоАП 832: the appeal period in calendar days for the case's spheres. */
export function appealPeriodDays(spheres: readonly Sphere[]): number {
  return spheres.some((s) => THIRTY_DAY_SPHERES.includes(s)) ? 30 : 10;
}

type DeadlineVisitor = (
  code: DeadlineCode,
  event: CaseEventKey,
  trigger: IsoDate,
  length: number,
  unit: DayUnit,
  legalityWhy?: LegalityCheckWhy[],
) => void;

/** The conditions of the contract's deadline table, in its order; one source for both paths below. */
function visitDeadlines(facts: DeadlineInput, mandatory: boolean, visit: DeadlineVisitor): void {
  const { events, spheres, actKind } = facts;
  const copy = events.copyDelivered;
  if (copy !== null && facts.instance === Instance.FIRST) {
    const length = appealPeriodDays(spheres);
    visit(DeadlineCode.APPEAL_PROTEST, 'copyDelivered', copy, length, DayUnit.CALENDAR);
    // Paras 16–17: acts not yet in force in para-6 cases, terminations and new-circumstances rulings are checked
    // within the appeal period, so the check is due with the protest.
    if (mandatory || actKind === ActKind.TERMINATED || actKind === ActKind.NEW_CIRCUMSTANCES_REVIEW) {
      const why: LegalityCheckWhy[] = [];
      if (mandatory) why.push('MANDATORY');
      if (actKind === ActKind.TERMINATED) why.push('TERMINATED');
      if (actKind === ActKind.NEW_CIRCUMSTANCES_REVIEW) why.push('NEW_CIRCUMSTANCES_REVIEW');
      visit(DeadlineCode.LEGALITY_CHECK, 'copyDelivered', copy, length, DayUnit.CALENDAR, why);
    }
  }
  const inForce = events.enteredIntoForce;
  if (
    inForce !== null &&
    actKind === ActKind.TERMINATED &&
    facts.prosecutorAgrees &&
    (spheres.some((s) => CONCLUSION_SPHERES.includes(s)) || facts.sanctions.includes(Sanction.CONFISCATION))
  ) {
    visit(DeadlineCode.SUBSTANTIVE_CONCLUSION, 'enteredIntoForce', inForce, 30, DayUnit.WORKING);
  }
  if (events.applicationReceived !== null) {
    visit(
      DeadlineCode.REQUISITION_ORDER,
      'applicationReceived',
      events.applicationReceived,
      3,
      DayUnit.WORKING,
    );
  }
  if (events.requisitionReceivedByCourt !== null) {
    const trigger = events.requisitionReceivedByCourt;
    visit(DeadlineCode.COURT_SENDS_CASE, 'requisitionReceivedByCourt', trigger, 7, DayUnit.CALENDAR);
  }
  if (events.courtDecision !== null) {
    visit(DeadlineCode.EXCLUSION_PETITION, 'courtDecision', events.courtDecision, 10, DayUnit.WORKING);
  }
}

const SOURCES: Record<DeadlineCode, { paragraph: string; article?: string }> = {
  [DeadlineCode.APPEAL_PROTEST]: { paragraph: '13', article: 'КоАП 832' },
  [DeadlineCode.LEGALITY_CHECK]: { paragraph: '16–17' },
  [DeadlineCode.SUBSTANTIVE_CONCLUSION]: { paragraph: '10' },
  [DeadlineCode.REQUISITION_ORDER]: { paragraph: '18' },
  [DeadlineCode.COURT_SENDS_CASE]: { paragraph: '18', article: 'КоАП 848(3)' },
  [DeadlineCode.EXCLUSION_PETITION]: { paragraph: '22' },
  [DeadlineCode.QUARTERLY_ANALYSIS]: { paragraph: '20' },
  [DeadlineCode.MONTHLY_STUDY]: { paragraph: '28' },
  [DeadlineCode.QUARTERLY_MEMO]: { paragraph: '28' },
  [DeadlineCode.QUARTERLY_RECONCILIATION]: { paragraph: '7' },
};

/** The deadlines that apply to a case, in the contract's order (key present only when triggered). */
export function applicableDeadlines(facts: DeadlineInput, mandatory: boolean): DeadlineSpec[] {
  const specs: DeadlineSpec[] = [];
  visitDeadlines(facts, mandatory, (code, event, trigger, length, unit, legalityWhy) => {
    specs.push({
      code,
      event,
      trigger,
      length,
      unit,
      ...SOURCES[code],
      ...(legalityWhy ? { legalityWhy } : {}),
    });
  });
  return specs;
}

/** Decision 1: N calendar days after the trigger, moved to the next working day when that day is off. */
export function calendarDaysDue(trigger: IsoDate, days: number, calendar: WorkingCalendar): IsoDate {
  return fromDayNumber(calendar.workingDayNumberOnOrAfter(toDayNumber(trigger) + days));
}

/** Decision 1: the N-th working day after the trigger day. */
export function workingDaysDue(trigger: IsoDate, days: number, calendar: WorkingCalendar): IsoDate {
  return fromDayNumber(calendar.addWorkingDayNumbers(toDayNumber(trigger), days));
}

function dueOf(
  code: DeadlineCode,
  event: CaseEventKey,
  trigger: IsoDate,
  length: number,
  unit: DayUnit,
  calendar: WorkingCalendar,
): IsoDate {
  const field = `events.${event}`;
  if (!isIsoDate(trigger)) {
    const problem = `${JSON.stringify(trigger)} is not a date`;
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, { field, problem });
  }
  try {
    return unit === DayUnit.CALENDAR
      ? calendarDaysDue(trigger, length, calendar)
      : workingDaysDue(trigger, length, calendar);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problem = calendar.covers(trigger)
      ? `the ${code} deadline from "${trigger}" runs past the working-day calendar (${calendar.firstDate} … ${calendar.lastDate})`
      : `"${trigger}" is outside the working-day calendar (${calendar.firstDate} … ${calendar.lastDate})`;
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, { field, problem });
  }
}

/** The contract's `deadlines` map: due dates only, no explanations (the fast path). */
export function dueDates(facts: DeadlineInput, mandatory: boolean, calendar: WorkingCalendar): DueDates {
  const out: DueDates = {};
  visitDeadlines(facts, mandatory, (code, event, trigger, length, unit) => {
    out[code] = dueOf(code, event, trigger, length, unit, calendar);
  });
  return out;
}

/** Groups consecutive days with the same label into runs ("21–23 March: Nauryz"). */
export function groupDayRuns(days: readonly DayInfo[]): DayRun[] {
  const out: DayRun[] = [];
  let previous: number | undefined;
  for (const day of days) {
    const dn = toDayNumber(day.date);
    const last = out[out.length - 1];
    if (last !== undefined && previous === dn - 1 && last.label.en === day.label.en) last.to = day.date;
    else out.push({ from: day.date, to: day.date, label: day.label });
    previous = dn;
  }
  return out;
}

function explain(spec: DeadlineSpec, due: IsoDate, calendar: WorkingCalendar): Explanation['reason'] {
  const rule = deadlineRuleText({
    code: spec.code,
    length: spec.length,
    ...(spec.legalityWhy ? { legalityWhy: spec.legalityWhy } : {}),
  });
  const withYear = yearOf(due) !== yearOf(spec.trigger);
  let tail;
  if (spec.unit === DayUnit.CALENDAR) {
    // The days off between the nominal last day and the working day it moved to.
    const nominal = addDays(spec.trigger, spec.length);
    const moved: DayInfo[] = [];
    for (let d = nominal; d < due; d = addDays(d, 1)) moved.push(calendar.dayInfo(d));
    tail = calendarDaysTail(due, groupDayRuns(moved), withYear);
  } else {
    // Only what differs from a plain 5-day week moved the date: weekday days off and weekend days worked.
    const exceptions = calendar.exceptionsBetween(addDays(spec.trigger, 1), due);
    const skipped = exceptions.filter((d) => !d.working && d.weekday <= 5);
    const worked = exceptions.filter((d) => d.working && d.weekday >= 6);
    tail = workingDaysTail(due, groupDayRuns(skipped), groupDayRuns(worked), withYear);
  }
  return localize((l) => rule[l] + tail[l]);
}

/** Every deadline of a case with its due date and explanation (what moved the date, in kk/ru/en). */
export function computeDeadlines(
  facts: DeadlineInput,
  mandatory: boolean,
  calendar: WorkingCalendar,
): DeadlineDetail[] {
  return applicableDeadlines(facts, mandatory).map((spec) => {
    const due = dueOf(spec.code, spec.event, spec.trigger, spec.length, spec.unit, calendar);
    return {
      code: spec.code,
      event: spec.event,
      trigger: spec.trigger,
      due,
      length: spec.length,
      unit: spec.unit,
      paragraph: spec.paragraph,
      ...(spec.article !== undefined ? { article: spec.article } : {}),
      reason: explain(spec, due, calendar),
    };
  });
}
