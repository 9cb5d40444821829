import { describe, expect, it } from 'vitest';
import { quarterBefore } from './reconciliation.demo';

describe('quarterBefore', () => {
  it('should step back over year ends', () => {
    expect(quarterBefore('2026-11-27', 0)).toBe('2026-Q4');
    expect(quarterBefore('2026-11-27', 1)).toBe('2026-Q3');
    expect(quarterBefore('2026-02-01', 1)).toBe('2025-Q4');
    expect(quarterBefore('2026-02-01', 2)).toBe('2025-Q3');
    expect(quarterBefore('2026-12-31', 4)).toBe('2025-Q4');
  });
});
