import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Whose indicators: the whole republic, a region, or one office. */
export const KpiScope = {
  REPUBLIC: 'REPUBLIC',
  REGION: 'REGION',
  OFFICE: 'OFFICE',
} as const;
export type KpiScope = (typeof KpiScope)[keyof typeof KpiScope];
registerEnumType(KpiScope, {
  name: 'KpiScope',
  description:
    'Whose indicators (paras 21–24): the republic, a region (of the cases), an office (responsible for them)',
});

const QUARTER = /^\d{4}-Q\d$/;

@ArgsType()
export class IndicatorsArgs {
  @Field(() => String, { description: 'The quarter, e.g. 2025-Q3' })
  @IsString()
  @Matches(QUARTER, { message: 'quarter must look like 2025-Q3' })
  quarter!: string;

  @Field(() => KpiScope, { description: 'Republic, region or office' })
  @IsEnum(KpiScope)
  scope!: KpiScope;

  @Field(() => ID, { nullable: true, description: 'The region or office (not for REPUBLIC)' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
}

@ArgsType()
export class IndicatorTrendArgs {
  @Field(() => KpiScope, { description: 'Republic, region or office' })
  @IsEnum(KpiScope)
  scope!: KpiScope;

  @Field(() => ID, { nullable: true, description: 'The region or office (not for REPUBLIC)' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => Int, { defaultValue: 4, description: 'How many quarters, 1–12' })
  @IsInt()
  @Min(1)
  @Max(12)
  quarters = 4;

  @Field(() => String, {
    nullable: true,
    description: 'The last quarter, e.g. 2025-Q3 (default: the current one)',
  })
  @IsOptional()
  @IsString()
  @Matches(QUARTER, { message: 'upTo must look like 2025-Q3' })
  upTo?: string | null;
}

@ObjectType({ description: 'A share: numerator / denominator as a percent' })
export class KpiRatioType {
  @Field(() => Int, { description: 'Numerator' })
  numerator!: number;

  @Field(() => Int, { description: 'Denominator' })
  denominator!: number;

  @Field(() => Number, {
    nullable: true,
    description: 'Percent, one decimal (half-up); null when nothing to count',
  })
  percent!: number | null;
}

@ObjectType({ description: 'Para 23: 100 − unsatisfied / considered × 100' })
export class KpiSatisfactionType {
  @Field(() => Int, { description: 'Appeal protests left unsatisfied (after the cassation correction)' })
  unsatisfied!: number;

  @Field(() => Int, { description: 'Appeal protests considered (satisfied, partly, unsatisfied)' })
  considered!: number;

  @Field(() => Number, {
    nullable: true,
    description: 'Percent, one decimal (half-up); null when none considered',
  })
  percent!: number | null;
}

@ObjectType({ description: 'The three indicators of section 3 (paras 21–24) for a quarter' })
export class Indicators {
  @Field(() => String, { description: 'The quarter, e.g. 2025-Q3' })
  quarter!: string;

  @Field(() => String, { description: 'First day of the quarter' })
  from!: string;

  @Field(() => String, { description: 'Last day of the quarter' })
  to!: string;

  @Field(() => KpiScope, { description: 'Whose indicators' })
  scope!: KpiScope;

  @Field(() => ID, { nullable: true, description: 'The region or office' })
  scopeId!: string | null;

  @Field(() => KpiRatioType, {
    description: 'Para 22: effectiveness of appeal protesting (quality of supervision)',
  })
  appealProtestEffectiveness!: KpiRatioType;

  @Field(() => KpiSatisfactionType, {
    description: 'Para 23: satisfiability of appeal protests (quality of protests)',
  })
  protestSatisfaction!: KpiSatisfactionType;

  @Field(() => KpiRatioType, {
    description: 'Para 24: private rulings on the prosecutor’s motion (effectiveness of response)',
  })
  responseEffectiveness!: KpiRatioType;
}
