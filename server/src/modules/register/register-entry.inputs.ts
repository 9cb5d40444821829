import { RegisterEntryKind } from '@qadagalau/shared';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsNonBlankText } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'A violation or good practice found in supervision (para 28)' })
export class AddRegisterEntryInput {
  @Field(() => ID, { nullable: true, description: 'The office that made the finding (yours by default)' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The case it was found in' })
  @IsOptional()
  @IsUUID()
  caseId?: string | null;

  @Field(() => RegisterEntryKind, { description: 'Violation or good practice' })
  @IsEnum(RegisterEntryKind)
  kind!: RegisterEntryKind;

  @Field(() => String, { description: 'What was found' })
  @IsNonBlankText(5000)
  description!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Which register entries to list' })
export class RegisterEntryFilter {
  @Field(() => ID, { nullable: true, description: 'The office' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => RegisterEntryKind, { nullable: true, description: 'Violation or good practice' })
  @IsOptional()
  @IsEnum(RegisterEntryKind)
  kind?: RegisterEntryKind | null;
}
