import { createKzCalendar, type WorkingCalendar } from '@qadagalau/shared';
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
}
