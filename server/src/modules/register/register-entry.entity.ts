import { RegisterEntryKind } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** Para 28: violations and good practice found in supervision, entered immediately. */
@Entity('register_entry')
export class RegisterEntry extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Column({ type: 'enum', enum: RegisterEntryKind, enumName: 'register_entry_kind' })
  kind!: RegisterEntryKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date' })
  recordedOn!: string;
}
