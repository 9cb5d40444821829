import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * The zonal-thematic principle (para 5): a prosecutor answers for a theme in a zone — a whole region or one
 * office's zone — for a period.
 */
@Entity('assignment')
@Check('assignment_zone', '(region_id IS NOT NULL) OR (office_id IS NOT NULL)')
@Check('assignment_period', 'valid_to IS NULL OR valid_to >= valid_from')
export class Assignment extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  prosecutorId!: string;

  @ManyToOne('Prosecutor', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prosecutor_id' })
  prosecutor?: unknown;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: unknown;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Index()
  @Column({ type: 'uuid' })
  themeId!: string;

  @ManyToOne('ThematicDirection', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme?: unknown;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;
}
