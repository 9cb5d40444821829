// Shapes and small pure helpers of the assignment matrix (kept apart from the components so they stay readable).
import type { AssignmentsMatrixQuery } from '../../gql/graphql';

export type Matrix = AssignmentsMatrixQuery['assignmentMatrix'];
export type MatrixRow = Matrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type MatrixTheme = Matrix['themes'][number];
export type MatrixAssignment = MatrixCell['assignments'][number];

/** "Петров Айдар Ермекович" → "Петров А. Е." (the full name stays in the title and the panel). */
export function shortPersonName(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  if (!surname) return fullName;
  return [surname, ...rest.map((part) => `${part.charAt(0)}.`)].join(' ');
}

/**
 * Each prosecutor's workload as the matrix shows it: the open cases of every cell the prosecutor answers for
 * (a prosecutor covering TAX and CUSTOMS in a region carries both cells' open cases).
 */
export function prosecutorLoads(matrix: Matrix): Map<string, number> {
  const loads = new Map<string, number>();
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      const seen = new Set<string>();
      for (const a of cell.assignments) {
        if (seen.has(a.prosecutor.id)) continue;
        seen.add(a.prosecutor.id);
        loads.set(a.prosecutor.id, (loads.get(a.prosecutor.id) ?? 0) + cell.workload);
      }
    }
  }
  return loads;
}

/** A stable test id for a cell: `cell-KARAGANDA-TAX`. */
export function cellTestId(regionCode: string, themeCode: string): string {
  return `cell-${regionCode}-${themeCode}`;
}
