import { ReconciliationStatus } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * Para 7: the quarterly reconciliation of a territorial and a specialized office — the cases heard in courts of
 * the territory that fall to the specialized office, with their discrepancies. Once both sides have signed, the
 * act is frozen in `frozenAct` and never changes again.
 */
@Entity('reconciliation')
@Index(['quarter', 'territorialOfficeId', 'specializedOfficeId'], { unique: true })
@ObjectType({ description: 'A quarterly reconciliation of a territorial and a specialized office (para 7)' })
export class Reconciliation extends BaseRecord {
  @Field(() => ID, { description: 'Identifier (globally unique: usable with node(id))' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back when signing' })
  override version!: number;

  @Field(() => String, { description: 'The quarter, e.g. 2026-Q3' })
  @Column({ type: 'text' })
  quarter!: string;

  @Field(() => ID, { description: 'The territorial office' })
  @Index()
  @Column({ type: 'uuid' })
  territorialOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_office_id' })
  territorialOffice?: unknown;

  @Field(() => ID, { description: 'The specialized office' })
  @Index()
  @Column({ type: 'uuid' })
  specializedOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialized_office_id' })
  specializedOffice?: unknown;

  @Field(() => ReconciliationStatus, { description: 'DRAFT until both sides sign, then SIGNED (immutable)' })
  @Column({
    type: 'enum',
    enum: ReconciliationStatus,
    enumName: 'reconciliation_status',
    default: ReconciliationStatus.DRAFT,
  })
  status!: ReconciliationStatus;

  @Field(() => Date, { description: 'When the items were last built' })
  @Column({ type: 'timestamptz' })
  builtAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the territorial office signed' })
  @Column({ type: 'timestamptz', nullable: true })
  signedByTerritorialAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The user who signed for the territorial office' })
  @Column({ type: 'uuid', nullable: true })
  signedByTerritorialBy!: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_territorial_by' })
  territorialSigner?: unknown;

  @Field(() => Date, { nullable: true, description: 'When the specialized office signed' })
  @Column({ type: 'timestamptz', nullable: true })
  signedBySpecializedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The user who signed for the specialized office' })
  @Column({ type: 'uuid', nullable: true })
  signedBySpecializedBy!: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_specialized_by' })
  specializedSigner?: unknown;

  /** The full signed act (items, resolutions, signatures); null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  frozenAct!: Record<string, unknown> | null;
}
