import { describe, expect, it } from 'vitest';
import { deadlineStatus } from './deadline-status';

const due = '2025-03-26';

describe('deadlineStatus', () => {
  it.each([
    [
      'MET when done before the due date',
      { doneOn: '2025-03-20', waived: false, today: '2025-04-10' },
      'MET',
    ],
    ['MET when done on the due date itself', { doneOn: due, waived: false, today: due }, 'MET'],
    ['MISSED when done a day late', { doneOn: '2025-03-27', waived: false, today: '2025-03-27' }, 'MISSED'],
    ['WAIVED when the obligation fell away', { doneOn: null, waived: true, today: '2025-04-10' }, 'WAIVED'],
    ['OPEN before and on the due date', { doneOn: null, waived: false, today: due }, 'OPEN'],
    ['MISSED the day after the due date', { doneOn: null, waived: false, today: '2025-03-27' }, 'MISSED'],
    [
      'MET when done in time even if later waived',
      { doneOn: '2025-03-01', waived: true, today: '2025-04-01' },
      'MET',
    ],
  ] as const)('should be %s', (_, progress, expected) => {
    expect(deadlineStatus({ due, ...progress })).toBe(expected);
  });
});
