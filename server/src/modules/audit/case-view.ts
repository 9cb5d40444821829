// Issue 8: read access to case details is audited. Every case(id), and node(id) resolving a case, writes one
// row (one INSERT, no transaction, no read-back) before the case is returned: if the row cannot be written the
// case is not shown (fail closed — an unaudited read is what the issue forbids). Lists (cases, hearings, boards,
// reconciliation items, live events) are NOT audited row by row: they carry what a list shows, and their
// personal data is already limited per viewer (case-privacy.ts); auditing every row of every page would write a
// hundred rows a click and bury the detail views the log is for.
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth';

export type CaseViewVia = 'case' | 'node';

/** Writes who viewed which case, from where. */
export async function recordCaseView(
  db: DataSource | EntityManager,
  user: AuthUser,
  caseId: string,
  clientAddress: string,
  via: CaseViewVia,
): Promise<void> {
  await db.query(
    `INSERT INTO case_view (user_id, office_id, case_id, client_address, via) VALUES ($1, $2, $3, $4, $5)`,
    [user.id, user.officeId, caseId, clientAddress, via],
  );
}
