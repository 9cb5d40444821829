// What each side's register holds about a case of the reconciliation (para 7): the notice the territorial office
// sent and the specialized office received, and who attended the hearings held in the quarter.
import type { ReconciliationScreenDetailQuery } from '../../gql/graphql';
import { almatyDate } from '../../util/format';

export type Detail = ReconciliationScreenDetailQuery['reconciliation'];
export type Item = Detail['items'][number];
export type Discrepancy = NonNullable<Item['discrepancy']>;

export interface Notice {
  registrationNumber: string;
  sentAt: string;
  acknowledgedAt: string | null;
}

export interface SideFacts {
  /** The case is on this side's register. */
  present: boolean;
  responsible: boolean;
  /** Days (Almaty) of the hearings in the quarter this side attended. */
  attended: string[];
}

export interface RegisterRow {
  caseId: string;
  number: string;
  article: string;
  /** Null outside the viewer's jurisdiction, initials for a minor outside the responsible office (issue 8). */
  offenderName: string | null;
  notice: Notice | null;
  territorial: SideFacts;
  specialized: SideFacts;
  /** This case's items that carry a discrepancy. */
  discrepancies: Item[];
}

/** One row per case, in the order of the act (by case number). */
export function registerRows(rec: Detail): RegisterRow[] {
  const rows = new Map<string, RegisterRow>();
  for (const item of rec.items) {
    const known = rows.get(item.caseId);
    if (known) {
      if (item.discrepancy) known.discrepancies.push(item);
      continue;
    }
    const c = item.case;
    const held = c.hearings
      .filter((h) => h.status === 'HELD' && h.attended !== false)
      .map((h) => ({ day: almatyDate(h.scheduledAt), office: h.attendedByOfficeId }))
      .filter((h) => h.day >= rec.periodFrom && h.day <= rec.periodTo)
      .sort((a, b) => a.day.localeCompare(b.day));
    const notice =
      c.notifications
        .filter((n) => n.toOfficeId === rec.specializedOfficeId)
        .sort((a, b) => a.sentAt.localeCompare(b.sentAt))[0] ?? null;
    const side = (officeId: string): SideFacts => {
      const attended = held.filter((h) => h.office === officeId).map((h) => h.day);
      const responsible = c.responsibleOfficeId === officeId;
      return { present: notice !== null || attended.length > 0 || responsible, responsible, attended };
    };
    rows.set(item.caseId, {
      caseId: item.caseId,
      number: c.number,
      article: [c.koapArticle, c.koapPart].filter(Boolean).join('.'),
      offenderName: c.offenderName,
      notice,
      territorial: side(rec.territorialOfficeId),
      specialized: side(rec.specializedOfficeId),
      discrepancies: item.discrepancy ? [item] : [],
    });
  }
  return [...rows.values()];
}
