// Which office answers for a case: para 9 (the initiating prosecutor's unit) and para 7 (specialized military and
// transport jurisdiction, the fall-back to the territorial office and the duty to notify). First match wins.
import type { CaseFacts, Offender } from '../cases/case-facts';
import { Initiator, MilitaryStatus, ResponsibleKind, Sphere, SpecializedKind } from '../enums/rules';
import type { Explanation } from '../i18n/explanation';
import type { JurisdictionReason } from '../i18n/rules.i18n';
import {
  routingFallbackReason,
  routingInitiatorReason,
  routingSpecializedReason,
  routingTerritorialReason,
} from '../i18n/rules.i18n';
import type { ParticipationInput } from '../participation/participation.rules';
import { firstInstanceGrounds } from '../participation/participation.rules';

/** The facts routing depends on (para-6 grounds are computed from them unless given). */
export type RoutingInput = Pick<
  CaseFacts,
  'spheres' | 'initiator' | 'specializedAtCourt' | 'specializedNotified'
> & {
  offender: Pick<Offender, 'military' | 'dutyRelated'>;
};

/** The office that answers for a case, and why. */
export interface Routing {
  responsible: ResponsibleKind;
  /** Para 9: the prosecutor unit that initiated the case answers for it. */
  initiatingUnit: boolean;
  /** Routed to a specialized office but falls back to the territorial one (para 7). */
  fallback: boolean;
  /** The territorial office must notify the specialized office at the court (para 7). */
  notifySpecialized: boolean;
  /** The kind the jurisdiction rules point to, before any fall-back. */
  jurisdiction: ResponsibleKind;
  explanation: Explanation;
}

// Routing results are few (kinds × reasons × fall-backs): each is built, explained and frozen once, keyed by a
// small integer, so bulk evaluation allocates nothing here.
const cache = new Map<number, Routing>();

const INITIATOR_KINDS: Partial<Record<Initiator, ResponsibleKind>> = {
  [Initiator.TERRITORIAL_PROSECUTOR]: ResponsibleKind.TERRITORIAL,
  [Initiator.MILITARY_PROSECUTOR]: ResponsibleKind.MILITARY,
  [Initiator.TRANSPORT_PROSECUTOR]: ResponsibleKind.TRANSPORT,
  [Initiator.ENVIRONMENTAL_PROSECUTOR]: ResponsibleKind.ENVIRONMENTAL,
};
const KIND_CODES: Record<ResponsibleKind, number> = {
  [ResponsibleKind.TERRITORIAL]: 0,
  [ResponsibleKind.MILITARY]: 1,
  [ResponsibleKind.TRANSPORT]: 2,
  [ResponsibleKind.ENVIRONMENTAL]: 3,
};
const MILITARY_REASONS: readonly JurisdictionReason[] = [
  'CHAPTER_32',
  'MILITARY_AUTHORITY',
  'SERVICEMAN',
  'RESERVIST',
  'CIVILIAN_PERSONNEL',
];

/** Para 7 (i)–(v) as a bit mask over MILITARY_REASONS. */
function militaryMask(facts: RoutingInput): number {
  let mask = 0;
  if (facts.spheres.includes(Sphere.MILITARY_CH32)) mask |= 1;
  if (facts.initiator === Initiator.MILITARY_AUTHORITY) mask |= 2;
  const { military, dutyRelated } = facts.offender;
  if (military === MilitaryStatus.SERVICEMAN && dutyRelated) mask |= 4;
  // Para 7 (iv): reservists during military training, whether or not the offense concerns the training.
  if (military === MilitaryStatus.RESERVIST_ON_TRAINING) mask |= 8;
  if (military === MilitaryStatus.CIVILIAN_PERSONNEL && dutyRelated) mask |= 16;
  return mask;
}

/** Para 7 (i)–(v): why a case is the military prosecutor's; empty when it is not. */
export function militaryJurisdiction(facts: RoutingInput): JurisdictionReason[] {
  const mask = militaryMask(facts);
  return MILITARY_REASONS.filter((_r, i) => (mask & (1 << i)) !== 0);
}

