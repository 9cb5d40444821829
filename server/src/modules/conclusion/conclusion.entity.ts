import { ConclusionKind } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * A prosecutor's conclusion (para 10). First-instance: guilt and qualification, evidence, proposed penalty or
 * termination. Appeal: also the acts under review, the participants' conclusions, the complaint's arguments
 * and whether it is well founded. Substantive: when agreeing with a termination in the listed categories.
 */
@Entity('conclusion')
export class Conclusion extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Column({ type: 'uuid', nullable: true })
  courtActId!: string | null;

  @ManyToOne('CourtAct', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'court_act_id' })
  courtAct?: unknown;

  @Column({ type: 'enum', enum: ConclusionKind, enumName: 'conclusion_kind' })
  kind!: ConclusionKind;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne('Prosecutor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  /** The para-10 content items of this kind, by name. */
  @Column({ type: 'jsonb' })
  content!: Record<string, string>;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne('Prosecutor', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
}
