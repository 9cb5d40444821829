import { ConclusionKind } from '@qadagalau/shared';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IdempotencyKeyField } from '../../common/idempotency';
import { IsStorableText } from '../../common/validators';

const ITEM_MAX = 10_000;

/** Para 10's content items; which of them a kind requires is the shared rules' answer (missingConclusionItems). */
@InputType('ConclusionContentInput', {
  description: 'What a conclusion states (para 10); the kind fixes what is required',
})
@ObjectType('ConclusionContent', { description: 'What a conclusion states (para 10)' })
export class ConclusionContent {
  @Field(() => String, {
    nullable: true,
    description: 'Whether the offender is guilty and the act correctly qualified',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  guiltAndQualification?: string | null;

  @Field(() => String, { nullable: true, description: 'The evidence supporting the prosecutor’s position' })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  evidence?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The proposed penalty, or the need to terminate the case',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  proposedPenalty?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Appeal: the acts under review and the court’s position',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  reviewedActs?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Appeal: the participating prosecutors and their conclusions',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  participants?: string | null;

  @Field(() => String, { nullable: true, description: 'Appeal: the arguments of the complaint (petition)' })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  complaintArguments?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Appeal: whether the complaint (petition) is well founded',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  complaintWellFounded?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Substantive: the grounds of the termination agreed with',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  terminationGrounds?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Substantive: the assessment of the termination’s legality',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  @IsStorableText()
  assessment?: string | null;
}

@InputType({ description: 'A prosecutor’s conclusion to file (para 10)' })
export class FileConclusionInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The court act it is on (required on copy receipt and for a substantive conclusion)',
  })
  @IsOptional()
  @IsUUID()
  courtActId?: string | null;

  @Field(() => ConclusionKind, { description: 'Kind of conclusion' })
  @IsEnum(ConclusionKind)
  kind!: ConclusionKind;

  @Field(() => ConclusionContent, { description: 'What it states' })
  @ValidateNested()
  content!: ConclusionContent;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
