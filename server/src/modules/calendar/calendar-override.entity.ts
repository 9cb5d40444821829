import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An administrator's run-time edit of the working-day calendar (rules contract, Decision 4): Kurban Ait and
 * day transfers are announced late each year. Loaded into the shared WorkingCalendar at start.
 */
@Entity('calendar_override')
export class CalendarOverride {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'boolean' })
  working!: boolean;

  @Column({ type: 'text' })
  nameKk!: string;

  @Column({ type: 'text' })
  nameRu!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
