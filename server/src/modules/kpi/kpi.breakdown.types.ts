import { OfficeKind } from '@qadagalau/shared';
import { IsEnum, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Indicators, KpiScope } from './kpi.types';

@ArgsType()
export class IndicatorBreakdownArgs {
  @Field(() => KpiScope, { description: 'The level to break down: republic, region or office' })
  @IsEnum(KpiScope)
  scope!: KpiScope;

  @Field(() => ID, { nullable: true, description: 'The region or office (not for REPUBLIC)' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { description: 'The quarter, e.g. 2025-Q3' })
  @IsString()
  @Matches(/^\d{4}-Q\d$/, { message: 'quarter must look like 2025-Q3' })
  quarter!: string;
}

@ObjectType({
  description: 'A unit of the indicators drill-down (paras 21–24): the republic, a region or an office',
})
export class IndicatorUnit {
  @Field(() => KpiScope, { description: 'What the unit is: REPUBLIC, REGION or OFFICE' })
  scope!: KpiScope;

  @Field(() => ID, {
    nullable: true,
    description: 'The region or office: pass it as `id` with `scope` to indicators / indicatorBreakdown',
  })
  id!: string | null;

  @Field(() => ID, { nullable: true, description: 'The region (of a region, or of an office)' })
  regionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The region’s code, e.g. KARAGANDA' })
  regionCode!: string | null;

  @Field(() => ID, { nullable: true, description: 'The office (OFFICE units only)' })
  officeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The office’s code, e.g. PO.KARAGANDA.KAZYBEK_BI' })
  officeCode!: string | null;

  @Field(() => OfficeKind, { nullable: true, description: 'The office’s kind (OFFICE units only)' })
  officeKind!: OfficeKind | null;

  @Field(() => String, { description: 'Name in Kazakh (an office: its short name, without the region)' })
  nameKk!: string;

  @Field(() => String, { description: 'Name in Russian (an office: its short name, without the region)' })
  nameRu!: string;

  @Field(() => String, { description: 'Name in English (an office: its short name, without the region)' })
  nameEn!: string;

  @Field(() => KpiScope, {
    nullable: true,
    description: 'The scope to drill into from here (REGION, then OFFICE); null for an office (a leaf)',
  })
  drillScope!: KpiScope | null;
}

@ObjectType({ description: 'One unit of a breakdown with its indicators' })
export class IndicatorBreakdownRow {
  @Field(() => IndicatorUnit, { description: 'The region or office' })
  unit!: IndicatorUnit;

  @Field(() => Indicators, {
    description:
      'Its indicators over the parent’s cases: a region’s rows count the cases of the region by their ' +
      'responsible office, so the rows add up to the parent total',
  })
  indicators!: Indicators;
}

@ObjectType({
  description:
    'The indicators of a scope and of each unit one level below it (republic → 20 regions → the offices of a ' +
    'region → the office itself)',
})
export class IndicatorBreakdown {
  @Field(() => String, { description: 'The quarter, e.g. 2025-Q3' })
  quarter!: string;

  @Field(() => String, { description: 'First day of the quarter' })
  from!: string;

  @Field(() => String, { description: 'Last day of the quarter' })
  to!: string;

  @Field(() => IndicatorUnit, { description: 'The unit broken down (the parent)' })
  unit!: IndicatorUnit;

  @Field(() => Indicators, { description: 'The parent’s indicators (what `indicators` answers for it)' })
  total!: Indicators;

  @Field(() => [IndicatorBreakdownRow], {
    description: 'The units one level below, in the official order; an office has one row: itself',
  })
  rows!: IndicatorBreakdownRow[];
}
