import { RegisterEntryKind } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** Para 28: violations and good practice found in supervision, entered immediately. */
@Entity('register_entry')
@ObjectType({ description: 'A para-28 register entry: a violation or good practice found in supervision' })
export class RegisterEntry extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back when changing it' })
  override version!: number;

  @Field(() => Date, { description: 'When it was recorded' })
  override createdAt!: Date;

  @Field(() => ID, { description: 'The office that made the finding' })
  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Field(() => ID, { nullable: true, description: 'The case it was found in' })
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Field(() => RegisterEntryKind, { description: 'Violation or good practice' })
  @Column({ type: 'enum', enum: RegisterEntryKind, enumName: 'register_entry_kind' })
  kind!: RegisterEntryKind;

  @Field(() => String, { description: 'What was found' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Entered on, YYYY-MM-DD' })
  @Column({ type: 'date' })
  recordedOn!: string;
}
