// Issue 8, privacy: the offender's personal data (name, birth date) is decided per viewer and per case, in ONE
// place — the Case field resolvers of case-privacy.resolver.ts call `personalDataAccess` — whatever path led to
// the case: case(id), cases, node(id), a hearing's or notification's case, a reconciliation item, an application,
// a deadline-board item, a live hearing event… Lists already keep to the jurisdiction; this is the guarantee that
// holds even where a path forgets (or legitimately shows a case across offices, like a reconciliation).
//
// Decisions (issue 8 leaves them open; the careful reading is taken):
// - Outside the viewer's jurisdiction (Jurisdiction.seesCase, the same rule as every list) the name and the
//   birth date are null, and `personalDataHidden` says why.
// - A minor's name is masked to initials and the birth date withheld for everyone except the users of the
//   office that ANSWERS for the case (responsibleOfficeId) — not the superior regional office, not the
//   Department, not the administrator, not the territorial or specialized office that only monitors it. The Law
//   of the Republic of Kazakhstan "On personal data and their protection" (No. 94-V of 21 May 2013) limits
//   personal data to what the purpose of the processing needs, and a minor's identity is protected more strictly
//   than an adult's (the rights of the child — privacy of a minor in proceedings): supervising the case needs the
//   minor's identity only in the office that takes part in it; the others supervise statistics, deadlines and
//   routing, which initials, the minor flag and the case number serve just as well. A superior who needs the
//   name asks the responsible office (or opens the court file), which leaves a trace.
// - The birth date of a masked minor is withheld entirely (not even the year): the `offenderMinor` flag already
//   tells a supervisor what the rules need, and a year plus initials plus a court narrows a child down.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { AppContext } from '../../app/context';
import type { AuthUser } from '../../common/auth';
import { LocalizedTextType } from '../../common/explanation.types';
import { Jurisdiction, type CaseScope } from '../../common/jurisdiction';

export enum PersonalDataHiddenReason {
  OUTSIDE_JURISDICTION = 'OUTSIDE_JURISDICTION',
  MINOR_OUTSIDE_RESPONSIBLE_OFFICE = 'MINOR_OUTSIDE_RESPONSIBLE_OFFICE',
}

registerEnumType(PersonalDataHiddenReason, {
  name: 'PersonalDataHiddenReason',
  description:
    'Why the offender’s personal data is withheld: the case is outside your jurisdiction, or the offender is a ' +
    'minor and you are not in the office that answers for the case',
});

@ObjectType({ description: 'The offender’s personal data is withheld from you (issue 8: privacy), and why' })
export class PersonalDataNotice {
  @Field(() => PersonalDataHiddenReason, { description: 'Why' })
  reason!: PersonalDataHiddenReason;

  @Field(() => LocalizedTextType, { description: 'One line a user can read' })
  explanation!: LocalizedTextType;
}

export const PERSONAL_DATA_EXPLANATION: Record<PersonalDataHiddenReason, LocalizedTextType> = {
  [PersonalDataHiddenReason.OUTSIDE_JURISDICTION]: {
    kk: 'Іс сіздің құзыретіңізден тыс: жауапкершілікке тартылған тұлғаның дербес деректері жасырылған',
    ru: 'Дело вне вашей юрисдикции: персональные данные лица, привлекаемого к ответственности, скрыты',
    en: 'The case is outside your jurisdiction: the personal data of the person held liable is hidden',
  },
  [PersonalDataHiddenReason.MINOR_OUTSIDE_RESPONSIBLE_OFFICE]: {
    kk:
      'Кәмелетке толмаған тұлға: аты-жөні тек іс үшін жауапты прокуратура органына толық көрінеді, ' +
      'туған күні жасырылған',
    ru:
      'Несовершеннолетний: полное имя видно только органу прокуратуры, ответственному за дело, ' +
      'дата рождения скрыта',
    en:
      'A minor: the full name is shown only to the prosecutor’s office that answers for the case; ' +
      'the birth date is hidden',
  },
};

/** What a viewer may see of a case's personal data. */
export type PersonalDataAccess =
  | { kind: 'FULL' }
  | { kind: 'HIDDEN'; reason: PersonalDataHiddenReason.OUTSIDE_JURISDICTION }
  | { kind: 'MASKED'; reason: PersonalDataHiddenReason.MINOR_OUTSIDE_RESPONSIBLE_OFFICE };

export type PrivacyCase = CaseScope & { id: string; offenderMinor: boolean };

/** The operation's jurisdiction, resolved once however many cases a response carries. */
const jurisdictions = new WeakMap<object, Promise<Jurisdiction | null>>();

function jurisdictionOf(
  ctx: Pick<AppContext, 'user' | 'dataSource' | 'loaders'>,
): Promise<Jurisdiction | null> {
  let found = jurisdictions.get(ctx.loaders);
  if (!found) {
    found = ctx.user ? Jurisdiction.of(ctx.user, ctx.dataSource) : Promise.resolve(null);
    jurisdictions.set(ctx.loaders, found);
  }
  return found;
}

/**
 * Whether the viewer of this operation sees the case's personal data in full, masked (a minor, outside the
 * responsible office) or not at all (outside the jurisdiction, or anonymous). No query per case: the
 * jurisdiction is read once per operation, a specialized office's monitored courts once per jurisdiction.
 */
export async function personalDataAccess(
  ctx: Pick<AppContext, 'user' | 'dataSource' | 'loaders'>,
  kase: PrivacyCase,
): Promise<PersonalDataAccess> {
  const jurisdiction = await jurisdictionOf(ctx);
  if (!jurisdiction || !(await jurisdiction.seesCase(kase, ctx.dataSource))) {
    return { kind: 'HIDDEN', reason: PersonalDataHiddenReason.OUTSIDE_JURISDICTION };
  }
  if (kase.offenderMinor && !answersFor(jurisdiction.user, kase)) {
    return { kind: 'MASKED', reason: PersonalDataHiddenReason.MINOR_OUTSIDE_RESPONSIBLE_OFFICE };
  }
  return { kind: 'FULL' };
}

/** Only users of the responsible office itself (see the decisions at the top: no superior, no administrator). */
function answersFor(user: Pick<AuthUser, 'officeId'>, kase: PrivacyCase): boolean {
  return user.officeId !== null && user.officeId === kase.responsibleOfficeId;
}

/** "Әлия Серікқызы Бекова" → "Ә. С. Б.": the first letter of each word (letters outside the BMP included). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => word.length > 0)
    .map((word) => `${[...word][0]!.toLocaleUpperCase('ru')}.`)
    .join(' ');
}
