import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { IsCalendarDate, IsNonBlankText } from './validators';

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
