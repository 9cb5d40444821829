import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { RegionHistoryEvent } from './region-history.entity';
import { Region } from './region.entity';
import { isoDay, RegionService } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], {
    description:
      'The regions in the official order: today the 20 current ones; with `asOf`, those that existed on that ' +
      'day under the names, centres and kinds they had then (history is kept from 2015-01-01)',
  })
  async regions(
    @Ctx() ctx: AppContext,
    @Arg('asOf', () => DateResolver, { nullable: true, description: 'Day to describe; default today' })
    asOf?: Date | null,
  ): Promise<Region[]> {
    return new RegionService(ctx.dataSource).list(asOf ? isoDay(asOf) : undefined);
  }

  @Query(() => Region, {
    nullable: true,
    description: 'One region by code (null if unknown, or if it did not exist yet on `asOf`)',
  })
  async region(
    @Ctx() ctx: AppContext,
    @Arg('code', () => String, { description: 'Region code, e.g. TURKISTAN' }) code: string,
    @Arg('asOf', () => DateResolver, { nullable: true, description: 'Day to describe; default today' })
    asOf?: Date | null,
  ): Promise<Region | null> {
    return new RegionService(ctx.dataSource).byCode(code, asOf ? isoDay(asOf) : undefined);
  }

  @FieldResolver(() => [RegionHistoryEvent], {
    description: 'Renames, splits, status changes and centre moves since 2015, oldest first',
  })
  async history(@Root() region: Region, @Ctx() ctx: AppContext): Promise<RegionHistoryEvent[]> {
    return new RegionService(ctx.dataSource).history(region.id);
  }
}

@Resolver(() => RegionHistoryEvent)
export class RegionHistoryResolver {
  @FieldResolver(() => Region, {
    nullable: true,
    description:
      'The other region involved: the one split from, the oblast a city left, or the one that took the old centre',
  })
  async relatedRegion(@Root() event: RegionHistoryEvent, @Ctx() ctx: AppContext): Promise<Region | null> {
    if (event.relatedRegion !== undefined) return event.relatedRegion;
    return event.relatedRegionId ? new RegionService(ctx.dataSource).byId(event.relatedRegionId) : null;
  }
}
