import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { caseRecordLoaders } from '../court-act/case-records.loaders';
import { PrivateRuling } from './private-ruling.entity';
import { RecordPrivateRulingInput } from './private-ruling.inputs';
import { PrivateRulingService } from './private-ruling.service';
import { idempotent } from '../../common/idempotency';

@Resolver(() => PrivateRuling)
export class PrivateRulingResolver {
  @Mutation(() => PrivateRuling, {
    description:
      'Records a court’s private ruling; one on the prosecutor’s motion needs its evidence (para 24)',
  })
  async recordPrivateRuling(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RecordPrivateRulingInput) input: RecordPrivateRulingInput,
  ): Promise<PrivateRuling> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'recordPrivateRuling', input: input }, PrivateRuling, async () =>
        new PrivateRulingService(manager, ctx.calendar.calendar).record(
          input,
          user,
          await Jurisdiction.of(user, manager),
        ),
      ),
    );
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case' })
  async case(@Root() ruling: PrivateRuling, @Ctx() ctx: AppContext): Promise<Case | null> {
    return caseRecordLoaders(ctx).caseOfRecord.load(ruling.caseId);
  }
}

@Resolver(() => Case)
export class CasePrivateRulingsResolver {
  @FieldResolver(() => [PrivateRuling], { description: 'Private rulings issued in the case, earliest first' })
  async privateRulings(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<PrivateRuling[]> {
    return caseRecordLoaders(ctx).privateRulingsByCase.load(kase.id);
  }
}
