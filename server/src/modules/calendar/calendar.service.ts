import {
  createKzCalendar,
  type DayOverride,
  type DayOverrideRecord,
  type IsoDate,
  type WorkingCalendar,
} from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import { CalendarOverride, toDayOverrideRecord } from './calendar-override.entity';

/**
 * The process's working-day calendar: the bundled Kazakhstan data plus the administrator's overrides from the
 * database (rules contract, Decision 4). Loaded at start; reloaded after an edit.
 */
export class CalendarService {
  private current: WorkingCalendar = createKzCalendar();

  get calendar(): WorkingCalendar {
    return this.current;
  }

  async load(dataSource: DataSource): Promise<void> {
    const overrides = await dataSource.getRepository(CalendarOverride).find({ order: { day: 'ASC' } });
    this.current = createKzCalendar(overrides.map(toDayOverrideRecord));
  }

  /**
   * A copy of the current calendar with one day set (or its override cleared when `override` is null); the
   * process calendar is untouched until `adopt`, so an edit whose transaction fails leaves it as it was.
   * BAD_USER_INPUT for a date outside the calendar or a kind that does not fit.
   */
  withDay(date: IsoDate, override: DayOverride | null): WorkingCalendar {
    const records: DayOverrideRecord[] = this.current.exportOverrides().filter((r) => r.date !== date);
    const next = createKzCalendar(records);
    if (override) next.setDay(date, override);
    else next.dayInfo(date); // range check: BAD_USER_INPUT outside the calendar
    return next;
  }

  /** Makes a calendar built by `withDay` the process calendar (after its transaction committed). */
  adopt(calendar: WorkingCalendar): void {
    this.current = calendar;
  }
}
