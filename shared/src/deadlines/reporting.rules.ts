// The office's reporting calendar: the quarterly analysis (para 20), the monthly study and the quarterly memo
// (para 28), and the quarterly territorial–specialized reconciliation (para 7). Fixed report dates that fall on a
// day off move to the last working day before them (contract Decision 2): "no later than the 25th" forbids
// filing after it.
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { IsoDate } from '../dates/iso-date';
import { addDays, daysInMonth, isoDate } from '../dates/iso-date';
import { DeadlineCode } from '../enums/rules';
import type { Explanation } from '../i18n/explanation';
import { localize, reportRuleText, reportTail } from '../i18n/rules.i18n';
import { DomainError, ErrorCode } from '../errors/error-code';
import { groupDayRuns } from './deadline.rules';
import type { DayInfo } from '../calendar/calendar.types';

/** The reporting deadlines. */
export type ReportingCode =
  | typeof DeadlineCode.QUARTERLY_ANALYSIS
  | typeof DeadlineCode.MONTHLY_STUDY
  | typeof DeadlineCode.QUARTERLY_MEMO
  | typeof DeadlineCode.QUARTERLY_RECONCILIATION;

/** One reporting deadline. */
export interface ReportingItem extends Explanation {
  code: ReportingCode;
  /** '2025-Q1' for quarterly items, '2025-03' for monthly ones. */
  period: string;
  /** The date the instruction names, before Decision 2. */
  nominal: IsoDate;
  due: IsoDate;
}

const PARAGRAPHS: Record<ReportingCode, string> = {
  [DeadlineCode.QUARTERLY_ANALYSIS]: '20',
  [DeadlineCode.MONTHLY_STUDY]: '28',
  [DeadlineCode.QUARTERLY_MEMO]: '28',
  [DeadlineCode.QUARTERLY_RECONCILIATION]: '7',
};

/** Decision 2: a fixed report date, or the last working day before it when it is a day off. */
export function fixedReportDue(nominal: IsoDate, calendar: WorkingCalendar): IsoDate {
  return calendar.workingDayOnOrBefore(nominal);
}

function item(
  code: ReportingCode,
  period: string,
  nominal: IsoDate,
  calendar: WorkingCalendar,
): ReportingItem {
  const due = fixedReportDue(nominal, calendar);
  const moved: DayInfo[] = [];
  for (let d = addDays(due, 1); d <= nominal; d = addDays(d, 1)) moved.push(calendar.dayInfo(d));
  const rule = reportRuleText(code, period);
  const tail = reportTail(nominal, due, groupDayRuns(moved));
  return {
    code,
    period,
    nominal,
    due,
    paragraph: PARAGRAPHS[code],
    reason: localize((l) => rule[l] + tail[l]),
  };
}

function byDue(a: ReportingItem, b: ReportingItem): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.code === b.code ? 0 : a.code < b.code ? -1 : 1;
}

function checkQuarter(year: number, quarter: number): void {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `quarter: ${quarter} is not 1–4`, { field: 'quarter' });
  }
  if (!Number.isInteger(year))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `year: ${year} is not a year`, { field: 'year' });
}

/** Para 20: the quarterly analysis is due by the 25th of the quarter's last month. */
export function quarterlyAnalysis(year: number, quarter: number, calendar: WorkingCalendar): ReportingItem {
  checkQuarter(year, quarter);
  return item(
    DeadlineCode.QUARTERLY_ANALYSIS,
    `${year}-Q${quarter}`,
    isoDate(year, quarter * 3, 25),
    calendar,
  );
}

/** Para 28: the monthly study is due by the 25th of the month. */
export function monthlyStudy(year: number, month: number, calendar: WorkingCalendar): ReportingItem {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `month: ${month} is not 1–12`, { field: 'month' });
  }
  const period = isoDate(year, month, 1).slice(0, 7);
  return item(DeadlineCode.MONTHLY_STUDY, period, isoDate(year, month, 25), calendar);
}

/**
 * Para 28: the memo is due by the 5th of the month after the quarter. The Kazakh text ("тоқсандағы айдың келесі
 * айының 5-ші күнінен") is clumsy; read as the month following the quarter's end, as INSTRUCTION.md does.
 */
export function quarterlyMemo(year: number, quarter: number, calendar: WorkingCalendar): ReportingItem {
  checkQuarter(year, quarter);
  const nominal = quarter === 4 ? isoDate(year + 1, 1, 5) : isoDate(year, quarter * 3 + 1, 5);
  return item(DeadlineCode.QUARTERLY_MEMO, `${year}-Q${quarter}`, nominal, calendar);
}

/**
 * Para 7: territorial and specialized offices reconcile the cases heard "every quarter" but the instruction fixes
 * no day. A careful reading: the reconciliation of a quarter belongs to that quarter, so it must be done by the
 * quarter's last day — the last working day of the quarter (Decision 2 applied to the quarter's last day). A later
 * date would let a quarter pass without the reconciliation para 7 requires for it.
 */
export function quarterlyReconciliation(
  year: number,
  quarter: number,
  calendar: WorkingCalendar,
): ReportingItem {
  checkQuarter(year, quarter);
  const month = quarter * 3;
  return item(
    DeadlineCode.QUARTERLY_RECONCILIATION,
    `${year}-Q${quarter}`,
    isoDate(year, month, daysInMonth(year, month)),
    calendar,
  );
}

/** The reporting deadlines of one quarter's periods (its memo is due in the next quarter). */
export function quarterReporting(year: number, quarter: number, calendar: WorkingCalendar): ReportingItem[] {
  checkQuarter(year, quarter);
  const items = [
    monthlyStudy(year, quarter * 3 - 2, calendar),
    monthlyStudy(year, quarter * 3 - 1, calendar),
    monthlyStudy(year, quarter * 3, calendar),
    quarterlyAnalysis(year, quarter, calendar),
    quarterlyReconciliation(year, quarter, calendar),
    quarterlyMemo(year, quarter, calendar),
  ];
  return items.sort(byDue);
}

/**
 * Every reporting deadline due within the year, by due date: 12 monthly studies, 4 analyses, 4 reconciliations,
 * and 4 memos (the previous year's Q4 memo, due 5 January, and Q1–Q3; this year's Q4 memo falls in the next year).
 */
export function reportingCalendar(year: number, calendar: WorkingCalendar): ReportingItem[] {
  if (!calendar.coversYear(year)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `year: ${year} is outside the working-day calendar`, {
      field: 'year',
    });
  }
  const items: ReportingItem[] = [quarterlyMemo(year - 1, 4, calendar)];
  for (let month = 1; month <= 12; month++) items.push(monthlyStudy(year, month, calendar));
  for (let quarter = 1; quarter <= 4; quarter++) {
    items.push(quarterlyAnalysis(year, quarter, calendar), quarterlyReconciliation(year, quarter, calendar));
    if (quarter < 4) items.push(quarterlyMemo(year, quarter, calendar));
  }
  return items.sort(byDue);
}
