import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import {
  calendarDate,
  localDateTime,
  notAfter,
  notBefore,
  submitFailure,
  text,
  validate,
} from './validation';

describe('form checks mirroring the server', () => {
  it('should refuse blank text and text over the limit, like IsNonBlankText', () => {
    expect(text(10)('   ')).toEqual({ key: 'required' });
    expect(text(10)('x'.repeat(11))).toEqual({ key: 'tooLong', params: { max: 10 } });
    expect(text(10)('x'.repeat(10))).toBeNull();
    expect(text(10, true)('')).toBeNull();
  });

  it('should refuse impossible and malformed dates, like IsCalendarDate', () => {
    expect(calendarDate()('2026-02-30')).toEqual({ key: 'badDate' });
    expect(calendarDate()('27.11.2026')).toEqual({ key: 'badDate' });
    expect(calendarDate()('1899-12-31')).toEqual({ key: 'badDate' });
    expect(calendarDate()('2028-02-29')).toBeNull();
    expect(calendarDate()('')).toEqual({ key: 'required' });
    expect(calendarDate(true)('')).toBeNull();
  });

  it('should refuse a future day and a day before another', () => {
    expect(notAfter('2026-11-27')('2026-11-28')).toEqual({ key: 'future' });
    expect(notAfter('2026-11-27')('2026-11-27')).toBeNull();
    expect(notBefore('2026-11-20')('2026-11-19')).toEqual({
      key: 'beforeDay',
      params: { day: '2026-11-20' },
    });
    expect(notBefore(null)('2026-11-19')).toBeNull();
  });

  it('should check a local date-time', () => {
    expect(localDateTime()('2026-12-01T10:30')).toBeNull();
    expect(localDateTime()('2026-02-30T10:30')).toEqual({ key: 'badDateTime' });
    expect(localDateTime()('2026-12-01T24:00')).toEqual({ key: 'badDateTime' });
  });

  it('should report the first problem of each field', () => {
    const problems = validate(
      { grounds: '', broughtOn: '2026-13-01', kind: 'APPEAL' },
      { grounds: [text(10_000)], broughtOn: [calendarDate(), notAfter('2026-11-27')], kind: [] },
    );
    expect(problems).toEqual({ grounds: { key: 'required' }, broughtOn: { key: 'badDate' } });
  });

  it("should name the form's fields from the server's input paths", () => {
    const failure = submitFailure(new ApiError('x', 'BAD_USER_INPUT', ['input.grounds', 'content.evidence']));
    expect(failure.fields).toEqual(['grounds', 'content.evidence']);
    expect(submitFailure(new Error('boom')).error.code).toBe('INTERNAL');
  });
});
