import { DeadlineStatus } from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import { deadlinePhase } from './deadline-phase';

// Working days are Monday to Friday in this stand-in calendar: 2026-11-27 is a Friday.
const calendar = {
  addWorkingDays: (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    for (let left = days; left > 0;) {
      d.setUTCDate(d.getUTCDate() + 1);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left -= 1;
    }
    return d.toISOString().slice(0, 10);
  },
};
const open = (dueOn: string) => ({ status: DeadlineStatus.OPEN, dueOn });

describe('deadlinePhase (as the deadline board shows it)', () => {
  it.each([
    ['2026-11-26', 'OVERDUE'],
    ['2026-11-27', 'DUE_TODAY'],
    ['2026-12-02', 'DUE_SOON'], // three working days after Friday is Wednesday
    ['2026-12-03', 'OPEN'],
  ])('should put a deadline due %s, seen on 2026-11-27, in %s', (dueOn, phase) => {
    expect(deadlinePhase(open(dueOn), '2026-11-27', calendar)).toBe(phase);
  });

  it('should have no phase for a deadline that is no longer open', () => {
    for (const status of [DeadlineStatus.MET, DeadlineStatus.MISSED, DeadlineStatus.WAIVED]) {
      expect(deadlinePhase({ status, dueOn: '2026-11-27' }, '2026-11-27', calendar)).toBeNull();
    }
  });

  it('should treat a day beyond the calendar as far from due', () => {
    const bounded = {
      addWorkingDays: () => {
        throw new Error('outside the calendar');
      },
    };
    expect(deadlinePhase(open('2101-01-10'), '2101-01-01', bounded)).toBe('OPEN');
  });
});
