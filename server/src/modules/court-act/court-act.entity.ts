import { ActKind, AppealBasis, AppealResult, CourtInstance, Exclusion } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * A court act in a case. Its dates trigger deadlines (paras 10, 13, 16–17, 22); a first-instance act reviewed
 * on appeal carries the appeal result and basis the appeal-protest-effectiveness indicator counts (para 22).
 */
@Entity('court_act')
// A quarter's acts decided on appeal (the KPI indicators; issue 7).
@Index('IDX_court_act_appeal_decided', ['appealDecidedOn'], { where: 'appeal_decided_on IS NOT NULL' })
@ObjectType({
  description: 'A court act in a case, with what became of it on appeal (paras 10, 13, 16–17, 22)',
})
export class CourtAct extends BaseRecord {
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

  @Field(() => ID, { description: 'The court that issued it' })
  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Field(() => CourtInstance, { description: 'Instance of the court that issued it' })
  @Column({ type: 'enum', enum: CourtInstance, enumName: 'court_instance' })
  instance!: CourtInstance;

  @Field(() => ActKind, { description: 'Kind of act' })
  @Column({ type: 'enum', enum: ActKind, enumName: 'act_kind' })
  kind!: ActKind;

  @Field(() => String, { description: 'Issued on, YYYY-MM-DD' })
  @Index()
  @Column({ type: 'date' })
  issuedOn!: string;

  /** The day the prosecutor received the copy: the appeal period runs from it (para 13; КоАП 832). */
  @Field(() => String, {
    nullable: true,
    description: 'The prosecutor received the copy, YYYY-MM-DD: the appeal period runs from it (para 13)',
  })
  @Column({ type: 'date', nullable: true })
  copyDeliveredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Entered into legal force on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  enteredIntoForceOn!: string | null;

  /** Filled when this first-instance act was reviewed on appeal (para 22). */
  @Field(() => AppealResult, { nullable: true, description: 'What the appeal court did with it (para 22)' })
  @Column({ type: 'enum', enum: AppealResult, enumName: 'appeal_result', nullable: true })
  appealResult!: AppealResult | null;

  @Field(() => AppealBasis, { nullable: true, description: 'On what the appeal court acted (para 22)' })
  @Column({ type: 'enum', enum: AppealBasis, enumName: 'appeal_basis', nullable: true })
  appealBasis!: AppealBasis | null;

  @Field(() => String, { nullable: true, description: 'The appeal court decided on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  appealDecidedOn!: string | null;

  /** A para-22 exclusion from the statistics, applied only once the Department consents. */
  @Field(() => Exclusion, {
    nullable: true,
    description: 'A para-22 exclusion from the statistics, asked for (applies once approved)',
  })
  @Column({ type: 'enum', enum: Exclusion, enumName: 'exclusion', nullable: true })
  exclusion!: Exclusion | null;

  @Field(() => Boolean, { description: 'The Department consented to the exclusion (para 22)' })
  @Column({ type: 'boolean', default: false })
  exclusionApproved!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the Department consented' })
  @Column({ type: 'timestamptz', nullable: true })
  exclusionApprovedAt!: Date | null;

  /** The appellate act was later cancelled in that part on a prosecutor's cassation protest (para 22). */
  @Field(() => Boolean, {
    description:
      'The appellate act was later cancelled in that part on a prosecutor’s cassation protest (para 22)',
  })
  @Column({ type: 'boolean', default: false })
  reversedOnCassationProtest!: boolean;

  @Field(() => String, { nullable: true, description: 'What the act decided' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;
}
