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
  // One pass over each list (this runs for every case of a bulk evaluation); grounds keep the para-6 order.
  let corruption = false;
  let electoral = false;
  let environment = false;
  let tax = false;
  let customs = false;
  for (const sphere of facts.spheres) {
    if (sphere === Sphere.CORRUPTION) corruption = true;
    else if (sphere === Sphere.ELECTORAL) electoral = true;
    else if (sphere === Sphere.ENVIRONMENT) environment = true;
    // Para 13 treats failure to perform a tax obligation as a tax case; it is "in the taxation sphere" (para 6).
    else if (sphere === Sphere.TAX || sphere === Sphere.TAX_OBLIGATION) tax = true;
    else if (sphere === Sphere.CUSTOMS) customs = true;
  }
  let arrest = false;
  let confiscation = false;
  let expulsion = false;
  let demolition = false;
  for (const sanction of facts.sanctions) {
    if (sanction === Sanction.ARREST) arrest = true;
    else if (sanction === Sanction.CONFISCATION) confiscation = true;
    else if (sanction === Sanction.EXPULSION) expulsion = true;
    else if (sanction === Sanction.DEMOLITION) demolition = true;
  }
  const grounds: Ground[] = [];
  // Decision 3: "concerning minors and entailing arrest" are two grounds; arrest cannot be imposed on minors.
  if (facts.offender.minor) grounds.push(Ground.MINOR);
  if (arrest) grounds.push(Ground.ARREST);
  if (facts.higherProsecutorRequired) grounds.push(Ground.HIGHER_PROSECUTOR);
  if (PROSECUTOR_INITIATORS.has(facts.initiator)) grounds.push(Ground.PROSECUTOR_INITIATED);
  if (corruption) grounds.push(Ground.CORRUPTION);
  if (electoral) grounds.push(Ground.ELECTORAL);
  if (environment) grounds.push(Ground.ENVIRONMENT);
  if (tax) grounds.push(Ground.TAX);
  if (customs) grounds.push(Ground.CUSTOMS);
  if (confiscation) grounds.push(Ground.CONFISCATION);
  if (expulsion) grounds.push(Ground.EXPULSION);
  if (demolition) grounds.push(Ground.DEMOLITION);
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
