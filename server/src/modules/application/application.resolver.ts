import { Role } from '@qadagalau/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireRole, requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { ConnectionArgs, ConnectionType, paginate, type Connection } from '../../common/relay';
import { Case } from '../case/case.entity';
import { Court } from '../court/court.entity';
import { Office } from '../office/office.entity';
import { Application } from './application.entity';
import {
  AnswerApplicationInput,
  ApplicationFilter,
  ReceiveApplicationInput,
  RecordDateArgs,
  OrderRequisitionArgs,
} from './application.inputs';
import { applicationLoaders } from './application.loaders';
import { ApplicationService } from './application.service';
import { Requisition } from './requisition.entity';
import { idempotent } from '../../common/idempotency';

const ApplicationConnection = ConnectionType(Application, 'Application');

/** Para 18: only the PG, deputies and oblast prosecutors may requisition a case from a court. */
const MAY_REQUISITION = [Role.REGIONAL, Role.DEPARTMENT, Role.ADMIN] as const;

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => ApplicationConnection, {
    description: 'Applications to bring a protest in your jurisdiction, newest first',
  })
  async applications(
    @Ctx() ctx: AppContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
  ): Promise<Connection<Application>> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const qb = ctx.dataSource.getRepository(Application).createQueryBuilder('a');
    ApplicationService.whereVisible(qb, jurisdiction);
    if (filter?.regionId) {
      qb.andWhere(
        'COALESCE(c.region_id, (SELECT o.region_id FROM office o WHERE o.id = a.office_id)) = :regionId',
        { regionId: filter.regionId },
      );
    }
    if (filter?.officeId) qb.andWhere('a.office_id = :officeId', { officeId: filter.officeId });
    if (filter?.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter?.receivedFrom) qb.andWhere('a.received_on >= :from', { from: filter.receivedFrom });
    if (filter?.receivedTo) qb.andWhere('a.received_on <= :to', { to: filter.receivedTo });
    return paginate(qb, page, 'a.received_on', (a) => a.receivedOn, 'DESC');
  }

  @Query(() => Application, { description: 'One application in your jurisdiction (NOT_FOUND otherwise)' })
  async application(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Application> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    return new ApplicationService(ctx.dataSource.manager, ctx.calendar.calendar).visibleApplication(
      id,
      jurisdiction,
    );
  }

  @Mutation(() => Application, {
    description:
      'Registers an application (para 27): one missing a checklist item is RETURNED with its reasons; a complete one starts the 3-working-day requisition order (para 18)',
  })
  async receiveApplication(
    @Ctx() ctx: AppContext,
    @Arg('input', () => ReceiveApplicationInput) input: ReceiveApplicationInput,
  ): Promise<Application> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'receiveApplication', input: input }, Application, async () =>
        new ApplicationService(manager, ctx.calendar.calendar).receive(
          input,
          user,
          await Jurisdiction.of(user, manager),
        ),
      ),
    );
  }

  @Mutation(() => Application, {
    description:
      'Orders the case file requisitioned from the court (para 18: regional prosecutors and the GPO only); CONFLICT on a stale version',
  })
  async orderRequisition(
    @Ctx() ctx: AppContext,
    @Args(() => OrderRequisitionArgs) args: OrderRequisitionArgs,
  ): Promise<Application> {
    const user = requireRole(ctx, MAY_REQUISITION);
    // Idempotent with a key: a retry answers with the application, without a second requisition.
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'orderRequisition', input: args }, Application, async () =>
        new ApplicationService(manager, ctx.calendar.calendar).orderRequisition(
          args.id,
          args.version,
          args.orderedOn,
          user,
          await Jurisdiction.of(user, manager),
        ),
      ),
    );
  }

  @Mutation(() => Requisition, {
    description: 'The court received the requisition: it must send the file within 7 days (КоАП 848(3))',
  })
  async recordRequisitionReceivedByCourt(
    @Ctx() ctx: AppContext,
    @Args(() => RecordDateArgs) args: RecordDateArgs,
  ): Promise<Requisition> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ApplicationService(manager, ctx.calendar.calendar).recordReceivedByCourt(
        args.id,
        args.version,
        args.receivedOn,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @Mutation(() => Requisition, { description: 'The requisitioned case file arrived from the court' })
  async recordCaseFileReceived(
    @Ctx() ctx: AppContext,
    @Args(() => RecordDateArgs) args: RecordDateArgs,
  ): Promise<Requisition> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ApplicationService(manager, ctx.calendar.calendar).recordFileReceived(
        args.id,
        args.version,
        args.receivedOn,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @Mutation(() => Application, {
    description:
      'Answers an application: GRANTED, or REFUSED with the right to appeal explained (paras 17, 27); CONFLICT on a stale version',
  })
  async answerApplication(
    @Ctx() ctx: AppContext,
    @Arg('input', () => AnswerApplicationInput) input: AnswerApplicationInput,
  ): Promise<Application> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ApplicationService(manager, ctx.calendar.calendar).answer(
        input,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case it concerns' })
  async case(@Root() application: Application, @Ctx() ctx: AppContext): Promise<Case | null> {
    return application.caseId ? applicationLoaders(ctx).case.load(application.caseId) : null;
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office considering it' })
  async office(@Root() application: Application, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(application.officeId);
  }

  @FieldResolver(() => [Requisition], { description: 'The case-file requisitions ordered on it' })
  async requisitions(@Root() application: Application, @Ctx() ctx: AppContext): Promise<Requisition[]> {
    return applicationLoaders(ctx).requisitionsByApplication.load(application.id);
  }

  @FieldResolver(() => Int, { description: 'How many para-27 items it lacks' })
  missingItems(@Root() application: Application): number {
    return application.returnReasons.length;
  }
}

@Resolver(() => Requisition)
export class RequisitionResolver {
  @FieldResolver(() => Court, { nullable: true, description: 'The court asked for the file' })
  async court(@Root() requisition: Requisition, @Ctx() ctx: AppContext): Promise<Court | null> {
    return ctx.loaders.court.load(requisition.courtId);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case whose file is requested' })
  async case(@Root() requisition: Requisition, @Ctx() ctx: AppContext): Promise<Case | null> {
    return applicationLoaders(ctx).case.load(requisition.caseId);
  }
}
