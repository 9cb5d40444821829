import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/error-code';
import { HolidayId } from '../enums/calendar';
import { DayKind } from '../enums/rules';
import { addDays, fromDayNumber, toDayNumber, weekdayOf } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { HOLIDAY_NAMES } from '../i18n/rules.i18n';
import { computeCarryOvers } from './carry-over.rule';
import type { CalendarYearData, DayOverrideRecord } from './calendar.types';
import { KZ_CALENDAR_DATA } from './data/kz-calendar.data';
import type { WorkingCalendar } from './working-calendar';
import { createKzCalendar } from './working-calendar';

const handbook = join(__dirname, '../../../../shared');
const FIRST = toDayNumber('2015-01-01');
const LAST = toDayNumber('2027-12-31');

/** Test oracle: the status of a day read straight from the data, one day at a time. */
function naiveWorking(
  date: IsoDate,
  data: readonly CalendarYearData[],
  overrides: readonly DayOverrideRecord[] = [],
) {
  const o = overrides.find((r) => r.date === date);
  if (o !== undefined) return o.working;
  const y = data.find((d) => d.year === Number(date.slice(0, 4)));
  if (y === undefined) throw new Error(`no data for ${date}`);
  if (y.transfers.some((t) => t.workingDay === date)) return true;
  if (y.transfers.some((t) => t.dayOff === date)) return false;
  if (y.holidays.some((h) => h.date === date)) return false;
  if (y.religiousDaysOff.some((h) => h.date === date)) return false;
  if (y.carryOvers.some((c) => c.date === date)) return false;
  return weekdayOf(date) <= 5;
}

/** Test oracle: the n-th working day after `date`, walking day by day. */
function naiveAdd(isWorking: (d: IsoDate) => boolean, date: IsoDate, n: number): IsoDate {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorking(d)) left--;
  }
  return d;
}

const dateIn = (from = FIRST, to = LAST) => fc.integer({ min: from, max: to }).map(fromDayNumber);

