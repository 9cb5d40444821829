import { describe, expect, it } from 'vitest';
import { russianPlural } from '../i18n/plural';
import { almatyDate, formatDate, formatTime, formatWeekday, localName, localShortName } from './format';

describe('formatDate', () => {
  it("should write a calendar date the way each language does, the same day whatever the browser's zone", () => {
    expect(formatDate('2026-11-27', 'ru')).toBe('27 ноября 2026 г.');
    expect(formatDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(formatDate('2026-11-27', 'kk')).toMatch(/қараша/);
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
