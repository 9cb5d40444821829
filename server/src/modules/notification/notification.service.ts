import {
  DomainError,
  ErrorCode,
  Role,
  todayInAlmaty,
  type NotificationChannel,
  type WorkingCalendar,
} from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { CaseService } from '../case/case.service';
import { Notification } from './notification.entity';

/** A notice sent a few minutes ahead of the server's clock is still "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface NotifySpecializedOffice {
  caseId: string;
  channel: NotificationChannel;
  registrationNumber: string;
  sentAt?: Date | null;
}

/**
 * Para 7: the territorial office notifies the specialized office of a case that falls to it, by a means that
 * registers the notice; until it does, the case falls back to the territorial office. Each notice re-runs the
 * routing of its case (CaseService.refresh).
 */
export class NotificationService {
  private readonly cases: CaseService;

  constructor(
    private readonly manager: EntityManager,
    calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {
    this.cases = new CaseService(manager, calendar, now);
  }

  async notify(
    input: NotifySpecializedOffice,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Notification> {
    // The case locked: two notices of one case cannot both pass the "already notified" check below.
    const kase = await this.cases.visibleCase(input.caseId, jurisdiction, true);
    // Only the territorial office, or an office above it (the jurisdiction already limits REGIONAL to its region).
    if (
      user.role === Role.SPECIALIZED ||
      (user.role === Role.DISTRICT && user.officeId !== kase.territorialOfficeId)
    ) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only the territorial office of the case notifies (para 7)',
        {
          field: 'caseId',
        },
      );
    }
    if (!kase.specializedOfficeId) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'caseId: the case falls to no specialized office', {
        field: 'caseId',
      });
    }
    const sentAt = input.sentAt ?? this.now;
    if (sentAt.getTime() > this.now.getTime() + CLOCK_SKEW_MS) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'sentAt: a notice cannot be sent in the future', {
        field: 'sentAt',
      });
    }
    if (todayInAlmaty(sentAt) < kase.registeredOn) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'sentAt: before the case was registered', {
        field: 'sentAt',
      });
    }
    const earlier = await this.manager.findOneBy(Notification, {
      caseId: kase.id,
      toOfficeId: kase.specializedOfficeId,
    });
    if (earlier) {
      throw new DomainError(ErrorCode.CONFLICT, 'The specialized office was already notified of this case', {
        field: 'caseId',
        notificationId: earlier.id,
      });
    }
    const saved = await this.manager.save(
      this.manager.create(Notification, {
        caseId: kase.id,
        fromOfficeId: kase.territorialOfficeId,
        toOfficeId: kase.specializedOfficeId,
        channel: input.channel,
        registrationNumber: input.registrationNumber.trim(),
        sentAt,
        acknowledgedAt: null,
      }),
    );
    await recordAudit(this.manager, user, 'notifySpecializedOffice', 'Notification', saved.id, null, saved);
    const before = { ...kase };
    const after = await this.cases.refresh(kase.id);
    await recordAudit(this.manager, user, 'notifySpecializedOffice', 'Case', kase.id, before, after);
    return saved;
  }

  /** The receiving specialized office confirms the notice. */
  async acknowledge(
    id: string,
    version: number,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Notification> {
    const notification = await this.manager.findOne(Notification, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!notification) throw notFound('Notification', id);
    // Outside the jurisdiction it looks missing; inside it but not addressed to you, it is not yours to confirm.
    await this.cases.visibleCase(notification.caseId, jurisdiction).catch(() => {
      throw notFound('Notification', id);
    });
    if (user.officeId !== notification.toOfficeId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the office notified acknowledges the notice', {
        field: 'id',
      });
    }
    if (notification.version !== version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The notice was changed by someone else: reload it and try again',
        { field: 'version', currentVersion: notification.version },
      );
    }
    if (notification.acknowledgedAt) {
      throw new DomainError(ErrorCode.CONFLICT, 'The notice was already acknowledged', {
        field: 'id',
        acknowledgedAt: notification.acknowledgedAt.toISOString(),
      });
    }
    const before = { ...notification };
    notification.acknowledgedAt = this.now;
    const saved = await this.manager.save(notification);
    await recordAudit(this.manager, user, 'acknowledgeNotification', 'Notification', saved.id, before, saved);
    await this.cases.refresh(notification.caseId);
    return saved;
  }
}
