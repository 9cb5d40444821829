// The board as one list a prosecutor reads from the top: what is most urgent first. Pure functions over the
// server's columns (unit-tested in board.test.ts).
import type { DeadlineStatus } from '../StatusBadge.vue';

/** The columns of the board, in order of urgency. */
export const BOARD_COLUMNS = ['OVERDUE', 'DUE_TODAY', 'DUE_SOON', 'OPEN', 'MET'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number] & DeadlineStatus;

/** The board's keys for each column (the server's list and count names). */
export const COLUMN_KEY = {
  OVERDUE: 'overdue',
  DUE_TODAY: 'dueToday',
  DUE_SOON: 'dueSoon',
  OPEN: 'open',
  MET: 'met',
} as const satisfies Record<BoardColumn, string>;

/** What the sorting needs of an item (the generated DeadlinesBoardItemFragment has it all). */
export interface SortableItem {
  workingDaysLeft: number | null;
  deadline: { id: string; dueOn: string; metAt?: string | null };
}

export type BoardLists<T> = Record<(typeof COLUMN_KEY)[BoardColumn], readonly T[]>;

export interface BoardRow<T> {
  column: BoardColumn;
  item: T;
}

function byDue(a: SortableItem, b: SortableItem): number {
  return a.deadline.dueOn.localeCompare(b.deadline.dueOn) || a.deadline.id.localeCompare(b.deadline.id);
}

/** Most days late first; outside the calendar (null) the due date decides. */
function byLateness(a: SortableItem, b: SortableItem): number {
  if (a.workingDaysLeft !== null && b.workingDaysLeft !== null && a.workingDaysLeft !== b.workingDaysLeft)
    return a.workingDaysLeft - b.workingDaysLeft;
  return byDue(a, b);
}

function byMetLatest(a: SortableItem, b: SortableItem): number {
  return (b.deadline.metAt ?? '').localeCompare(a.deadline.metAt ?? '') || byDue(a, b);
}

const ORDER: Record<BoardColumn, (a: SortableItem, b: SortableItem) => number> = {
  OVERDUE: byLateness,
  DUE_TODAY: byDue,
  DUE_SOON: byDue,
  OPEN: byDue,
  MET: byMetLatest,
};

/**
 * The board's lists merged by urgency: overdue (most working days late first), due today, due soon and open
 * (by due date), then met (latest first). `only` keeps one column.
 */
export function boardRows<T extends SortableItem>(
  lists: BoardLists<T>,
  only?: BoardColumn | null,
): BoardRow<T>[] {
  const columns = only ? [only] : BOARD_COLUMNS;
  return columns.flatMap((column) =>
    [...lists[COLUMN_KEY[column]]].sort(ORDER[column]).map((item) => ({ column, item })),
  );
}

/** How the remaining time reads: days left, due today, days overdue, or nothing outside the calendar. */
export type Remaining =
  | { kind: 'left'; days: number }
  | { kind: 'today' }
  | { kind: 'overdue'; days: number }
  | { kind: 'met' }
  | { kind: 'unknown' };

export function remaining(column: BoardColumn, workingDaysLeft: number | null): Remaining {
  if (column === 'MET') return { kind: 'met' };
  if (column === 'DUE_TODAY') return { kind: 'today' };
  if (workingDaysLeft === null) return { kind: 'unknown' };
  if (workingDaysLeft < 0) return { kind: 'overdue', days: -workingDaysLeft };
  // An overdue item due on a day off can still count 0 working days: it is late all the same.
  if (column === 'OVERDUE') return { kind: 'overdue', days: Math.max(1, workingDaysLeft) };
  if (workingDaysLeft === 0) return { kind: 'today' };
  return { kind: 'left', days: workingDaysLeft };
}

/** Column names accepted in the URL (`?status=overdue`), case-insensitive; anything else means all. */
export function parseColumn(value: unknown): BoardColumn | null {
  if (typeof value !== 'string') return null;
  const upper = value.toUpperCase();
  return (BOARD_COLUMNS as readonly string[]).includes(upper) ? (upper as BoardColumn) : null;
}
