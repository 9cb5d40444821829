import { NotificationChannel } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** Para 7: the territorial office notifies the specialized office, by a means that registers the notice. */
@Entity('notification')
@ObjectType({
  description: 'A registered notice from the territorial office to the specialized one (para 7)',
})
export class Notification extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version' })
  override version!: number;

  @Field(() => ID, { description: 'The case notified of' })
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Field(() => ID, { description: 'The territorial office that sent it' })
  @Column({ type: 'uuid' })
  fromOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_office_id' })
  fromOffice?: unknown;

  @Field(() => ID, { description: 'The specialized office notified' })
  @Index()
  @Column({ type: 'uuid' })
  toOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_office_id' })
  toOffice?: unknown;

  @Field(() => NotificationChannel, {
    description: 'Telephonogram, electronic document or another registered means',
  })
  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Field(() => String, { description: 'Outgoing registration number of the notice' })
  @Column({ type: 'text' })
  registrationNumber!: string;

  @Field(() => Date, { description: 'When it was sent' })
  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the specialized office acknowledged it' })
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}
