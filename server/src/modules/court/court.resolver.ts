import { CourtKind } from '@qadagalau/shared';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { AppContext } from '../../app/context';
import { Locality } from '../locality/locality.entity';
import { Region } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import { Court } from './court.entity';

@Resolver(() => Court)
export class CourtResolver {
  @Query(() => [Court], {
    description: 'Courts: the Supreme Court first, then region by region, appeal court first',
  })
  async courts(
    @Ctx() ctx: AppContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'Only courts of this region' })
    regionCode?: string | null,
    @Arg('kinds', () => [CourtKind], { nullable: true, description: 'Only these kinds' })
    kinds?: CourtKind[] | null,
  ): Promise<Court[]> {
    const region = regionCode
      ? await new RegionService(ctx.dataSource).require(regionCode, 'regionCode')
      : null;
    return ctx.dataSource.getRepository(Court).find({
      where: { ...(region ? { regionId: region.id } : {}), ...(kinds ? { kind: In(kinds) } : {}) },
      relations: { region: true, locality: true },
      order: { sortOrder: 'ASC' },
    });
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'Region it serves (null for the Supreme Court)',
  })
  async region(@Root() court: Court, @Ctx() ctx: AppContext): Promise<Region | null> {
    if (court.region !== undefined) return court.region;
    return court.regionId ? new RegionService(ctx.dataSource).byId(court.regionId) : null;
  }

  @FieldResolver(() => Locality, { description: 'Where it sits' })
  async locality(@Root() court: Court, @Ctx() ctx: AppContext): Promise<Locality> {
    const locality =
      court.locality ?? (await ctx.dataSource.getRepository(Locality).findOneBy({ id: court.localityId }));
    if (!locality) throw new Error(`Court ${court.code} has no locality`);
    return locality;
  }
}
