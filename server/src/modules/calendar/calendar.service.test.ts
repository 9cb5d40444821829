import { describe, expect, it } from 'vitest';
import { CalendarService } from './calendar.service';

describe('CalendarService', () => {
  it('should build an edited copy and leave the process calendar alone until it is adopted', () => {
    const service = new CalendarService();
    const before = service.calendar;
    const edited = service.withDay('2026-12-07', { working: false });
    expect(edited.isWorkingDay('2026-12-07')).toBe(false);
    expect(service.calendar).toBe(before);
    expect(service.calendar.isWorkingDay('2026-12-07')).toBe(true);
    service.adopt(edited);
    expect(service.calendar.isWorkingDay('2026-12-07')).toBe(false);
  });

  it('should clear an override in the copy when given null', () => {
    const service = new CalendarService();
    service.adopt(service.withDay('2026-12-07', { working: false }));
    const cleared = service.withDay('2026-12-07', null);
    expect(cleared.isWorkingDay('2026-12-07')).toBe(true);
    expect(cleared.exportOverrides()).toEqual([]);
    expect(service.calendar.isWorkingDay('2026-12-07')).toBe(false);
  });

  it('should refuse a day outside the calendar and a kind that does not fit', () => {
    const service = new CalendarService();
    expect(() => service.withDay('2099-01-01', { working: false })).toThrow(/outside/);
    expect(() => service.withDay('2099-01-01', null)).toThrow(/outside/);
    expect(() => service.withDay('2026-12-07', { working: true, kind: 'HOLIDAY' })).toThrow(/kind/);
  });
});
