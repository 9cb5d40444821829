// The Kazakhstan working-day calendar (5-day week; KAZAKHSTAN.md §5, contract Decision 4) as data with per-year
// indexes: prefix sums of working days and the list of working days of each year, so that adding N working days,
// counting working days between two dates and finding the next working day take O(years spanned), never a walk
// day by day. An administrator's run-time overrides rebuild only the year they touch.
import { DomainError, ErrorCode } from '../errors/error-code';
import { DayKind } from '../enums/rules';
import type { HolidayId } from '../enums/calendar';
import type { IsoDate } from '../dates/iso-date';
import {
  dayNumberOf,
  daysInMonth,
  daysInYear,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekdayOfDayNumber,
} from '../dates/iso-date';
import { dayLabel, dayReason } from '../i18n/rules.i18n';
import type { LocalizedText } from '../i18n/text';
import type {
  CalendarYear,
  CalendarYearData,
  DayInfo,
  DayOverride,
  DayOverrideRecord,
} from './calendar.types';
import { KZ_CALENDAR_DATA } from './data/kz-calendar.data';

/** What the data says about a day that is not a plain weekday or weekend day. */
interface BaseDay {
  kind: DayKind;
  holiday?: HolidayId;
  relatedDate?: IsoDate;
  unconfirmed?: boolean;
}

interface YearIndex {
  year: number;
  /** Day number of 1 January. */
  start: number;
  length: number;
  working: Uint8Array;
  /** prefix[i] = working days among the year's first i days. */
  prefix: Int32Array;
  /** Day-of-year (0-based) of each working day, in order. */
  workingDays: Int32Array;
  /** Day-of-year of each day whose status differs from the plain 5-day week, in order. */
  exceptions: Int32Array;
}

const WORKING_KINDS: ReadonlySet<DayKind> = new Set([
  DayKind.WORKING,
  DayKind.TRANSFERRED_WORKING,
  DayKind.OVERRIDE,
]);
const NON_WORKING_KINDS: ReadonlySet<DayKind> = new Set([
  DayKind.WEEKEND,
  DayKind.HOLIDAY,
  DayKind.CARRY_OVER,
  DayKind.RELIGIOUS,
  DayKind.TRANSFERRED_OFF,
  DayKind.OVERRIDE,
]);

// Strength of the data's statements about one day: a transfer is the latest act and wins (2020-05-11, a
// carry-over of Victory Day, was made a working day by the transfer to 8 May); then holidays, religious days off
// on weekdays and carry-overs.
const STRENGTH: Record<DayKind, number> = {
  [DayKind.WORKING]: 0,
  [DayKind.WEEKEND]: 1,
  [DayKind.CARRY_OVER]: 2,
  [DayKind.RELIGIOUS]: 3,
  [DayKind.HOLIDAY]: 4,
  [DayKind.TRANSFERRED_OFF]: 5,
  [DayKind.TRANSFERRED_WORKING]: 6,
  [DayKind.OVERRIDE]: 7,
};

function isWeekend(dayNumber: number): boolean {
  return weekdayOfDayNumber(dayNumber) >= 6;
}

function outOfRange(date: IsoDate, first: IsoDate, last: IsoDate): DomainError {
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `"${date}" is outside the working-day calendar (${first} … ${last})`,
    { field: 'date', date },
  );
}

/** The Kazakhstan working-day calendar with run-time overrides. */
export class WorkingCalendar {
  private readonly indexes: YearIndex[] = [];
  /** yearBase[i] = working days in all years before indexes[i]. */
  private yearBase = new Int32Array(0);
  private readonly base = new Map<number, BaseDay>();
  private readonly overrideMap = new Map<number, DayOverride>();
  private readonly firstDay: number;
  private readonly lastDay: number;
  /** Notes of the data, by year (UNCONFIRMED items and provenance). */
  readonly notes: ReadonlyMap<number, readonly string[]>;

