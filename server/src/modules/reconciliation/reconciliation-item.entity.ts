import { Discrepancy } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** One case of a reconciliation with one discrepancy (or none: a case heard as it should have been). */
@Entity('reconciliation_item')
@ObjectType({ description: 'A case of a reconciliation, with one discrepancy and its resolution (para 7)' })
export class ReconciliationItem extends BaseRecord {
  @Field(() => ID, { description: 'Identifier (globally unique: usable with node(id))' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version' })
  override version!: number;

  @Field(() => ID, { description: 'The reconciliation' })
  @Index()
  @Column({ type: 'uuid' })
  reconciliationId!: string;

  @ManyToOne('Reconciliation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reconciliation_id' })
  reconciliation?: unknown;

  @Field(() => ID, { description: 'The case heard' })
  @Index()
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne('Case', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  @Field(() => Discrepancy, { nullable: true, description: 'What went wrong (null: nothing did)' })
  @Column({ type: 'enum', enum: Discrepancy, enumName: 'reconciliation_discrepancy', nullable: true })
  discrepancy!: Discrepancy | null;

  @Field(() => String, { nullable: true, description: 'How the discrepancy was resolved' })
  @Column({ type: 'text', nullable: true })
  resolutionNote!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved' })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The user who resolved it' })
  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by' })
  resolver?: unknown;
}
