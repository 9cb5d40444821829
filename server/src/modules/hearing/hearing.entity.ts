import { CourtInstance, HearingStatus } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A court hearing of a case; the prosecutor's attendance is recorded on it (paras 6–8). */
@Entity('hearing')
@Index(['courtId', 'scheduledAt'])
export class Hearing extends BaseRecord {
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

  @Index()
  @Column({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'enum', enum: HearingStatus, enumName: 'hearing_status', default: HearingStatus.SCHEDULED })
  status!: HearingStatus;

  @Column({ type: 'uuid', nullable: true })
  prosecutorId!: string | null;

  @ManyToOne('Prosecutor', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'prosecutor_id' })
  prosecutor?: unknown;

  /** Whether the assigned prosecutor took part; null until the hearing is held. */
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null;

  /** Which office's prosecutor attended (for the para 7 reconciliation). */
  @Column({ type: 'uuid', nullable: true })
  attendedByOfficeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attended_by_office_id' })
  attendedByOffice?: unknown;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
