import { ActKind, AppealBasis, AppealResult, CourtInstance, Exclusion } from '@qadagalau/shared';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate, IsNonBlankText } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'A court act issued in a case' })
export class RecordCourtActInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, { nullable: true, description: 'The court that issued it (the case’s court by default)' })
  @IsOptional()
  @IsUUID()
  courtId?: string | null;

  @Field(() => CourtInstance, { description: 'Instance of the court that issued it' })
  @IsEnum(CourtInstance)
  instance!: CourtInstance;

  @Field(() => ActKind, { description: 'Kind of act' })
  @IsEnum(ActKind)
  kind!: ActKind;

  @Field(() => String, { description: 'Issued on, YYYY-MM-DD' })
  @IsCalendarDate()
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'The prosecutor received the copy on, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  copyDeliveredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Entered into legal force on, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  enteredIntoForceOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the act decided' })
  @IsOptional()
  @IsNonBlankText(2000)
  summary?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a court act; omitted fields stay as they are, null clears' })
export class UpdateCourtActInput {
  @Field(() => ID, { description: 'The court act' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'The prosecutor received the copy on, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  copyDeliveredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Entered into legal force on, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  enteredIntoForceOn?: string | null;

  @Field(() => AppealResult, { nullable: true, description: 'What the appeal court did with it (para 22)' })
  @IsOptional()
  @IsEnum(AppealResult)
  appealResult?: AppealResult | null;

  @Field(() => AppealBasis, { nullable: true, description: 'On what the appeal court acted (para 22)' })
  @IsOptional()
  @IsEnum(AppealBasis)
  appealBasis?: AppealBasis | null;

  @Field(() => String, { nullable: true, description: 'The appeal court decided on, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  appealDecidedOn?: string | null;

  @Field(() => Exclusion, {
    nullable: true,
    description: 'Ask for a para-22 exclusion from the statistics (applies once the Department approves)',
  })
  @IsOptional()
  @IsEnum(Exclusion)
  exclusion?: Exclusion | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The appellate act was cancelled in that part on a prosecutor’s cassation protest (para 22)',
  })
  @IsOptional()
  @IsBoolean()
  reversedOnCassationProtest?: boolean;

  @Field(() => String, { nullable: true, description: 'What the act decided' })
  @IsOptional()
  @IsNonBlankText(2000)
  summary?: string | null;
}