  constructor(data: readonly CalendarYearData[], overrides: readonly DayOverrideRecord[] = []) {
    const years = [...data].sort((a, b) => a.year - b.year);
    const first = years[0];
    const last = years[years.length - 1];
    if (first === undefined || last === undefined) throw new Error('WorkingCalendar: no calendar data');
    years.forEach((y, i) => {
      if (y.year !== first.year + i)
        throw new Error(`WorkingCalendar: the years must be consecutive (${y.year})`);
    });
    this.firstDay = dayNumberOf(first.year, 1, 1);
    this.lastDay = dayNumberOf(last.year, 12, 31);
    const notes = new Map<number, readonly string[]>();
    for (const y of years) {
      this.loadYear(y);
      if (y.notes !== undefined) notes.set(y.year, y.notes);
    }
    this.notes = notes;
    for (const y of years) this.indexes.push(this.buildYear(y.year));
    this.rebase();
    if (overrides.length > 0) this.importOverrides(overrides);
  }

  /** The first covered date. */
  get firstDate(): IsoDate {
    return fromDayNumber(this.firstDay);
  }

  /** The last covered date. */
  get lastDate(): IsoDate {
    return fromDayNumber(this.lastDay);
  }

  /** The covered years, in order. */
  get years(): number[] {
    return this.indexes.map((i) => i.year);
  }

  /** True when the calendar has data for the date. */
  covers(date: IsoDate): boolean {
    if (!isIsoDate(date)) return false;
    const dn = toDayNumber(date);
    return dn >= this.firstDay && dn <= this.lastDay;
  }

  /** True when the calendar has data for the year. */
  coversYear(year: number): boolean {
    return this.indexOfYear(year) !== undefined;
  }

