import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** How a private ruling is shown to be on the prosecutor's motion (para 24). */
export const MotionEvidence = {
  COURT_ACT: 'COURT_ACT',
  HEARING_MINUTES: 'HEARING_MINUTES',
  WRITTEN_CONCLUSION: 'WRITTEN_CONCLUSION',
} as const;
export type MotionEvidence = (typeof MotionEvidence)[keyof typeof MotionEvidence];

/** A court's private ruling on violations of legality (paras 12, 24; КоАП 826). */
@Entity('private_ruling')
export class PrivateRuling extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'boolean', default: true })
  prosecutorParticipated!: boolean;

  @Column({ type: 'boolean', default: false })
  onProsecutorMotion!: boolean;

  @Column({ type: 'enum', enum: MotionEvidence, enumName: 'motion_evidence', nullable: true })
  motionEvidence!: MotionEvidence | null;

  @Column({ type: 'text' })
  subject!: string;
}
