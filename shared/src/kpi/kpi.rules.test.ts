import { describe, expect, it } from 'vitest';
import { ProtestKind } from '../enums/domain';
import { AppealBasis, AppealResult, Exclusion, ProtestOutcome } from '../enums/rules';
import type { KpiAct, KpiProtest } from './kpi.rules';
import {
  ActKpiStatus,
  actKpiStatus,
  appealProtestEffectiveness,
  computeKpi,
  percentHalfUp,
  protestSatisfaction,
  responseEffectiveness,
} from './kpi.rules';

const act = (overrides: Partial<KpiAct> = {}): KpiAct => ({
  id: 'a',
  scope: true,
  appealResult: AppealResult.CANCELLED,
  basis: AppealBasis.COMPLAINT,
  exclusion: null,
  exclusionApproved: false,
  reversedOnCassationProtest: false,
  ...overrides,
});
const protest = (overrides: Partial<KpiProtest> = {}): KpiProtest => ({
  id: 'p',
  kind: ProtestKind.APPEAL,
  outcome: ProtestOutcome.UNSATISFIED,
  laterCassationSatisfied: false,
  ...overrides,
});

describe('percentHalfUp', () => {
  it.each([
    [0, 0, null],
    [0, 5, 0],
    [5, 5, 100],
    [2, 3, 66.7],
    [1, 3, 33.3],
    [1, 8, 12.5],
    [1, 16, 6.3],
    [1, 80, 1.3],
    [15, 16, 93.8],
    [1, 6, 16.7],
    [37, 92, 40.2],
  ])('should round %i/%i half-up to one decimal as %s', (n, d, expected) => {
    expect(percentHalfUp(n, d)).toBe(expected);
  });
});

describe('appeal-protest effectiveness (para 22)', () => {
  it.each<[string, Partial<KpiAct>, ActKpiStatus]>([
    ['out of scope', { scope: false }, ActKpiStatus.OUT_OF_SCOPE],
    ['upheld', { appealResult: AppealResult.UPHELD }, ActKpiStatus.UPHELD],
    ['cancelled on the prosecutor protest', { basis: AppealBasis.PROSECUTOR_PROTEST }, ActKpiStatus.PROTEST],
    [
      'changed on the prosecutor protest',
      { basis: AppealBasis.PROSECUTOR_PROTEST, appealResult: AppealResult.CHANGED },
      ActKpiStatus.PROTEST,
    ],
    [
      'on the prosecutor protest with an approved exclusion',
      { basis: AppealBasis.PROSECUTOR_PROTEST, exclusion: Exclusion.NEW_EVIDENCE, exclusionApproved: true },
      ActKpiStatus.PROTEST,
    ],
    [
      'on the prosecutor protest, later reversed',
      { basis: AppealBasis.PROSECUTOR_PROTEST, reversedOnCassationProtest: true },
      ActKpiStatus.PROTEST,
    ],
    ['on a complaint', {}, ActKpiStatus.AGAINST],
    [
      'on a higher prosecutor protest',
      { basis: AppealBasis.HIGHER_PROSECUTOR_PROTEST },
      ActKpiStatus.AGAINST,
    ],
    [
      'on a complaint, reversed on cassation (correction)',
      { reversedOnCassationProtest: true },
      ActKpiStatus.EXCLUDED_CASSATION,
    ],
    [
      'on a higher protest, reversed on cassation',
      { basis: AppealBasis.HIGHER_PROSECUTOR_PROTEST, reversedOnCassationProtest: true },
      ActKpiStatus.EXCLUDED_CASSATION,
    ],
    [
      'penalty within the sanction, approved',
      { exclusion: Exclusion.PENALTY_WITHIN_SANCTION, exclusionApproved: true },
      ActKpiStatus.EXCLUDED_APPROVED,
    ],
    [
      'new evidence, approved',
      { exclusion: Exclusion.NEW_EVIDENCE, exclusionApproved: true },
      ActKpiStatus.EXCLUDED_APPROVED,
    ],
    [
      'alternative penalty, approved',
      { exclusion: Exclusion.ALTERNATIVE_PENALTY, exclusionApproved: true },
      ActKpiStatus.EXCLUDED_APPROVED,
    ],
    [
      'amnesty or reconciliation, approved',
      { exclusion: Exclusion.AMNESTY_OR_RECONCILIATION, exclusionApproved: true },
      ActKpiStatus.EXCLUDED_APPROVED,
    ],
    [
      'a higher protest with an approved exclusion',
      {
        basis: AppealBasis.HIGHER_PROSECUTOR_PROTEST,
        exclusion: Exclusion.ALTERNATIVE_PENALTY,
        exclusionApproved: true,
      },
      ActKpiStatus.EXCLUDED_APPROVED,
    ],
    [
      'penalty within the sanction, not approved',
      { exclusion: Exclusion.PENALTY_WITHIN_SANCTION },
      ActKpiStatus.AGAINST,
    ],
    ['amnesty, not approved', { exclusion: Exclusion.AMNESTY_OR_RECONCILIATION }, ActKpiStatus.AGAINST],
    ['approved flag without an exclusion', { exclusionApproved: true }, ActKpiStatus.AGAINST],
  ])('should classify an act %s', (_what, overrides, status) => {
    expect(actKpiStatus(act(overrides))).toBe(status);
  });

  it('should count PROTEST in both and AGAINST in the denominator only when computing', () => {
    const result = computeKpi({
      acts: [
        act({ basis: AppealBasis.PROSECUTOR_PROTEST }),
        act({ basis: AppealBasis.PROSECUTOR_PROTEST, appealResult: AppealResult.CHANGED }),
        act(),
        act({ exclusion: Exclusion.NEW_EVIDENCE, exclusionApproved: true }),
        act({ exclusion: Exclusion.PENALTY_WITHIN_SANCTION }),
        act({ reversedOnCassationProtest: true }),
        act({ appealResult: AppealResult.UPHELD }),
        act({ scope: false }),
        act({ basis: AppealBasis.HIGHER_PROSECUTOR_PROTEST }),
      ],
      protests: [],
      privateRulings: [],
    });
    expect(result.appealProtestEffectiveness).toEqual({ numerator: 2, denominator: 5, percent: 40 });
  });

  it('should compute the same figure from counts as from rows', () => {
    expect(appealProtestEffectiveness({ numerator: 2, denominator: 5 })).toEqual({
      numerator: 2,
      denominator: 5,
      percent: 40,
    });
    expect(appealProtestEffectiveness({ numerator: 0, denominator: 0 }).percent).toBeNull();
  });
});

