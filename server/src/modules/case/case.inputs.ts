import {
  ActKind,
  DeadlineStatus,
  Initiator,
  Instance,
  MilitaryStatus,
  Proceeding,
  Sanction,
  Sphere,
} from '@qadagalau/shared';
import {
  ArrayMaxSize,
  IsBoolean,
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
import { IsCalendarDate, IsNonBlankText, IsOmittable } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'The facts of a case the rules read (rules contract, CaseFacts)' })
export class CaseFactsInput {
  @Field(() => Instance, { defaultValue: Instance.FIRST, description: 'Court instance' })
  @IsEnum(Instance)
  instance: Instance = Instance.FIRST;

  @Field(() => Proceeding, { defaultValue: Proceeding.OFFENSE, description: 'Offense case or complaint' })
  @IsEnum(Proceeding)
  proceeding: Proceeding = Proceeding.OFFENSE;

  @Field(() => [Sphere], { defaultValue: [], description: 'Spheres of the offense' })
  @IsEnum(Sphere, { each: true })
  @ArrayMaxSize(20)
  spheres!: Sphere[];

  @Field(() => [Sanction], { defaultValue: [], description: 'Penalties the sanction provides' })
  @IsEnum(Sanction, { each: true })
  @ArrayMaxSize(20)
  sanctions!: Sanction[];

  @Field(() => Boolean, { defaultValue: false, description: 'The person held liable is a minor' })
  @IsBoolean()
  offenderMinor = false;

  @Field(() => MilitaryStatus, { defaultValue: MilitaryStatus.NONE, description: 'Military status' })
  @IsEnum(MilitaryStatus)
  offenderMilitary: MilitaryStatus = MilitaryStatus.NONE;

  @Field(() => Boolean, { defaultValue: false, description: 'Connected with military service or duties' })
  @IsBoolean()
  offenderDutyRelated = false;

  @Field(() => Initiator, { defaultValue: Initiator.OTHER_AUTHORITY, description: 'Who initiated the case' })
  @IsEnum(Initiator)
  initiator: Initiator = Initiator.OTHER_AUTHORITY;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'A higher prosecutor deemed participation necessary',
  })
  @IsBoolean()
  higherProsecutorRequired = false;

  @Field(() => ActKind, { nullable: true, description: 'The court act, once issued' })
  @IsOptional()
  @IsEnum(ActKind)
  actKind?: ActKind | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The supervising prosecutor agrees with the act',
  })
  @IsBoolean()
  prosecutorAgrees = false;
}

@InputType({ description: 'A new case' })
export class RegisterCaseInput extends CaseFactsInput {
  @Field(() => String, { description: 'The court’s case number' })
  @IsNonBlankText(64)
  number!: string;

  @Field(() => String, { description: 'КоАП article, e.g. "434" or "73-1"' })
  @IsString()
  @Matches(/^\d{1,4}(-\d{1,2})?$/, { message: 'koapArticle must look like 434 or 73-1' })
  koapArticle!: string;

  @Field(() => String, { nullable: true, description: 'КоАП part' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,2}(-\d{1,2})?$/, { message: 'koapPart must look like 1 or 2-1' })
  koapPart?: string | null;

  @Field(() => String, { description: 'What the case is about' })
  @IsNonBlankText(2000)
  summary!: string;

  @Field(() => String, { description: 'The person held liable' })
  @IsNonBlankText(300)
  offenderName!: string;

  @Field(() => String, { nullable: true, description: 'Birth date, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  offenderBirthDate?: string | null;

  @Field(() => String, { description: 'Registered on, YYYY-MM-DD' })
  @IsCalendarDate()
  registeredOn!: string;

  @Field(() => ID, { description: 'The first-instance court hearing the case' })
  @IsUUID()
  courtId!: string;

  @Field(() => [String], { defaultValue: [], description: 'Thematic direction codes' })
  @IsString({ each: true })
  @Matches(/^[A-Z0-9_]{1,64}$/, { each: true, message: 'themeCodes must be codes like TAX' })
  @ArrayMaxSize(30)
  themeCodes!: string[];

  @Field(() => ID, { nullable: true, description: 'The prosecutor’s unit that initiated the case (para 9)' })
  @IsOptional()
  @IsUUID()
  initiatingOfficeId?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a case; omitted fields stay as they are' })
export class UpdateCaseInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => [Sphere], { nullable: true, description: 'Spheres of the offense' })
  @IsOmittable()
  @IsEnum(Sphere, { each: true })
  @ArrayMaxSize(20)
  spheres?: Sphere[];

  @Field(() => [Sanction], { nullable: true, description: 'Penalties the sanction provides' })
  @IsOmittable()
  @IsEnum(Sanction, { each: true })
  @ArrayMaxSize(20)
  sanctions?: Sanction[];

  @Field(() => Boolean, { nullable: true, description: 'The person held liable is a minor' })
  @IsOmittable()
  @IsBoolean()
  offenderMinor?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A higher prosecutor deemed participation necessary' })
  @IsOmittable()
  @IsBoolean()
  higherProsecutorRequired?: boolean;

  @Field(() => ActKind, { nullable: true, description: 'The court act' })
  @IsOptional()
  @IsEnum(ActKind)
  actKind?: ActKind | null;

  @Field(() => Boolean, { nullable: true, description: 'The supervising prosecutor agrees with the act' })
  @IsOmittable()
  @IsBoolean()
  prosecutorAgrees?: boolean;

  @Field(() => String, { nullable: true, description: 'What the case is about' })
  @IsOmittable()
  @IsNonBlankText(2000)
  summary?: string;
}

@InputType({ description: 'Which cases to list' })
export class CaseFilter {
  @Field(() => ID, { nullable: true, description: 'Region' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Responsible office' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Court' })
  @IsOptional()
  @IsUUID()
  courtId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only mandatory-category cases (or only the others)' })
  @IsOptional()
  @IsBoolean()
  mandatory?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Thematic direction code' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  theme?: string | null;

  @Field(() => DeadlineStatus, { nullable: true, description: 'Only cases with a deadline in this status' })
  @IsOptional()
  @IsEnum(DeadlineStatus)
  deadlineStatus?: DeadlineStatus | null;

  @Field(() => String, { nullable: true, description: 'Registered on or after, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  registeredFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Registered on or before, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  registeredTo?: string | null;
}
