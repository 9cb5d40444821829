import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** How a private ruling is shown to be on the prosecutor's motion (para 24). */
export const MotionEvidence = {
  COURT_ACT: 'COURT_ACT',
  HEARING_MINUTES: 'HEARING_MINUTES',
  WRITTEN_CONCLUSION: 'WRITTEN_CONCLUSION',
} as const;
export type MotionEvidence = (typeof MotionEvidence)[keyof typeof MotionEvidence];

registerEnumType(MotionEvidence, {
  name: 'MotionEvidence',
  description: 'What confirms a private ruling was on the prosecutor’s motion (para 24)',
});

/** A court's private ruling on violations of legality (paras 12, 24; КоАП 826). */
@Entity('private_ruling')
// Private rulings issued in a quarter (the KPI indicators; issue 7).
@Index('IDX_private_ruling_issued_on', ['issuedOn'])
@ObjectType({ description: 'A court’s private ruling on violations of legality (paras 12, 24; КоАП 826)' })
export class PrivateRuling extends BaseRecord {
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

  @Field(() => String, { description: 'Issued on, YYYY-MM-DD' })
  @Column({ type: 'date' })
  issuedOn!: string;

  @Field(() => Boolean, { description: 'The case was heard with a prosecutor' })
  @Column({ type: 'boolean', default: true })
  prosecutorParticipated!: boolean;

  @Field(() => Boolean, { description: 'Issued on the prosecutor’s motion (para 24)' })
  @Column({ type: 'boolean', default: false })
  onProsecutorMotion!: boolean;

  @Field(() => MotionEvidence, { nullable: true, description: 'What confirms the motion (para 24)' })
  @Column({ type: 'enum', enum: MotionEvidence, enumName: 'motion_evidence', nullable: true })
  motionEvidence!: MotionEvidence | null;

  @Field(() => String, { description: 'What the ruling addresses' })
  @Column({ type: 'text' })
  subject!: string;
}
