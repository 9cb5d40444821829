import { describe, expect, it } from 'vitest';
import { defaultQuarter, isQuarter, quarterOf, recentQuarters, shiftQuarter } from './quarters';

describe('reconciliation quarters', () => {
  it('should place a day in its quarter', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-06-30')).toBe('2026-Q2');
    expect(quarterOf('2026-11-27')).toBe('2026-Q4');
  });

  it('should default to the last closed quarter, across a year boundary', () => {
    expect(defaultQuarter('2026-11-27')).toBe('2026-Q3');
    expect(defaultQuarter('2027-01-05')).toBe('2026-Q4');
  });

  it('should shift both ways and list the current quarter first', () => {
    expect(shiftQuarter('2026-Q1', 1)).toBe('2025-Q4');
    expect(shiftQuarter('2025-Q4', -1)).toBe('2026-Q1');
    expect(recentQuarters('2026-02-10', 2)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
  });

  it('should accept only YYYY-Qn', () => {
    expect(isQuarter('2026-Q3')).toBe(true);
    expect(isQuarter('2026-Q5')).toBe(false);
    expect(isQuarter(undefined)).toBe(false);
  });
});
