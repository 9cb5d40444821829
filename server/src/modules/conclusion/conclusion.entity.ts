import { ConclusionKind } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * A prosecutor's conclusion (para 10). First-instance: guilt and qualification, evidence, proposed penalty or
 * termination. Appeal: also the acts under review, the participants' conclusions, the complaint's arguments
 * and whether it is well founded. Substantive: when agreeing with a termination in the listed categories.
 */
@Entity('conclusion')
@ObjectType({ description: 'A prosecutor’s conclusion (para 10), with its required content and approval' })
export class Conclusion extends BaseRecord {
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

  @Field(() => ID, { nullable: true, description: 'The court act it is on' })
  @Column({ type: 'uuid', nullable: true })
  courtActId!: string | null;

  @ManyToOne('CourtAct', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'court_act_id' })
  courtAct?: unknown;

  @Field(() => ConclusionKind, { description: 'Kind of conclusion (para 10)' })
  @Column({ type: 'enum', enum: ConclusionKind, enumName: 'conclusion_kind' })
  kind!: ConclusionKind;

  @Field(() => ID, { description: 'The prosecutor who drew it up' })
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('Prosecutor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  /** The para-10 content items of this kind, by name. */
  @Column({ type: 'jsonb' })
  content!: Record<string, string>;

  @Field(() => ID, {
    nullable: true,
    description: 'The prosecutor who approved it (the head or a higher office)',
  })
  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne('Prosecutor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: unknown;

  @Field(() => Date, { nullable: true, description: 'When it was approved' })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
}
