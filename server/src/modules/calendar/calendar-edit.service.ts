import {
  DayKind,
  DeadlineStatus,
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
import { deadlinePhase } from '../events/deadline-phase';
import type { DeadlineEventPayload } from '../events/deadline-scheduler';
import { publishEvent } from '../events/outbox';
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
    previous: WorkingCalendar,
    today: IsoDate,
  ): Promise<{ day: DayInfo; refreshedCases: number }> {
    // Concurrency (issue 8): a calendar day carries no version. An override is a value set for a date, not a
    // record users edit field by field: setting a day is idempotent (the same set twice leaves the same day) and
    // only administrators do it. Edits of the calendar are serialised instead, so two of them never interleave
    // their recomputation of the deadlines (nor both insert the same day); each is audited with its before/after.
    await this.manager.query("SELECT pg_advisory_xact_lock(hashtext('calendar-edit'))");
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
    const openBefore = await this.openDeadlines();
    const cases = new CaseService(this.manager, next);
    for (const { caseId } of rows) await cases.refresh(caseId);
    await this.publishPhaseChanges(openBefore, previous, next, today);
    // Every instance reloads its calendar when it reads this event (event-listener → CalendarService.load).
    await publishEvent(this.manager, {
      topic: 'CALENDAR',
      kind: override ? 'DAY_SET' : 'DAY_CLEARED',
      scope: { regionId: null, officeIds: [], courtLocalityId: null },
      payload: { date },
    });
    return { day: next.dayInfo(date), refreshedCases: rows.length };
  }

  private async openDeadlines(): Promise<Map<string, string>> {
    const rows = (await this.manager.query(
      `SELECT id, to_char(due_on, 'YYYY-MM-DD') AS "dueOn" FROM deadline WHERE status = 'OPEN'`,
    )) as { id: string; dueOn: string }[];
    return new Map(rows.map((r) => [r.id, r.dueOn]));
  }

  /**
   * Issue 5: a calendar edit can move an open deadline into DUE_SOON, DUE_TODAY or OVERDUE today (its due date
   * moved, or the working days before it changed): publish what moved, as the day-boundary scheduler would.
   */
  private async publishPhaseChanges(
    before: Map<string, string>,
    previous: WorkingCalendar,
    next: WorkingCalendar,
    today: IsoDate,
  ): Promise<void> {
    const rows = (await this.manager.query(
      `SELECT id, case_id AS "caseId", office_id AS "officeId", code, to_char(due_on, 'YYYY-MM-DD') AS "dueOn"
         FROM deadline WHERE status = 'OPEN'`,
    )) as { id: string; caseId: string | null; officeId: string; code: string; dueOn: string }[];
    for (const row of rows) {
      const oldDue = before.get(row.id);
      const was = oldDue
        ? deadlinePhase({ status: DeadlineStatus.OPEN, dueOn: oldDue }, today, previous)
        : null;
      const now = deadlinePhase({ status: DeadlineStatus.OPEN, dueOn: row.dueOn }, today, next);
      if (now === null || now === 'OPEN' || now === was) continue;
      const payload: DeadlineEventPayload = {
        deadlineId: row.id,
        caseId: row.caseId,
        code: row.code,
        dueOn: row.dueOn,
        status: DeadlineStatus.OPEN,
        from: was,
      };
      await publishEvent(this.manager, {
        topic: 'DEADLINE',
        kind: now,
        caseId: row.caseId,
        officeId: row.officeId,
        scope: { regionId: null, officeIds: [row.officeId], courtLocalityId: null },
        payload: { ...payload },
      });
    }
  }
}
