import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

export const ProsecutorPosition = {
  HEAD: 'HEAD',
  DEPUTY_HEAD: 'DEPUTY_HEAD',
  DIVISION_HEAD: 'DIVISION_HEAD',
  SENIOR_PROSECUTOR: 'SENIOR_PROSECUTOR',
  PROSECUTOR: 'PROSECUTOR',
  ASSISTANT: 'ASSISTANT',
} as const;
export type ProsecutorPosition = (typeof ProsecutorPosition)[keyof typeof ProsecutorPosition];

/** A prosecutor of an office; specializations are thematic-direction codes (para 5). */
@Entity('prosecutor')
export class Prosecutor extends BaseRecord {
  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'enum', enum: ProsecutorPosition, enumName: 'prosecutor_position' })
  position!: ProsecutorPosition;

  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  specializations!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
