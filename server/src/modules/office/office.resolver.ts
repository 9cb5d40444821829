import { OfficeKind } from '@qadagalau/shared';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { Locality } from '../locality/locality.entity';
import { Region } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import { Office } from './office.entity';
import { OfficeService } from './office.service';

@Resolver(() => Office)
export class OfficeResolver {
  @Query(() => [Office], { description: 'Prosecutor’s offices: central ones first, then region by region' })
  async offices(
    @Ctx() ctx: AppContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'Only offices of this region' })
    regionCode?: string | null,
    @Arg('kinds', () => [OfficeKind], { nullable: true, description: 'Only these kinds' })
    kinds?: OfficeKind[] | null,
  ): Promise<Office[]> {
    return new OfficeService(ctx.dataSource).list({ regionCode, kinds });
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office it reports to (null for the GPO)' })
  async parent(@Root() office: Office, @Ctx() ctx: AppContext): Promise<Office | null> {
    if (office.parent !== undefined) return office.parent;
    return office.parentId ? new OfficeService(ctx.dataSource).byId(office.parentId) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Its region (null for central offices)' })
  async region(@Root() office: Office, @Ctx() ctx: AppContext): Promise<Region | null> {
    if (office.region !== undefined) return office.region;
    return office.regionId ? new RegionService(ctx.dataSource).byId(office.regionId) : null;
  }

  @FieldResolver(() => Locality, { nullable: true, description: 'Where it sits (null for central offices)' })
  async locality(@Root() office: Office, @Ctx() ctx: AppContext): Promise<Locality | null> {
    if (office.locality !== undefined) return office.locality;
    return office.localityId
      ? ctx.dataSource.getRepository(Locality).findOneBy({ id: office.localityId })
      : null;
  }
}
