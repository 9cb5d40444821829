// Which office answers for a case: para 9 (the initiating prosecutor's unit) and para 7 (specialized military and
// transport jurisdiction, the fall-back to the territorial office and the duty to notify). First match wins.
import type { CaseFacts, Offender } from '../cases/case-facts';
import { Initiator, MilitaryStatus, ResponsibleKind, Sphere, SpecializedKind } from '../enums/rules';
import { assertUnreachable } from '../enums/enum';
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

const cache = new Map<string, Routing>();

function initiatorKind(initiator: Initiator): ResponsibleKind | undefined {
  switch (initiator) {
    case Initiator.TERRITORIAL_PROSECUTOR:
      return ResponsibleKind.TERRITORIAL;
    case Initiator.MILITARY_PROSECUTOR:
      return ResponsibleKind.MILITARY;
    case Initiator.TRANSPORT_PROSECUTOR:
      return ResponsibleKind.TRANSPORT;
    case Initiator.ENVIRONMENTAL_PROSECUTOR:
      return ResponsibleKind.ENVIRONMENTAL;
    case Initiator.MILITARY_AUTHORITY:
    case Initiator.TRANSPORT_AUTHORITY:
    case Initiator.OTHER_AUTHORITY:
      return undefined;
    default:
      return assertUnreachable(initiator);
  }
}

/** Para 7 (i)–(v): why a case is the military prosecutor's; empty when it is not. */
export function militaryJurisdiction(facts: RoutingInput): JurisdictionReason[] {
  const reasons: JurisdictionReason[] = [];
  if (facts.spheres.includes(Sphere.MILITARY_CH32)) reasons.push('CHAPTER_32');
  if (facts.initiator === Initiator.MILITARY_AUTHORITY) reasons.push('MILITARY_AUTHORITY');
  const { military, dutyRelated } = facts.offender;
  if (military === MilitaryStatus.SERVICEMAN && dutyRelated) reasons.push('SERVICEMAN');
  // Para 7 (iv): reservists during military training, whether or not the offense concerns the training.
  if (military === MilitaryStatus.RESERVIST_ON_TRAINING) reasons.push('RESERVIST');
  if (military === MilitaryStatus.CIVILIAN_PERSONNEL && dutyRelated) reasons.push('CIVILIAN_PERSONNEL');
  return reasons;
}

function memo(key: string, build: () => Routing): Routing {
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
  reasons: JurisdictionReason[],
  facts: RoutingInput,
): Routing {
  const atCourt = facts.specializedAtCourt.includes(
    kind === ResponsibleKind.MILITARY ? SpecializedKind.MILITARY : SpecializedKind.TRANSPORT,
  );
  // Para 7: the fall-back applies when there is no specialized office at the court, or it was not notified.
  const why = !atCourt ? 'NO_OFFICE' : !facts.specializedNotified ? 'NOT_NOTIFIED' : undefined;
  return memo(`${kind}|${reasons.join(',')}|${why ?? ''}`, () => ({
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
  }));
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
  const own = initiatorKind(facts.initiator);
  if (own !== undefined) {
    return memo(`OWN|${own}`, () => ({
      responsible: own,
      initiatingUnit: true,
      fallback: false,
      notifySpecialized: false,
      jurisdiction: own,
      explanation: { paragraph: '9', reason: routingInitiatorReason(own) },
    }));
  }
  // 2. Para 7: the military prosecutor's categories.
  const military = militaryJurisdiction(facts);
  if (military.length > 0) return specialized(ResponsibleKind.MILITARY, military, facts);
  // 3. Para 7: the transport prosecutor takes only para-6 (mandatory-category) cases of transport bodies.
  const transportBody = facts.initiator === Initiator.TRANSPORT_AUTHORITY;
  const mandatory = hasFirstInstanceGround ?? (transportBody && firstInstanceGrounds(facts).length > 0);
  if (transportBody && mandatory) return specialized(ResponsibleKind.TRANSPORT, ['TRANSPORT'], facts);
  // 4. Everything else is the territorial office's.
  const { military: status, dutyRelated } = facts.offender;
  const note = transportBody
    ? 'TRANSPORT_NOT_MANDATORY'
    : (status === MilitaryStatus.SERVICEMAN || status === MilitaryStatus.CIVILIAN_PERSONNEL) && !dutyRelated
      ? 'NOT_DUTY_RELATED'
      : undefined;
  return memo(`TERRITORIAL|${note ?? ''}`, () => ({
    responsible: ResponsibleKind.TERRITORIAL,
    initiatingUnit: false,
    fallback: false,
    notifySpecialized: false,
    jurisdiction: ResponsibleKind.TERRITORIAL,
    explanation: { paragraph: '7', reason: routingTerritorialReason(note) },
  }));
}
