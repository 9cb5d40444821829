import type { CourtInstance } from '@qadagalau/shared';
import { DomainError, ErrorCode, HearingStatus, Role, todayInAlmaty } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { HearingEventKind, type HearingEventPayload } from '../events/hearing-event.types';
import { caseScope, publishEvent } from '../events/outbox';
import { Hearing } from './hearing.entity';

/** How far in the past a hearing may still be set: a hearing entered late the day after it sat. */
const PAST_TOLERANCE_MS = 24 * 3_600_000;
const LATEST = new Date('2100-12-31T23:59:59Z');

export interface ScheduleHearing {
  caseId: string;
  courtId?: string | null;
  instance: CourtInstance;
  scheduledAt: Date;
  prosecutorId?: string | null;
}

/**
 * The life of a hearing: set, moved, called off, held. Every change goes through here, in the caller's
 * transaction and with its audit row, so that events about hearings can later be published from one place.
 */
export class HearingService {
  constructor(
    private readonly manager: EntityManager,
    private readonly now: Date = new Date(),
  ) {}

  /**
   * A hearing whose case lies inside the jurisdiction, or NOT_FOUND (the two look alike); locked for the rest
   * of the transaction, so two changes of the same version cannot both pass the version check.
   */
  async visibleHearing(id: string, jurisdiction: Jurisdiction): Promise<{ hearing: Hearing; kase: Case }> {
    const hearing = await this.manager.findOne(Hearing, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!hearing) throw notFound('Hearing', id);
    const qb = this.manager.createQueryBuilder(Case, 'c').where('c.id = :id', { id: hearing.caseId });
    jurisdiction.whereCase(qb);
    const kase = await qb.getOne();
    if (!kase) throw notFound('Hearing', id);
    return { hearing, kase };
  }

  /**
   * A specialized office sees every case heard in the courts around it, but only to monitor them (para 7): it
   * changes the hearings of the cases it answers for or that fall to it by category.
   */
  private assertMayChange(kase: Case, user: AuthUser): void {
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
  }

