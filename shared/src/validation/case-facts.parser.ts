// Validation of CaseFacts input (rules-cli.md): defaults applied, unknown enum values, impossible dates, wrong types,
// unknown fields and a missing id rejected with the field's path.
import type { CaseEvents, CaseFacts, Offender } from '../cases/case-facts';
import { CASE_EVENT_KEYS, defaultCaseFacts } from '../cases/case-facts';
import {
  ActKind,
  Initiator,
  Instance,
  MilitaryStatus,
  Proceeding,
  Sanction,
  Sphere,
  SpecializedKind,
} from '../enums/rules';
import type { JsonObject } from './input-reader';
import {
  EnumReader,
  at,
  describeValue,
  fieldError,
  readBoolean,
  readDate,
  readId,
  readObject,
  rejectUnknownKeys,
} from './input-reader';

const INSTANCE = new EnumReader(Instance);
const PROCEEDING = new EnumReader(Proceeding);
const SPHERE = new EnumReader(Sphere);
const SANCTION = new EnumReader(Sanction);
const MILITARY = new EnumReader(MilitaryStatus);
const INITIATOR = new EnumReader(Initiator);
const SPECIALIZED = new EnumReader(SpecializedKind);
const ACT_KIND = new EnumReader(ActKind);

const CASE_KEYS: ReadonlySet<string> = new Set(Object.keys(defaultCaseFacts('')));
const OFFENDER_KEYS: ReadonlySet<string> = new Set(['minor', 'military', 'dutyRelated']);
const EVENT_KEYS: ReadonlySet<string> = new Set(CASE_EVENT_KEYS);

function readOffender(obj: JsonObject, path: string): Offender {
  const value = obj.offender;
  if (value === undefined || value === null)
    return { minor: false, military: MilitaryStatus.NONE, dutyRelated: false };
  const p = at(path, 'offender');
  const o = readObject(value, p);
  rejectUnknownKeys(o, OFFENDER_KEYS, p);
  return {
    minor: readBoolean(o, 'minor', p, false),
    military: MILITARY.read(o, 'military', p, MilitaryStatus.NONE),
    dutyRelated: readBoolean(o, 'dutyRelated', p, false),
  };
}

function readEvents(obj: JsonObject, path: string): CaseEvents {
  const value = obj.events;
  const p = at(path, 'events');
  const e = value === undefined || value === null ? {} : readObject(value, p);
  rejectUnknownKeys(e, EVENT_KEYS, p);
  return {
    copyDelivered: readDate(e, 'copyDelivered', p),
    enteredIntoForce: readDate(e, 'enteredIntoForce', p),
    applicationReceived: readDate(e, 'applicationReceived', p),
    requisitionReceivedByCourt: readDate(e, 'requisitionReceivedByCourt', p),
    courtDecision: readDate(e, 'courtDecision', p),
  };
}

/** Validates one case and applies the contract's defaults; `path` prefixes error messages (e.g. 'cases[3]'). */
export function parseCaseFacts(input: unknown, path = 'case'): CaseFacts {
  const obj = readObject(input, path);
  const id = readId(obj, path);
  rejectUnknownKeys(obj, CASE_KEYS, path);
  return {
    id,
    instance: INSTANCE.read(obj, 'instance', path, Instance.FIRST),
    proceeding: PROCEEDING.read(obj, 'proceeding', path, Proceeding.OFFENSE),
    spheres: SPHERE.readArray(obj, 'spheres', path),
    sanctions: SANCTION.readArray(obj, 'sanctions', path),
    offender: readOffender(obj, path),
    initiator: INITIATOR.read(obj, 'initiator', path, Initiator.OTHER_AUTHORITY),
    higherProsecutorRequired: readBoolean(obj, 'higherProsecutorRequired', path, false),
    specializedAtCourt: SPECIALIZED.readArray(obj, 'specializedAtCourt', path),
    specializedNotified: readBoolean(obj, 'specializedNotified', path, true),
    actKind: ACT_KIND.readNullable(obj, 'actKind', path),
    prosecutorAgrees: readBoolean(obj, 'prosecutorAgrees', path, false),
    events: readEvents(obj, path),
  };
}

/** Validates the `evaluate` input: a JSON array of cases, reported as `cases[i]…`. */
export function parseCases(input: unknown): CaseFacts[] {
  if (!Array.isArray(input))
    throw fieldError('cases', `expected a JSON array of cases, got ${describeValue(input)}`);
  const out: CaseFacts[] = new Array<CaseFacts>(input.length);
  for (let i = 0; i < input.length; i++) out[i] = parseCaseFacts(input[i], `cases[${i}]`);
  return out;
}
