// Where a case's deadline stands today, as the deadline board shows it (server/src/modules/events/deadline-phase.ts):
// the badge status and the working days left, counted on the server's working calendar (its exceptions: holidays,
// carry-overs, transfers and an administrator's changes) fetched per year.
import type { DeadlineStatus as BadgeStatus } from '../StatusBadge.vue';

export interface CalendarException {
  date: string;
  working: boolean;
}

const DUE_SOON_WORKING_DAYS = 3;

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The years whose calendar a count from `from` to `to` needs. */
export function yearsBetween(from: string, to: string): number[] {
  const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((x, y) => x - y);
  const years: number[] = [];
  for (let y = a ?? 0; y <= (b ?? 0); y++) years.push(y);
  return years;
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is before `from`), like the server's
 * WorkingCalendar.workingDaysBetween: Monday–Friday unless an exception says otherwise.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  exceptions: ReadonlyMap<string, boolean>,
): number {
  if (from === to) return 0;
  const sign = to > from ? 1 : -1;
  const [start, end] = sign > 0 ? [from, to] : [to, from];
  let count = 0;
  const day = utcDay(start);
  const last = utcDay(end);
  day.setUTCDate(day.getUTCDate() + 1);
  while (day <= last) {
    const iso = isoOf(day);
    const weekday = day.getUTCDay();
    const working = exceptions.get(iso) ?? (weekday !== 0 && weekday !== 6);
    if (working) count++;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  // Counting back: the working days after `to` up to and including `from`, negated.
  return sign * count;
}

export interface DeadlineView {
  badge: BadgeStatus;
  /** Working days left (negative: overdue); null when it is no longer open. */
  workingDaysLeft: number | null;
}

/** The badge of a deadline on `today` and the working days left for an open one. */
export function deadlineView(
  deadline: { status: string; dueOn: string },
  today: string,
  exceptions: ReadonlyMap<string, boolean> | null,
): DeadlineView {
  switch (deadline.status) {
    case 'MET':
      return { badge: 'MET', workingDaysLeft: null };
    case 'WAIVED':
      return { badge: 'WAIVED', workingDaysLeft: null };
    case 'MISSED':
      return { badge: 'OVERDUE', workingDaysLeft: null };
    default:
      break;
  }
  const left = exceptions ? workingDaysBetween(today, deadline.dueOn, exceptions) : null;
  if (deadline.dueOn < today) return { badge: 'OVERDUE', workingDaysLeft: left };
  if (deadline.dueOn === today) return { badge: 'DUE_TODAY', workingDaysLeft: 0 };
  return {
    badge: left !== null && left <= DUE_SOON_WORKING_DAYS ? 'DUE_SOON' : 'OPEN',
    workingDaysLeft: left,
  };
}