describe('calendar data', () => {
  it.runIf(existsSync(join(handbook, 'domain/kz-calendar-2015-2026.json')))(
    'should equal the handbook JSON when the handbook is present',
    () => {
      const copy = readFileSync(join(__dirname, 'data/kz-calendar-2015-2026.json'), 'utf8');
      const original = readFileSync(join(handbook, 'domain/kz-calendar-2015-2026.json'), 'utf8');
      expect(JSON.parse(copy)).toEqual(JSON.parse(original));
    },
  );

  it('should cover 2015–2027 with consecutive years when built', () => {
    expect(KZ_CALENDAR_DATA.map((y) => y.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
  });

  it.each(KZ_CALENDAR_DATA.map((y) => [y.year, y] as const))(
    'should hold exactly the Art. 5 carry-overs when the rule is applied to %i',
    (_year, y) => {
      const computed = computeCarryOvers(y.holidays, y.religiousDaysOff);
      const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : 1);
      expect(computed.sort(byDate)).toEqual([...y.carryOvers].sort(byDate));
    },
  );

  it('should mark Kurban Ait 2027 as unconfirmed when read', () => {
    const calendar = createKzCalendar();
    expect(calendar.dayInfo('2027-05-16')).toMatchObject({
      working: false,
      kind: DayKind.WEEKEND,
      unconfirmed: true,
    });
    expect(calendar.dayInfo('2027-05-16').reason.en).toContain('UNCONFIRMED');
    expect(calendar.notes.get(2027)?.join(' ')).toContain('UNCONFIRMED');
  });
});

describe('WorkingCalendar', () => {
  const calendar = createKzCalendar();

  it.each(
    [2025, 2026].filter((y) => existsSync(join(handbook, `acceptance/rules/calendar-${y}.expected.json`))),
  )('should match the acceptance summary when summarising %i', (year) => {
    const expected: unknown = JSON.parse(
      readFileSync(join(handbook, `acceptance/rules/calendar-${year}.expected.json`), 'utf8'),
    );
    expect(calendar.yearSummary(year)).toEqual(expected);
  });

  it('should give the known 2025 and 2026 month counts when summarising', () => {
    expect(calendar.yearSummary(2025).months.map((m) => m.workingDays)).toEqual([
      20, 20, 17, 22, 19, 20, 22, 21, 21, 22, 20, 22,
    ]);
    expect(calendar.yearSummary(2026).workingDays).toBe(246);
  });

  it.each([
    ['2025-01-01', false, DayKind.HOLIDAY],
    ['2025-01-03', false, DayKind.TRANSFERRED_OFF],
    ['2025-01-04', false, DayKind.WEEKEND],
    ['2025-01-05', true, DayKind.TRANSFERRED_WORKING],
    ['2025-01-07', false, DayKind.RELIGIOUS],
    ['2025-03-08', false, DayKind.HOLIDAY],
    ['2025-03-10', false, DayKind.CARRY_OVER],
    ['2025-03-24', false, DayKind.CARRY_OVER],
    ['2025-06-06', false, DayKind.RELIGIOUS],
    ['2024-06-16', false, DayKind.WEEKEND],
    ['2024-06-17', true, DayKind.WORKING],
    ['2020-01-05', true, DayKind.TRANSFERRED_WORKING],
    ['2020-05-08', false, DayKind.TRANSFERRED_OFF],
    // A carry-over (of Victory Day) made a working day by the 2020 transfer.
    ['2020-05-11', true, DayKind.TRANSFERRED_WORKING],
    ['2018-12-29', true, DayKind.TRANSFERRED_WORKING],
    ['2022-12-01', true, DayKind.WORKING],
    ['2021-12-01', false, DayKind.HOLIDAY],
    ['2025-12-17', true, DayKind.WORKING],
  ])('should classify %s as working=%s (%s) when asked', (date, working, kind) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.dayInfo(date)).toMatchObject({ date, working, kind, overridden: false });
  });

  it('should explain what each non-working day is, in three languages, when asked', () => {
    const carry = calendar.dayInfo('2025-03-25');
    expect(carry.reason.en).toContain('Nauryz');
    expect(carry.reason.en).toContain('23 March');
    expect(carry.reason.ru).toContain('23 марта');
    expect(carry.reason.kk).toContain('23 наурыз');
    expect(calendar.dayInfo('2025-01-03').reason.en).toContain('transferred from 5 January 2025');
    expect(calendar.dayInfo('2020-01-05').reason.ru).toContain('выходной перенесён на 3 января 2020 г.');
    expect(calendar.dayInfo('2025-01-07').label).toEqual(HOLIDAY_NAMES[HolidayId.ORTHODOX_CHRISTMAS]);
  });

  it.each([
    ['2025-03-20', 1, '2025-03-26'],
    ['2025-03-20', 0, '2025-03-20'],
    ['2024-12-31', 3, '2025-01-08'],
    ['2025-12-24', 10, '2026-01-12'],
    ['2025-03-26', -1, '2025-03-20'],
    ['2025-01-08', -3, '2024-12-31'],
    ['2025-03-22', 1, '2025-03-26'],
  ])('should land on the expected day when adding working days to %s (n=%i)', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
    if (n !== 0) expect(calendar.workingDaysBetween(date, expected)).toBe(n);
  });

  it('should find neighbouring working days across holidays and transfers when asked', () => {
    expect(calendar.nextWorkingDay('2025-03-20')).toBe('2025-03-26');
    expect(calendar.previousWorkingDay('2025-03-26')).toBe('2025-03-20');
    expect(calendar.nextWorkingDay('2025-01-02')).toBe('2025-01-05');
    expect(calendar.workingDayOnOrAfter('2025-01-06')).toBe('2025-01-06');
    expect(calendar.workingDayOnOrBefore('2025-01-04')).toBe('2024-12-31');
  });

  it('should list only the days that differ from a plain week when asked for exceptions', () => {
    expect(calendar.exceptionsBetween('2025-01-01', '2025-01-10').map((d) => d.date)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-05',
      '2025-01-07',
    ]);
    expect(calendar.exceptionsBetween('2024-12-30', '2025-01-02').map((d) => d.date)).toEqual([
      '2025-01-01',
      '2025-01-02',
    ]);
  });

  it.each([
    ['2014-12-31', (c: WorkingCalendar) => c.isWorkingDay('2014-12-31')],
    ['2028-01-01', (c: WorkingCalendar) => c.nextWorkingDay('2028-01-01')],
    ['2027-12-31 + 1', (c: WorkingCalendar) => c.addWorkingDays('2027-12-31', 1)],
    ['2015-01-01 − 1', (c: WorkingCalendar) => c.previousWorkingDay('2015-01-02')],
    ['2025-02-30', (c: WorkingCalendar) => c.dayInfo('2025-02-30')],
    ['year 1066', (c: WorkingCalendar) => c.yearSummary(1066)],
  ])('should throw a DomainError when the date is outside the data (%s)', (_what, call) => {
    expect(() => call(calendar)).toThrow(DomainError);
  });

  it('should give the same answers by day number as by date when using the fast path', () => {
    fc.assert(
      fc.property(dateIn(FIRST, LAST - 200), fc.integer({ min: 0, max: 60 }), (date, n) => {
        const dn = toDayNumber(date);
        expect(calendar.isWorkingDayNumber(dn)).toBe(calendar.isWorkingDay(date));
        expect(fromDayNumber(calendar.workingDayNumberOnOrAfter(dn))).toBe(
          calendar.workingDayOnOrAfter(date),
        );
        expect(fromDayNumber(calendar.addWorkingDayNumbers(dn, n))).toBe(calendar.addWorkingDays(date, n));
      }),
    );
    expect(() => calendar.isWorkingDayNumber(FIRST - 1)).toThrow(DomainError);
    expect(() => calendar.addWorkingDayNumbers(LAST, 1)).toThrow(DomainError);
  });

  it('should reject a non-integer count when adding working days', () => {
    expect(() => calendar.addWorkingDays('2025-01-06', 1.5)).toThrow(RangeError);
  });
});

