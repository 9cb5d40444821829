import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { ThematicDirection } from './thematic-direction.entity';

@Resolver(() => ThematicDirection)
export class ThematicDirectionResolver {
  @Query(() => [ThematicDirection], {
    description:
      'Thematic directions (para 5): the para 6 mandatory categories first, then common categories',
  })
  async thematicDirections(
    @Ctx() ctx: AppContext,
    @Arg('mandatory', () => Boolean, {
      nullable: true,
      description: 'Only mandatory (true) or only other (false)',
    })
    mandatory?: boolean | null,
  ): Promise<ThematicDirection[]> {
    return ctx.dataSource.getRepository(ThematicDirection).find({
      where: mandatory == null ? {} : { mandatory },
      order: { sortOrder: 'ASC' },
    });
  }
}
