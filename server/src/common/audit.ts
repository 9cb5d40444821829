import type { EntityManager } from 'typeorm';
import { AuditLog } from '../modules/audit/audit-log.entity';
import type { AuthUser } from './auth';

/** Plain JSON of a record for the audit log (dates as ISO strings, no class instances). */
function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  return value ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : null;
}

/** Writes who did what, with the record before and after — inside the caller's transaction. */
export async function recordAudit(
  manager: EntityManager,
  user: AuthUser | null,
  action: string,
  entity: string,
  entityId: string | null,
  before: object | null,
  after: object | null,
): Promise<void> {
  const row = manager.create(AuditLog, { userId: user?.id ?? null, action, entity, entityId });
  row.before = snapshot(before);
  row.after = snapshot(after);
  await manager.save(row);
}
