import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { RegionEventKind, RegionKind } from './region.enums';
import type { Region } from './region.entity';

export { RegionEventKind };

registerEnumType(RegionEventKind, {
  name: 'RegionEventKind',
  description: 'Kind of change in a region’s history',
});

/**
 * One dated change of a region. `from*` describe the region before the event, `to*` after it; a group (name,
 * centre, kind) is filled only when the event changed it. Reading the events backwards from today's values
 * answers "what was this region called, and where was its centre, on date D" (see region-history.ts).
 */
@Entity('region_history')
@ObjectType({
  description: 'A dated change of a region: rename, creation by split, status change or centre move',
})
export class RegionHistoryEvent extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => String, {
    description: 'Stable code: region code, date and kind, e.g. TURKISTAN.2018-06-19.RENAMED',
  })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Index()
  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne('Region', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Field(() => DateResolver, { description: 'Day the change took effect' })
  @Column({ type: 'date' })
  eventDate!: string;

  @Field(() => RegionEventKind, { description: 'What changed' })
  @Column({ type: 'enum', enum: RegionEventKind, enumName: 'region_event_kind' })
  kind!: RegionEventKind;

  @Field(() => String, { nullable: true, description: 'Name in Kazakh before the change (renames)' })
  @Column({ type: 'text', nullable: true })
  fromNameKk!: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Russian before the change (renames)' })
  @Column({ type: 'text', nullable: true })
  fromNameRu!: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English before the change (renames)' })
  @Column({ type: 'text', nullable: true })
  fromNameEn!: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Kazakh after the change' })
  @Column({ type: 'text', nullable: true })
  toNameKk!: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Russian after the change' })
  @Column({ type: 'text', nullable: true })
  toNameRu!: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English after the change' })
  @Column({ type: 'text', nullable: true })
  toNameEn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Centre in Kazakh before the change (centre moves, renamed cities)',
  })
  @Column({ type: 'text', nullable: true })
  fromCentreKk!: string | null;

  @Field(() => String, { nullable: true, description: 'Centre in Russian before the change' })
  @Column({ type: 'text', nullable: true })
  fromCentreRu!: string | null;

  @Field(() => String, { nullable: true, description: 'Centre in English before the change' })
  @Column({ type: 'text', nullable: true })
  fromCentreEn!: string | null;

  @Field(() => String, { nullable: true, description: 'Centre in Kazakh after the change' })
  @Column({ type: 'text', nullable: true })
  toCentreKk!: string | null;

  @Field(() => String, { nullable: true, description: 'Centre in Russian after the change' })
  @Column({ type: 'text', nullable: true })
  toCentreRu!: string | null;

  @Field(() => String, { nullable: true, description: 'Centre in English after the change' })
  @Column({ type: 'text', nullable: true })
  toCentreEn!: string | null;

  @Field(() => RegionKind, {
    nullable: true,
    description: 'Kind before a status change; null if the unit was no region',
  })
  @Column({ type: 'enum', enum: RegionKind, enumName: 'region_kind', nullable: true })
  fromKind!: RegionKind | null;

  @Field(() => RegionKind, { nullable: true, description: 'Kind after a status change or creation' })
  @Column({ type: 'enum', enum: RegionKind, enumName: 'region_kind', nullable: true })
  toKind!: RegionKind | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  relatedRegionId!: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'related_region_id' })
  relatedRegion?: Region | null;

  @Field(() => [String], { description: 'Where the change is documented (acts, news reports)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources!: string[];
}
