// The transactional outbox: an event is a row written in the same transaction as the change it describes, and a
// NOTIFY (delivered by PostgreSQL only when that transaction commits) wakes every server instance to read it.
import type { EntityManager } from 'typeorm';
import { OutboxEvent, type EventScope, type OutboxTopic } from './outbox-event.entity';

export const OUTBOX_CHANNEL = 'qadagalau_outbox';
/**
 * One fixed advisory-lock key for every outbox writer. Taken before the insert and held until commit, it makes
 * the writers' transactions commit in id order, so a reader that has seen id N never later finds a committed
 * id below N (a cursor never skips an event that committed late).
 */
export const OUTBOX_LOCK_KEY = 0x6f7574626f78; // "outbox"

export interface NewEvent {
  topic: OutboxTopic;
  kind: string;
  caseId?: string | null;
  officeId?: string | null;
  scope: EventScope;
  payload: Record<string, unknown>;
}

/** Writes the event in the caller's transaction and asks PostgreSQL to announce it on commit. */
export async function publishEvent(manager: EntityManager, event: NewEvent): Promise<OutboxEvent> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('publishEvent must run inside the transaction of the change it describes');
  }
  await manager.query('SELECT pg_advisory_xact_lock($1)', [OUTBOX_LOCK_KEY]);
  const saved = await manager.save(
    manager.create(OutboxEvent, {
      topic: event.topic,
      kind: event.kind,
      caseId: event.caseId ?? null,
      officeId: event.officeId ?? null,
      scope: event.scope,
      payload: event.payload,
    }),
  );
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, String(saved.id)]);
  return saved;
}

/** The jurisdiction scope of a case, read in the caller's transaction. */
export async function caseScope(manager: EntityManager, caseId: string): Promise<EventScope> {
  const [row] = (await manager.query(
    `SELECT c.region_id AS "regionId", c.responsible_office_id AS "responsible",
            c.territorial_office_id AS "territorial", c.specialized_office_id AS "specialized",
            ct.locality_id AS "courtLocalityId"
       FROM court_case c LEFT JOIN court ct ON ct.id = c.court_id WHERE c.id = $1`,
    [caseId],
  )) as {
    regionId: string | null;
    responsible: string | null;
    territorial: string | null;
    specialized: string | null;
    courtLocalityId: string | null;
  }[];
  if (!row) return { regionId: null, officeIds: [], courtLocalityId: null };
  const officeIds = [row.responsible, row.territorial, row.specialized].filter(
    (o, i, all): o is string => o !== null && all.indexOf(o) === i,
  );
  return { regionId: row.regionId, officeIds, courtLocalityId: row.courtLocalityId };
}

/** Deletes events older than `retentionSeconds`; returns how many. */
export async function pruneOutbox(manager: EntityManager, retentionSeconds: number): Promise<number> {
  const result = (await manager.query(
    `DELETE FROM outbox_event WHERE created_at < now() - make_interval(secs => $1)`,
    [retentionSeconds],
  )) as [unknown, number];
  return result[1] ?? 0;
}
