// Para 7: territorial and specialized offices reconcile every quarter the cases heard in court. A case of the
// specialized office's categories heard in the territory shows a discrepancy when the notification duty or the
// participation duty went wrong.
import type { IsoDate } from '../dates/iso-date';
import { addDays, isoDate } from '../dates/iso-date';
import { DomainError, ErrorCode } from '../errors/error-code';

/** What went wrong with a case in the para 7 reconciliation. */
export const Discrepancy = {
  /** A hearing was held without the office that answers for the case: another office attended instead. */
  HEARD_WITHOUT_RESPONSIBLE: 'HEARD_WITHOUT_RESPONSIBLE',
  /** The case falls to the specialized office, but the territorial office sent it no registered notice. */
  NOT_NOTIFIED: 'NOT_NOTIFIED',
  /** Participation was required, yet neither office attended any hearing held in the quarter. */
  ATTENDED_BY_NEITHER: 'ATTENDED_BY_NEITHER',
  /** Both offices attended hearings of the case: duplicated participation. */
  ATTENDED_BY_BOTH: 'ATTENDED_BY_BOTH',
} as const;
export type Discrepancy = (typeof Discrepancy)[keyof typeof Discrepancy];

/** Life of a reconciliation act: a draft until both offices have signed, then frozen. */
export const ReconciliationStatus = {
  DRAFT: 'DRAFT',
  SIGNED: 'SIGNED',
} as const;
export type ReconciliationStatus = (typeof ReconciliationStatus)[keyof typeof ReconciliationStatus];

/** What the reconciliation reads of one case: the two offices, who answers, the notice, and who attended. */
export interface ReconciledCase {
  territorialOfficeId: string;
  specializedOfficeId: string;
  /** The office that answers for the case after routing and fallback (paras 7, 9). */
  responsibleOfficeId: string;
  /** Participation in the hearing is required (paras 6, 8). */
  participationRequired: boolean;
  /** A registered notice reached the specialized office (para 7). */
  notified: boolean;
  /** For each hearing held in the quarter, the office whose prosecutor attended (null: nobody attended). */
  attendedBy: readonly (string | null)[];
}

/**
 * The discrepancies of one case, in a fixed order. NOT_NOTIFIED stands on its own (the notification duty); at most
 * one attendance discrepancy applies: both offices attended; neither did where participation was required; or
 * the hearings went on without the responsible office while another office attended.
 */
export function caseDiscrepancies(c: ReconciledCase): Discrepancy[] {
  const found: Discrepancy[] = [];
  if (!c.notified) found.push(Discrepancy.NOT_NOTIFIED);
  if (c.attendedBy.length === 0) return found;
  const attended = new Set(c.attendedBy.filter((o): o is string => o !== null));
  const territorial = attended.has(c.territorialOfficeId);
  const specialized = attended.has(c.specializedOfficeId);
  if (territorial && specialized) found.push(Discrepancy.ATTENDED_BY_BOTH);
  else if (!territorial && !specialized && c.participationRequired)
    found.push(Discrepancy.ATTENDED_BY_NEITHER);
  else if (attended.size > 0 && !attended.has(c.responsibleOfficeId)) {
    found.push(Discrepancy.HEARD_WITHOUT_RESPONSIBLE);
  }
  return found;
}

/** A quarter 'YYYY-Qn': its first and last days; BAD_USER_INPUT naming `field` otherwise. */
export function quarterRange(quarter: string, field = 'quarter'): { from: IsoDate; to: IsoDate } {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  const year = Number(match?.[1]);
  if (!match || year < 2000 || year > 2100) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: expected a quarter like 2025-Q3`, { field });
  }
  const q = Number(match[2]);
  const from = isoDate(year, q * 3 - 2, 1);
  const to = addDays(q === 4 ? isoDate(year + 1, 1, 1) : isoDate(year, q * 3 + 1, 1), -1);
  return { from, to };
}
