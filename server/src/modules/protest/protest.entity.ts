import { ProtestKind, ProtestStatus } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** An appeal or cassation protest (paras 13, 17, 23, 25). */
@Entity('protest')
export class Protest extends BaseRecord {
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

  @Column({ type: 'enum', enum: ProtestKind, enumName: 'protest_kind' })
  kind!: ProtestKind;

  @Index()
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

  @Index()
  @Column({ type: 'enum', enum: ProtestStatus, enumName: 'protest_status', default: ProtestStatus.DRAFT })
  status!: ProtestStatus;

  @Column({ type: 'date', nullable: true })
  broughtOn!: string | null;

  /** Brought after its deadline, knowingly (para 17: the liability question is raised). */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  /** Prepared in clear violation of КоАП or the instruction (para 23). */
  @Column({ type: 'boolean', default: false })
  unfounded!: boolean;

  /** Worsens the position of the person held liable: КоАП 851(2) conditions apply (para 17). */
  @Column({ type: 'boolean', default: false })
  worsening!: boolean;

  /** A higher prosecutor's protest brought on the lower office's proposal (paras 22, 23). */
  @Column({ type: 'boolean', default: false })
  onLowerProposal!: boolean;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  /** Para 23 correction: rejected on appeal, later satisfied on a cassation protest. */
  @Column({ type: 'boolean', default: false })
  laterCassationSatisfied!: boolean;

  @Column({ type: 'text' })
  grounds!: string;

  @Column({ type: 'text', nullable: true })
  outcomeNote!: string | null;
}
