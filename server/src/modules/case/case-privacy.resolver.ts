// The one place the offender's personal data leaves the server (see case-privacy.ts for the rules and the
// decisions): every path that returns a Case — lists, node(id), a hearing's case, a live event — resolves these
// three fields here, per viewer and per case.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { PERSONAL_DATA_EXPLANATION, PersonalDataNotice, initials, personalDataAccess } from './case-privacy';
import { Case } from './case.entity';

@Resolver(() => Case)
export class CasePrivacyResolver {
  // Type and description come from the entity's @Field (type-graphql keeps them for a field it already has).
  @FieldResolver(() => String, { nullable: true })
  async offenderName(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<string | null> {
    const access = await personalDataAccess(ctx, kase);
    if (access.kind === 'HIDDEN') return null;
    return access.kind === 'MASKED' ? initials(kase.offenderName) : kase.offenderName;
  }

  @FieldResolver(() => String, { nullable: true })
  async offenderBirthDate(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<string | null> {
    const access = await personalDataAccess(ctx, kase);
    return access.kind === 'FULL' ? kase.offenderBirthDate : null;
  }

  @FieldResolver(() => PersonalDataNotice, {
    nullable: true,
    description: 'Why the offender’s personal data is withheld or masked for you; null when you see it all',
  })
  async personalDataHidden(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<PersonalDataNotice | null> {
    const access = await personalDataAccess(ctx, kase);
    return access.kind === 'FULL'
      ? null
      : { reason: access.reason, explanation: PERSONAL_DATA_EXPLANATION[access.reason] };
  }
}
