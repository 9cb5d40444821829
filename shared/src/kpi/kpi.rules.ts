// The three indicators of section 3 (paras 21–24), exactly as rules-cli.md "kpi" defines them. Each indicator has a
// counts-based function (so the server can compute the same figure from SQL aggregates) and the row-level
// computeKpi uses those same functions.
import { AppealBasis, AppealResult, ProtestOutcome } from '../enums/rules';
import type { Exclusion } from '../enums/rules';
import { ProtestKind } from '../enums/domain';

/** A first-instance resolution reviewed on appeal (para 22). */
export interface KpiAct {
  id: string;
  /** A mandatory-category case or one heard with a prosecutor. */
  scope: boolean;
  appealResult: AppealResult;
  basis: AppealBasis;
  exclusion: Exclusion | null;
  /** The Department consented to the exclusion (para 22). */
  exclusionApproved: boolean;
  /** The appellate act was later cancelled on a prosecutor's cassation protest in that part (para 22). */
  reversedOnCassationProtest: boolean;
}

/** A protest and its outcome (para 23). */
export interface KpiProtest {
  id: string;
  kind: ProtestKind;
  outcome: ProtestOutcome;
  /** A cassation protest was later satisfied where this appeal protest had been rejected (para 23). */
  laterCassationSatisfied: boolean;
}

/** A court's private ruling on violations of legality (para 24; КоАП 826). */
export interface KpiPrivateRuling {
  id: string;
  prosecutorParticipated: boolean;
  onProsecutorMotion: boolean;
}

/** The kpi command's input. */
export interface KpiDataset {
  acts: readonly KpiAct[];
  protests: readonly KpiProtest[];
  privateRulings: readonly KpiPrivateRuling[];
}

/** A share: numerator / denominator as a percent. */
export interface KpiRatio {
  numerator: number;
  denominator: number;
  /** Rounded half-up to one decimal; null when the denominator is 0. */
  percent: number | null;
}

/** Para 23: 100 − unsatisfied / considered × 100. */
export interface KpiSatisfaction {
  unsatisfied: number;
  considered: number;
  percent: number | null;
}

/** The kpi command's output. */
export interface KpiResult {
  appealProtestEffectiveness: KpiRatio;
  protestSatisfaction: KpiSatisfaction;
  responseEffectiveness: KpiRatio;
}

/** How one act counts in appeal-protest effectiveness (para 22). */
export const ActKpiStatus = {
  /** Not a mandatory-category case and not heard with a prosecutor. */
  OUT_OF_SCOPE: 'OUT_OF_SCOPE',
  /** Upheld on appeal: not in the population. */
  UPHELD: 'UPHELD',
  /** Para 22 exclusion 1 / downward correction: the appellate act was reversed on a cassation protest. */
  EXCLUDED_CASSATION: 'EXCLUDED_CASSATION',
  /** Para 22 exclusions 2–5, with the Department's consent. */
  EXCLUDED_APPROVED: 'EXCLUDED_APPROVED',
  /** Cancelled or changed on the supervising prosecutor's protest: numerator and denominator. */
  PROTEST: 'PROTEST',
  /** Cancelled or changed on a complaint or a higher prosecutor's own protest: denominator only. */
  AGAINST: 'AGAINST',
} as const;
export type ActKpiStatus = (typeof ActKpiStatus)[keyof typeof ActKpiStatus];

/**
 * Percent of numerator / denominator rounded half-up to one decimal; null when the denominator is 0. Integer
 * arithmetic avoids binary floating-point ties (e.g. 2/3 → 66.7, 1/8 → 12.5).
 */
export function percentHalfUp(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  return tenths / 10;
}

/** How an act counts in appeal-protest effectiveness (para 22). */
export function actKpiStatus(act: Omit<KpiAct, 'id'>): ActKpiStatus {
  if (!act.scope) return ActKpiStatus.OUT_OF_SCOPE;
  if (act.appealResult === AppealResult.UPHELD) return ActKpiStatus.UPHELD;
  if (act.basis === AppealBasis.PROSECUTOR_PROTEST) return ActKpiStatus.PROTEST;
  // The exclusions and the downward correction remove only acts cancelled or changed without the supervising
  // prosecutor's protest; an act won on that protest always stays in the numerator.
  if (act.reversedOnCassationProtest) return ActKpiStatus.EXCLUDED_CASSATION;
  if (act.exclusion !== null && act.exclusionApproved) return ActKpiStatus.EXCLUDED_APPROVED;
  // A higher prosecutor's protest brought without the lower office's proposal counts against the supervising
  // office, like a complaint (para 22).
  return ActKpiStatus.AGAINST;
}

/** Para 22 from counts: acts won on the prosecutor's protest / acts cancelled or changed, after exclusions. */
export function appealProtestEffectiveness(counts: { numerator: number; denominator: number }): KpiRatio {
  return { ...counts, percent: percentHalfUp(counts.numerator, counts.denominator) };
}

/** Para 23 from counts: 100 − unsatisfied / considered × 100 (unsatisfied already corrected downward). */
export function protestSatisfaction(counts: { unsatisfied: number; considered: number }): KpiSatisfaction {
  return { ...counts, percent: percentHalfUp(counts.considered - counts.unsatisfied, counts.considered) };
}

/** Para 24 from counts: private rulings on the prosecutor's motion / private rulings in cases with a prosecutor. */
export function responseEffectiveness(counts: { numerator: number; denominator: number }): KpiRatio {
  return { ...counts, percent: percentHalfUp(counts.numerator, counts.denominator) };
}

/** The three indicators of a dataset (paras 22–24). */
export function computeKpi(dataset: KpiDataset): KpiResult {
  let effNumerator = 0;
  let effDenominator = 0;
  for (const act of dataset.acts) {
    const status = actKpiStatus(act);
    if (status === ActKpiStatus.PROTEST) {
      effNumerator++;
      effDenominator++;
    } else if (status === ActKpiStatus.AGAINST) effDenominator++;
  }
  let considered = 0;
  let unsatisfied = 0;
  for (const p of dataset.protests) {
    // Para 23 measures appeal protests only; withdrawn, returned and pending ones are not "considered".
    if (p.kind !== ProtestKind.APPEAL) continue;
    if (p.outcome === ProtestOutcome.SATISFIED || p.outcome === ProtestOutcome.PARTIALLY_SATISFIED)
      considered++;
    else if (p.outcome === ProtestOutcome.UNSATISFIED) {
      considered++;
      // Downward correction: a later satisfied cassation protest (on the lower office's proposal) redeems it.
      if (!p.laterCassationSatisfied) unsatisfied++;
    }
  }
  let rulings = 0;
  let onMotion = 0;
  for (const r of dataset.privateRulings) {
    if (!r.prosecutorParticipated) continue;
    rulings++;
    if (r.onProsecutorMotion) onMotion++;
  }
  return {
    appealProtestEffectiveness: appealProtestEffectiveness({
      numerator: effNumerator,
      denominator: effDenominator,
    }),
    protestSatisfaction: protestSatisfaction({ unsatisfied, considered }),
    responseEffectiveness: responseEffectiveness({ numerator: onMotion, denominator: rulings }),
  };
}
