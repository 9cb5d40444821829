import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalityKind } from './locality.enums';
import type { Region } from '../region/region.entity';

export { LocalityKind };

registerEnumType(LocalityKind, {
  name: 'LocalityKind',
  description: 'City, or district (аудан / район) of an oblast or of a city',
});

/** A city or district of a region where prosecutor's offices and courts sit. */
@Entity('locality')
@ObjectType({ description: 'A city or district where prosecutor’s offices and courts sit' })
export class Locality extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => String, { description: 'Stable code: region code and place, e.g. AKMOLA.BURABAY' })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Index()
  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  /** The city a city district lies in (para 7: the city's specialized offices sit where its courts sit). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne('Locality', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Locality;

  @Field(() => LocalityKind, { description: 'City or district' })
  @Column({ type: 'enum', enum: LocalityKind, enumName: 'locality_kind' })
  kind!: LocalityKind;

  @Field(() => String, { description: 'Name in Kazakh' })
  @Column({ type: 'text' })
  nameKk!: string;

  @Field(() => String, { description: 'Name in Russian' })
  @Column({ type: 'text' })
  nameRu!: string;

  @Field(() => String, { description: 'Name in English' })
  @Column({ type: 'text' })
  nameEn!: string;

  @Field(() => Int, { description: 'Position within its region (cities first, the centre leading)' })
  @Column({ type: 'integer' })
  sortOrder!: number;
}
