// The time-driven half of `deadlineChanged`: at every Almaty day boundary, the open deadlines whose phase moved
// (into DUE_SOON, DUE_TODAY or OVERDUE) are published, and those past due are recorded as MISSED. Every
// instance runs the timer; a transaction-scoped advisory lock plus the job's last processed day make exactly one
// of them do the work, once per day.
import { addDays, compareIsoDates, DeadlineStatus, todayInAlmaty } from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';
import { errorFields } from '../../common/logger';
import type { CalendarService } from '../calendar/calendar.service';
import { deadlinePhase, DUE_SOON_WORKING_DAYS } from './deadline-phase';
import { publishEvent } from './outbox';

export const DEADLINE_JOB = 'deadline-phases';
const SCHEDULER_LOCK_KEY = 0x646561646c6e; // "deadln"
/** How often instances look whether the Almaty day has turned (and retry after a failure). */
export const DEFAULT_TICK_MS = 30_000;

export interface DeadlineSchedulerOptions {
  dataSource: DataSource;
  calendar: CalendarService;
  logger: Logger;
  /** The clock (injectable: tests shift it with CLOCK_OFFSET). */
  now: () => Date;
  tickMs?: number;
}

export interface DeadlineEventPayload {
  deadlineId: string;
  caseId: string | null;
  code: string;
  dueOn: string;
  status: DeadlineStatus;
  /** For phase events: the phase it left. */
  from?: string | null;
}

export class DeadlineScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private readonly log: Logger;

  constructor(private readonly options: DeadlineSchedulerOptions) {
    this.log = options.logger.child({ component: 'deadline-scheduler' });
  }

  /** Runs once now (a restart after midnight catches up at once), then on every tick. */
  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? DEFAULT_TICK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  tick(): Promise<void> {
    this.running ??= this.run()
      .catch((error: unknown) => this.log.warn('deadline phase run failed', errorFields(error)))
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Processes the days since the last run; nothing when another instance holds the job or it is done. */
  private async run(): Promise<void> {
    const today = todayInAlmaty(this.options.now());
    await this.options.dataSource.transaction(async (manager) => {
      const [lock] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        SCHEDULER_LOCK_KEY,
      ])) as { locked: boolean }[];
      if (!lock?.locked) return;
      const [state] = (await manager.query(
        `SELECT to_char(last_day, 'YYYY-MM-DD') AS "lastDay" FROM scheduler_run WHERE job = $1 FOR UPDATE`,
        [DEADLINE_JOB],
      )) as { lastDay: string }[];
      if (!state) {
        // First run on this database: phases are counted from today on.
        await manager.query('INSERT INTO scheduler_run (job, last_day) VALUES ($1, $2)', [
          DEADLINE_JOB,
          today,
        ]);
        return;
      }
      if (compareIsoDates(state.lastDay, today) >= 0) return;

      const calendar = this.options.calendar.calendar;
      let horizon: string;
      try {
        horizon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
      } catch {
        horizon = addDays(today, 7);
      }
      // Only open deadlines due by the "soon" horizon can have moved phase.
      const rows = (await manager.query(
        `SELECT id, case_id AS "caseId", office_id AS "officeId", code, to_char(due_on, 'YYYY-MM-DD') AS "dueOn"
           FROM deadline WHERE status = 'OPEN' AND due_on <= $1 ORDER BY due_on, id`,
        [horizon],
      )) as { id: string; caseId: string | null; officeId: string; code: string; dueOn: string }[];
      let published = 0;
      for (const row of rows) {
        const open = { status: DeadlineStatus.OPEN, dueOn: row.dueOn };
        const before = deadlinePhase(open, state.lastDay, calendar);
        const after = deadlinePhase(open, today, calendar);
        if (after === null || after === before || after === 'OPEN') continue;
        const status = after === 'OVERDUE' ? DeadlineStatus.MISSED : DeadlineStatus.OPEN;
        const payload: DeadlineEventPayload = {
          deadlineId: row.id,
          caseId: row.caseId,
          code: row.code,
          dueOn: row.dueOn,
          status,
          from: before,
        };
        await publishEvent(manager, {
          topic: 'DEADLINE',
          kind: after,
          caseId: row.caseId,
          officeId: row.officeId,
          scope: { regionId: null, officeIds: [row.officeId], courtLocalityId: null },
          payload: { ...payload },
        });
        published += 1;
      }
      // Past due and not done: MISSED by today (deadlineStatus in shared), as the case refresh would record it.
      await manager.query(
        `UPDATE deadline SET status = 'MISSED', version = version + 1, updated_at = now()
          WHERE status = 'OPEN' AND due_on < $1`,
        [today],
      );
      await manager.query('UPDATE scheduler_run SET last_day = $2, updated_at = now() WHERE job = $1', [
        DEADLINE_JOB,
        today,
      ]);
      this.log.info('deadline phases moved', { from: state.lastDay, to: today, published });
    });
  }
}
