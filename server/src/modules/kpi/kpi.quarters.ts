// Quarter arithmetic on 'YYYY-Qn' names (quarterRange in shared checks and bounds them).

/** 'YYYY-Qn' of a date. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** The quarter `n` quarters after (negative: before) `quarter` ('YYYY-Qn', already checked). */
export function shiftQuarter(quarter: string, n: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