  /** True on a working day (5-day week). */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDn(this.dn(date));
  }

  /** Everything known about a day, with the reason in kk/ru/en. */
  dayInfo(date: IsoDate): DayInfo {
    return this.dayInfoOf(this.dn(date));
  }

  /** The first working day strictly after the date. */
  nextWorkingDay(date: IsoDate): IsoDate {
    const dn = this.dn(date);
    return this.dateOfRank(this.rankAfter(dn), dn);
  }

  /** The last working day strictly before the date. */
  previousWorkingDay(date: IsoDate): IsoDate {
    const dn = this.dn(date);
    return this.dateOfRank(this.rankBefore(dn) - 1, dn);
  }

  /** The date itself when it is a working day, else the next working day (Decision 1). */
  workingDayOnOrAfter(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** The date itself when it is a working day, else the last working day before it (Decision 2). */
  workingDayOnOrBefore(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.previousWorkingDay(date);
  }

  /**
   * The n-th working day after the date (the date itself not counted; Decision 1); for negative n, the |n|-th
   * working day before it; for 0, the date itself.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    const dn = this.dn(date);
    if (n === 0) return date;
    return n > 0
      ? this.dateOfRank(this.rankAfter(dn) + n - 1, dn)
      : this.dateOfRank(this.rankBefore(dn) + n, dn);
  }

  /** Working days after `a` up to and including `b` (negative when b is before a): addWorkingDays(a, k) = b ⇒ k. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    return this.rankAfter(this.dn(b)) - this.rankAfter(this.dn(a));
  }

  /** The days between two dates (inclusive) whose status differs from the plain 5-day week. */
  exceptionsBetween(from: IsoDate, to: IsoDate): DayInfo[] {
    const a = this.dn(from);
    const b = this.dn(to);
    const out: DayInfo[] = [];
    for (const index of this.indexes) {
      if (index.start + index.length <= a || index.start > b) continue;
      const ex = index.exceptions;
      let lo = 0;
      let hi = ex.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (index.start + (ex[mid] ?? 0) < a) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < ex.length; i++) {
        const d = index.start + (ex[i] ?? 0);
        if (d > b) break;
        out.push(this.dayInfoOf(d));
      }
    }
    return out;
  }

  /** True on a working day, by day number (the fast path for bulk rules). */
  isWorkingDayNumber(dayNumber: number): boolean {
    return this.isWorkingDn(this.checkDn(dayNumber));
  }

  /** The day number itself when it is a working day, else the next working day's (Decision 1). */
  workingDayNumberOnOrAfter(dayNumber: number): number {
    const dn = this.checkDn(dayNumber);
    return this.isWorkingDn(dn) ? dn : this.dnOfRank(this.rankAfter(dn), dn);
  }

  /** addWorkingDays by day number (the fast path for bulk rules). */
  addWorkingDayNumbers(dayNumber: number, n: number): number {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    const dn = this.checkDn(dayNumber);
    if (n === 0) return dn;
    return n > 0 ? this.dnOfRank(this.rankAfter(dn) + n - 1, dn) : this.dnOfRank(this.rankBefore(dn) + n, dn);
  }

  /** Working days of a year and of each month (the `calendar` command). */
  yearSummary(year: number): CalendarYear {
    const i = this.indexOfYear(year);
    const index = i === undefined ? undefined : this.indexes[i];
    if (index === undefined) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `year: ${year} is outside the working-day calendar (${this.years[0]}–${this.years[this.years.length - 1]})`,
        { field: 'year', year },
      );
    }
    const months = [];
    let doy = 0;
    for (let month = 1; month <= 12; month++) {
      const len = daysInMonth(year, month);
      months.push({ month, workingDays: (index.prefix[doy + len] ?? 0) - (index.prefix[doy] ?? 0) });
      doy += len;
    }
    return { year, workingDays: index.prefix[index.length] ?? 0, months };
  }

  /** Sets a day's status at run time (e.g. Kurban Ait fixed late, a new transfer); rebuilds that year only. */
  setDay(date: IsoDate, override: DayOverride): void {
    const [dn, normalized] = this.checkOverride(date, override);
    this.overrideMap.set(dn, normalized);
    this.rebuildYearOf(dn);
  }

  /** Removes a run-time override; returns false when the day had none. */
  clearOverride(date: IsoDate): boolean {
    const dn = this.dn(date);
    if (!this.overrideMap.delete(dn)) return false;
    this.rebuildYearOf(dn);
    return true;
  }

  /** The run-time overrides, by date, for persisting. */
  exportOverrides(): DayOverrideRecord[] {
    return [...this.overrideMap.entries()]
      .sort(([a], [b]) => a - b)
      .map(([dn, o]) => ({ date: fromDayNumber(dn), ...o }));
  }

  /** Replaces all run-time overrides with the given ones (as loaded from storage); all-or-nothing. */
  importOverrides(records: readonly DayOverrideRecord[]): void {
    const checked = records.map((r) => this.checkOverride(r.date, r));
    const touched = new Set<number>(this.overrideMap.keys());
    this.overrideMap.clear();
    for (const [dn, o] of checked) {
      this.overrideMap.set(dn, o);
      touched.add(dn);
    }
    const years = new Set([...touched].map((dn) => this.yearIndexOfDn(dn)));
    for (const i of years) if (i !== undefined) this.rebuildIndex(i);
    this.rebase();
  }

  // -------------------------------------------------------------------------------------------------------------

  private checkOverride(date: IsoDate, override: DayOverride): [number, DayOverride] {
    const dn = this.dn(date);
    if (typeof override.working !== 'boolean') {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `working: expected true or false`, {
        field: 'working',
      });
    }
    const kind = override.kind ?? DayKind.OVERRIDE;
    const allowed = override.working ? WORKING_KINDS : NON_WORKING_KINDS;
    if (!allowed.has(kind)) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `kind: ${String(kind)} does not fit a ${override.working ? 'working day' : 'day off'}`,
        { field: 'kind' },
      );
    }
    if (override.relatedDate !== undefined && !isIsoDate(override.relatedDate)) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `relatedDate: "${override.relatedDate}" is not a date`,
        {
          field: 'relatedDate',
        },
      );
    }
    const normalized: DayOverride = { working: override.working, kind };
    if (override.name !== undefined) normalized.name = override.name;
    if (override.relatedDate !== undefined) normalized.relatedDate = override.relatedDate;
    return [dn, normalized];
  }

  private checkDn(dn: number): number {
    if (!Number.isInteger(dn) || dn < this.firstDay || dn > this.lastDay) {
      throw outOfRange(Number.isInteger(dn) ? fromDayNumber(dn) : String(dn), this.firstDate, this.lastDate);
    }
    return dn;
  }

  private dn(date: IsoDate): number {
    if (!isIsoDate(date)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `"${String(date)}" is not a date`, {
        field: 'date',
        date,
      });
    }
    const dn = toDayNumber(date);
    if (dn < this.firstDay || dn > this.lastDay) throw outOfRange(date, this.firstDate, this.lastDate);
    return dn;
  }

  private indexOfYear(year: number): number | undefined {
    const first = this.indexes[0];
    if (first === undefined) return undefined;
    const i = year - first.year;
    return i >= 0 && i < this.indexes.length ? i : undefined;
  }

  private yearIndexOfDn(dn: number): number | undefined {
    // Years are consecutive; guess from the average year length, then correct.
    let i = Math.floor((dn - this.firstDay) / 365.2425);
    while (i > 0 && (this.indexes[i]?.start ?? 0) > dn) i--;
    while (i < this.indexes.length - 1 && (this.indexes[i + 1]?.start ?? Infinity) <= dn) i++;
    return i >= 0 && i < this.indexes.length ? i : undefined;
  }

  private isWorkingDn(dn: number): boolean {
    const i = this.yearIndexOfDn(dn);
    const index = i === undefined ? undefined : this.indexes[i];
    return index !== undefined && index.working[dn - index.start] === 1;
  }

  /** Working days strictly before the day, counted from the calendar's first day. */
  private rankBefore(dn: number): number {
    const i = this.yearIndexOfDn(dn) ?? 0;
    const index = this.indexes[i];
    if (index === undefined) return 0;
    return (this.yearBase[i] ?? 0) + (index.prefix[dn - index.start] ?? 0);
  }

  /** Working days up to and including the day. */
  private rankAfter(dn: number): number {
    const i = this.yearIndexOfDn(dn) ?? 0;
    const index = this.indexes[i];
    if (index === undefined) return 0;
    return (this.yearBase[i] ?? 0) + (index.prefix[dn - index.start + 1] ?? 0);
  }

  /** The day number of the working day with the given 0-based rank. */
  private dnOfRank(rank: number, from: number): number {
    if (rank >= 0) {
      for (let i = 0; i < this.indexes.length; i++) {
        const index = this.indexes[i];
        const base = this.yearBase[i] ?? 0;
        if (index !== undefined && rank < base + index.workingDays.length) {
          return index.start + (index.workingDays[rank - base] ?? 0);
        }
      }
    }
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `the working-day count from "${fromDayNumber(from)}" runs outside the working-day calendar (${this.firstDate} … ${this.lastDate})`,
      { field: 'date', date: fromDayNumber(from) },
    );
  }

  private dateOfRank(rank: number, from: number): IsoDate {
    return fromDayNumber(this.dnOfRank(rank, from));
  }

  private loadYear(y: CalendarYearData): void {
    const put = (date: IsoDate, day: BaseDay): void => {
      if (!isIsoDate(date)) throw new Error(`WorkingCalendar: bad date in ${y.year} data: ${date}`);
      const dn = toDayNumber(date);
      const current = this.base.get(dn);
      if (current === undefined || STRENGTH[day.kind] >= STRENGTH[current.kind]) this.base.set(dn, day);
    };
    for (const c of y.carryOvers)
      put(c.date, { kind: DayKind.CARRY_OVER, holiday: c.holiday, relatedDate: c.holidayDate });
    for (const r of y.religiousDaysOff) {
      // Labour Code art. 84 p.5: a day off only on a weekday, never carried over; on a weekend it is just noted.
      const kind = isWeekend(toDayNumber(r.date)) ? DayKind.WEEKEND : DayKind.RELIGIOUS;
      put(r.date, { kind, holiday: r.holiday, ...(r.unconfirmed === true ? { unconfirmed: true } : {}) });
    }
    for (const h of y.holidays) put(h.date, { kind: DayKind.HOLIDAY, holiday: h.holiday });
    for (const tr of y.transfers) {
      put(tr.dayOff, { kind: DayKind.TRANSFERRED_OFF, relatedDate: tr.workingDay });
      put(tr.workingDay, { kind: DayKind.TRANSFERRED_WORKING, relatedDate: tr.dayOff });
    }
  }

  private kindOf(dn: number): DayKind {
    const o = this.overrideMap.get(dn);
    if (o !== undefined) return o.kind ?? DayKind.OVERRIDE;
    return this.base.get(dn)?.kind ?? (isWeekend(dn) ? DayKind.WEEKEND : DayKind.WORKING);
  }

  private workingOf(dn: number): boolean {
    const o = this.overrideMap.get(dn);
    if (o !== undefined) return o.working;
    const kind = this.kindOf(dn);
    return kind === DayKind.WORKING || kind === DayKind.TRANSFERRED_WORKING;
  }

  private buildYear(year: number): YearIndex {
    const start = dayNumberOf(year, 1, 1);
    const length = daysInYear(year);
    const working = new Uint8Array(length);
    const prefix = new Int32Array(length + 1);
    const workingDays: number[] = [];
    const exceptions: number[] = [];
    for (let doy = 0; doy < length; doy++) {
      const dn = start + doy;
      const w = this.workingOf(dn);
      working[doy] = w ? 1 : 0;
      prefix[doy + 1] = (prefix[doy] ?? 0) + (w ? 1 : 0);
      if (w) workingDays.push(doy);
      if (w === isWeekend(dn) || this.overrideMap.has(dn)) exceptions.push(doy);
    }
    return {
      year,
      start,
      length,
      working,
      prefix,
      workingDays: Int32Array.from(workingDays),
      exceptions: Int32Array.from(exceptions),
    };
  }

  private rebuildIndex(i: number): void {
    const index = this.indexes[i];
    if (index !== undefined) this.indexes[i] = this.buildYear(index.year);
  }

  private rebuildYearOf(dn: number): void {
    const i = this.yearIndexOfDn(dn);
    if (i === undefined) return;
    this.rebuildIndex(i);
    this.rebase();
  }

  private rebase(): void {
    this.yearBase = new Int32Array(this.indexes.length);
    let sum = 0;
    this.indexes.forEach((index, i) => {
      this.yearBase[i] = sum;
      sum += index.workingDays.length;
    });
  }

  private dayInfoOf(dn: number): DayInfo {
    const date = fromDayNumber(dn);
    const weekday = weekdayOfDayNumber(dn);
    const o = this.overrideMap.get(dn);
    const b = this.base.get(dn);
    const kind = this.kindOf(dn);
    const working = this.workingOf(dn);
    const holiday = o === undefined ? b?.holiday : undefined;
    const relatedDate = o !== undefined ? o.relatedDate : b?.relatedDate;
    const name: LocalizedText | undefined = o?.name;
    const text = {
      date,
      weekday,
      working,
      kind,
      unconfirmed: o === undefined && b?.unconfirmed === true,
      ...(holiday !== undefined ? { holiday } : {}),
      ...(relatedDate !== undefined ? { relatedDate } : {}),
      ...(name !== undefined ? { name } : {}),
    };
    return { ...text, overridden: o !== undefined, reason: dayReason(text), label: dayLabel(text) };
  }
}

/** A fresh Kazakhstan calendar, 2015–2027, from the bundled data (plus any stored overrides). */
export function createKzCalendar(overrides: readonly DayOverrideRecord[] = []): WorkingCalendar {
  return new WorkingCalendar(KZ_CALENDAR_DATA, overrides);
}
