/** Russian: one / few / many ("1 день", "2 дня", "5 дней"); messages give the three forms in that order. */
export function russianPlural(choice: number, choicesLength: number): number {
  if (choicesLength < 3) return choice === 1 ? 0 : 1;
  const n = Math.abs(choice) % 100;
  const n10 = n % 10;
  if (n10 === 1 && n !== 11) return 0;
  if (n10 >= 2 && n10 <= 4 && (n < 12 || n > 14)) return 1;
  return 2;
}
