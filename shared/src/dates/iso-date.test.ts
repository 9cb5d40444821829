import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  todayInAlmaty,
  weekdayOf,
} from './iso-date';

describe('isIsoDate', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-1', false],
    ['2025-01-01T00:00:00Z', false],
    [' 2025-01-01', false],
    ['', false],
    [20250101, false],
    [null, false],
    [undefined, false],
  ])('should return %j → %s when checking the text', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
    expect(parseIsoDate(value)).toBe(expected ? value : null);
  });
});

describe('day numbers', () => {
  it('should agree with Date.UTC when converting any date between 1900 and 2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 }),
        (dn) => {
          const iso = new Date(dn * 864e5).toISOString().slice(0, 10);
          expect(fromDayNumber(dn)).toBe(iso);
          expect(toDayNumber(iso)).toBe(dn);
        },
      ),
    );
  });

  it('should step across month, leap-day and year ends when adding days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-11', 10)).toBe('2025-03-21');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it.each([
    ['2025-01-06', 1],
    ['2025-03-21', 5],
    ['2025-03-22', 6],
    ['2020-01-05', 7],
  ])('should give ISO weekday %s → %i when asked', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});

describe('todayInAlmaty', () => {
  it.each([
    // UTC+6 until 2024-03-01 00:00 local time.
    ['2023-12-31T17:59:59Z', '2023-12-31'],
    ['2023-12-31T18:00:00Z', '2024-01-01'],
    ['2024-02-29T17:59:59Z', '2024-02-29'],
    // The clocks went back an hour at local midnight: 18:30Z is 23:30 on 29 February at UTC+5.
    ['2024-02-29T18:30:00Z', '2024-02-29'],
    ['2024-02-29T19:00:00Z', '2024-03-01'],
    // UTC+5 since.
    ['2025-06-30T18:59:59Z', '2025-06-30'],
    ['2025-06-30T19:00:00Z', '2025-07-01'],
  ])('should give the Almaty date when the instant is %s', (instant, expected) => {
    expect(todayInAlmaty(new Date(instant))).toBe(expected);
  });
});
