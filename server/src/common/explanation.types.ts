import { Ground, ResponsibleKind, type Explanation } from '@qadagalau/shared';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A short text in Kazakh, Russian and English' })
export class LocalizedTextType {
  @Field(() => String, { description: 'Kazakh' })
  kk!: string;

  @Field(() => String, { description: 'Russian' })
  ru!: string;

  @Field(() => String, { description: 'English' })
  en!: string;
}

@ObjectType({
  description: 'Why a rule applies: the paragraph of Instruction No. 40, the КоАП article, a reason',
})
export class ExplanationType {
  @Field(() => String, { description: 'Paragraph(s) of Instruction No. 40, e.g. "13"' })
  paragraph!: string;

  @Field(() => String, { nullable: true, description: 'КоАП article where cited, e.g. "КоАП 832"' })
  article?: string | null;

  @Field(() => LocalizedTextType, { description: 'One line a user can read' })
  reason!: LocalizedTextType;
}

@ObjectType({ description: 'A ground for mandatory participation, explained' })
export class GroundExplanation extends ExplanationType {
  @Field(() => Ground, { description: 'The ground' })
  ground!: Ground;
}

@ObjectType({ description: 'The routing choice, explained (paras 7, 9)' })
export class RoutingExplanation extends ExplanationType {
  @Field(() => ResponsibleKind, {
    description: 'The kind the jurisdiction rules point to, before any fall-back',
  })
  jurisdiction!: ResponsibleKind;
}

/** An engine explanation as the GraphQL type (article null rather than absent). */
export function toExplanationType<T extends Explanation>(e: T): T & { article: string | null } {
  return { ...e, article: e.article ?? null };
}