  async schedule(input: ScheduleHearing, user: AuthUser, jurisdiction: Jurisdiction): Promise<Hearing> {
    const qb = this.manager.createQueryBuilder(Case, 'c').where('c.id = :id', { id: input.caseId });
    jurisdiction.whereCase(qb);
    const kase = await qb.getOne();
    if (!kase) throw notFound('Case', input.caseId);
    this.assertMayChange(kase, user);
    this.assertTime(input.scheduledAt);
    const courtId = input.courtId ?? kase.courtId;
    const [court] = (await this.manager.query('SELECT instance FROM court WHERE id = $1', [courtId])) as {
      instance: CourtInstance;
    }[];
    if (!court) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'courtId: no such court', { field: 'courtId' });
    }
    if (court.instance !== input.instance) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `courtId: the court sits at the ${court.instance} instance, not ${input.instance}`,
        { field: input.courtId ? 'courtId' : 'instance' },
      );
    }
    const prosecutorId = input.prosecutorId
      ? (
          await this.assertProsecutor(input.prosecutorId, [
            kase.responsibleOfficeId,
            kase.territorialOfficeId,
          ])
        ).id
      : null;
    const hearing = this.manager.create(Hearing, {
      caseId: kase.id,
      courtId,
      instance: input.instance,
      scheduledAt: input.scheduledAt,
      status: HearingStatus.SCHEDULED,
      prosecutorId,
      attended: null,
      attendedByOfficeId: null,
      note: null,
    });
    const saved = await this.manager.save(hearing);
    await recordAudit(this.manager, user, 'scheduleHearing', 'Hearing', saved.id, null, saved);
    await this.publish(HearingEventKind.SCHEDULED, saved, kase);
    return saved;
  }

  /** Moves a hearing to a new time; it stays (or is again) SCHEDULED. */
  async reschedule(
    id: string,
    version: number,
    scheduledAt: Date,
    reason: string | null,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Hearing> {
    const { hearing, kase } = await this.visibleHearing(id, jurisdiction);
    this.assertMayChange(kase, user);
    this.assertVersion(hearing, version);
    this.assertOpen(hearing, 'rescheduled');
    this.assertTime(scheduledAt);
    const before = { ...hearing };
    hearing.scheduledAt = scheduledAt;
    hearing.status = HearingStatus.SCHEDULED;
    if (reason) hearing.note = reason;
    const saved = await this.manager.save(hearing);
    await recordAudit(this.manager, user, 'rescheduleHearing', 'Hearing', saved.id, before, saved);
    await this.publish(HearingEventKind.RESCHEDULED, saved, kase);
    return saved;
  }

  async cancel(
    id: string,
    version: number,
    reason: string,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Hearing> {
    const { hearing, kase } = await this.visibleHearing(id, jurisdiction);
    this.assertMayChange(kase, user);
    this.assertVersion(hearing, version);
    this.assertOpen(hearing, 'cancelled');
    const before = { ...hearing };
    hearing.status = HearingStatus.CANCELLED;
    hearing.note = reason.trim();
    const saved = await this.manager.save(hearing);
    await recordAudit(this.manager, user, 'cancelHearing', 'Hearing', saved.id, before, saved);
    await this.publish(HearingEventKind.CANCELLED, saved, kase);
    return saved;
  }

  /**
   * The hearing was held: whether a prosecutor took part, and whose (para 7 reconciliation compares the office
   * that attended with the one that answers for the case). Correcting a held hearing's attendance is allowed.
   */
  async recordAttendance(
    id: string,
    version: number,
    attended: boolean,
    prosecutorId: string | null,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Hearing> {
    const { hearing, kase } = await this.visibleHearing(id, jurisdiction);
    this.assertMayChange(kase, user);
    this.assertVersion(hearing, version);
    if (hearing.status === HearingStatus.CANCELLED) {
      throw new DomainError(ErrorCode.CONFLICT, 'The hearing was cancelled', { field: 'id' });
    }
    if (todayInAlmaty(hearing.scheduledAt) > todayInAlmaty(this.now)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'id: the hearing has not taken place yet', {
        field: 'id',
      });
    }
    const before = { ...hearing };
    if (attended) {
      const who = prosecutorId ?? hearing.prosecutorId;
      if (!who) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'prosecutorId: who attended?', {
          field: 'prosecutorId',
        });
      }
      const offices = [kase.responsibleOfficeId, kase.territorialOfficeId, kase.specializedOfficeId];
      const prosecutor = await this.assertProsecutor(
        who,
        offices.filter((o): o is string => o !== null),
      );
      hearing.prosecutorId = prosecutor.id;
      hearing.attendedByOfficeId = prosecutor.officeId;
    } else {
      if (prosecutorId) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'prosecutorId: nobody attended', {
          field: 'prosecutorId',
        });
      }
      hearing.attendedByOfficeId = null;
    }
    hearing.attended = attended;
    hearing.status = HearingStatus.HELD;
    const saved = await this.manager.save(hearing);
    await recordAudit(this.manager, user, 'recordAttendance', 'Hearing', saved.id, before, saved);
    return saved;
  }

  /** The live event (issue 5), in this transaction: subscribers hear of the change only if it commits. */
  private async publish(kind: HearingEventKind, hearing: Hearing, kase: Case): Promise<void> {
    const payload: HearingEventPayload = {
      hearing: JSON.parse(JSON.stringify(hearing)) as Record<string, unknown>,
      caseId: kase.id,
      courtId: hearing.courtId,
      scheduledAt: hearing.scheduledAt.toISOString(),
      responsibleOfficeId: kase.responsibleOfficeId,
      mandatory: kase.mandatory,
    };
    await publishEvent(this.manager, {
      topic: 'HEARING',
      kind,
      caseId: kase.id,
      officeId: kase.responsibleOfficeId,
      scope: await caseScope(this.manager, kase.id),
      payload: { ...payload },
    });
  }

  private assertTime(scheduledAt: Date): void {
    if (scheduledAt.getTime() < this.now.getTime() - PAST_TOLERANCE_MS || scheduledAt > LATEST) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'scheduledAt: a hearing cannot be set more than a day in the past',
        { field: 'scheduledAt' },
      );
    }
  }

  private assertVersion(hearing: Hearing, version: number): void {
    if (hearing.version !== version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The hearing was changed by someone else: reload it and try again',
        { field: 'version', currentVersion: hearing.version },
      );
    }
  }

  private assertOpen(hearing: Hearing, what: string): void {
    if (hearing.status === HearingStatus.HELD || hearing.status === HearingStatus.CANCELLED) {
      throw new DomainError(ErrorCode.CONFLICT, `A ${hearing.status} hearing cannot be ${what}`, {
        field: 'id',
        status: hearing.status,
      });
    }
  }

  /** An active prosecutor of one of `officeIds`, else BAD_USER_INPUT naming prosecutorId. */
  private async assertProsecutor(
    prosecutorId: string,
    officeIds: string[],
  ): Promise<{ id: string; officeId: string }> {
    const [row] = (await this.manager.query(
      'SELECT id, office_id AS "officeId" FROM prosecutor WHERE id = $1 AND active AND office_id = ANY($2::uuid[])',
      [prosecutorId, officeIds],
    )) as { id: string; officeId: string }[];
    if (!row) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'prosecutorId: not an active prosecutor of an office that answers for the case',
        { field: 'prosecutorId' },
      );
    }
    return row;
  }
}
