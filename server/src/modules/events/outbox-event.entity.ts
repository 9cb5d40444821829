import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Topics of the outbox: what a subscription listens to. */
export const OUTBOX_TOPICS = ['HEARING', 'DEADLINE', 'CALENDAR'] as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[number];

/** What the jurisdiction filter needs to know about an event's case (mirrors Jurisdiction.whereCase). */
export interface EventScope {
  regionId: string | null;
  /** Responsible, territorial and specialized offices of the case. */
  officeIds: string[];
  /** The locality of the court that hears the case (specialized offices monitor its courts, para 7). */
  courtLocalityId: string | null;
}

/**
 * One change that subscribers hear of, written in the same transaction as the change. The bigserial id is the
 * cursor a subscriber resumes from; writers are serialised (see outbox.ts), so ids commit in order.
 */
@Entity('outbox_event')
@Index(['createdAt'])
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'text' })
  topic!: OutboxTopic;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'jsonb' })
  scope!: EventScope;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;
}
