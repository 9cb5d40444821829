import { describe, expect, it } from 'vitest';
import { boardRows, parseColumn, remaining, type BoardLists, type SortableItem } from './board';

function item(id: string, dueOn: string, workingDaysLeft: number | null, metAt?: string): SortableItem {
  return { workingDaysLeft, deadline: { id, dueOn, metAt: metAt ?? null } };
}

const lists: BoardLists<SortableItem> = {
  // The server sends overdue by due date; MISSED and OPEN mix, a day off can make equal due dates differ.
  overdue: [
    item('o-recent', '2026-11-20', -5),
    item('o-old', '2026-02-23', -188),
    item('o-mid', '2026-10-01', -40),
  ],
  dueToday: [item('t', '2026-11-27', 0)],
  dueSoon: [item('s-late', '2026-12-02', 3), item('s-early', '2026-11-30', 1)],
  open: [item('p-2', '2026-12-24', 18), item('p-1b', '2026-12-07', 6), item('p-1a', '2026-12-07', 6)],
  met: [
    item('m-old', '2026-11-16', -9, '2026-11-03T07:00:00.000Z'),
    item('m-new', '2026-12-30', 22, '2026-11-27T07:00:00.000Z'),
  ],
};

describe('boardRows', () => {
  it('should put overdue first (most days late first), then today, soon and open by due date, then met latest first', () => {
    expect(boardRows(lists).map((row) => `${row.column}:${row.item.deadline.id}`)).toEqual([
      'OVERDUE:o-old',
      'OVERDUE:o-mid',
      'OVERDUE:o-recent',
      'DUE_TODAY:t',
      'DUE_SOON:s-early',
      'DUE_SOON:s-late',
      'OPEN:p-1a',
      'OPEN:p-1b',
      'OPEN:p-2',
      'MET:m-new',
      'MET:m-old',
    ]);
  });

  it('should keep one column when asked', () => {
    expect(boardRows(lists, 'DUE_SOON').map((row) => row.item.deadline.id)).toEqual(['s-early', 's-late']);
    expect(boardRows(lists, 'MET').every((row) => row.column === 'MET')).toBe(true);
  });

  it('should order overdue items outside the calendar by due date', () => {
    const rows = boardRows(
      { ...lists, overdue: [item('b', '2014-02-01', null), item('a', '2014-01-01', null)] },
      'OVERDUE',
    );
    expect(rows.map((row) => row.item.deadline.id)).toEqual(['a', 'b']);
  });
});

describe('remaining', () => {
  it('should read working days left, due today, overdue, met and unknown', () => {
    expect(remaining('OPEN', 6)).toEqual({ kind: 'left', days: 6 });
    expect(remaining('DUE_SOON', 1)).toEqual({ kind: 'left', days: 1 });
    expect(remaining('DUE_TODAY', 0)).toEqual({ kind: 'today' });
    expect(remaining('OVERDUE', -188)).toEqual({ kind: 'overdue', days: 188 });
    expect(remaining('OVERDUE', 0)).toEqual({ kind: 'overdue', days: 1 });
    expect(remaining('MET', 22)).toEqual({ kind: 'met' });
    expect(remaining('OPEN', null)).toEqual({ kind: 'unknown' });
  });
});

describe('parseColumn', () => {
  it('should accept the column names in any case and nothing else', () => {
    expect(parseColumn('overdue')).toBe('OVERDUE');
    expect(parseColumn('DUE_SOON')).toBe('DUE_SOON');
    expect(parseColumn('missed')).toBeNull();
    expect(parseColumn(['OPEN'])).toBeNull();
    expect(parseColumn(undefined)).toBeNull();
  });
});
