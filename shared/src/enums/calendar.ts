// Enums of the working-day calendar (KAZAKHSTAN.md §5).

/** National and state holidays and religious days off of Kazakhstan (Law on Holidays; Labour Code art. 84). */
export const HolidayId = {
  NEW_YEAR: 'NEW_YEAR',
  WOMENS_DAY: 'WOMENS_DAY',
  NAURYZ: 'NAURYZ',
  UNITY_DAY: 'UNITY_DAY',
  DEFENDER_DAY: 'DEFENDER_DAY',
  VICTORY_DAY: 'VICTORY_DAY',
  CAPITAL_DAY: 'CAPITAL_DAY',
  CONSTITUTION_DAY: 'CONSTITUTION_DAY',
  /** 1 December: non-working through 2021. */
  FIRST_PRESIDENT_DAY: 'FIRST_PRESIDENT_DAY',
  /** 25 October: a national holiday since 2022. */
  REPUBLIC_DAY: 'REPUBLIC_DAY',
  /** 16 December (and 17 December through 2022). */
  INDEPENDENCE_DAY: 'INDEPENDENCE_DAY',
  /** 7 January: a day off, not carried over (Labour Code art. 84 p.5). */
  ORTHODOX_CHRISTMAS: 'ORTHODOX_CHRISTMAS',
  /** First day of Kurban Ait: a day off, not carried over (Labour Code art. 84 p.5). */
  KURBAN_AIT: 'KURBAN_AIT',
} as const;
export type HolidayId = (typeof HolidayId)[keyof typeof HolidayId];
