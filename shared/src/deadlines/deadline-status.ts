// Where a deadline stands, from what was done and when (rules contract, Decision 1).
import type { IsoDate } from '../dates/iso-date';
import { compareIsoDates } from '../dates/iso-date';
import { DeadlineStatus } from '../enums/domain';

/** What the workflow knows about a deadline's obligation. */
export interface DeadlineProgress {
  due: IsoDate;
  /** The day the obligation was fulfilled (protest brought, conclusion approved, file received …), if it was. */
  doneOn: IsoDate | null;
  /** The obligation fell away (e.g. the prosecutor agreed with the act and filed a conclusion instead). */
  waived: boolean;
  /** Today in Asia/Almaty. */
  today: IsoDate;
}

/**
 * Decision 1: met when done by the end of the due date (Almaty time); done later is MISSED (recorded as late);
 * not done and the due date has passed is MISSED; otherwise OPEN.
 */
export function deadlineStatus({ due, doneOn, waived, today }: DeadlineProgress): DeadlineStatus {
  if (doneOn !== null) return compareIsoDates(doneOn, due) <= 0 ? DeadlineStatus.MET : DeadlineStatus.MISSED;
  if (waived) return DeadlineStatus.WAIVED;
  return compareIsoDates(today, due) > 0 ? DeadlineStatus.MISSED : DeadlineStatus.OPEN;
}
