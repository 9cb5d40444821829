import { CourtInstance, CourtKind } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import type { Locality } from '../locality/locality.entity';
import type { Region } from '../region/region.entity';

registerEnumType(CourtKind, {
  name: 'CourtKind',
  description: 'Kind of court that hears administrative-offense cases',
  valuesConfig: {
    DISTRICT: { description: 'District (районный) court, including numbered ones (№ 2)' },
    CITY: { description: 'City court of a city of regional significance' },
    SPECIALIZED_ADMINISTRATIVE: { description: 'Specialized interdistrict administrative court (СМАС)' },
    MILITARY: { description: 'Military court of a garrison' },
    REGIONAL: { description: 'Oblast court, or city court of a city of republican significance (appeal)' },
    SUPREME: { description: 'The Supreme Court (cassation)' },
  },
});

registerEnumType(CourtInstance, {
  name: 'CourtInstance',
  description: 'Court instance (para 6: first, appeal and cassation)',
});

/** A court that hears administrative-offense cases, at first, appeal or cassation instance. */
@Entity('court')
@ObjectType({ description: 'A court hearing administrative-offense cases' })
export class Court extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => String, {
    description: 'Stable code, e.g. COURT.AKMOLA.BURABAY, SMAS.ASTANA, APPEAL.ASTANA, SUPREME',
  })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Field(() => CourtKind, { description: 'Kind of court' })
  @Index()
  @Column({ type: 'enum', enum: CourtKind, enumName: 'court_kind' })
  kind!: CourtKind;

  @Field(() => CourtInstance, { description: 'Instance at which it hears administrative cases' })
  @Column({ type: 'enum', enum: CourtInstance, enumName: 'court_instance' })
  instance!: CourtInstance;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region | null;

  @Index()
  @Column({ type: 'uuid' })
  localityId!: string;

  @ManyToOne('Locality', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: Locality;

  @Field(() => String, { description: 'Name in Kazakh' })
  @Column({ type: 'text' })
  nameKk!: string;

  @Field(() => String, { description: 'Name in Russian' })
  @Column({ type: 'text' })
  nameRu!: string;

  @Field(() => String, { description: 'Name in English' })
  @Column({ type: 'text' })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Website where the court publishes its hearing lists (para 7 monitoring), on sud.kz',
  })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Field(() => Int, { description: 'Position in lists: by region, appeal court first' })
  @Column({ type: 'integer' })
  sortOrder!: number;
}
