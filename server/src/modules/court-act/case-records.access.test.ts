import { DomainError, ErrorCode } from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import { assertNotBefore, assertNotFuture, badInput } from './case-records.access';

function codeAndField(run: () => void): { code: string; field: unknown } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, field: error.details.field };
  }
}

describe('date sanity of supervision records', () => {
  const now = new Date('2026-03-10T20:30:00Z'); // 2026-03-11 01:30 in Almaty

  it('should refuse a day after today in Almaty, naming the field', () => {
    expect(codeAndField(() => assertNotFuture('issuedOn', '2026-03-12', now))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'issuedOn',
    });
  });

  it('should accept today in Almaty even when it is still yesterday in UTC', () => {
    expect(codeAndField(() => assertNotFuture('issuedOn', '2026-03-11', now))).toBeNull();
    expect(codeAndField(() => assertNotFuture('issuedOn', null, now))).toBeNull();
  });

  it('should refuse a day before the day it follows, naming the field', () => {
    expect(
      codeAndField(() => assertNotBefore('copyDeliveredOn', '2026-03-01', 'issuedOn', '2026-03-02')),
    ).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'copyDeliveredOn',
    });
    expect(
      codeAndField(() => assertNotBefore('copyDeliveredOn', '2026-03-02', 'issuedOn', '2026-03-02')),
    ).toBeNull();
  });

  it('should put the field first in a bad-input message', () => {
    expect(badInput('courtId', 'no such court').message).toBe('courtId: no such court');
  });
});
