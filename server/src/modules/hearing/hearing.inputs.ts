import { CourtInstance, HearingStatus } from '@qadagalau/shared';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotencyKeyField } from '../../common/idempotency';

/** The criteria the hearings list and the hearing subscription share. */
@InputType('HearingScopeFilter', { description: 'Which hearings: regions, offices, courts, mandatory only' })
export class HearingScopeFilter {
  @Field(() => [ID], { nullable: true, description: 'Regions of the cases' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  regionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Offices that answer for the cases' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  officeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Courts that sit' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  courtIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases where participation is mandatory' })
  @IsOptional()
  @IsBoolean()
  mandatoryOnly?: boolean | null;
}

@InputType({ description: 'Which hearings to list; every criterion is optional' })
export class HearingFilter extends HearingScopeFilter {
  @Field(() => Date, { nullable: true, description: 'Set at or after this moment' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set before this moment' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => [HearingStatus], { nullable: true, description: 'Only hearings in these states' })
  @IsOptional()
  @IsEnum(HearingStatus, { each: true })
  @ArrayMaxSize(10)
  statuses?: HearingStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Thematic direction code of the case' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  theme?: string | null;
}

@InputType({ description: 'A hearing to set' })
export class ScheduleHearingInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, { nullable: true, description: 'The court; defaults to the court hearing the case' })
  @IsOptional()
  @IsUUID()
  courtId?: string | null;

  @Field(() => CourtInstance, { defaultValue: CourtInstance.FIRST, description: 'Instance of the hearing' })
  @IsEnum(CourtInstance)
  instance: CourtInstance = CourtInstance.FIRST;

  @Field(() => Date, { description: 'When it sits (not more than a day in the past)' })
  @IsDate()
  scheduledAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The prosecutor assigned: of the responsible or the territorial office',
  })
  @IsOptional()
  @IsUUID()
  prosecutorId?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A hearing and the version you read (optimistic lock)' })
export class HearingVersionInput {
  @Field(() => ID, { description: 'The hearing' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version!: number;
}

@InputType({ description: 'A new time for a hearing' })
export class RescheduleHearingInput extends HearingVersionInput {
  @Field(() => Date, { description: 'The new time (not more than a day in the past)' })
  @IsDate()
  scheduledAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why it moved' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason?: string | null;
}

@InputType({ description: 'A hearing called off' })
export class CancelHearingInput extends HearingVersionInput {
  @Field(() => String, { description: 'Why it was cancelled' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

@InputType({ description: 'Whether a prosecutor took part in a hearing that was held' })
export class RecordAttendanceInput extends HearingVersionInput {
  @Field(() => Boolean, { description: 'A prosecutor took part' })
  @IsBoolean()
  attended!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Who took part; defaults to the prosecutor assigned (required when attended)',
  })
  @IsOptional()
  @IsUUID()
  prosecutorId?: string | null;
}