describe('WorkingCalendar run-time overrides', () => {
  const kurban = { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' };

  it('should make a day off and back when Kurban Ait 2024 is moved and the move is undone', () => {
    const calendar = createKzCalendar();
    const june = () => calendar.yearSummary(2024).months[5]?.workingDays;
    const before = june();
    expect(calendar.addWorkingDays('2024-06-14', 3)).toBe('2024-06-19');
    // The official balance said 17 June; ДУМК later fixed 16 June (a Sunday), so 17 June stayed working.
    calendar.setDay('2024-06-17', { working: false, kind: DayKind.RELIGIOUS, name: kurban });
    expect(calendar.isWorkingDay('2024-06-17')).toBe(false);
    expect(june()).toBe((before ?? 0) - 1);
    expect(calendar.addWorkingDays('2024-06-14', 3)).toBe('2024-06-20');
    expect(calendar.dayInfo('2024-06-17')).toMatchObject({ kind: DayKind.RELIGIOUS, overridden: true });
    expect(calendar.dayInfo('2024-06-17').reason.en).toContain('Kurban Ait');
    expect(calendar.clearOverride('2024-06-17')).toBe(true);
    expect(calendar.clearOverride('2024-06-17')).toBe(false);
    expect(june()).toBe(before);
    expect(calendar.addWorkingDays('2024-06-14', 3)).toBe('2024-06-19');
  });

  it('should count a weekend day as working when a transfer is added at run time', () => {
    const calendar = createKzCalendar();
    calendar.setDay('2026-05-30', {
      working: true,
      kind: DayKind.TRANSFERRED_WORKING,
      relatedDate: '2026-05-29',
    });
    calendar.setDay('2026-05-29', {
      working: false,
      kind: DayKind.TRANSFERRED_OFF,
      relatedDate: '2026-05-30',
    });
    expect(calendar.addWorkingDays('2026-05-28', 1)).toBe('2026-05-30');
    expect(calendar.dayInfo('2026-05-30').reason.en).toContain('transferred to 29 May 2026');
    expect(calendar.yearSummary(2026).workingDays).toBe(246);
  });

  it('should leave other years untouched and keep cross-year counts right when one year changes', () => {
    const calendar = createKzCalendar();
    const before2025 = calendar.yearSummary(2025);
    const span = calendar.workingDaysBetween('2024-01-01', '2026-12-31');
    calendar.setDay('2024-12-30', { working: false });
    expect(calendar.yearSummary(2025)).toEqual(before2025);
    expect(calendar.workingDaysBetween('2024-01-01', '2026-12-31')).toBe(span - 1);
    expect(calendar.addWorkingDays('2024-12-27', 1)).toBe('2024-12-31');
  });

  it('should round-trip overrides when exported and imported into a new calendar', () => {
    const calendar = createKzCalendar();
    calendar.setDay('2027-05-17', { working: false, kind: DayKind.RELIGIOUS, name: kurban });
    calendar.setDay('2027-05-16', { working: false, kind: DayKind.WEEKEND });
    const records = calendar.exportOverrides();
    expect(records.map((r) => r.date)).toEqual(['2027-05-16', '2027-05-17']);
    const restored = createKzCalendar(records);
    expect(restored.exportOverrides()).toEqual(records);
    expect(restored.isWorkingDay('2027-05-17')).toBe(false);
    restored.importOverrides([]);
    expect(restored.isWorkingDay('2027-05-17')).toBe(true);
  });

  it.each([
    ['a working day with a holiday kind', '2025-01-06', { working: true, kind: DayKind.HOLIDAY }],
    ['a day off with a working kind', '2025-01-06', { working: false, kind: DayKind.WORKING }],
    ['a date outside the calendar', '2030-01-01', { working: false }],
    ['an impossible date', '2025-02-30', { working: false }],
    ['a bad related date', '2025-01-06', { working: false, relatedDate: '2025-13-01' }],
  ])('should reject %s when setting a day', (_what, date, override) => {
    const calendar = createKzCalendar();
    expect(() => calendar.setDay(date, override)).toThrow(DomainError);
    expect(calendar.exportOverrides()).toEqual([]);
  });

  it('should change nothing when an import holds a bad record', () => {
    const calendar = createKzCalendar([{ date: '2025-01-06', working: false }]);
    expect(() =>
      calendar.importOverrides([
        { date: '2025-01-08', working: false },
        { date: '2025-01-09', working: true, kind: DayKind.HOLIDAY },
      ]),
    ).toThrow(DomainError);
    expect(calendar.exportOverrides().map((r) => r.date)).toEqual(['2025-01-06']);
    expect(calendar.isWorkingDay('2025-01-06')).toBe(false);
    expect(calendar.isWorkingDay('2025-01-08')).toBe(true);
  });
});

describe('WorkingCalendar properties', () => {
  const calendar = createKzCalendar();
  const oracle = (d: IsoDate) => naiveWorking(d, KZ_CALENDAR_DATA);

  it('should agree with the data, day by day, when asked whether a day is working', () => {
    for (let dn = FIRST; dn <= LAST; dn++) {
      const date = fromDayNumber(dn);
      if (calendar.isWorkingDay(date) !== oracle(date)) throw new Error(`mismatch on ${date}`);
    }
  });

  it('should equal a day-by-day walk when adding working days', () => {
    fc.assert(
      fc.property(dateIn(FIRST, LAST - 200), fc.integer({ min: 0, max: 120 }), (date, n) => {
        expect(calendar.addWorkingDays(date, n)).toBe(naiveAdd(oracle, date, n));
      }),
    );
  });

  it('should land on a working day and invert workingDaysBetween when adding n > 0 working days', () => {
    fc.assert(
      fc.property(dateIn(FIRST + 20, LAST - 400), fc.integer({ min: 1, max: 250 }), (date, n) => {
        const due = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(calendar.workingDaysBetween(date, due)).toBe(n);
        expect(calendar.addWorkingDays(due, -n)).toBe(calendar.workingDayOnOrBefore(date));
      }),
    );
  });

  it('should be monotonic in the date and in n when adding working days', () => {
    fc.assert(
      fc.property(
        dateIn(FIRST, LAST - 200),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (a, shift, n, m) => {
          const b = addDays(a, shift);
          expect(calendar.addWorkingDays(a, n) <= calendar.addWorkingDays(b, n)).toBe(true);
          const [lo, hi] = n <= m ? [n, m] : [m, n];
          if (lo < hi) expect(calendar.addWorkingDays(a, lo) < calendar.addWorkingDays(a, hi)).toBe(true);
        },
      ),
    );
  });

  it('should be additive and antisymmetric when counting working days between dates', () => {
    fc.assert(
      fc.property(dateIn(), dateIn(), dateIn(), (a, b, c) => {
        const ab = calendar.workingDaysBetween(a, b);
        expect(calendar.workingDaysBetween(b, a) + ab).toBe(0);
        expect(ab + calendar.workingDaysBetween(b, c)).toBe(calendar.workingDaysBetween(a, c));
      }),
    );
  });

  it('should equal a day-by-day count when counting working days between dates', () => {
    fc.assert(
      fc.property(dateIn(FIRST, LAST - 100), fc.integer({ min: 0, max: 100 }), (a, span) => {
        const b = addDays(a, span);
        let count = 0;
        for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (oracle(d)) count++;
        expect(calendar.workingDaysBetween(a, b)).toBe(count);
      }),
    );
  });

  it('should match a day-by-day count when summarising any year', () => {
    for (const { year } of KZ_CALENDAR_DATA) {
      const summary = calendar.yearSummary(year);
      let total = 0;
      for (const month of summary.months) {
        let count = 0;
        for (
          let d = `${year}-${String(month.month).padStart(2, '0')}-01`;
          d.slice(5, 7) === String(month.month).padStart(2, '0');
          d = addDays(d, 1)
        ) {
          if (oracle(d)) count++;
        }
        expect(month.workingDays).toBe(count);
        total += count;
      }
      expect(summary.workingDays).toBe(total);
    }
  });

  it('should still equal a day-by-day walk when random overrides are applied', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ date: dateIn(), working: fc.boolean() }), {
          selector: (r) => r.date,
          maxLength: 30,
        }),
        dateIn(FIRST, LAST - 200),
        fc.integer({ min: 0, max: 80 }),
        (records, date, n) => {
          const withOverrides = createKzCalendar(records);
          const o = (d: IsoDate) => naiveWorking(d, KZ_CALENDAR_DATA, records);
          expect(withOverrides.addWorkingDays(date, n)).toBe(naiveAdd(o, date, n));
          expect(withOverrides.nextWorkingDay(date)).toBe(naiveAdd(o, date, 1));
        },
      ),
      { numRuns: 60 },
    );
  });
});
