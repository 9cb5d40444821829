import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { AppContext } from '../../app/context';
import { Region } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import { Locality, LocalityKind } from './locality.entity';

@Resolver(() => Locality)
export class LocalityResolver {
  @Query(() => [Locality], { description: 'Cities and districts where offices and courts sit, by region' })
  async localities(
    @Ctx() ctx: AppContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'Only this region' })
    regionCode?: string | null,
    @Arg('kinds', () => [LocalityKind], { nullable: true, description: 'Only these kinds' })
    kinds?: LocalityKind[] | null,
  ): Promise<Locality[]> {
    const region = regionCode
      ? await new RegionService(ctx.dataSource).require(regionCode, 'regionCode')
      : null;
    return ctx.dataSource.getRepository(Locality).find({
      where: { ...(region ? { regionId: region.id } : {}), ...(kinds ? { kind: In(kinds) } : {}) },
      relations: { region: true },
      order: { region: { sortOrder: 'ASC' }, sortOrder: 'ASC' },
    });
  }

  @FieldResolver(() => Region, { description: 'The region it belongs to' })
  async region(@Root() locality: Locality, @Ctx() ctx: AppContext): Promise<Region> {
    const region = locality.region ?? (await new RegionService(ctx.dataSource).byId(locality.regionId));
    if (!region) throw new Error(`Locality ${locality.code} has no region`);
    return region;
  }
}
