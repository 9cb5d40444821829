import { describe, expect, it } from 'vitest';
import { russianPlural } from '../i18n/plural';
import {
  almatyDate,
  formatDate,
  formatNumber,
  formatTime,
  formatWeekday,
  localName,
  localShortName,
} from './format';

describe('formatDate', () => {
  it("should write a calendar date the way each language does, the same day whatever the browser's zone", () => {
    expect(formatDate('2026-11-27', 'ru')).toBe('27 ноября 2026 г.');
    expect(formatDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(formatDate('2026-11-27', 'kk')).toBe('2026 ж. 27 қараша');
    expect(formatDate('2026-01-05', 'kk', 'short')).toBe('05.01.2026');
    expect(formatDate('2026-11-27', 'ru', 'short')).toBe('27.11.2026');
  });

  it('should place an instant on its Almaty day: 20:30 UTC is the next morning in Almaty (UTC+5)', () => {
    expect(almatyDate('2026-11-27T20:30:00Z')).toBe('2026-11-28');
    expect(formatDate('2026-11-27T20:30:00Z', 'en')).toBe('28 November 2026');
    expect(formatTime('2026-11-27T04:05:00Z', 'ru')).toBe('09:05');
  });

  it('should name the weekday in the chosen language', () => {
    expect(formatWeekday('2026-11-27', 'en')).toBe('Friday');
    expect(formatWeekday('2026-11-27', 'ru')).toBe('пятница');
    expect(formatWeekday('2026-11-27', 'kk')).toBe('жұма');
  });
});

describe("Kazakh without the browser's ICU", () => {
  it("should write Kazakh dates and weekdays exactly as CLDR's Kazakh data does (Node's full ICU as the oracle)", () => {
    const long = new Intl.DateTimeFormat('kk-KZ', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const weekday = new Intl.DateTimeFormat('kk-KZ', { weekday: 'long', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 17, 28]) {
        const date = new Date(Date.UTC(2027, month, day));
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(iso, 'kk')).toBe(long.format(date));
        expect(formatWeekday(iso, 'kk')).toBe(weekday.format(date));
      }
    }
  });

  it('should take an instant on its Almaty day in Kazakh too, and its time on the 24-hour clock', () => {
    expect(formatDate('2026-12-31T19:30:00Z', 'kk')).toBe('2027 ж. 1 қаңтар');
    expect(formatTime('2026-12-31T19:30:00Z', 'kk')).toBe('00:30');
  });
});

describe('localName', () => {
  const office = {
    nameKk: 'Қарағанды облысының прокуратурасы',
    nameRu: 'Прокуратура Карагандинской области',
    nameEn: 'Karaganda Region Prosecutor’s Office',
    shortNameKk: 'Қарағанды обл.',
    shortNameRu: 'Карагандинская обл.',
    shortNameEn: 'Karaganda Reg.',
  };
  it('should pick the name in the interface language', () => {
    expect(localName(office, 'kk')).toBe(office.nameKk);
    expect(localName(office, 'en')).toBe(office.nameEn);
    expect(localShortName(office, 'ru')).toBe(office.shortNameRu);
    expect(localName(null, 'ru')).toBe('');
  });
});

describe('russianPlural', () => {
  it('should choose one / few / many as Russian grammar does', () => {
    const form = (n: number) => russianPlural(n, 3);
    expect([1, 21, 101].map(form)).toEqual([0, 0, 0]);
    expect([2, 3, 4, 22, 34].map(form)).toEqual([1, 1, 1, 1, 1]);
    expect([0, 5, 11, 12, 14, 25, 111].map(form)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(russianPlural(1, 2)).toBe(0);
    expect(russianPlural(7, 2)).toBe(1);
  });
});

describe('formatNumber', () => {
  it('should group digits as each language does', () => {
    expect(formatNumber(12345.5, 'en', 1)).toBe('12,345.5');
    expect(formatNumber(12345.5, 'kk', 1)).toBe(formatNumber(12345.5, 'ru', 1));
    expect(formatNumber(12345.5, 'ru', 1)).toMatch(/^12\s345,5$/);
  });
});