describe('protest satisfaction (para 23)', () => {
  it('should count only considered appeal protests and correct rejected ones later won on cassation', () => {
    const result = computeKpi({
      acts: [],
      protests: [
        protest({ outcome: ProtestOutcome.SATISFIED }),
        protest({ outcome: ProtestOutcome.PARTIALLY_SATISFIED }),
        protest(),
        protest({ laterCassationSatisfied: true }),
        protest({ outcome: ProtestOutcome.WITHDRAWN }),
        protest({ outcome: ProtestOutcome.RETURNED }),
        protest({ outcome: ProtestOutcome.PENDING }),
        protest({ kind: ProtestKind.CASSATION }),
        protest({ kind: ProtestKind.CASSATION, outcome: ProtestOutcome.SATISFIED }),
        protest({ outcome: ProtestOutcome.SATISFIED, laterCassationSatisfied: true }),
      ],
      privateRulings: [],
    });
    expect(result.protestSatisfaction).toEqual({ unsatisfied: 1, considered: 5, percent: 80 });
  });

  it.each([[ProtestOutcome.WITHDRAWN], [ProtestOutcome.RETURNED], [ProtestOutcome.PENDING]])(
    'should leave the indicator empty when every protest is %s',
    (outcome) => {
      const result = computeKpi({ acts: [], protests: [protest({ outcome })], privateRulings: [] });
      expect(result.protestSatisfaction).toEqual({ unsatisfied: 0, considered: 0, percent: null });
    },
  );

  it('should give 100 − unsatisfied/considered × 100 from counts', () => {
    expect(protestSatisfaction({ unsatisfied: 1, considered: 4 }).percent).toBe(75);
    expect(protestSatisfaction({ unsatisfied: 55, considered: 92 }).percent).toBe(40.2);
    expect(protestSatisfaction({ unsatisfied: 1, considered: 16 }).percent).toBe(93.8);
  });
});

describe('response effectiveness (para 24)', () => {
  it('should count rulings in cases with a prosecutor, and those on the prosecutor motion', () => {
    const result = computeKpi({
      acts: [],
      protests: [],
      privateRulings: [
        { id: 'r1', prosecutorParticipated: true, onProsecutorMotion: true },
        { id: 'r2', prosecutorParticipated: true, onProsecutorMotion: false },
        { id: 'r3', prosecutorParticipated: true, onProsecutorMotion: true },
        { id: 'r4', prosecutorParticipated: false, onProsecutorMotion: true },
      ],
    });
    expect(result.responseEffectiveness).toEqual({ numerator: 2, denominator: 3, percent: 66.7 });
    expect(responseEffectiveness({ numerator: 2, denominator: 3 })).toEqual(result.responseEffectiveness);
  });
});

describe('computeKpi', () => {
  it('should give nulls when the dataset is empty', () => {
    expect(computeKpi({ acts: [], protests: [], privateRulings: [] })).toEqual({
      appealProtestEffectiveness: { numerator: 0, denominator: 0, percent: null },
      protestSatisfaction: { unsatisfied: 0, considered: 0, percent: null },
      responseEffectiveness: { numerator: 0, denominator: 0, percent: null },
    });
  });
});
