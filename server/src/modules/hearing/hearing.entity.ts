import { CourtInstance, HearingStatus } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A court hearing of a case; the prosecutor's attendance is recorded on it (paras 6–8). */
@Entity('hearing')
@ObjectType({
  description: 'A court hearing of a case, with the prosecutor assigned and the attendance (paras 6–8)',
})
@Index(['courtId', 'scheduledAt'])
export class Hearing extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back when changing the hearing' })
  override version!: number;

  @Field(() => ID, { description: 'The case heard' })
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Field(() => ID, { description: 'The court that sits' })
  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Field(() => CourtInstance, { description: 'Instance of the hearing' })
  @Column({ type: 'enum', enum: CourtInstance, enumName: 'court_instance' })
  instance!: CourtInstance;

  @Field(() => Date, { description: 'When the hearing is set' })
  @Index()
  @Column({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Field(() => HearingStatus, { description: 'Scheduled, held, postponed or cancelled' })
  @Column({ type: 'enum', enum: HearingStatus, enumName: 'hearing_status', default: HearingStatus.SCHEDULED })
  status!: HearingStatus;

  @Field(() => ID, { nullable: true, description: 'The prosecutor assigned (or who attended)' })
  @Column({ type: 'uuid', nullable: true })
  prosecutorId!: string | null;

  @ManyToOne('Prosecutor', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'prosecutor_id' })
  prosecutor?: unknown;

  /** Whether the assigned prosecutor took part; null until the hearing is held. */
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether a prosecutor took part; null until the hearing is held',
  })
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null;

  /** Which office's prosecutor attended (for the para 7 reconciliation). */
  @Field(() => ID, {
    nullable: true,
    description: 'The office whose prosecutor attended (para 7 reconciliation)',
  })
  @Column({ type: 'uuid', nullable: true })
  attendedByOfficeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attended_by_office_id' })
  attendedByOffice?: unknown;

  @Field(() => String, { nullable: true, description: 'Why it was postponed or cancelled, or another note' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
