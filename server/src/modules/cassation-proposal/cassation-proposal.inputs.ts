import { IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

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
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;

  @Field(() => String, {
    description: 'Descriptive part: the acts, the body’s resolution, the circumstances',
  })
  @IsString()
  @Length(1, 20_000)
  @Matches(/\S/, { message: 'descriptivePart must not be blank' })
  descriptivePart!: string;

  @Field(() => String, { description: 'Reasoning part: conclusions grounded in law and the case materials' })
  @IsString()
  @Length(1, 20_000)
  @Matches(/\S/, { message: 'reasoningPart must not be blank' })
  reasoningPart!: string;

  @Field(() => String, { description: 'Resolutive part: the decision under КоАП 839 the court should take' })
  @IsString()
  @Length(1, 5000)
  @Matches(/\S/, { message: 'resolutivePart must not be blank' })
  resolutivePart!: string;
}
