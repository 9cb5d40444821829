import { NotificationChannel } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** Para 7: the territorial office notifies the specialized office, by a means that registers the notice. */
@Entity('notification')
export class Notification extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Column({ type: 'uuid' })
  fromOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_office_id' })
  fromOffice?: unknown;

  @Index()
  @Column({ type: 'uuid' })
  toOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_office_id' })
  toOffice?: unknown;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Column({ type: 'text' })
  registrationNumber!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}
