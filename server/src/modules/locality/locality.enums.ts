// Decorator-free, so the reference data can import it without loading the entity.

/** A place where offices and courts sit: a city, or a district (аудан / район, including a city's districts). */
export const LocalityKind = {
  CITY: 'CITY',
  DISTRICT: 'DISTRICT',
} as const;
export type LocalityKind = (typeof LocalityKind)[keyof typeof LocalityKind];
