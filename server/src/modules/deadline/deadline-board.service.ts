import { addDays, todayInAlmaty, type WorkingCalendar } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { Office } from '../office/office.entity';
import type { DeadlineBoard, DeadlineBoardCounts, DeadlineBoardItem } from './deadline-board.types';
import { Deadline } from './deadline.entity';

/** Days back the board's MET column looks. */
export const MET_WINDOW_DAYS = 30;

/**
 * The columns of the board as SQL conditions over `deadline` (alias d) with :asOf, :soon and :metFrom. They are
 * disjoint; each list and each count uses the same condition, so counts equal the full lists.
 */
export const BOARD_COLUMNS = {
  overdue: `((d.status = 'OPEN' AND d.due_on < :asOf) OR (d.status = 'MISSED' AND d.met_at IS NULL))`,
  dueToday: `(d.status = 'OPEN' AND d.due_on = :asOf)`,
  dueSoon: `(d.status = 'OPEN' AND d.due_on > :asOf AND d.due_on <= :soon)`,
  open: `(d.status = 'OPEN' AND d.due_on > :soon)`,
  // The Almaty days metFrom..asOf as a range of instants, so the (office_id, status, met_at) index serves it
  // (the same days as `(met_at AT TIME ZONE 'Asia/Almaty')::date BETWEEN :metFrom AND :asOf`, which no index can).
  met:
    "(d.status = 'MET' AND d.met_at >= (CAST(:metFrom AS date)::timestamp AT TIME ZONE 'Asia/Almaty')" +
    " AND d.met_at < ((CAST(:asOf AS date) + 1)::timestamp AT TIME ZONE 'Asia/Almaty'))",
  missed: `(d.status = 'MISSED')`,
  waived: `(d.status = 'WAIVED')`,
} as const;

const ORDER: Record<'overdue' | 'dueToday' | 'dueSoon' | 'open' | 'met', [string, 'ASC' | 'DESC']> = {
  overdue: ['d.due_on', 'ASC'],
  dueToday: ['d.due_on', 'ASC'],
  dueSoon: ['d.due_on', 'ASC'],
  open: ['d.due_on', 'ASC'],
  met: ['d.met_at', 'DESC'],
};

/** The deadline board of one office, read with the (office_id, status, due_on) index; never every row. */
export class DeadlineBoardService {
  constructor(
    private readonly manager: EntityManager,
    private readonly calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {}

  async board(
    officeId: string,
    asOfInput: string | null | undefined,
    limit: number,
    jurisdiction: Jurisdiction,
  ): Promise<DeadlineBoard> {
    const office = await this.manager.findOneBy(Office, { id: officeId });
    // An office outside the jurisdiction looks like a missing one.
    if (!office || !(await jurisdiction.seesOffice(officeId, this.manager)))
      throw notFound('Office', officeId);
    const asOf = asOfInput ?? todayInAlmaty(this.now);
    // "Due soon": within 3 working days (Decision 1 arithmetic; BAD_USER_INPUT outside the calendar).
    const soon = this.calendar.addWorkingDays(asOf, 3);
    const params = { officeId, asOf, soon, metFrom: addDays(asOf, -(MET_WINDOW_DAYS - 1)) };

    const select = Object.entries(BOARD_COLUMNS)
      .map(([name, condition]) => `COUNT(*) FILTER (WHERE ${condition})::int AS "${name}"`)
      .join(', ');
    const counts = (await this.manager
      .createQueryBuilder(Deadline, 'd')
      .select(select)
      .where('d.office_id = :officeId')
      .setParameters(params)
      .getRawOne()) as DeadlineBoardCounts;

    const list = async (column: keyof typeof ORDER): Promise<DeadlineBoardItem[]> => {
      const [sort, direction] = ORDER[column];
      const rows = await this.manager
        .createQueryBuilder(Deadline, 'd')
        .where('d.office_id = :officeId')
        .andWhere(BOARD_COLUMNS[column])
        .setParameters(params)
        .orderBy(sort, direction)
        .addOrderBy('d.id', 'ASC')
        .take(limit)
        .getMany();
      return rows.map((deadline) => ({
        deadline,
        workingDaysLeft: this.workingDaysLeft(asOf, deadline.dueOn),
      }));
    };
    return {
      office,
      asOf,
      dueSoonUntil: soon,
      counts,
      overdue: await list('overdue'),
      dueToday: await list('dueToday'),
      dueSoon: await list('dueSoon'),
      open: await list('open'),
      met: await list('met'),
    };
  }

  private workingDaysLeft(asOf: string, dueOn: string): number | null {
    if (!this.calendar.covers(dueOn)) return null;
    return this.calendar.workingDaysBetween(asOf, dueOn);
  }
}
