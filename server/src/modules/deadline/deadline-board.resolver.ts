import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { applicationLoaders } from '../application/application.loaders';
import { Case } from '../case/case.entity';
import { DeadlineBoardService } from './deadline-board.service';
import { DeadlineBoard, DeadlineBoardArgs, DeadlineBoardItem } from './deadline-board.types';

@Resolver(() => DeadlineBoardItem)
export class DeadlineBoardResolver {
  @Query(() => DeadlineBoard, {
    description:
      'The deadline board of an office you see: overdue, due today, due within 3 working days, open and recently met (NOT_FOUND outside your jurisdiction)',
  })
  async deadlineBoard(
    @Ctx() ctx: AppContext,
    @Args(() => DeadlineBoardArgs) args: DeadlineBoardArgs,
  ): Promise<DeadlineBoard> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    return new DeadlineBoardService(ctx.dataSource.manager, ctx.calendar.calendar).board(
      args.officeId,
      args.asOf,
      args.limit,
      jurisdiction,
    );
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case, for a case deadline' })
  async case(@Root() item: DeadlineBoardItem, @Ctx() ctx: AppContext): Promise<Case | null> {
    return item.deadline.caseId ? applicationLoaders(ctx).case.load(item.deadline.caseId) : null;
  }
}
