import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * The zonal-thematic principle (para 5): a prosecutor answers for a theme in a zone — a whole region or one
 * office's zone — for a period. The period holds from `validFrom` up to, not including, `validTo`: unassigning
 * sets `validTo` to the day the assignment stops (an empty period when that is its first day).
 */
@Entity('assignment')
@Check('assignment_zone', '(region_id IS NOT NULL) OR (office_id IS NOT NULL)')
@Check('assignment_period', 'valid_to IS NULL OR valid_to >= valid_from')
@ObjectType({ description: 'A prosecutor answering for a theme in a zone for a period (para 5)' })
export class Assignment extends BaseRecord {
  @Field(() => ID, { description: 'Identifier (globally unique: usable with node(id))' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back when unassigning' })
  override version!: number;

  @Field(() => ID, { description: 'The prosecutor' })
  @Index()
  @Column({ type: 'uuid' })
  prosecutorId!: string;

  @ManyToOne('Prosecutor', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prosecutor_id' })
  prosecutor?: unknown;

  @Field(() => ID, { nullable: true, description: 'The region (zone)' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: unknown;

  @Field(() => ID, {
    nullable: true,
    description: 'The office whose zone it is, when narrower than the region',
  })
  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Field(() => ID, { description: 'The thematic direction' })
  @Index()
  @Column({ type: 'uuid' })
  themeId!: string;

  @ManyToOne('ThematicDirection', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme?: unknown;

  @Field(() => String, { description: 'First day, YYYY-MM-DD' })
  @Column({ type: 'date' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day it stops holding, YYYY-MM-DD (not included); null: open-ended',
  })
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;
}
