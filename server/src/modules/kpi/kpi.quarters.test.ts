import { describe, expect, it } from 'vitest';
import { quarterOf, shiftQuarter } from './kpi.quarters';

describe('quarters', () => {
  it('should name the quarter of a date', () => {
    expect(quarterOf('2025-01-01')).toBe('2025-Q1');
    expect(quarterOf('2025-03-31')).toBe('2025-Q1');
    expect(quarterOf('2025-04-01')).toBe('2025-Q2');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
  });

  it('should step quarters across years', () => {
    expect(shiftQuarter('2025-Q1', -1)).toBe('2024-Q4');
    expect(shiftQuarter('2025-Q3', -3)).toBe('2024-Q4');
    expect(shiftQuarter('2025-Q4', 1)).toBe('2026-Q1');
    expect(shiftQuarter('2025-Q2', 0)).toBe('2025-Q2');
    expect(shiftQuarter('2025-Q2', -8)).toBe('2023-Q2');
  });
});
