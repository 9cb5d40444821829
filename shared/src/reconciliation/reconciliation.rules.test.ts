import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/error-code';
import { Discrepancy, caseDiscrepancies, quarterRange, type ReconciledCase } from './reconciliation.rules';

const T = 'territorial';
const S = 'specialized';
const base: ReconciledCase = {
  territorialOfficeId: T,
  specializedOfficeId: S,
  responsibleOfficeId: S,
  participationRequired: true,
  notified: true,
  attendedBy: [S],
};

describe('caseDiscrepancies (para 7)', () => {
  it('should find nothing when notified and attended by the responsible office only', () => {
    expect(caseDiscrepancies(base)).toEqual([]);
  });

  it('should find HEARD_WITHOUT_RESPONSIBLE when only the territorial office attended a notified case', () => {
    expect(caseDiscrepancies({ ...base, attendedBy: [T] })).toEqual([Discrepancy.HEARD_WITHOUT_RESPONSIBLE]);
  });

  it('should find NOT_NOTIFIED alone when the territorial office took over on the fallback', () => {
    expect(
      caseDiscrepancies({ ...base, notified: false, responsibleOfficeId: T, attendedBy: [T, T] }),
    ).toEqual([Discrepancy.NOT_NOTIFIED]);
  });

  it('should find ATTENDED_BY_NEITHER when a required participation had nobody', () => {
    expect(caseDiscrepancies({ ...base, attendedBy: [null] })).toEqual([Discrepancy.ATTENDED_BY_NEITHER]);
    expect(caseDiscrepancies({ ...base, attendedBy: ['other'] })).toEqual([Discrepancy.ATTENDED_BY_NEITHER]);
  });

  it('should find nothing when nobody attended a case where participation was not required', () => {
    expect(caseDiscrepancies({ ...base, participationRequired: false, attendedBy: [null] })).toEqual([]);
  });

  it('should find ATTENDED_BY_BOTH (and nothing more) when both offices attended', () => {
    expect(caseDiscrepancies({ ...base, attendedBy: [T, S] })).toEqual([Discrepancy.ATTENDED_BY_BOTH]);
    expect(caseDiscrepancies({ ...base, notified: false, attendedBy: [S, T] })).toEqual([
      Discrepancy.NOT_NOTIFIED,
      Discrepancy.ATTENDED_BY_BOTH,
    ]);
  });

  it('should find no attendance discrepancy when no hearing was held', () => {
    expect(caseDiscrepancies({ ...base, attendedBy: [] })).toEqual([]);
  });
});

describe('quarterRange', () => {
  it('should give the first and last days of each quarter', () => {
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2024-Q2')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(quarterRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('should refuse what is not a quarter with BAD_USER_INPUT naming the field', () => {
    for (const bad of ['2026-Q5', '2026Q1', '26-Q1', '', '2026-Q1 ']) {
      expect(() => quarterRange(bad, 'quarter')).toThrow(DomainError);
    }
  });
});
