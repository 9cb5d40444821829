// Calendar dates as 'YYYY-MM-DD' strings and integer day numbers (days since 1970-01-01). Pure arithmetic on the
// proleptic Gregorian calendar: no Date objects, so no time-zone or DST pitfalls (rules-cli.md: "Dates are
// YYYY-MM-DD calendar dates in Kazakhstan (no times, no time zones)").

/** A calendar date 'YYYY-MM-DD' (Kazakhstan local date; no time, no zone). */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

function toDayParts(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/** True in a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Number of days in a year. */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** True when `value` is a real calendar date written 'YYYY-MM-DD' (rejects 2025-02-30, 2025-13-01, 2025-1-1). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  // Character codes rather than a regular expression: validation runs on every date of every case.
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_POSITIONS) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const year = toDayParts(value, 0, 4);
  const month = toDayParts(value, 5, 2);
  const day = toDayParts(value, 8, 2);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The date as an IsoDate, or null when it is not a real 'YYYY-MM-DD' date. */
export function parseIsoDate(value: unknown): IsoDate | null {
  return isIsoDate(value) ? value : null;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of an IsoDate (the caller guarantees a valid date; see isIsoDate). */
export function toDayNumber(date: IsoDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return dayNumberOf(year, month, day);
}

/** The civil date { year, month, day } of a day number (H. Hinnant's civil_from_days). */
export function civilFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The IsoDate of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return isoDate(year, month, day);
}

/** Formats year, month (1–12) and day as an IsoDate (no validation). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The date `days` calendar days after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday of a day number (1 = Monday … 7 = Sunday); 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** ISO weekday of a date (1 = Monday … 7 = Sunday). */
export function weekdayOf(date: IsoDate): IsoWeekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** The year of an IsoDate. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The month (1–12) of an IsoDate. */
export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** The day of the month of an IsoDate. */
export function dayOf(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

/** Orders two IsoDates (string order is date order for 'YYYY-MM-DD'). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let almatyFormat: Intl.DateTimeFormat | undefined;

/**
 * Today's date in Kazakhstan (Asia/Almaty) at the instant `now`. Asia/Almaty is UTC+6 until 2024-03-01 and UTC+5
 * since; Intl's time-zone database knows both, so no offset is hard-coded here.
 */
export function todayInAlmaty(now: Date): IsoDate {
  almatyFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of almatyFormat.formatToParts(now)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return isoDate(year, month, day);
}
