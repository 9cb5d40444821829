import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCalendarDate, IsNonBlankText } from '../../common/validators';
import { MotionEvidence } from './private-ruling.entity';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'A court’s private ruling on violations of legality (paras 12, 24; КоАП 826)' })
export class RecordPrivateRulingInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => String, { description: 'Issued on, YYYY-MM-DD' })
  @IsCalendarDate()
  issuedOn!: string;

  @Field(() => Boolean, { description: 'Issued on the prosecutor’s motion (para 24)' })
  @IsBoolean()
  onProsecutorMotion!: boolean;

  @Field(() => MotionEvidence, {
    nullable: true,
    description: 'What confirms the motion: the court act, the minutes or the written conclusion (para 24)',
  })
  @IsOptional()
  @IsEnum(MotionEvidence)
  motionEvidence?: MotionEvidence | null;

  @Field(() => Boolean, { defaultValue: true, description: 'The case was heard with a prosecutor' })
  @IsBoolean()
  prosecutorParticipated = true;

  @Field(() => String, { description: 'What the ruling addresses' })
  @IsNonBlankText(2000)
  subject!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
