// Quarters as the reconciliation names them ('2026-Q3'), counted in Almaty calendar days.

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && QUARTER.test(value);
}

/** The quarter a calendar day (YYYY-MM-DD) falls in. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter `n` quarters before `quarter` (negative: after). */
export function shiftQuarter(quarter: string, n: number): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 - n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * Para 7 reconciles the cases heard in a quarter, so the act is drawn up once the quarter is over: the screen
 * opens on the last closed quarter (on 27 November, the third quarter), not on the one still running.
 */
export function defaultQuarter(today: string): string {
  return shiftQuarter(quarterOf(today), 1);
}

/** The quarters a user may pick: the current one and the `back` before it, newest first. */
export function recentQuarters(today: string, back = 8): string[] {
  const current = quarterOf(today);
  return Array.from({ length: back + 1 }, (_, i) => shiftQuarter(current, i));
}
