import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { caseRecordLoaders } from '../court-act/case-records.loaders';
import { CourtAct } from '../court-act/court-act.entity';
import { Conclusion } from './conclusion.entity';
import { ConclusionContent, FileConclusionInput } from './conclusion.inputs';
import { ConclusionService } from './conclusion.service';
import { idempotent } from '../../common/idempotency';
import { requireUuid } from '../../common/validators';

@Resolver(() => Conclusion)
export class ConclusionResolver {
  @Mutation(() => Conclusion, {
    description:
      'Files a conclusion with the content para 10 requires of its kind (a first-instance one records agreement)',
  })
  async fileConclusion(
    @Ctx() ctx: AppContext,
    @Arg('input', () => FileConclusionInput) input: FileConclusionInput,
  ): Promise<Conclusion> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'fileConclusion', input: input }, Conclusion, async () =>
        new ConclusionService(manager, ctx.calendar.calendar).file(
          input,
          user,
          await Jurisdiction.of(user, manager),
        ),
      ),
    );
  }

  @Mutation(() => Conclusion, {
    description: 'Approves a conclusion: the author’s office head or a higher office (para 10)',
  })
  async approveConclusion(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic lock: CONFLICT when stale)' })
    version: number,
  ): Promise<Conclusion> {
    const user = requireUser(ctx);
    requireUuid(id, 'id');
    return ctx.dataSource.transaction(async (manager) =>
      new ConclusionService(manager, ctx.calendar.calendar).approve(
        id,
        version,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @FieldResolver(() => ConclusionContent, { description: 'What it states (para 10)' })
  content(@Root() conclusion: Conclusion): ConclusionContent {
    return conclusion.content;
  }

  @FieldResolver(() => CourtAct, { nullable: true, description: 'The court act it is on' })
  async courtAct(@Root() conclusion: Conclusion, @Ctx() ctx: AppContext): Promise<CourtAct | null> {
    return conclusion.courtActId ? caseRecordLoaders(ctx).courtAct.load(conclusion.courtActId) : null;
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case' })
  async case(@Root() conclusion: Conclusion, @Ctx() ctx: AppContext): Promise<Case | null> {
    return caseRecordLoaders(ctx).caseOfRecord.load(conclusion.caseId);
  }
}

@Resolver(() => Case)
export class CaseConclusionsResolver {
  @FieldResolver(() => [Conclusion], {
    description: 'The prosecutors’ conclusions in the case, earliest first',
  })
  async conclusions(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Conclusion[]> {
    return caseRecordLoaders(ctx).conclusionsByCase.load(kase.id);
  }
}
