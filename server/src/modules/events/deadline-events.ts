// Publishing `deadlineChanged` events (the scheduler publishes the day-boundary ones itself).
import type { EntityManager } from 'typeorm';
import type { Deadline } from '../deadline/deadline.entity';
import type { DeadlineEventKind } from './deadline-event.types';
import type { DeadlineEventPayload } from './deadline-scheduler';
import { publishEvent } from './outbox';

/** A deadline created, met or waived: an event for its office, in the caller's transaction. */
export async function publishDeadlineEvent(
  manager: EntityManager,
  kind: DeadlineEventKind,
  deadline: Deadline,
): Promise<void> {
  const payload: DeadlineEventPayload = {
    deadlineId: deadline.id,
    caseId: deadline.caseId,
    code: deadline.code,
    dueOn: deadline.dueOn,
    status: deadline.status,
  };
  await publishEvent(manager, {
    topic: 'DEADLINE',
    kind,
    caseId: deadline.caseId,
    officeId: deadline.officeId,
    scope: { regionId: null, officeIds: [deadline.officeId], courtLocalityId: null },
    payload: { ...payload },
  });
}
