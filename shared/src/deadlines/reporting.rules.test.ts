import { describe, expect, it } from 'vitest';
import { createKzCalendar } from '../calendar/working-calendar';
import { DomainError } from '../errors/error-code';
import { DeadlineCode } from '../enums/rules';
import {
  fixedReportDue,
  monthlyStudy,
  quarterReporting,
  quarterlyAnalysis,
  quarterlyMemo,
  quarterlyReconciliation,
  reportingCalendar,
} from './reporting.rules';

const calendar = createKzCalendar();

describe('fixed report dates (Decision 2)', () => {
  it.each([
    ['a working Tuesday', '2025-11-25', '2025-11-25'],
    ['a Sunday', '2025-05-25', '2025-05-23'],
    ['a Saturday holiday (Republic Day)', '2025-10-25', '2025-10-24'],
    ['a carry-over after Nauryz', '2025-03-25', '2025-03-20'],
    ['a Sunday made working', '2025-01-05', '2025-01-05'],
    ['a Saturday', '2019-01-05', '2019-01-04'],
    ['a transferred day off before a working Saturday', '2018-12-31', '2018-12-29'],
    ['Orthodox Christmas', '2025-01-07', '2025-01-06'],
  ])('should keep or move the date when it is %s', (_what, nominal, expected) => {
    expect(fixedReportDue(nominal, calendar)).toBe(expected);
  });
});

describe('reporting items', () => {
  it('should move the Q1 2025 analysis before Nauryz when the 25th is a carry-over day (para 20)', () => {
    const item = quarterlyAnalysis(2025, 1, calendar);
    expect(item).toMatchObject({
      code: DeadlineCode.QUARTERLY_ANALYSIS,
      period: '2025-Q1',
      nominal: '2025-03-25',
      due: '2025-03-20',
      paragraph: '20',
    });
    expect(item.reason.en).toContain('21–23 March (Nauryz), 24–25 March (carried over from Nauryz)');
    expect(item.reason.en).toContain('so it is due on the working day before, 20 March 2025');
    expect(item.reason.ru).toContain('предшествующий рабочий день, 20 марта 2025 г.');
    expect(item.reason.kk).toContain('алдыңғы жұмыс күні, 2025 жылғы 20 наурыз');
  });

  it('should move the monthly study to Friday when the 25th is a Sunday (para 28)', () => {
    expect(monthlyStudy(2025, 5, calendar)).toMatchObject({
      period: '2025-05',
      nominal: '2025-05-25',
      due: '2025-05-23',
      paragraph: '28',
    });
  });

  it.each([
    [2025, 3, '2025-10-05', '2025-10-03'],
    [2024, 4, '2025-01-05', '2025-01-05'],
    [2018, 4, '2019-01-05', '2019-01-04'],
    [2025, 1, '2025-04-05', '2025-04-04'],
  ])(
    'should put the %i-Q%i memo on the 5th of the next month or the working day before',
    (year, quarter, nominal, expected) => {
      expect(quarterlyMemo(year, quarter, calendar)).toMatchObject({
        nominal,
        due: expected,
        paragraph: '28',
      });
    },
  );

  it.each([
    [2025, 2, '2025-06-30', '2025-06-30'],
    [2024, 1, '2024-03-31', '2024-03-29'],
    [2023, 4, '2023-12-31', '2023-12-29'],
    [2018, 4, '2018-12-31', '2018-12-29'],
  ])(
    'should put the %i-Q%i reconciliation on the last working day of the quarter (para 7)',
    (year, quarter, nominal, expected) => {
      const item = quarterlyReconciliation(year, quarter, calendar);
      expect(item).toMatchObject({ nominal, due: expected, paragraph: '7' });
      expect(item.reason.en).toContain('without fixing a day');
    },
  );

  it('should list 24 items due in the year, in date order, when building a reporting calendar', () => {
    const items = reportingCalendar(2025, calendar);
    expect(items).toHaveLength(24);
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
    expect(items.every((i) => i.due.startsWith('2025-'))).toBe(true);
    expect(items.every((i) => calendar.isWorkingDay(i.due))).toBe(true);
    const count = (code: string) => items.filter((i) => i.code === code).length;
    expect([
      count('MONTHLY_STUDY'),
      count('QUARTERLY_ANALYSIS'),
      count('QUARTERLY_MEMO'),
      count('QUARTERLY_RECONCILIATION'),
    ]).toEqual([12, 4, 4, 4]);
    expect(items[0]).toMatchObject({
      code: DeadlineCode.QUARTERLY_MEMO,
      period: '2024-Q4',
      due: '2025-01-05',
    });
  });

  it('should build every covered year, including the first and 2027, when asked', () => {
    for (const year of calendar.years) expect(reportingCalendar(year, calendar)).toHaveLength(24);
  });

  it('should give a quarter six items when asked for its reporting', () => {
    expect(quarterReporting(2025, 2, calendar).map((i) => i.code)).toEqual([
      DeadlineCode.MONTHLY_STUDY,
      DeadlineCode.MONTHLY_STUDY,
      DeadlineCode.MONTHLY_STUDY,
      DeadlineCode.QUARTERLY_ANALYSIS,
      DeadlineCode.QUARTERLY_RECONCILIATION,
      DeadlineCode.QUARTERLY_MEMO,
    ]);
  });

  it.each([
    ['an uncovered year', () => reportingCalendar(2030, calendar)],
    ['quarter 5', () => quarterlyAnalysis(2025, 5, calendar)],
    ['month 13', () => monthlyStudy(2025, 13, calendar)],
    ['a memo due beyond the data', () => quarterlyMemo(2027, 4, calendar)],
  ])('should throw a DomainError when given %s', (_what, call) => {
    expect(call).toThrow(DomainError);
  });
});
