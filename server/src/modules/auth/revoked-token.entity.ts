import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A session token ended by `logout` before it expired. Kept until the token's own expiry (after which the
 * signature check refuses it anyway), then pruned.
 */
@Entity('revoked_token')
@Index(['expiresAt'])
export class RevokedToken {
  /** The token's `jti`. */
  @PrimaryColumn({ type: 'uuid' })
  jti!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  revokedAt!: Date;
}
