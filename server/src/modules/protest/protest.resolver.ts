import { todayInAlmaty } from '@qadagalau/shared';
import { Args, Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { notFound, requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { ConnectionArgs, ConnectionType, paginate, type Connection } from '../../common/relay';
import { Case } from '../case/case.entity';
import { caseRecordLoaders } from '../court-act/case-records.loaders';
import { CourtAct } from '../court-act/court-act.entity';
import { Office } from '../office/office.entity';
import { Protest } from './protest.entity';
import {
  BringProtestInput,
  ProtestFilter,
  RecordProtestOutcomeInput,
  ReturnProtestInput,
  WithdrawProtestInput,
} from './protest.inputs';
import { ProtestService } from './protest.service';
import { idempotent } from '../../common/idempotency';

const ProtestConnection = ConnectionType(Protest, 'Protest');

/** A protest's date for ordering lists: brought on, or recorded on for a draft. */
const SORT_DAY = "COALESCE(p.brought_on, (p.created_at AT TIME ZONE 'Asia/Almaty')::date)";

@Resolver(() => Protest)
export class ProtestResolver {
  @Query(() => ProtestConnection, { description: 'Protests in cases of your jurisdiction, latest first' })
  async protests(
    @Ctx() ctx: AppContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProtestFilter, { nullable: true }) filter?: ProtestFilter | null,
  ): Promise<Connection<Protest>> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const cases = ctx.dataSource.createQueryBuilder().select('c.id').from(Case, 'c');
    jurisdiction.whereCase(cases);
    if (filter?.regionId) cases.andWhere('c.region_id = :regionId', { regionId: filter.regionId });
    const qb = ctx.dataSource
      .getRepository(Protest)
      .createQueryBuilder('p')
      .where(`p.case_id IN (${cases.getQuery()})`)
      .setParameters(cases.getParameters());
    if (filter?.officeId) qb.andWhere('p.office_id = :officeId', { officeId: filter.officeId });
    if (filter?.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter?.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter?.broughtFrom) qb.andWhere('p.brought_on >= :from', { from: filter.broughtFrom });
    if (filter?.broughtTo) qb.andWhere('p.brought_on <= :to', { to: filter.broughtTo });
    return paginate(qb, page, SORT_DAY, (p) => p.broughtOn ?? todayInAlmaty(p.createdAt), 'DESC');
  }

  @Query(() => Protest, { description: 'One protest in a case of your jurisdiction (NOT_FOUND otherwise)' })
  async protest(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Protest> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const cases = ctx.dataSource.createQueryBuilder().select('c.id').from(Case, 'c');
    jurisdiction.whereCase(cases);
    const protest = await ctx.dataSource
      .getRepository(Protest)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(`p.case_id IN (${cases.getQuery()})`)
      .setParameters({ ...cases.getParameters(), id })
      .getOne();
    if (!protest) throw notFound('Protest', id);
    return protest;
  }

  @Mutation(() => Protest, {
    description:
      'Brings a protest; after its deadline only with late: true, recorded as late (DEADLINE_PASSED otherwise)',
  })
  async bringProtest(
    @Ctx() ctx: AppContext,
    @Arg('input', () => BringProtestInput) input: BringProtestInput,
  ): Promise<Protest> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'bringProtest', input }, Protest, async () =>
        new ProtestService(manager, ctx.calendar.calendar).bring(
          input,
          user,
          await Jurisdiction.of(user, manager),
        ),
      ),
    );
  }

  @Mutation(() => Protest, {
    description: 'Records the court’s decision on a brought protest, and so what became of the act (para 22)',
  })
  async recordProtestOutcome(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RecordProtestOutcomeInput) input: RecordProtestOutcomeInput,
  ): Promise<Protest> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ProtestService(manager, ctx.calendar.calendar).recordOutcome(
        input,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @Mutation(() => Protest, { description: 'The court granted the protest’s withdrawal (para 23)' })
  async withdrawProtest(
    @Ctx() ctx: AppContext,
    @Arg('input', () => WithdrawProtestInput) input: WithdrawProtestInput,
  ): Promise<Protest> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ProtestService(manager, ctx.calendar.calendar).withdraw(
        input.id,
        input.version,
        input.unfounded,
        input.reason,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @Mutation(() => Protest, {
    description: 'The protest was returned (para 23: every return but a granted withdrawal)',
  })
  async returnProtest(
    @Ctx() ctx: AppContext,
    @Arg('input', () => ReturnProtestInput) input: ReturnProtestInput,
  ): Promise<Protest> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ProtestService(manager, ctx.calendar.calendar).returnProtest(
        input.id,
        input.version,
        input.reason,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @FieldResolver(() => CourtAct, { nullable: true, description: 'The court act protested' })
  async courtAct(@Root() protest: Protest, @Ctx() ctx: AppContext): Promise<CourtAct | null> {
    return caseRecordLoaders(ctx).courtAct.load(protest.courtActId);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office that brought it' })
  async office(@Root() protest: Protest, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(protest.officeId);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case' })
  async case(@Root() protest: Protest, @Ctx() ctx: AppContext): Promise<Case | null> {
    return caseRecordLoaders(ctx).caseOfRecord.load(protest.caseId);
  }
}

@Resolver(() => Case)
export class CaseProtestsResolver {
  @FieldResolver(() => [Protest], { description: 'Protests brought in the case, earliest first' })
  async protests(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Protest[]> {
    return caseRecordLoaders(ctx).protestsByCase.load(kase.id);
  }
}
