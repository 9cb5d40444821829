import { OfficeKind } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import type { Locality } from '../locality/locality.entity';
import type { Region } from '../region/region.entity';

registerEnumType(OfficeKind, {
  name: 'OfficeKind',
  description: 'Kind of prosecutor’s office (Instruction paras 4, 7)',
  valuesConfig: {
    GPO: { description: 'The Prosecutor General’s Office' },
    DEPARTMENT: { description: 'The GPO Department for Representation of State Interests in Courts' },
    REGIONAL: { description: 'Prosecutor’s office of an oblast or of a city of republican significance' },
    DISTRICT: { description: 'District prosecutor’s office' },
    CITY: { description: 'City prosecutor’s office' },
    INTERDISTRICT: { description: 'Interdistrict prosecutor’s office' },
    MILITARY: {
      description: 'Military prosecutor’s office (garrison, or the Main Military Prosecutor’s Office)',
    },
    TRANSPORT: { description: 'Transport prosecutor’s office (or the Main Transport Prosecutor’s Office)' },
    ENVIRONMENTAL: { description: 'Specialized environmental (nature-protection) prosecutor’s office' },
  },
});

/**
 * A prosecutor's office. Territorial offices form the tree GPO → regional → district / city / interdistrict;
 * specialized offices hang under their main office (military, transport) or under the regional office
 * (environmental). Central offices have neither region nor locality.
 */
@Entity('office')
@ObjectType({ description: 'A prosecutor’s office' })
export class Office extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => String, { description: 'Stable code, e.g. GPO, PO.AKMOLA, PO.AKMOLA.BURABAY, MIL.ASTANA' })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Field(() => OfficeKind, { description: 'Kind of office' })
  @Index()
  @Column({ type: 'enum', enum: OfficeKind, enumName: 'office_kind' })
  kind!: OfficeKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Office | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  localityId!: string | null;

  @ManyToOne('Locality', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: Locality | null;

  @Field(() => String, { description: 'Full name in Kazakh' })
  @Column({ type: 'text' })
  nameKk!: string;

  @Field(() => String, { description: 'Full name in Russian' })
  @Column({ type: 'text' })
  nameRu!: string;

  @Field(() => String, { description: 'Full name in English' })
  @Column({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { description: 'Short name in Kazakh (without the region)' })
  @Column({ type: 'text' })
  shortNameKk!: string;

  @Field(() => String, { description: 'Short name in Russian (without the region)' })
  @Column({ type: 'text' })
  shortNameRu!: string;

  @Field(() => String, { description: 'Short name in English (without the region)' })
  @Column({ type: 'text' })
  shortNameEn!: string;

  @Field(() => Int, {
    description: 'Position in lists: central offices, then by region, regional office first',
  })
  @Column({ type: 'integer' })
  sortOrder!: number;
}
