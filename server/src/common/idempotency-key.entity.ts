import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Issue 8: a creating mutation's idempotency key, per user. The first request with a key creates the record and
 * stores its id here in the same transaction; a retry with the same key and the same input gets that record back
 * (no second record, no second event). Pruned after a day (server/src/common/idempotency.ts).
 */
@Entity('idempotency_key')
@Index('IDX_idempotency_key_created_at', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_idempotency_key' })
  userId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_idempotency_key' })
  key!: string;

  /** The mutation the key was first used with. */
  @Column({ type: 'text' })
  mutation!: string;

  /** SHA-256 (hex) of the canonical input without the key. */
  @Column({ type: 'text' })
  requestHash!: string;

  /** The entity created (its GraphQL type name). */
  @Column({ type: 'text' })
  entity!: string;

  /** The record created; null only inside the creating transaction, before the record is written. */
  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
