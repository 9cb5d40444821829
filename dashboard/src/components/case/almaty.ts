// Kazakhstan keeps one offset all year (UTC+5 since 1 March 2024): a wall-clock time in Almaty, as a
// datetime-local input gives it, becomes an instant by appending the offset.
export const ALMATY_OFFSET = '+05:00';

/** `2026-12-01T10:30` (Almaty wall clock) → the ISO instant. */
export function almatyLocalToIso(local: string): string {
  return new Date(`${local}:00${ALMATY_OFFSET}`).toISOString();
}
