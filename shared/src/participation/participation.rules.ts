// Who must take part in the hearing: para 6 (first instance, the mandatory categories) and para 8 (appeal).
import type { CaseFacts, Offender } from '../cases/case-facts';
import { Ground, Initiator, Instance, Proceeding, Sanction, Sphere } from '../enums/rules';
import type { Explanation } from '../i18n/explanation';
import { GROUND_REASONS } from '../i18n/rules.i18n';

/** The facts participation depends on. */
export type ParticipationInput = Pick<
  CaseFacts,
  'instance' | 'proceeding' | 'spheres' | 'sanctions' | 'initiator' | 'higherProsecutorRequired'
> & { offender: Pick<Offender, 'minor'> };

/** A ground with its paragraph, article and reason. */
export interface GroundDetail extends Explanation {
  ground: Ground;
}

/** Whether the prosecutor must take part, and why. */
export interface Participation {
  mandatory: boolean;
  grounds: Ground[];
  details: GroundDetail[];
}

const ARTICLES: Partial<Record<Ground, string>> = {
  [Ground.COMPLAINT_CH44]: 'КоАП гл. 44',
  [Ground.COMPLAINT_CH45]: 'КоАП гл. 45',
};

const DETAILS = Object.fromEntries(
  Object.values(Ground).map((ground) => {
    const article = ARTICLES[ground];
    const detail: GroundDetail = {
      ground,
      paragraph: ground === Ground.APPEAL_REVIEW ? '8' : '6',
      reason: GROUND_REASONS[ground],
      ...(article !== undefined ? { article } : {}),
    };
    return [ground, Object.freeze(detail)];
  }),
) as Record<Ground, GroundDetail>;

const PROSECUTOR_INITIATORS: ReadonlySet<Initiator> = new Set([
  Initiator.TERRITORIAL_PROSECUTOR,
  Initiator.MILITARY_PROSECUTOR,
  Initiator.TRANSPORT_PROSECUTOR,
  Initiator.ENVIRONMENTAL_PROSECUTOR,
]);

/** True when the case was initiated by a prosecutor's office of any kind (paras 6, 9). */
export function isProsecutorInitiator(initiator: Initiator): boolean {
  return PROSECUTOR_INITIATORS.has(initiator);
}

/** The para-6 grounds of a case, as at first instance; each ground is independent. */
export function firstInstanceGrounds(facts: Omit<ParticipationInput, 'instance'>): Ground[] {
  const grounds: Ground[] = [];
  const { spheres, sanctions } = facts;
  // Decision 3: "concerning minors and entailing arrest" are two grounds; arrest cannot be imposed on minors.
  if (facts.offender.minor) grounds.push(Ground.MINOR);
  if (sanctions.includes(Sanction.ARREST)) grounds.push(Ground.ARREST);
  if (facts.higherProsecutorRequired) grounds.push(Ground.HIGHER_PROSECUTOR);
  if (PROSECUTOR_INITIATORS.has(facts.initiator)) grounds.push(Ground.PROSECUTOR_INITIATED);
  if (spheres.includes(Sphere.CORRUPTION)) grounds.push(Ground.CORRUPTION);
  if (spheres.includes(Sphere.ELECTORAL)) grounds.push(Ground.ELECTORAL);
  if (spheres.includes(Sphere.ENVIRONMENT)) grounds.push(Ground.ENVIRONMENT);
  // Para 13 treats failure to perform a tax obligation as a tax case; it is "in the taxation sphere" (para 6).
  if (spheres.includes(Sphere.TAX) || spheres.includes(Sphere.TAX_OBLIGATION)) grounds.push(Ground.TAX);
  if (spheres.includes(Sphere.CUSTOMS)) grounds.push(Ground.CUSTOMS);
  if (sanctions.includes(Sanction.CONFISCATION)) grounds.push(Ground.CONFISCATION);
  if (sanctions.includes(Sanction.EXPULSION)) grounds.push(Ground.EXPULSION);
  if (sanctions.includes(Sanction.DEMOLITION)) grounds.push(Ground.DEMOLITION);
  if (facts.proceeding === Proceeding.COMPLAINT_CH44) grounds.push(Ground.COMPLAINT_CH44);
  if (facts.proceeding === Proceeding.COMPLAINT_CH45) grounds.push(Ground.COMPLAINT_CH45);
  return grounds;
}

/** The explanation of one ground (paragraph, article, reason). */
export function explainGround(ground: Ground): GroundDetail {
  return DETAILS[ground];
}

/** Para 6 at first instance (mandatory when any ground holds); para 8 on appeal (always, APPEAL_REVIEW). */
export function participationGrounds(facts: ParticipationInput): Participation {
  const grounds = facts.instance === Instance.APPEAL ? [Ground.APPEAL_REVIEW] : firstInstanceGrounds(facts);
  return { mandatory: grounds.length > 0, grounds, details: grounds.map((g) => DETAILS[g]) };
}
