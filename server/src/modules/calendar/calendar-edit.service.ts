import {
  DayKind,
  type DayInfo,
  type DayOverride,
  type IsoDate,
  type WorkingCalendar,
  addDays,
} from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { CaseService } from '../case/case.service';
import { CalendarOverride } from './calendar-override.entity';

/** The longest a case deadline runs (30 calendar days, para 13, plus holidays): bounds the search below. */
const LONGEST_DEADLINE_DAYS = 120;

/**
 * An administrator's edit of one calendar day (rules contract, Decision 4), with the cases whose open deadlines
 * span that day recomputed on the edited calendar in the same transaction.
 */
export class CalendarEditService {
  constructor(private readonly manager: EntityManager) {}

  /** Stores (override) or removes (null) the day's override; `next` is the calendar with the change applied. */
  async apply(
    date: IsoDate,
    override: DayOverride | null,
    next: WorkingCalendar,
    user: AuthUser,
  ): Promise<{ day: DayInfo; refreshedCases: number }> {
    const before = await this.manager.findOneBy(CalendarOverride, { day: date });
    const beforeSnapshot = before ? { ...before } : null;
    let after: CalendarOverride | null = null;
    if (override) {
      const row = before ?? this.manager.create(CalendarOverride, { day: date });
      Object.assign(row, {
        working: override.working,
        kind: override.kind ?? DayKind.OVERRIDE,
        nameKk: override.name?.kk ?? null,
        nameRu: override.name?.ru ?? null,
        nameEn: override.name?.en ?? null,
        relatedDate: override.relatedDate ?? null,
        createdById: user.id,
      });
      after = await this.manager.save(row);
    } else if (before) {
      await this.manager.delete(CalendarOverride, { day: date });
    }
    await recordAudit(
      this.manager,
      user,
      override ? 'setCalendarDay' : 'clearCalendarDay',
      'CalendarOverride',
      date,
      beforeSnapshot,
      after,
    );
    // A deadline depends on the day when its count runs over it: triggered before it and due on or after it.
    // Done deadlines keep their status; OPEN ones and MISSED ones not done may move.
    const rows = (await this.manager.query(
      `SELECT DISTINCT case_id AS "caseId" FROM deadline
        WHERE case_id IS NOT NULL AND trigger_on < $1 AND due_on >= $1 AND due_on <= $2
          AND (status = 'OPEN' OR (status = 'MISSED' AND met_at IS NULL))`,
      [date, addDays(date, LONGEST_DEADLINE_DAYS)],
    )) as { caseId: string }[];
    const cases = new CaseService(this.manager, next);
    for (const { caseId } of rows) await cases.refresh(caseId);
    return { day: next.dayInfo(date), refreshedCases: rows.length };
  }
}
