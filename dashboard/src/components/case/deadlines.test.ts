import { describe, expect, it } from 'vitest';
import { deadlineView, workingDaysBetween, yearsBetween } from './deadlines';

const NONE = new Map<string, boolean>();
// 2026-12-16 (Wednesday) is Independence Day; 2026-12-19 (Saturday) made a working day for the example.
const EXCEPTIONS = new Map([
  ['2026-12-16', false],
  ['2026-12-19', true],
]);

describe('workingDaysBetween', () => {
  it('should count working days after the first day up to the last, weekends off', () => {
    // Friday 2026-11-27 → Monday 2026-11-30: one working day.
    expect(workingDaysBetween('2026-11-27', '2026-11-30', NONE)).toBe(1);
    expect(workingDaysBetween('2026-11-27', '2026-12-04', NONE)).toBe(5);
    expect(workingDaysBetween('2026-11-27', '2026-11-27', NONE)).toBe(0);
  });

  it('should follow the calendar exceptions', () => {
    // Mon 14 → Mon 21 Dec: Tue 15, (Wed 16 off), Thu 17, Fri 18, Sat 19 (working), Mon 21.
    expect(workingDaysBetween('2026-12-14', '2026-12-21', EXCEPTIONS)).toBe(5);
    expect(workingDaysBetween('2026-12-14', '2026-12-21', NONE)).toBe(5 - 1 + 1);
  });

  it('should be negative when the day has passed', () => {
    expect(workingDaysBetween('2026-11-30', '2026-11-27', NONE)).toBe(-1);
  });

  it('should list the years a count needs', () => {
    expect(yearsBetween('2026-11-27', '2027-01-10')).toEqual([2026, 2027]);
    expect(yearsBetween('2026-11-27', '2026-01-10')).toEqual([2026]);
  });
});

describe('deadlineView', () => {
  const today = '2026-11-27';
  it('should show an open deadline as due soon within three working days, else open', () => {
    expect(deadlineView({ status: 'OPEN', dueOn: '2026-12-02' }, today, NONE)).toEqual({
      badge: 'DUE_SOON',
      workingDaysLeft: 3,
    });
    expect(deadlineView({ status: 'OPEN', dueOn: '2026-12-03' }, today, NONE)).toEqual({
      badge: 'OPEN',
      workingDaysLeft: 4,
    });
  });

  it('should show due today and overdue', () => {
    expect(deadlineView({ status: 'OPEN', dueOn: today }, today, NONE).badge).toBe('DUE_TODAY');
    expect(deadlineView({ status: 'OPEN', dueOn: '2026-11-26' }, today, NONE)).toEqual({
      badge: 'OVERDUE',
      workingDaysLeft: -1,
    });
  });

  it('should show met, waived and missed deadlines without a count', () => {
    expect(deadlineView({ status: 'MET', dueOn: '2026-12-02' }, today, NONE)).toEqual({
      badge: 'MET',
      workingDaysLeft: null,
    });
    expect(deadlineView({ status: 'WAIVED', dueOn: '2026-12-02' }, today, NONE).badge).toBe('WAIVED');
    expect(deadlineView({ status: 'MISSED', dueOn: '2026-11-02' }, today, NONE).badge).toBe('OVERDUE');
  });

  it('should leave the count out while the calendar is not loaded', () => {
    expect(deadlineView({ status: 'OPEN', dueOn: '2026-12-20' }, today, null)).toEqual({
      badge: 'OPEN',
      workingDaysLeft: null,
    });
  });
});
