import { DayKind, type DayOverrideRecord } from '@qadagalau/shared';
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

  @Column({ type: 'enum', enum: DayKind, enumName: 'day_kind', nullable: true })
  kind!: DayKind | null;

  @Column({ type: 'text', nullable: true })
  nameKk!: string | null;

  @Column({ type: 'text', nullable: true })
  nameRu!: string | null;

  @Column({ type: 'text', nullable: true })
  nameEn!: string | null;

  /** For a transfer, the other day of the pair; for a carry-over, the holiday. */
  @Column({ type: 'date', nullable: true })
  relatedDate!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The shared calendar's view of a stored override. */
export function toDayOverrideRecord(row: CalendarOverride): DayOverrideRecord {
  return {
    date: row.day,
    working: row.working,
    ...(row.kind ? { kind: row.kind } : {}),
    ...(row.nameKk && row.nameRu && row.nameEn
      ? { name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn } }
      : {}),
    ...(row.relatedDate ? { relatedDate: row.relatedDate } : {}),
  };
}
