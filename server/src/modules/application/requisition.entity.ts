import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A request to a court for a case file (para 18; the court sends it within 7 days, КоАП 848(3)). */
@Entity('requisition')
export class Requisition extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne('Application', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id' })
  application?: unknown;

  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'date' })
  requestedOn!: string;

  @Column({ type: 'date', nullable: true })
  receivedByCourtOn!: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'date', nullable: true })
  fileReceivedOn!: string | null;
}
