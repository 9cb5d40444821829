// Where an open deadline stands on a given day, as the deadline board shows it (deadline-board.service.ts):
// the scheduler publishes a DEADLINE event whenever this changes from one day to the next.
import { compareIsoDates, DeadlineStatus, type WorkingCalendar } from '@qadagalau/shared';

export const DEADLINE_PHASES = ['OPEN', 'DUE_SOON', 'DUE_TODAY', 'OVERDUE'] as const;
export type DeadlinePhase = (typeof DEADLINE_PHASES)[number];

/** "Due soon": within this many working days, like the board. */
export const DUE_SOON_WORKING_DAYS = 3;

/** The phase of a deadline on `asOf` (null when it is no longer open: met, waived or recorded as missed). */
export function deadlinePhase(
  deadline: { status: DeadlineStatus; dueOn: string },
  asOf: string,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
): DeadlinePhase | null {
  if (deadline.status !== DeadlineStatus.OPEN) return null;
  const order = compareIsoDates(deadline.dueOn, asOf);
  if (order < 0) return 'OVERDUE';
  if (order === 0) return 'DUE_TODAY';
  let soon: string;
  try {
    soon = calendar.addWorkingDays(asOf, DUE_SOON_WORKING_DAYS);
  } catch {
    return 'OPEN'; // beyond the calendar's years: far from due
  }
  return compareIsoDates(deadline.dueOn, soon) <= 0 ? 'DUE_SOON' : 'OPEN';
}
