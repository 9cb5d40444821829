import { Column, Entity } from 'typeorm';
import { DateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { RegionKind } from './region.enums';

export { RegionKind };

registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'Oblast, or city of republican significance (Astana, Almaty, Shymkent)',
});

/**
 * One of the 20 current top-level units, with its names today. Earlier names, centres and statuses are in its
 * history (`region_history`), so a region keeps one identity through renames: South Kazakhstan Region is the
 * Turkistan Region row before 19 June 2018.
 */
@Entity('region')
@ObjectType({ description: 'A region: an oblast or a city of republican significance' })
export class Region extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => String, { description: 'Stable code, e.g. AKMOLA, ALMATY_CITY' })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Name in Kazakh' })
  @Column({ type: 'text' })
  nameKk!: string;

  @Field(() => String, { description: 'Name in Russian' })
  @Column({ type: 'text' })
  nameRu!: string;

  @Field(() => String, { description: 'Name in English' })
  @Column({ type: 'text' })
  nameEn!: string;

  @Field(() => RegionKind, { description: 'Oblast or city of republican significance' })
  @Column({ type: 'enum', enum: RegionKind, enumName: 'region_kind' })
  kind!: RegionKind;

  @Field(() => String, { description: 'Administrative centre, in Kazakh' })
  @Column({ type: 'text' })
  centreKk!: string;

  @Field(() => String, { description: 'Administrative centre, in Russian' })
  @Column({ type: 'text' })
  centreRu!: string;

  @Field(() => String, { description: 'Administrative centre, in English' })
  @Column({ type: 'text' })
  centreEn!: string;

  @Field(() => Int, {
    description: 'Position in the official list (oblasts in Kazakh alphabetical order, then the cities)',
  })
  @Column({ type: 'integer' })
  sortOrder!: number;

  @Field(() => DateResolver, {
    description:
      'First day this region exists as recorded here: its creation date, or the start of the kept history ' +
      '(2015-01-01) for regions that are older',
  })
  @Column({ type: 'date' })
  validFrom!: string;
}
