import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A regional office's proposal to the GPO to bring a cassation protest (paras 14, 19). */
@Entity('cassation_proposal')
@ObjectType({
  description: 'A regional office’s proposal to the GPO to bring a cassation protest (paras 14, 19)',
})
export class CassationProposal extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back when changing it' })
  override version!: number;

  @Field(() => Date, { description: 'When it was recorded' })
  override createdAt!: Date;

  @Field(() => ID, { description: 'The case' })
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Field(() => ID, { description: 'The court act to protest' })
  @Column({ type: 'uuid' })
  courtActId!: string;

  @ManyToOne('CourtAct', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_act_id' })
  courtAct?: unknown;

  @Field(() => ID, { description: 'The regional office proposing' })
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Field(() => ID, { description: 'The prosecutor who drew it up' })
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('Prosecutor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  /** Para 14: an appeal protest unfoundedly rejected, or material violations of law. */
  @Field(() => String, {
    description: 'Why (para 14): an appeal protest unfoundedly rejected, or material violations',
  })
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => String, { description: 'Descriptive part (para 19)' })
  @Column({ type: 'text' })
  descriptivePart!: string;

  @Field(() => String, { description: 'Reasoning part (para 19)' })
  @Column({ type: 'text' })
  reasoningPart!: string;

  /** Must name one of the КоАП 839 decisions (para 19). */
  @Field(() => String, { description: 'Resolutive part: a decision under КоАП 839 (para 19)' })
  @Column({ type: 'text' })
  resolutivePart!: string;

  @Field(() => String, { nullable: true, description: 'Sent to the GPO on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  submittedOn!: string | null;
}
