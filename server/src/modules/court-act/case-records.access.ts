// What every mutation of this family needs before it writes: the record inside the caller's jurisdiction (a
// record of another jurisdiction is NOT_FOUND), the version the caller read, and the prosecutor acting.
import { DomainError, ErrorCode, Role, todayInAlmaty } from '@qadagalau/shared';
import type { EntityManager, EntityTarget } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';

/** A record that belongs to a case. */
export interface CaseOwned {
  id: string;
  caseId: string;
  version: number;
}

/**
 * The case, locked for this transaction, when the jurisdiction covers it; else NOT_FOUND. A specialized office
 * sees every case heard in the courts around it only to monitor them (para 7): it changes the records of the cases
 * it answers for or that fall to it by category (FORBIDDEN otherwise).
 */
export async function lockVisibleCase(
  manager: EntityManager,
  caseId: string,
  jurisdiction: Jurisdiction,
): Promise<Case> {
  const qb = manager
    .createQueryBuilder(Case, 'c')
    .where('c.id = :id', { id: caseId })
    .setLock('pessimistic_write');
  jurisdiction.whereCase(qb);
  const kase = await qb.getOne();
  if (!kase) throw notFound('Case', caseId);
  const { user } = jurisdiction;
  if (
    user.role === Role.SPECIALIZED &&
    kase.responsibleOfficeId !== user.officeId &&
    kase.specializedOfficeId !== user.officeId
  ) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'A specialized office monitors this case but does not answer for it (para 7)',
      { field: 'caseId' },
    );
  }
  return kase;
}

/**
 * The record with its case, both locked, when the jurisdiction covers the case; NOT_FOUND otherwise (the two look
 * alike). With `version`, a record changed since the caller read it is a CONFLICT (checked under the lock, so of
 * two changes of one version exactly one passes). The case is locked before the record, the order every mutation
 * of a case's records takes (lockVisibleCase first): two mutations never wait on each other's locks in a cycle.
 */
export async function lockVisibleRecord<T extends CaseOwned>(
  manager: EntityManager,
  target: EntityTarget<T>,
  what: string,
  id: string,
  jurisdiction: Jurisdiction,
  version?: number,
): Promise<{ record: T; kase: Case }> {
  const found = await manager.createQueryBuilder(target, 'r').where('r.id = :id', { id }).getOne();
  if (!found) throw notFound(what, id);
  let kase: Case;
  try {
    kase = await lockVisibleCase(manager, found.caseId, jurisdiction);
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) throw notFound(what, id);
    if (error instanceof DomainError && error.code === ErrorCode.FORBIDDEN) {
      throw new DomainError(ErrorCode.FORBIDDEN, error.message, { field: 'id' });
    }
    throw error;
  }
  // Read again under its lock: what a concurrent change committed meanwhile is what the version is checked on.
  const record = await manager
    .createQueryBuilder(target, 'r')
    .where('r.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!record) throw notFound(what, id);
  if (version !== undefined && record.version !== version) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `The ${what} was changed by someone else: reload it and try again`,
      {
        field: 'version',
        currentVersion: record.version,
      },
    );
  }
  return { record, kase };
}

/** The prosecutor the signed-in user acts as, with their office; FORBIDDEN for an account without one. */
export async function actingProsecutor(
  manager: EntityManager,
  user: AuthUser,
): Promise<{ id: string; officeId: string }> {
  const [prosecutor] = (await manager.query(
    `SELECT p.id, p.office_id AS "officeId" FROM app_user u JOIN prosecutor p ON p.id = u.prosecutor_id
      WHERE u.id = $1 AND p.active`,
    [user.id],
  )) as { id: string; officeId: string }[];
  if (!prosecutor) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'Your account is not linked to a prosecutor who could sign this',
    );
  }
  return prosecutor;
}

/** BAD_USER_INPUT naming `field`. */
export function badInput(field: string, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field, ...details });
}

/** A day of an event that has happened: not after today in Almaty (BAD_USER_INPUT naming the field). */
export function assertNotFuture(field: string, day: string | null | undefined, now: Date = new Date()): void {
  if (day && day > todayInAlmaty(now)) throw badInput(field, 'must not be in the future');
}

/** `day` on or after `from` (BAD_USER_INPUT naming the field). */
export function assertNotBefore(
  field: string,
  day: string | null | undefined,
  fromField: string,
  from: string | null | undefined,
): void {
  if (day && from && day < from) throw badInput(field, `must not be before ${fromField} (${from})`);
}
