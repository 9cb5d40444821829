import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsNonBlankText } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'A proposal to the GPO to bring a cassation protest (paras 14, 19)' })
export class ProposeCassationProtestInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, { description: 'The court act to protest' })
  @IsUUID()
  courtActId!: string;

  @Field(() => String, {
    description: 'Why (para 14): an appeal protest unfoundedly rejected, or material violations of law',
  })
  @IsNonBlankText(2000)
  reason!: string;

  @Field(() => String, {
    description: 'Descriptive part: the acts, the body’s resolution, the circumstances',
  })
  @IsNonBlankText(20_000)
  descriptivePart!: string;

  @Field(() => String, { description: 'Reasoning part: conclusions grounded in law and the case materials' })
  @IsNonBlankText(20_000)
  reasoningPart!: string;

  @Field(() => String, { description: 'Resolutive part: the decision under КоАП 839 the court should take' })
  @IsNonBlankText(5000)
  resolutivePart!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
