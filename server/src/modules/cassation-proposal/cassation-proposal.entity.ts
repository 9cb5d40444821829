import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A regional office's proposal to the GPO to bring a cassation protest (paras 14, 19). */
@Entity('cassation_proposal')
export class CassationProposal extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Column({ type: 'uuid' })
  courtActId!: string;

  @ManyToOne('CourtAct', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_act_id' })
  courtAct?: unknown;

  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('Prosecutor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  /** Para 14: an appeal protest unfoundedly rejected, or material violations of law. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  descriptivePart!: string;

  @Column({ type: 'text' })
  reasoningPart!: string;

  /** Must name one of the КоАП 839 decisions (para 19). */
  @Column({ type: 'text' })
  resolutivePart!: string;

  @Column({ type: 'date', nullable: true })
  submittedOn!: string | null;
}
