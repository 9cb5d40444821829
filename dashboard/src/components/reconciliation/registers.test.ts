import { describe, expect, it } from 'vitest';
import { registerRows, type Detail } from './registers';

const T = 'territorial-office';
const S = 'specialized-office';

function item(
  id: string,
  caseId: string,
  discrepancy: Detail['items'][number]['discrepancy'],
  facts: {
    responsible: string;
    notice?: { to: string; sentAt: string; acknowledgedAt?: string };
    hearings?: { at: string; office: string | null; status?: string }[];
  },
): Detail['items'][number] {
  return {
    id,
    caseId,
    discrepancy,
    resolutionNote: null,
    resolvedAt: null,
    resolvedBy: null,
    resolvedByName: null,
    version: 1,
    case: {
      id: caseId,
      number: `N-${caseId}`,
      koapArticle: '665',
      koapPart: null,
      offenderName: 'X',
      responsibleOfficeId: facts.responsible,
      notifications: facts.notice
        ? [
            {
              id: `n-${caseId}`,
              toOfficeId: facts.notice.to,
              fromOfficeId: T,
              registrationNumber: 'TG-1',
              sentAt: facts.notice.sentAt,
              acknowledgedAt: facts.notice.acknowledgedAt ?? null,
            },
          ]
        : [],
      hearings: (facts.hearings ?? []).map((h, i) => ({
        id: `h-${caseId}-${i}`,
        status: (h.status ?? 'HELD') as 'HELD',
        scheduledAt: h.at,
        attended: h.office !== null,
        attendedByOfficeId: h.office,
      })),
    },
  };
}

function rec(items: Detail['items']): Detail {
  return {
    periodFrom: '2026-07-01',
    periodTo: '2026-09-30',
    territorialOfficeId: T,
    specializedOfficeId: S,
    items,
  } as unknown as Detail;
}

describe('registerRows (para 7)', () => {
  it('should put an unnotified case on the territorial register only', () => {
    const [row] = registerRows(
      rec([
        item('i1', 'c1', 'NOT_NOTIFIED', {
          responsible: T,
          hearings: [{ at: '2026-07-12T05:00:00Z', office: T }],
        }),
      ]),
    );
    expect(row?.territorial).toEqual({ present: true, responsible: true, attended: ['2026-07-12'] });
    expect(row?.specialized).toEqual({ present: false, responsible: false, attended: [] });
    expect(row?.discrepancies.map((i) => i.id)).toEqual(['i1']);
  });

  it('should count only hearings held in the quarter, by their Almaty day', () => {
    const [row] = registerRows(
      rec([
        item('i1', 'c1', 'ATTENDED_BY_BOTH', {
          responsible: S,
          notice: { to: S, sentAt: '2026-07-01T04:00:00Z' },
          hearings: [
            { at: '2026-06-30T20:00:00Z', office: T }, // 1 July, 01:00 in Almaty: inside
            { at: '2026-09-30T19:30:00Z', office: S }, // 1 October in Almaty: outside
            { at: '2026-08-10T05:00:00Z', office: S },
            { at: '2026-08-11T05:00:00Z', office: S, status: 'CANCELLED' },
          ],
        }),
      ]),
    );
    expect(row?.territorial.attended).toEqual(['2026-07-01']);
    expect(row?.specialized.attended).toEqual(['2026-08-10']);
    expect(row?.specialized.present).toBe(true);
    expect(row?.notice?.registrationNumber).toBe('TG-1');
  });

  it('should merge two discrepancies of one case into one row', () => {
    const rows = registerRows(
      rec([
        item('i1', 'c1', 'NOT_NOTIFIED', { responsible: T }),
        item('i2', 'c1', 'ATTENDED_BY_BOTH', { responsible: T }),
        item('i3', 'c2', null, { responsible: S, notice: { to: S, sentAt: '2026-07-02T04:00:00Z' } }),
      ]),
    );
    expect(rows.map((r) => [r.caseId, r.discrepancies.map((i) => i.id)])).toEqual([
      ['c1', ['i1', 'i2']],
      ['c2', []],
    ]);
  });
});
