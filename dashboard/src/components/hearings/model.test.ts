import { describe, expect, it } from 'vitest';
import {
  addDays,
  almatyMidnight,
  applyEvent,
  groupByDay,
  mondayOf,
  rangeOf,
  specializedNotice,
  stateFromQuery,
  stateToQuery,
  toHearingFilter,
  type HearingFilters,
  type HearingRow,
} from './model';

const NO_FILTERS: HearingFilters = { courtId: null, officeId: null, theme: null, mandatoryOnly: false };

function row(
  id: string,
  scheduledAt: string,
  overrides: Partial<HearingRow['case']> = {},
  version = 1,
): HearingRow {
  return {
    id,
    scheduledAt,
    status: 'SCHEDULED',
    instance: 'FIRST',
    note: null,
    attended: null,
    version,
    court: { id: 'court-1', nameKk: 'Сот', nameRu: 'Суд', nameEn: 'Court' },
    prosecutor: null,
    attendedByOffice: null,
    case: {
      id: `case-${id}`,
      number: `KAR-${id}`,
      koapArticle: '434',
      koapPart: null,
      mandatory: true,
      higherProsecutorRequired: false,
      themeCodes: ['TAX'],
      notifySpecialized: false,
      specializedOfficeId: null,
      specializedOffice: null,
      responsibleOfficeId: 'office-1',
      responsibleOffice: { id: 'office-1', shortNameKk: 'А', shortNameRu: 'А', shortNameEn: 'A' },
      groundExplanations: [],
      notifications: [],
      ...overrides,
    },
  };
}

describe('Almaty weeks', () => {
  it('should find the Monday of a week (Sunday belongs to the week before)', () => {
    expect(mondayOf('2026-11-27')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('should start an Almaty day at 19:00 UTC the evening before (UTC+5)', () => {
    expect(almatyMidnight('2026-11-23')).toBe('2026-11-22T19:00:00.000Z');
  });
});

describe('screen state in the URL', () => {
  const today = '2026-11-27';

  it('should default to this week and leave defaults out of the URL', () => {
    const state = stateFromQuery({}, today);
    expect(state).toEqual({ view: 'week', week: '2026-11-23', filters: NO_FILTERS });
    expect(stateToQuery(state, today)).toEqual({});
  });

  it('should round-trip the view, another week and every filter, and ignore malformed values', () => {
    const query = {
      view: 'calendar',
      week: '2026-12-02',
      court: 'c',
      office: 'o',
      theme: 'TAX',
      mandatory: '1',
    };
    const state = stateFromQuery(query, today);
    expect(state.week).toBe('2026-11-30');
    expect(stateToQuery(state, today)).toEqual({ ...query, week: '2026-11-30' });
    expect(stateFromQuery({ view: 'month', week: '2026-02-30' }, today)).toMatchObject({
      view: 'week',
      week: '2026-11-23',
    });
  });

  it('should ask for the Almaty days of the period shown', () => {
    const state = stateFromQuery({ view: 'today', mandatory: '1' }, today);
    expect(rangeOf(state, today)).toEqual({ from: '2026-11-27', to: '2026-11-28' });
    expect(toHearingFilter(state, today)).toEqual({
      from: '2026-11-26T19:00:00.000Z',
      to: '2026-11-27T19:00:00.000Z',
      mandatoryOnly: true,
    });
  });
});

describe('rows', () => {
  it('should group by Almaty day in time order, keeping empty days asked for', () => {
    const rows = [
      row('b', '2026-11-24T10:00:00Z'),
      row('a', '2026-11-23T20:00:00Z'),
      row('c', '2026-11-24T04:00:00Z'),
    ];
    const groups = groupByDay(rows, ['2026-11-23', '2026-11-24', '2026-11-25']);
    expect(groups.map((g) => [g.date, g.rows.map((r) => r.id)])).toEqual([
      ['2026-11-23', []],
      ['2026-11-24', ['a', 'c', 'b']],
      ['2026-11-25', []],
    ]);
  });

  it('should tell whether the specialized office was notified (para 7)', () => {
    const office = { id: 'mil', shortNameKk: 'Әскери', shortNameRu: 'Военная', shortNameEn: 'Military' };
    const pending = row('a', '2026-11-24T10:00:00Z', {
      notifySpecialized: true,
      specializedOfficeId: 'mil',
      specializedOffice: office,
    });
    expect(specializedNotice(pending)).toEqual({ office, sentAt: null });
    const sent = row('a', '2026-11-24T10:00:00Z', {
      ...pending.case,
      notifications: [{ id: 'n', toOfficeId: 'mil', sentAt: '2026-11-20T05:00:00Z', acknowledgedAt: null }],
    });
    expect(specializedNotice(sent)?.sentAt).toBe('2026-11-20T05:00:00Z');
    expect(specializedNotice(row('b', '2026-11-24T10:00:00Z'))).toBeNull();
  });
});

describe('live events', () => {
  const range = { from: '2026-11-23', to: '2026-11-30' };
  const base = [row('a', '2026-11-24T05:00:00Z'), row('b', '2026-11-26T05:00:00Z')];

  it('should insert a new hearing of the period in time order', () => {
    const result = applyEvent(
      base,
      { kind: 'SCHEDULED', hearing: row('n', '2026-11-25T05:00:00Z') },
      range,
      NO_FILTERS,
    );
    expect(result).toMatchObject({ relevant: true, inPeriod: true });
    expect(result.rows.map((r) => r.id)).toEqual(['a', 'n', 'b']);
  });

  it('should move a rescheduled hearing, and drop it when it leaves the period', () => {
    const moved = applyEvent(
      base,
      { kind: 'RESCHEDULED', hearing: row('a', '2026-11-27T05:00:00Z', {}, 2) },
      range,
      NO_FILTERS,
    );
    expect(moved.rows.map((r) => r.id)).toEqual(['b', 'a']);
    const away = applyEvent(
      base,
      { kind: 'RESCHEDULED', hearing: row('a', '2026-12-09T05:00:00Z', {}, 2) },
      range,
      NO_FILTERS,
    );
    expect(away).toMatchObject({ relevant: true, inPeriod: false });
    expect(away.rows.map((r) => r.id)).toEqual(['b']);
  });

  it('should ignore an event the filters exclude, and never replace a newer copy with an older one', () => {
    const other = row('t', '2026-11-25T05:00:00Z', { themeCodes: ['CUSTOMS'] });
    const filtered = applyEvent(base, { kind: 'SCHEDULED', hearing: other }, range, {
      ...NO_FILTERS,
      theme: 'TAX',
    });
    expect(filtered.relevant).toBe(false);
    expect(filtered.rows.map((r) => r.id)).toEqual(['a', 'b']);
    const newer = [row('a', '2026-11-24T07:00:00Z', {}, 3)];
    const stale = applyEvent(
      newer,
      { kind: 'RESCHEDULED', hearing: row('a', '2026-11-24T06:00:00Z', {}, 2) },
      range,
      NO_FILTERS,
    );
    expect(stale.rows[0]?.scheduledAt).toBe('2026-11-24T07:00:00Z');
  });
});
