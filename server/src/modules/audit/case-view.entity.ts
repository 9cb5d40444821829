import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Issue 8: who opened which case's details, when, from where — one row per case(id) / node(id) of a case. Not
 * audit_log: that one records changes (before/after snapshots, inside the change's transaction); a read has no
 * snapshot but has an office and an address, and is written on every view, so it stays a narrow append-only row.
 */
@Entity('case_view')
@Index('IDX_case_view_case_at', ['caseId', 'at'])
@Index('IDX_case_view_user_at', ['userId', 'at'])
export class CaseViewRecord {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid' })
  userId!: string;

  /** The viewer's office at the time (null for a user without one, e.g. an administrator). */
  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** The caller's network address (the socket's peer, as in the request context). */
  @Column({ type: 'text' })
  clientAddress!: string;

  /** Which entry point: 'case' (case(id)) or 'node' (node(id)). */
  @Column({ type: 'text' })
  via!: string;
}
