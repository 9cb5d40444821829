import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { IndicatorBreakdown, IndicatorUnit } from '../kpi/kpi.breakdown.types';
import { KpiScope, type Indicators } from '../kpi/kpi.types';
import { csvField, indicatorTable, indicatorsCsv } from './export.indicators';
import { formatTimestamp } from './export.labels';

const unit = (id: string, nameEn: string): IndicatorUnit => ({
  scope: KpiScope.OFFICE,
  id,
  regionId: 'r',
  regionCode: 'KARAGANDA',
  officeId: id,
  officeCode: id,
  officeKind: null,
  nameKk: `${nameEn} (kk)`,
  nameRu: `${nameEn} (ru)`,
  nameEn,
  drillScope: KpiScope.OFFICE,
});

const indicators = (n: number, d: number, percent: number | null): Indicators => ({
  quarter: '2026-Q3',
  from: '2026-07-01',
  to: '2026-09-30',
  scope: KpiScope.OFFICE,
  scopeId: null,
  appealProtestEffectiveness: { numerator: n, denominator: d, percent },
  protestSatisfaction: { unsatisfied: 0, considered: d, percent: d ? 100 : null },
  responseEffectiveness: { numerator: 0, denominator: 0, percent: null },
});

const breakdown: IndicatorBreakdown = {
  quarter: '2026-Q3',
  from: '2026-07-01',
  to: '2026-09-30',
  unit: { ...unit('region', 'Karaganda Region'), scope: KpiScope.REGION },
  total: indicators(2, 3, 66.7),
  rows: [
    { unit: unit('a', 'Office, "North"'), indicators: indicators(2, 2, 100) },
    { unit: unit('b', '=cmd|calc'), indicators: indicators(0, 1, 0) },
  ],
};

describe('indicator exports', () => {
  it('should quote a CSV field only when it must (RFC 4180), and defuse formulas', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5 days')).toBe("'-5 days");
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });

  it('should write a localized header, a line per unit and the total, with a BOM and CRLF', () => {
    const table = indicatorTable(breakdown, 'ru');
    expect(table.headers[0]).toBe('Прокуратура');
    expect(table.headers[1]).toBe('п. 22: числитель');
    expect(table.headers).toHaveLength(10);
    expect(table.lines.map((l) => l.name)).toEqual([
      'Office, "North" (ru)',
      '=cmd|calc (ru)',
      'Итого: Karaganda Region (ru)',
    ]);
    const csv = indicatorsCsv(indicatorTable(breakdown, 'en'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[1]).toBe('"Office, ""North""",2,2,100,0,2,100,0,0,');
    expect(lines[2]).toBe("'=cmd|calc,0,1,0,0,1,100,0,0,");
    expect(lines[3]).toBe('Total: Karaganda Region,2,3,66.7,0,3,100,0,0,');
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
  });

  it('should print timestamps in Asia/Almaty', () => {
    expect(formatTimestamp('2026-11-27T13:19:19.155Z')).toBe('2026-11-27 18:19');
    expect(formatTimestamp('2026-12-31T20:30:00Z')).toBe('2027-01-01 01:30');
    expect(formatTimestamp(null)).toBe('');
  });
});
