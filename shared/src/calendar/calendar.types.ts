import type { HolidayId } from '../enums/calendar';
import type { DayKind } from '../enums/rules';
import type { IsoDate, IsoWeekday } from '../dates/iso-date';
import type { LocalizedText } from '../i18n/text';

/** A national or state holiday (Law on Holidays art. 5). */
export interface HolidayEntry {
  date: IsoDate;
  holiday: HolidayId;
}

/** 7 January or the first day of Kurban Ait (Labour Code art. 84 p.5): a day off, never carried over. */
export interface ReligiousDayEntry {
  date: IsoDate;
  holiday: HolidayId;
  /** The date is an estimate, not yet fixed by the authorities. */
  unconfirmed?: boolean;
}

/** The working day after a holiday that fell on a day off becomes a day off (Law on Holidays art. 5). */
export interface CarryOverEntry {
  /** The day off. */
  date: IsoDate;
  /** The holiday that fell on a day off. */
  holidayDate: IsoDate;
  holiday: HolidayId;
}

/** A government / ministry transfer (Labour Code art. 85 p.3): `workingDay` is worked, `dayOff` is not. */
export interface TransferEntry {
  workingDay: IsoDate;
  dayOff: IsoDate;
}

/** One year of calendar data. */
export interface CalendarYearData {
  year: number;
  holidays: readonly HolidayEntry[];
  religiousDaysOff: readonly ReligiousDayEntry[];
  carryOvers: readonly CarryOverEntry[];
  transfers: readonly TransferEntry[];
  /** Provenance and UNCONFIRMED items. */
  notes?: readonly string[];
}

/** An administrator's run-time change to one day (Kurban Ait and transfers are announced late). */
export interface DayOverride {
  working: boolean;
  /** Why; defaults to OVERRIDE. Must agree with `working` (e.g. HOLIDAY is never working). */
  kind?: DayKind;
  /** What the day is, e.g. { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' }. */
  name?: LocalizedText;
  /** For a transfer: the other day of the pair; for a carry-over: the holiday. */
  relatedDate?: IsoDate;
}

/** An override with its date, as persisted by the server and loaded at start. */
export interface DayOverrideRecord extends DayOverride {
  date: IsoDate;
}

/** Everything the calendar knows about one day. */
export interface DayInfo {
  date: IsoDate;
  weekday: IsoWeekday;
  working: boolean;
  kind: DayKind;
  /** The holiday or religious day on this date, or the holiday a carry-over comes from. */
  holiday?: HolidayId;
  /** Carry-over: the holiday's date; transfer: the other day of the pair. */
  relatedDate?: IsoDate;
  /** Set by an administrator at run time. */
  overridden: boolean;
  /** The data for this day is an estimate (e.g. Kurban Ait 2027). */
  unconfirmed: boolean;
  /** Why the day is (not) working, citing the law. */
  reason: LocalizedText;
  /** A short label for lists of days ("Nauryz", "weekend", "carried over from Nauryz"). */
  label: LocalizedText;
}

/** Working days of one month. */
export interface CalendarMonth {
  month: number;
  workingDays: number;
}

/** The `calendar` command's output (rules-cli.md). */
export interface CalendarYear {
  year: number;
  workingDays: number;
  months: CalendarMonth[];
}
