// The facts of one case that the rules look at (rules-cli.md, "CaseFacts"), with the contract's defaults.
import type { IsoDate } from '../dates/iso-date';
import { Initiator, Instance, MilitaryStatus, Proceeding } from '../enums/rules';
import type { ActKind, Sanction, Sphere, SpecializedKind } from '../enums/rules';

/** The person held liable. */
export interface Offender {
  minor: boolean;
  military: MilitaryStatus;
  /** The offense is connected with military service or official duties (para 7). */
  dutyRelated: boolean;
}

/** Dates that trigger deadlines; null when not (yet) known. */
export interface CaseEvents {
  /** The prosecutor received the copy of the first-instance resolution (para 13). */
  copyDelivered: IsoDate | null;
  /** The court act entered into legal force (para 10). */
  enteredIntoForce: IsoDate | null;
  /** An application to bring a protest was received (para 18). */
  applicationReceived: IsoDate | null;
  /** The court received the prosecutor's request for the case file (para 18; КоАП 848(3)). */
  requisitionReceivedByCourt: IsoDate | null;
  /** The court's procedural decision an exclusion petition refers to (para 22). */
  courtDecision: IsoDate | null;
}

/** The names of the trigger events, in the contract's order. */
export const CASE_EVENT_KEYS = [
  'copyDelivered',
  'enteredIntoForce',
  'applicationReceived',
  'requisitionReceivedByCourt',
  'courtDecision',
] as const satisfies readonly (keyof CaseEvents)[];
export type CaseEventKey = (typeof CASE_EVENT_KEYS)[number];

/** One case as the rules see it, defaults applied. */
export interface CaseFacts {
  id: string;
  instance: Instance;
  proceeding: Proceeding;
  spheres: readonly Sphere[];
  /** Penalties the article's sanction provides. */
  sanctions: readonly Sanction[];
  offender: Offender;
  initiator: Initiator;
  higherProsecutorRequired: boolean;
  /** Specialized offices present where the court sits (para 7). */
  specializedAtCourt: readonly SpecializedKind[];
  /** The territorial office notified the specialized one (para 7). */
  specializedNotified: boolean;
  actKind: ActKind | null;
  /** The supervising prosecutor agrees with the act (no protest). */
  prosecutorAgrees: boolean;
  events: CaseEvents;
}

/** A case with every field at the contract's default. */
export function defaultCaseFacts(id: string): CaseFacts {
  return {
    id,
    instance: Instance.FIRST,
    proceeding: Proceeding.OFFENSE,
    spheres: [],
    sanctions: [],
    offender: { minor: false, military: MilitaryStatus.NONE, dutyRelated: false },
    initiator: Initiator.OTHER_AUTHORITY,
    higherProsecutorRequired: false,
    specializedAtCourt: [],
    specializedNotified: true,
    actKind: null,
    prosecutorAgrees: false,
    events: {
      copyDelivered: null,
      enteredIntoForce: null,
      applicationReceived: null,
      requisitionReceivedByCourt: null,
      courtDecision: null,
    },
  };
}
