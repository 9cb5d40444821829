import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { Office } from '../office/office.entity';
import { Notification } from './notification.entity';
import { AcknowledgeNotificationInput, NotifySpecializedOfficeInput } from './notification.inputs';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  @Mutation(() => Notification, {
    description:
      'The territorial office notifies the specialized office the case falls to (para 7); the case then routes to it',
  })
  async notifySpecializedOffice(
    @Ctx() ctx: AppContext,
    @Arg('input', () => NotifySpecializedOfficeInput) input: NotifySpecializedOfficeInput,
  ): Promise<Notification> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const jurisdiction = await Jurisdiction.of(user, manager);
      return new NotificationService(manager, ctx.calendar.calendar).notify(input, user, jurisdiction);
    });
  }

  @Mutation(() => Notification, { description: 'The specialized office notified confirms the notice' })
  async acknowledgeNotification(
    @Ctx() ctx: AppContext,
    @Arg('input', () => AcknowledgeNotificationInput) input: AcknowledgeNotificationInput,
  ): Promise<Notification> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const jurisdiction = await Jurisdiction.of(user, manager);
      return new NotificationService(manager, ctx.calendar.calendar).acknowledge(
        input.id,
        user,
        jurisdiction,
      );
    });
  }

  @FieldResolver(() => Case, { description: 'The case notified of' })
  async case(@Root() notification: Notification, @Ctx() ctx: AppContext): Promise<Case | null> {
    return ctx.loaders.case.load(notification.caseId);
  }

  @FieldResolver(() => Office, { description: 'The territorial office that sent it' })
  async fromOffice(@Root() notification: Notification, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(notification.fromOfficeId);
  }

  @FieldResolver(() => Office, { description: 'The specialized office notified' })
  async toOffice(@Root() notification: Notification, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(notification.toOfficeId);
  }
}

@Resolver(() => Case)
export class CaseNotificationsResolver {
  @FieldResolver(() => [Notification], {
    description: 'Para 7 notices to the specialized office, earliest first',
  })
  async notifications(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Notification[]> {
    return ctx.loaders.notificationsByCase.load(kase.id);
  }
}
