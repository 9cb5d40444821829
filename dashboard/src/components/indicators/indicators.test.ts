import { describe, expect, it } from 'vitest';
import {
  REGION_SHORT,
  TILE_POSITIONS,
  binOf,
  countsOf,
  currentQuarter,
  exportPath,
  isQuarter,
  lastClosedQuarter,
  quarterChoices,
  quarterOf,
  shiftQuarter,
} from './indicators';

describe('quarters', () => {
  it('should name the quarter of a date and step across years', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2025-Q4', 1)).toBe('2026-Q1');
    expect(shiftQuarter('2026-Q3', -8)).toBe('2024-Q3');
  });

  it('should count the running quarter in Almaty time and default to the last closed one', () => {
    // 31 March 20:00 UTC is already 1 April in Almaty (UTC+5): the second quarter runs, the first has closed.
    const almatyApril = new Date('2026-03-31T20:00:00Z');
    expect(currentQuarter(almatyApril)).toBe('2026-Q2');
    expect(lastClosedQuarter(almatyApril)).toBe('2026-Q1');
    expect(lastClosedQuarter(new Date('2026-01-10T06:00:00Z'))).toBe('2025-Q4');
  });

  it('should offer the running quarter first, then closed ones, newest first', () => {
    expect(quarterChoices(new Date('2026-11-27T06:00:00Z'), 5)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
    ]);
  });

  it('should accept only quarters the server accepts', () => {
    expect(isQuarter('2026-Q3')).toBe(true);
    expect(isQuarter('2026-Q5')).toBe(false);
    expect(isQuarter('2026Q3')).toBe(false);
    expect(isQuarter('1999-Q1')).toBe(false);
    expect(isQuarter(['2026-Q3'])).toBe(false);
  });
});

describe('figures', () => {
  it('should bin a percent on the map scale, with nothing to count apart', () => {
    expect(binOf(null)).toBe('none');
    expect(binOf(undefined)).toBe('none');
    expect(binOf(0)).toBe('low');
    expect(binOf(49.9)).toBe('low');
    expect(binOf(50)).toBe('mid');
    expect(binOf(75)).toBe('good');
    expect(binOf(89.9)).toBe('good');
    expect(binOf(90)).toBe('high');
    expect(binOf(100)).toBe('high');
  });

  it('should give the two counts in the export’s order (para 23: unsatisfied, considered)', () => {
    expect(countsOf({ numerator: 7, denominator: 8, percent: 87.5 })).toEqual([7, 8]);
    expect(countsOf({ unsatisfied: 1, considered: 6, percent: 83.3 })).toEqual([1, 6]);
  });

  it('should build the export address without an id for the republic', () => {
    expect(exportPath('xlsx', { scope: 'REPUBLIC', id: 'x', quarter: '2026-Q3' }, 'kk')).toBe(
      '/export/indicators.xlsx?scope=REPUBLIC&quarter=2026-Q3&lang=kk',
    );
    expect(exportPath('csv', { scope: 'REGION', id: 'r-1', quarter: '2026-Q3' }, 'ru')).toBe(
      '/export/indicators.csv?scope=REGION&id=r-1&quarter=2026-Q3&lang=ru',
    );
  });
});

describe('tile map', () => {
  it('should place 20 regions on distinct cells of a 6 × 5 grid, each with a short name in kk/ru/en', () => {
    const codes = Object.keys(TILE_POSITIONS);
    expect(codes).toHaveLength(20);
    const cells = new Set(codes.map((code) => `${TILE_POSITIONS[code]?.col}:${TILE_POSITIONS[code]?.row}`));
    expect(cells.size).toBe(20);
    for (const { col, row } of Object.values(TILE_POSITIONS)) {
      expect(col).toBeGreaterThanOrEqual(1);
      expect(col).toBeLessThanOrEqual(6);
      expect(row).toBeGreaterThanOrEqual(1);
      expect(row).toBeLessThanOrEqual(5);
    }
    expect(Object.keys(REGION_SHORT).sort()).toEqual([...codes].sort());
  });
});
