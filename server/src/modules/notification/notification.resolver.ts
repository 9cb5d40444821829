import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { ConnectionArgs, ConnectionType, paginate, type Connection } from '../../common/relay';
import { Case } from '../case/case.entity';
import { Office } from '../office/office.entity';
import { Notification } from './notification.entity';
import {
  AcknowledgeNotificationInput,
  NotificationFilter,
  NotifySpecializedOfficeInput,
} from './notification.inputs';
import { NotificationService } from './notification.service';
import { idempotent } from '../../common/idempotency';

const NotificationConnection = ConnectionType(Notification, 'Notification');

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      'Para 7 notices about cases in your jurisdiction, newest first (a specialized office’s inbox)',
  })
  async notifications(
    @Ctx() ctx: AppContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter?: NotificationFilter | null,
  ): Promise<Connection<Notification>> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const cases = ctx.dataSource.createQueryBuilder().select('c.id').from(Case, 'c');
    jurisdiction.whereCase(cases);
    const qb = ctx.dataSource.getRepository(Notification).createQueryBuilder('n');
    qb.where(`n.case_id IN (${cases.getQuery()})`).setParameters(cases.getParameters());
    if (filter?.toOfficeIds) qb.andWhere('n.to_office_id = ANY(:to::uuid[])', { to: filter.toOfficeIds });
    if (filter?.fromOfficeIds) {
      qb.andWhere('n.from_office_id = ANY(:from::uuid[])', { from: filter.fromOfficeIds });
    }
    if (filter?.pending === true) qb.andWhere('n.acknowledged_at IS NULL');
    if (filter?.pending === false) qb.andWhere('n.acknowledged_at IS NOT NULL');
    return paginate(qb, page, 'n.sent_at', (n) => n.sentAt.toISOString(), 'DESC');
  }

  @Mutation(() => Notification, {
    description:
      'The territorial office notifies the specialized office the case falls to (para 7); the case then routes to it',
  })
  async notifySpecializedOffice(
    @Ctx() ctx: AppContext,
    @Arg('input', () => NotifySpecializedOfficeInput) input: NotifySpecializedOfficeInput,
  ): Promise<Notification> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'notifySpecializedOffice', input }, Notification, async () => {
        const jurisdiction = await Jurisdiction.of(user, manager);
        return new NotificationService(manager, ctx.calendar.calendar).notify(input, user, jurisdiction);
      }),
    );
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
        input.version,
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
