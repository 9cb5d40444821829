import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The last Almaty day a time-driven job has processed: a job runs once per day, whichever instance runs it. */
@Entity('scheduler_run')
export class SchedulerRun {
  @PrimaryColumn({ type: 'text' })
  job!: string;

  @Column({ type: 'date' })
  lastDay!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
