import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { KpiBreakdownService } from './kpi.breakdown';
import { IndicatorBreakdown, IndicatorBreakdownArgs } from './kpi.breakdown.types';
import { KpiService } from './kpi.service';
import { IndicatorTrendArgs, Indicators, IndicatorsArgs } from './kpi.types';

@Resolver()
export class KpiResolver {
  @Query(() => Indicators, {
    description:
      'The three indicators (paras 21–24) for a quarter: the republic (GPO), your region, or an office you see',
  })
  async indicators(
    @Ctx() ctx: AppContext,
    @Args(() => IndicatorsArgs) args: IndicatorsArgs,
  ): Promise<Indicators> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const service = new KpiService(ctx.dataSource);
    const scopeId = await service.checkScope(args.scope, args.id, jurisdiction);
    return service.indicators(args.quarter, args.scope, scopeId);
  }

  @Query(() => [Indicators], { description: 'The indicators of the last N quarters, oldest first' })
  async indicatorTrend(
    @Ctx() ctx: AppContext,
    @Args(() => IndicatorTrendArgs) args: IndicatorTrendArgs,
  ): Promise<Indicators[]> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const service = new KpiService(ctx.dataSource);
    const scopeId = await service.checkScope(args.scope, args.id, jurisdiction);
    return service.trend(args.scope, scopeId, args.quarters, args.upTo);
  }

  @Query(() => IndicatorBreakdown, {
    description:
      'The indicators (paras 21–24) one level below a scope, with its total: REPUBLIC → the 20 regions, ' +
      'REGION → its offices, OFFICE → the office itself. The same jurisdiction as `indicators` (FORBIDDEN ' +
      'outside it: REPUBLIC for the GPO only, a REGION for its regional office)',
  })
  async indicatorBreakdown(
    @Ctx() ctx: AppContext,
    @Args(() => IndicatorBreakdownArgs) args: IndicatorBreakdownArgs,
  ): Promise<IndicatorBreakdown> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const scopeId = await new KpiService(ctx.dataSource).checkScope(args.scope, args.id, jurisdiction);
    return new KpiBreakdownService(ctx.dataSource).breakdown(args.quarter, args.scope, scopeId);
  }
}
