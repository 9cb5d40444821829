import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'A prosecutor to answer for a theme in a zone (para 5)' })
export class AssignProsecutorInput {
  @Field(() => ID, { description: 'The prosecutor' })
  @IsUUID()
  prosecutorId!: string;

  @Field(() => ID, { description: 'The region (zone)' })
  @IsUUID()
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'An office of the region, when the zone is that office’s' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => String, { description: 'Thematic direction code, e.g. TAX' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[A-Z0-9_]+$/, { message: 'themeCode must be a code like TAX' })
  themeCode!: string;

  @Field(() => String, { description: 'First day, YYYY-MM-DD' })
  @IsCalendarDate()
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day it stops holding (not included); omit: open-ended',
  })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ArgsType()
export class UnassignProsecutorArgs {
  @Field(() => ID, { description: 'The assignment' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'The day it stops holding (default: today)' })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}
