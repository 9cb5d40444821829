import { DayUnit, DeadlineCode, DeadlineStatus } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * One obligation with a due date: a case deadline from the rules engine (or an office's reporting date), kept
 * in step with the events that trigger and meet it. `subjectId` is the record that triggered it (a court act,
 * an application, a requisition), so one case can hold the same code for several acts.
 */
@Entity('deadline')
@ObjectType({ description: 'One obligation with a due date, kept in step with the events of its case' })
// The office's deadline board: counts run index-only (met_at included), lists read in due-date order; the
// recently-met list reads backwards by met_at (issue 7).
@Index('IDX_deadline_board', ['officeId', 'status', 'dueOn', 'metAt'])
@Index('IDX_deadline_board_met', ['officeId', 'status', 'metAt'])
@Index(['code', 'subjectKey'], { unique: true })
@Index(['caseId'])
// Cases with an open deadline (the assignment matrix's workload; issue 7).
@Index('IDX_deadline_open_case', ['caseId'], { where: `status = 'OPEN'` })
export class Deadline extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => ID, { nullable: true, description: 'The case, for a case deadline' })
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  /** The office that must meet it. */
  @Field(() => ID, { description: 'The office that must meet it' })
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Field(() => DeadlineCode, { description: 'Which obligation' })
  @Column({ type: 'enum', enum: DeadlineCode, enumName: 'deadline_code' })
  code!: DeadlineCode;

  @Field(() => ID, {
    nullable: true,
    description: 'The record that triggered it (court act, application, requisition)',
  })
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** For a reporting deadline, its period: `2025-Q1` or `2025-03`. */
  @Field(() => String, {
    nullable: true,
    description: 'For a reporting deadline, its period (2025-Q1, 2025-03)',
  })
  @Column({ type: 'text', nullable: true })
  period!: string | null;

  /**
   * What makes the obligation unique with its code: `<caseId>:<subjectId>` for a case deadline,
   * `<officeId>:<period>` for a reporting one (a unique key that never holds NULLs).
   */
  @Column({ type: 'text' })
  subjectKey!: string;

  @Field(() => String, { description: 'The trigger day, YYYY-MM-DD (not counted)' })
  @Column({ type: 'date' })
  triggerOn!: string;

  @Field(() => Int, { description: 'How many days' })
  @Column({ type: 'integer' })
  length!: number;

  @Field(() => DayUnit, { description: 'Calendar or working days' })
  @Column({ type: 'enum', enum: DayUnit, enumName: 'day_unit' })
  unit!: DayUnit;

  @Field(() => String, { description: 'The last day, YYYY-MM-DD' })
  @Column({ type: 'date' })
  dueOn!: string;

  @Field(() => DeadlineStatus, { description: 'Where it stands' })
  @Column({ type: 'enum', enum: DeadlineStatus, enumName: 'deadline_status', default: DeadlineStatus.OPEN })
  status!: DeadlineStatus;

  @Field(() => Date, { nullable: true, description: 'When it was met' })
  @Column({ type: 'timestamptz', nullable: true })
  metAt!: Date | null;

  /** Paragraph, КоАП article and the reason in kk/ru/en, including what moved the date. */
  @Column({ type: 'jsonb' })
  explanation!: Record<string, unknown>;
}
