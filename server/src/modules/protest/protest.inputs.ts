import { ProtestKind, ProtestStatus } from '@qadagalau/shared';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate, IsNonBlankText } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'A protest to bring against a court act (paras 13, 17, 25)' })
export class BringProtestInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, { description: 'The court act protested' })
  @IsUUID()
  courtActId!: string;

  @Field(() => ProtestKind, { description: 'Appeal, or cassation (the GPO only, para 25)' })
  @IsEnum(ProtestKind)
  kind!: ProtestKind;

  @Field(() => String, { description: 'Its grounds (КоАП 840)' })
  @IsNonBlankText(10_000)
  grounds!: string;

  @Field(() => String, { description: 'Brought on, YYYY-MM-DD' })
  @IsCalendarDate()
  broughtOn!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Bring it although its deadline has passed: it is recorded as late (para 17)',
  })
  @IsBoolean()
  late = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'It worsens the position of the person held liable: КоАП 851(2) applies (para 17)',
  })
  @IsBoolean()
  worsening = false;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

const DECISIONS = [ProtestStatus.SATISFIED, ProtestStatus.PARTIALLY_SATISFIED, ProtestStatus.UNSATISFIED];

@InputType({ description: 'What the court decided on a brought protest' })
export class RecordProtestOutcomeInput {
  @Field(() => ID, { description: 'The protest' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ProtestStatus, { description: 'SATISFIED, PARTIALLY_SATISFIED or UNSATISFIED' })
  @IsIn(DECISIONS, { message: 'status must be SATISFIED, PARTIALLY_SATISFIED or UNSATISFIED' })
  status!: ProtestStatus;

  @Field(() => String, { description: 'Decided on, YYYY-MM-DD' })
  @IsCalendarDate()
  decidedOn!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Rejected on appeal, later satisfied on a cassation protest (para 23 correction)',
  })
  @IsBoolean()
  laterCassationSatisfied = false;

  @Field(() => String, { nullable: true, description: 'What the court decided' })
  @IsOptional()
  @IsNonBlankText(2000)
  note?: string | null;
}

@InputType({ description: 'A protest withdrawn: the court granted the withdrawal request (para 23)' })
export class WithdrawProtestInput {
  @Field(() => ID, { description: 'The protest' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'It was prepared in clear violation of КоАП or the instruction (para 23)',
  })
  @IsBoolean()
  unfounded = false;

  @Field(() => String, { description: 'Why' })
  @IsNonBlankText(2000)
  reason!: string;
}

@InputType({ description: 'A protest returned: every return but a granted withdrawal (para 23)' })
export class ReturnProtestInput {
  @Field(() => ID, { description: 'The protest' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { description: 'Why' })
  @IsNonBlankText(2000)
  reason!: string;
}

@InputType({ description: 'Which protests to list' })
export class ProtestFilter {
  @Field(() => ID, { nullable: true, description: 'Region of the case’s court' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The office that brought it' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => ProtestStatus, { nullable: true, description: 'Where it stands' })
  @IsOptional()
  @IsEnum(ProtestStatus)
  status?: ProtestStatus | null;

  @Field(() => ProtestKind, { nullable: true, description: 'Appeal or cassation' })
  @IsOptional()
  @IsEnum(ProtestKind)
  kind?: ProtestKind | null;

  @Field(() => String, { nullable: true, description: 'Brought on or after, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  broughtFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Brought on or before, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  broughtTo?: string | null;
}
