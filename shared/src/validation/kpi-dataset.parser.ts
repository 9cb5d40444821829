// Validation of the kpi input (rules-cli.md "kpi"): missing lists are empty, flags default to false, enums and
// ids are checked and unknown fields rejected, each error naming its path (e.g. `protests[0].outcome`).
import { ProtestKind } from '../enums/domain';
import { AppealBasis, AppealResult, Exclusion, ProtestOutcome } from '../enums/rules';
import type { KpiAct, KpiDataset, KpiPrivateRuling, KpiProtest } from '../kpi/kpi.rules';
import {
  EnumReader,
  at,
  describeValue,
  fieldError,
  readArray,
  readBoolean,
  readId,
  readObject,
  rejectUnknownKeys,
} from './input-reader';

const APPEAL_RESULT = new EnumReader(AppealResult);
const BASIS = new EnumReader(AppealBasis);
const EXCLUSION = new EnumReader(Exclusion);
const PROTEST_KIND = new EnumReader(ProtestKind);
const OUTCOME = new EnumReader(ProtestOutcome);

const DATASET_KEYS: ReadonlySet<string> = new Set(['acts', 'protests', 'privateRulings']);
const ACT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'scope',
  'appealResult',
  'basis',
  'exclusion',
  'exclusionApproved',
  'reversedOnCassationProtest',
]);
const PROTEST_KEYS: ReadonlySet<string> = new Set(['id', 'kind', 'outcome', 'laterCassationSatisfied']);
const RULING_KEYS: ReadonlySet<string> = new Set(['id', 'prosecutorParticipated', 'onProsecutorMotion']);

function parseAct(value: unknown, path: string): KpiAct {
  const o = readObject(value, path);
  const id = readId(o, path);
  rejectUnknownKeys(o, ACT_KEYS, path);
  return {
    id,
    scope: readBoolean(o, 'scope', path, false),
    appealResult: APPEAL_RESULT.readRequired(o, 'appealResult', path),
    basis: BASIS.readRequired(o, 'basis', path),
    exclusion: EXCLUSION.readNullable(o, 'exclusion', path),
    exclusionApproved: readBoolean(o, 'exclusionApproved', path, false),
    reversedOnCassationProtest: readBoolean(o, 'reversedOnCassationProtest', path, false),
  };
}

function parseProtest(value: unknown, path: string): KpiProtest {
  const o = readObject(value, path);
  const id = readId(o, path);
  rejectUnknownKeys(o, PROTEST_KEYS, path);
  return {
    id,
    kind: PROTEST_KIND.readRequired(o, 'kind', path),
    outcome: OUTCOME.readRequired(o, 'outcome', path),
    laterCassationSatisfied: readBoolean(o, 'laterCassationSatisfied', path, false),
  };
}

function parseRuling(value: unknown, path: string): KpiPrivateRuling {
  const o = readObject(value, path);
  const id = readId(o, path);
  rejectUnknownKeys(o, RULING_KEYS, path);
  return {
    id,
    prosecutorParticipated: readBoolean(o, 'prosecutorParticipated', path, false),
    onProsecutorMotion: readBoolean(o, 'onProsecutorMotion', path, false),
  };
}

/** Validates the kpi input and applies defaults. */
export function parseKpiDataset(input: unknown): KpiDataset {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw fieldError(
      'input',
      `expected an object with acts, protests and privateRulings, got ${describeValue(input)}`,
    );
  }
  const obj = input as Record<string, unknown>;
  rejectUnknownKeys(obj, DATASET_KEYS, '');
  return {
    acts: readArray(obj, 'acts', '').map((v, i) => parseAct(v, at('acts', i))),
    protests: readArray(obj, 'protests', '').map((v, i) => parseProtest(v, at('protests', i))),
    privateRulings: readArray(obj, 'privateRulings', '').map((v, i) =>
      parseRuling(v, at('privateRulings', i)),
    ),
  };
}
