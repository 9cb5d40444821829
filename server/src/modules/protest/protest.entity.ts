import { ProtestKind, ProtestStatus } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** An appeal or cassation protest (paras 13, 17, 23, 25). */
@Entity('protest')
// Protests decided in a quarter (the KPI indicators; issue 7).
@Index('IDX_protest_decided_on', ['decidedOn'])
@ObjectType({ description: 'An appeal or cassation protest (paras 13, 17, 23, 25)' })
export class Protest extends BaseRecord {
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

  @Field(() => ID, { description: 'The court act protested' })
  @Column({ type: 'uuid' })
  courtActId!: string;

  @ManyToOne('CourtAct', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_act_id' })
  courtAct?: unknown;

  @Field(() => ProtestKind, { description: 'Appeal or cassation' })
  @Column({ type: 'enum', enum: ProtestKind, enumName: 'protest_kind' })
  kind!: ProtestKind;

  @Field(() => ID, { description: 'The office that brought it' })
  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Field(() => ID, { description: 'The prosecutor who brought it' })
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('Prosecutor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  @Field(() => ProtestStatus, { description: 'Where it stands (para 23)' })
  @Index()
  @Column({ type: 'enum', enum: ProtestStatus, enumName: 'protest_status', default: ProtestStatus.DRAFT })
  status!: ProtestStatus;

  @Field(() => String, { nullable: true, description: 'Brought on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  broughtOn!: string | null;

  /** Brought after its deadline, knowingly (para 17: the liability question is raised). */
  @Field(() => Boolean, { description: 'Brought after its deadline, knowingly (para 17)' })
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  /** Prepared in clear violation of КоАП or the instruction (para 23). */
  @Field(() => Boolean, { description: 'Prepared in clear violation of КоАП or the instruction (para 23)' })
  @Column({ type: 'boolean', default: false })
  unfounded!: boolean;

  /** Worsens the position of the person held liable: КоАП 851(2) conditions apply (para 17). */
  @Field(() => Boolean, {
    description: 'Worsens the position of the person held liable: КоАП 851(2) applies (para 17)',
  })
  @Column({ type: 'boolean', default: false })
  worsening!: boolean;

  /** A higher prosecutor's protest brought on the lower office's proposal (paras 22, 23). */
  @Field(() => Boolean, {
    description: 'A higher prosecutor’s protest on the lower office’s proposal (paras 22, 23)',
  })
  @Column({ type: 'boolean', default: false })
  onLowerProposal!: boolean;

  @Field(() => String, { nullable: true, description: 'The court decided on it on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  /** Para 23 correction: rejected on appeal, later satisfied on a cassation protest. */
  @Field(() => Boolean, {
    description: 'Rejected on appeal, later satisfied on a cassation protest (para 23 correction)',
  })
  @Column({ type: 'boolean', default: false })
  laterCassationSatisfied!: boolean;

  @Field(() => String, { description: 'Its grounds (КоАП 840)' })
  @Column({ type: 'text' })
  grounds!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the court decided, or why it was withdrawn or returned',
  })
  @Column({ type: 'text', nullable: true })
  outcomeNote!: string | null;
}
