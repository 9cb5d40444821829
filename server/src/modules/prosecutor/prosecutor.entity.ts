import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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

registerEnumType(ProsecutorPosition, {
  name: 'ProsecutorPosition',
  description: 'A prosecutor’s position in the office',
});

/** A prosecutor of an office; specializations are thematic-direction codes (para 5). */
@Entity('prosecutor')
@ObjectType({ description: 'A prosecutor of an office (para 5: specializations are thematic directions)' })
export class Prosecutor extends BaseRecord {
  @Field(() => ID, { description: 'Identifier (globally unique: usable with node(id))' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version' })
  override version!: number;

  @Field(() => String, { description: 'Full name' })
  @Column({ type: 'text' })
  fullName!: string;

  @Field(() => ProsecutorPosition, { description: 'Position in the office' })
  @Column({ type: 'enum', enum: ProsecutorPosition, enumName: 'prosecutor_position' })
  position!: ProsecutorPosition;

  @Field(() => ID, { description: 'The office' })
  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Field(() => [String], { description: 'Thematic-direction codes the prosecutor specializes in (para 5)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  specializations!: string[];

  @Field(() => Boolean, { description: 'Still serving' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
