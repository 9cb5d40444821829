import { Role } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** A person who signs in. The role and office fix the jurisdiction every query and mutation is scoped to. */
@Entity('app_user')
export class User extends BaseRecord {
  @Index({ unique: true })
  @Column({ type: 'text' })
  username!: string;

  /** scrypt: `scrypt$N$r$p$salt$hash`, base64 parts. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  /** Null only for ADMIN and DEPARTMENT users without an office of their own. */
  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Column({ type: 'uuid', nullable: true })
  prosecutorId!: string | null;

  @ManyToOne('Prosecutor', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'prosecutor_id' })
  prosecutor?: unknown;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
