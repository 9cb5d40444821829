// A quarter ('2026-Q3') as the interface language writes it: «III квартал 2026 г.», «2026 жылғы III тоқсан», «Q3 2026».
const ROMAN = ['I', 'II', 'III', 'IV'];

export function quarterLabel(
  t: (key: string, params: Record<string, unknown>) => string,
  quarter: string,
): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  const n = Number(match[2]);
  return t('reconciliation.quarterName', { year: match[1], n, roman: ROMAN[n - 1] });
}
