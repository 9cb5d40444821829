import { describe, expect, it } from 'vitest';
import { HolidayId } from '../enums/calendar';
import { DayKind, DeadlineCode, Ground, ResponsibleKind } from '../enums/rules';
import type { LocalizedText } from './text';
import {
  GROUND_REASONS,
  HOLIDAY_NAMES,
  JURISDICTION_REASONS,
  dayLabel,
  dayReason,
  deadlineRuleText,
  formatDate,
  formatDateRange,
  formatPeriod,
  reportRuleText,
  routingFallbackReason,
  routingInitiatorReason,
  routingSpecializedReason,
  routingTerritorialReason,
} from './rules.i18n';

// Letters only Kazakh Cyrillic has: every Kazakh sentence of the rules should use some.
const KAZAKH = /[әғқңөұүһі]/i;
const CYRILLIC = /[а-яё]/i;

function expectWellFormed(text: LocalizedText): void {
  for (const [lang, value] of Object.entries(text)) {
    expect(value.trim().length, lang).toBeGreaterThan(0);
    expect(value, lang).not.toMatch(/undefined|null|NaN|\$\{/);
  }
  expect(text.ru).toMatch(CYRILLIC);
}

describe('rule texts', () => {
  it('should have well-formed kk, ru and en texts for every ground, office and deadline', () => {
    for (const g of Object.values(Ground)) {
      expectWellFormed(GROUND_REASONS[g]);
      expect(GROUND_REASONS[g].kk).toMatch(KAZAKH);
    }
    for (const k of Object.values(ResponsibleKind)) {
      expectWellFormed(routingInitiatorReason(k));
      expectWellFormed(routingSpecializedReason(k, ['CHAPTER_32']));
      expectWellFormed(routingFallbackReason(k, ['TRANSPORT'], 'NO_OFFICE'));
      expectWellFormed(routingFallbackReason(k, ['RESERVIST'], 'NOT_NOTIFIED'));
    }
    for (const r of Object.values(JURISDICTION_REASONS)) expectWellFormed(r);
    expectWellFormed(routingTerritorialReason());
    expectWellFormed(routingTerritorialReason('TRANSPORT_NOT_MANDATORY'));
    expectWellFormed(routingTerritorialReason('NOT_DUTY_RELATED'));
    for (const code of Object.values(DeadlineCode)) {
      const rule = deadlineRuleText({ code, length: 10, legalityWhy: ['MANDATORY'] });
      expectWellFormed(rule);
      expect(rule.kk).toMatch(KAZAKH);
      expectWellFormed(reportRuleText(code, '2025-Q2'));
    }
    for (const h of Object.values(HolidayId)) expectWellFormed(HOLIDAY_NAMES[h]);
  });

  it('should have a reason and a label for every kind of day', () => {
    for (const kind of Object.values(DayKind)) {
      for (const working of [true, false]) {
        const day = {
          date: '2025-01-05',
          weekday: 7 as const,
          working,
          kind,
          holiday: HolidayId.NAURYZ,
          relatedDate: '2025-01-03',
          unconfirmed: false,
        };
        expectWellFormed(dayReason(day));
        expectWellFormed(dayLabel(day));
      }
    }
  });

  it.each([
    ['2025-03-26', false, { kk: '26 наурыз', ru: '26 марта', en: '26 March' }],
    ['2026-01-12', true, { kk: '2026 жылғы 12 қаңтар', ru: '12 января 2026 г.', en: '12 January 2026' }],
  ])('should format %s in each language (with year: %s)', (date, withYear, expected) => {
    expect({
      kk: formatDate(date, 'kk', withYear),
      ru: formatDate(date, 'ru', withYear),
      en: formatDate(date, 'en', withYear),
    }).toEqual(expected);
  });

  it('should format ranges and periods in each language', () => {
    expect(formatDateRange('2025-03-21', '2025-03-25', 'ru')).toBe('21–25 марта');
    expect(formatDateRange('2025-04-30', '2025-05-02', 'en')).toBe('30 April – 2 May');
    expect(formatPeriod('2025-Q1', 'ru')).toBe('I квартал 2025 г.');
    expect(formatPeriod('2025-Q4', 'kk')).toBe('2025 жылғы IV тоқсан');
    expect(formatPeriod('2025-03', 'ru')).toBe('март 2025 г.');
    expect(formatPeriod('2025-03', 'en')).toBe('March 2025');
  });
});
