import { Column, Entity } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';

/**
 * A thematic direction of the zonal-thematic principle (para 5): a category of administrative cases that
 * prosecutors specialise in. The para 6 categories, where participation at first instance is mandatory, carry
 * `mandatory` and their paragraph; their codes are the rules engine's `Ground` values.
 */
@Entity('thematic_direction')
@ObjectType({ description: 'A thematic direction: a category of administrative cases (para 5)' })
export class ThematicDirection extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => String, { description: 'Stable code, e.g. TAX, ROAD_TRAFFIC' })
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

  @Field(() => Boolean, { description: 'Prosecutor participation at first instance is mandatory (para 6)' })
  @Column({ type: 'boolean' })
  mandatory!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Paragraph of Instruction No. 40 that makes it mandatory',
  })
  @Column({ type: 'integer', nullable: true })
  paragraph!: number | null;

  @Field(() => Int, { description: 'Position in lists: mandatory categories first, in the order of para 6' })
  @Column({ type: 'integer' })
  sortOrder!: number;
}
