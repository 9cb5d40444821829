import { Role } from '@qadagalau/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireRole, requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { Court } from '../court/court.entity';
import { caseRecordLoaders } from './case-records.loaders';
import { CourtAct } from './court-act.entity';
import { RecordCourtActInput, UpdateCourtActInput } from './court-act.inputs';
import { CourtActService } from './court-act.service';
import { idempotent } from '../../common/idempotency';
import { requireUuid } from '../../common/validators';

@Resolver(() => CourtAct)
export class CourtActResolver {
  @Mutation(() => CourtAct, {
    description:
      'Records a court act; its dates set the case’s deadlines (a first-instance act sets the act kind)',
  })
  async recordCourtAct(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RecordCourtActInput) input: RecordCourtActInput,
  ): Promise<CourtAct> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'recordCourtAct', input: input }, CourtAct, async () =>
        new CourtActService(manager, ctx.calendar.calendar).record(
          input,
          user,
          await Jurisdiction.of(user, manager),
        ),
      ),
    );
  }

  @Mutation(() => CourtAct, {
    description:
      'Changes a court act: its dates, appeal result and basis, a para-22 exclusion asked for (CONFLICT on a stale version)',
  })
  async updateCourtAct(
    @Ctx() ctx: AppContext,
    @Arg('input', () => UpdateCourtActInput) input: UpdateCourtActInput,
  ): Promise<CourtAct> {
    const user = requireUser(ctx);
    const { id, version, ...changes } = input;
    return ctx.dataSource.transaction(async (manager) =>
      new CourtActService(manager, ctx.calendar.calendar).update(
        id,
        version,
        changes,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @Mutation(() => CourtAct, {
    description:
      'The Department consents to the act’s para-22 exclusion from the statistics (Department only)',
  })
  async approveExclusion(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic lock: CONFLICT when stale)' })
    version: number,
  ): Promise<CourtAct> {
    const user = requireRole(ctx, [Role.DEPARTMENT, Role.ADMIN]);
    requireUuid(id, 'id');
    return ctx.dataSource.transaction(async (manager) =>
      new CourtActService(manager, ctx.calendar.calendar).approveExclusion(
        id,
        version,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @FieldResolver(() => Court, { nullable: true, description: 'The court that issued it' })
  async court(@Root() act: CourtAct, @Ctx() ctx: AppContext): Promise<Court | null> {
    return ctx.loaders.court.load(act.courtId);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case' })
  async case(@Root() act: CourtAct, @Ctx() ctx: AppContext): Promise<Case | null> {
    return caseRecordLoaders(ctx).caseOfRecord.load(act.caseId);
  }
}

@Resolver(() => Case)
export class CaseCourtActsResolver {
  @FieldResolver(() => [CourtAct], { description: 'The case’s court acts, earliest first' })
  async courtActs(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<CourtAct[]> {
    return caseRecordLoaders(ctx).courtActsByCase.load(kase.id);
  }
}
