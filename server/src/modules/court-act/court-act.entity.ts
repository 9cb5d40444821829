import { ActKind, AppealBasis, AppealResult, CourtInstance, Exclusion } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * A court act in a case. Its dates trigger deadlines (paras 10, 13, 16–17, 22); a first-instance act reviewed
 * on appeal carries the appeal result and basis the appeal-protest-effectiveness indicator counts (para 22).
 */
@Entity('court_act')
export class CourtAct extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'enum', enum: CourtInstance, enumName: 'court_instance' })
  instance!: CourtInstance;

  @Column({ type: 'enum', enum: ActKind, enumName: 'act_kind' })
  kind!: ActKind;

  @Index()
  @Column({ type: 'date' })
  issuedOn!: string;

  /** The day the prosecutor received the copy: the appeal period runs from it (para 13; КоАП 832). */
  @Column({ type: 'date', nullable: true })
  copyDeliveredOn!: string | null;

  @Column({ type: 'date', nullable: true })
  enteredIntoForceOn!: string | null;

  /** Filled when this first-instance act was reviewed on appeal (para 22). */
  @Column({ type: 'enum', enum: AppealResult, enumName: 'appeal_result', nullable: true })
  appealResult!: AppealResult | null;

  @Column({ type: 'enum', enum: AppealBasis, enumName: 'appeal_basis', nullable: true })
  appealBasis!: AppealBasis | null;

  @Column({ type: 'date', nullable: true })
  appealDecidedOn!: string | null;

  /** A para-22 exclusion from the statistics, applied only once the Department consents. */
  @Column({ type: 'enum', enum: Exclusion, enumName: 'exclusion', nullable: true })
  exclusion!: Exclusion | null;

  @Column({ type: 'boolean', default: false })
  exclusionApproved!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  exclusionApprovedAt!: Date | null;

  /** The appellate act was later cancelled in that part on a prosecutor's cassation protest (para 22). */
  @Column({ type: 'boolean', default: false })
  reversedOnCassationProtest!: boolean;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;
}
