import { describe, expect, it } from 'vitest';
import { cellTestId, prosecutorLoads, shortPersonName, type Matrix } from './model';

function person(id: string) {
  return {
    id,
    fullName: `Name ${id}`,
    position: 'PROSECUTOR' as const,
    office: { id: 'o', code: 'PO.X', shortNameKk: 'x', shortNameRu: 'x', shortNameEn: 'x' },
  };
}

function assignment(id: string, prosecutorId: string) {
  return {
    id,
    version: 1,
    validFrom: '2026-01-01',
    validTo: null,
    officeId: null,
    prosecutor: person(prosecutorId),
  };
}

function cell(workload: number, ...prosecutorIds: string[]) {
  return {
    gap: prosecutorIds.length === 0,
    workload,
    theme: { id: 't', code: 'TAX' },
    assignments: prosecutorIds.map((p, i) => assignment(`${p}-${i}-${workload}`, p)),
  };
}

describe('shortPersonName', () => {
  it('should keep the surname and turn the other names into initials', () => {
    expect(shortPersonName('Петров Айдар Ермекович')).toBe('Петров А. Е.');
    expect(shortPersonName('  Әлиев   Ұлан ')).toBe('Әлиев Ұ.');
    expect(shortPersonName('Single')).toBe('Single');
  });
});

describe('prosecutorLoads', () => {
  it('should add up the open cases of every cell a prosecutor answers for, each cell once', () => {
    const region = { id: 'r', code: 'R', nameKk: 'r', nameRu: 'r', nameEn: 'r' };
    const matrix = {
      rows: [
        { region, cells: [cell(5, 'a', 'b'), cell(3, 'a', 'a'), cell(7)] },
        { region, cells: [cell(2, 'b'), cell(0, 'c')] },
      ],
    } as unknown as Matrix;
    const loads = prosecutorLoads(matrix);
    expect(Object.fromEntries(loads)).toEqual({ a: 8, b: 7, c: 0 });
  });
});

describe('cellTestId', () => {
  it('should name a cell by its region and theme codes', () => {
    expect(cellTestId('KARAGANDA', 'TAX')).toBe('cell-KARAGANDA-TAX');
  });
});