function memo(key: number, build: () => Routing): Routing {
  let routing = cache.get(key);
  if (routing === undefined) {
    const built = build();
    Object.freeze(built.explanation.reason);
    Object.freeze(built.explanation);
    routing = Object.freeze(built);
    cache.set(key, routing);
  }
  return routing;
}

function specialized(
  kind: typeof ResponsibleKind.MILITARY | typeof ResponsibleKind.TRANSPORT,
  reasonMask: number,
  facts: RoutingInput,
): Routing {
  const atCourt = facts.specializedAtCourt.includes(
    kind === ResponsibleKind.MILITARY ? SpecializedKind.MILITARY : SpecializedKind.TRANSPORT,
  );
  // Para 7: the fall-back applies when there is no specialized office at the court, or it was not notified.
  const why = !atCourt ? 'NO_OFFICE' : !facts.specializedNotified ? 'NOT_NOTIFIED' : undefined;
  const key =
    1000 + KIND_CODES[kind] * 256 + reasonMask * 4 + (why === undefined ? 0 : why === 'NO_OFFICE' ? 1 : 2);
  return memo(key, () => {
    const reasons: JurisdictionReason[] =
      kind === ResponsibleKind.MILITARY
        ? MILITARY_REASONS.filter((_r, i) => (reasonMask & (1 << i)) !== 0)
        : ['TRANSPORT'];
    return {
      responsible: why === undefined ? kind : ResponsibleKind.TERRITORIAL,
      initiatingUnit: false,
      fallback: why !== undefined,
      notifySpecialized: atCourt,
      jurisdiction: kind,
      explanation: {
        paragraph: '7',
        ...(reasons.includes('CHAPTER_32') ? { article: 'КоАП гл. 32' } : {}),
        reason:
          why === undefined
            ? routingSpecializedReason(kind, reasons)
            : routingFallbackReason(kind, reasons, why),
      },
    };
  });
}

/**
 * The responsible office (paras 7, 9). `hasFirstInstanceGround` is whether the case has a para-6 ground as at first
 * instance (computed from the facts when not given).
 */
export function routeCase(
  facts: RoutingInput & Omit<ParticipationInput, 'instance'>,
  hasFirstInstanceGround?: boolean,
): Routing {
  // 1. Para 9: the prosecutor unit that initiated the case answers for it; it never falls back.
  const own = INITIATOR_KINDS[facts.initiator];
  if (own !== undefined) {
    return memo(KIND_CODES[own], () => ({
      responsible: own,
      initiatingUnit: true,
      fallback: false,
      notifySpecialized: false,
      jurisdiction: own,
      explanation: { paragraph: '9', reason: routingInitiatorReason(own) },
    }));
  }
  // 2. Para 7: the military prosecutor's categories.
  const military = militaryMask(facts);
  if (military !== 0) return specialized(ResponsibleKind.MILITARY, military, facts);
  // 3. Para 7: the transport prosecutor takes only para-6 (mandatory-category) cases of transport bodies.
  const transportBody = facts.initiator === Initiator.TRANSPORT_AUTHORITY;
  const mandatory = hasFirstInstanceGround ?? (transportBody && firstInstanceGrounds(facts).length > 0);
  if (transportBody && mandatory) return specialized(ResponsibleKind.TRANSPORT, 0, facts);
  // 4. Everything else is the territorial office's.
  const { military: status, dutyRelated } = facts.offender;
  const note = transportBody
    ? 'TRANSPORT_NOT_MANDATORY'
    : (status === MilitaryStatus.SERVICEMAN || status === MilitaryStatus.CIVILIAN_PERSONNEL) && !dutyRelated
      ? 'NOT_DUTY_RELATED'
      : undefined;
  return memo(note === undefined ? 10 : note === 'TRANSPORT_NOT_MANDATORY' ? 11 : 12, () => ({
    responsible: ResponsibleKind.TERRITORIAL,
    initiatingUnit: false,
    fallback: false,
    notifySpecialized: false,
    jurisdiction: ResponsibleKind.TERRITORIAL,
    explanation: { paragraph: '7', reason: routingTerritorialReason(note) },
  }));
}
