import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { IsBoolean } from 'class-validator';
import { IsCalendarDate, IsNonBlankText, IsOmittable, isStorableText, requireUuid } from './validators';

class Sample {
  text: unknown;
  day: unknown;
}
// Applied by hand: this file is outside the build tsconfig that enables decorator syntax.
IsNonBlankText(10)(Sample.prototype, 'text');
IsCalendarDate()(Sample.prototype, 'day');

function errors(text: unknown, day: unknown = '2025-03-26'): Record<string, string[]> {
  const sample = Object.assign(new Sample(), { text, day });
  return Object.fromEntries(
    validateSync(sample).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );
}

describe('IsNonBlankText', () => {
  it('should accept text of 1 to maxLength characters', () => {
    expect(errors('a')).toEqual({});
    expect(errors('ten chars.')).toEqual({});
  });

  it.each([
    ['empty', ''],
    ['only whitespace', '   \n\t'],
    ['too long', 'eleven char'],
    ['not a string', 42],
  ])('should refuse text that is %s, naming the field', (_, value) => {
    const found = errors(value);
    expect(Object.keys(found)).toEqual(['text']);
    expect(found['text']?.join(' ')).toMatch(/text/);
  });
});

describe('IsCalendarDate', () => {
  it.each(['2025-02-30', '2025-13-01', '25-03-26', '1899-12-31', 20250326])('should refuse %s', (day) => {
    expect(Object.keys(errors('ok', day))).toEqual(['day']);
  });

  it('should accept a real date, including 29 February of a leap year', () => {
    expect(errors('ok', '2024-02-29')).toEqual({});
  });
});

describe('IsNonBlankText and storable text', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell and an escape sequence', 'x\u0007\u001b[31m'],
    ['DEL', 'x\u007f'],
    ['a C1 control', 'x\u0085'],
    ['a lone high surrogate', 'x\uD800y'],
    ['a lone low surrogate', '\uDC00'],
    ['a reversed surrogate pair', '\uDE00\uD83D'],
  ])('should refuse text with %s, naming the field', (_, value) => {
    expect(Object.keys(errors(value))).toEqual(['text']);
    expect(errors(value)['text']?.join(' ')).toMatch(/control characters or broken unicode/);
  });

  it.each([
    ['tab and line breaks', 'a\tb\r\nc'],
    ['HTML', '<b>x</b>'],
    ['SQL', "'; --"],
    ['an emoji pair', '🙂🇰🇿'],
    ['RTL marks', '\u200Fא\u202E'],
    ['combining marks', 'e\u0301'],
    ['Kazakh', 'әғқңөұүһі'],
  ])('should accept text with %s', (_, value) => {
    expect(errors(value)).toEqual({});
  });

  it('should keep line breaks out of one-line text', () => {
    expect(isStorableText('a\nb', false)).toBe(false);
    expect(isStorableText('a\u2028b', false)).toBe(false);
    expect(isStorableText('a b', false)).toBe(true);
    expect(isStorableText('a\nb')).toBe(true);
    expect(isStorableText(42)).toBe(false);
  });
});

describe('IsOmittable', () => {
  class Update {
    flag: unknown;
  }
  IsOmittable()(Update.prototype, 'flag');
  IsBoolean()(Update.prototype, 'flag');
  const check = (value: Partial<Update>) =>
    validateSync(Object.assign(new Update(), value)).map((e) => e.property);

  it('should let a field be left out, and refuse null or a wrong value', () => {
    expect(check({})).toEqual([]);
    expect(check({ flag: true })).toEqual([]);
    expect(check({ flag: null })).toEqual(['flag']);
    expect(check({ flag: 'yes' })).toEqual(['flag']);
  });
});

describe('requireUuid', () => {
  it('should pass an id and refuse anything else with BAD_USER_INPUT naming the field', () => {
    expect(requireUuid('6f1c2e1a-9b7d-4c1e-8f00-000000000001', 'id')).toBe(
      '6f1c2e1a-9b7d-4c1e-8f00-000000000001',
    );
    for (const bad of ['', 'abc', "'; DROP TABLE court_case; --", '6f1c2e1a9b7d4c1e8f00000000000001']) {
      expect(() => requireUuid(bad, 'id')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'id' } }),
      );
    }
  });
});
