import { describe, expect, it } from 'vitest';
import type { EventScope } from './outbox-event.entity';
import { hearingEventMatches, parseCursor } from './hearing-events';

const SCOPE: EventScope = { regionId: 'r1', officeIds: ['o1', 'o2'], courtLocalityId: 'l1' };
const event = (over: Record<string, unknown> = {}) => ({
  topic: 'HEARING' as const,
  kind: 'SCHEDULED',
  scope: SCOPE,
  payload: { courtId: 'c1', responsibleOfficeId: 'o1', mandatory: false, ...over },
});
const sees = { seesScope: () => true };
const blind = { seesScope: () => false };

describe('hearingEventMatches', () => {
  it('should deliver only what the jurisdiction covers', () => {
    expect(hearingEventMatches(event(), sees, null)).toBe(true);
    expect(hearingEventMatches(event(), blind, null)).toBe(false);
  });

  it('should apply every criterion of the filter', () => {
    expect(hearingEventMatches(event(), sees, { regionIds: ['r2'] })).toBe(false);
    expect(hearingEventMatches(event(), sees, { regionIds: ['r1'] })).toBe(true);
    expect(hearingEventMatches(event(), sees, { officeIds: ['o2'] })).toBe(false);
    expect(hearingEventMatches(event(), sees, { courtIds: ['c1'] })).toBe(true);
    expect(hearingEventMatches(event(), sees, { mandatoryOnly: true })).toBe(false);
    expect(hearingEventMatches(event({ mandatory: true }), sees, { mandatoryOnly: true })).toBe(true);
  });

  it('should ignore other topics and unknown kinds', () => {
    expect(hearingEventMatches({ ...event(), topic: 'DEADLINE' }, sees, null)).toBe(false);
    expect(hearingEventMatches({ ...event(), kind: 'HELD' }, sees, null)).toBe(false);
  });
});

describe('parseCursor', () => {
  it('should read a decimal event id, or nothing', () => {
    expect(parseCursor('42')).toBe(42n);
    expect(parseCursor(null)).toBeNull();
    expect(parseCursor(undefined)).toBeNull();
  });

  it.each(['', '-1', '1.5', 'abc', '9'.repeat(19)])('should answer BAD_USER_INPUT to %j', (value) => {
    expect(() => parseCursor(value)).toThrow(/after: not a cursor/);
  });
});
