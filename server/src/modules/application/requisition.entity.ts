import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A request to a court for a case file (para 18; the court sends it within 7 days, КоАП 848(3)). */
@Entity('requisition')
@ObjectType({
  description: 'A request to a court for a case file (para 18; КоАП 848(3): the court sends it in 7 days)',
})
export class Requisition extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version' })
  override version!: number;

  @Field(() => ID, { description: 'The case whose file is requested' })
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Field(() => ID, { nullable: true, description: 'The application it was ordered on' })
  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne('Application', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id' })
  application?: unknown;

  @Field(() => ID, { description: 'The court asked for the file' })
  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Field(() => String, { description: 'Requested on, YYYY-MM-DD' })
  @Column({ type: 'date' })
  requestedOn!: string;

  @Field(() => String, { nullable: true, description: 'The court received the request on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  receivedByCourtOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The court must send the file by (КоАП 848(3)), YYYY-MM-DD',
  })
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The file arrived on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  fileReceivedOn!: string | null;
}
