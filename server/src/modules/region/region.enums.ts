// Enums of the region module, decorator-free so the reference data and pure functions can import them.
// (Kept here rather than in shared/: only the reference data and the API use them so far.)

/** What a top-level administrative unit is (KAZAKHSTAN.md §4: 17 oblasts + 3 cities of republican significance). */
export const RegionKind = {
  OBLAST: 'OBLAST',
  /** Astana, Almaty and Shymkent (the capital counts here too). */
  CITY_OF_REPUBLICAN_SIGNIFICANCE: 'CITY_OF_REPUBLICAN_SIGNIFICANCE',
} as const;
export type RegionKind = (typeof RegionKind)[keyof typeof RegionKind];

/** What happened to a region on a date (KAZAKHSTAN.md §4, change log). */
export const RegionEventKind = {
  /** The region's name changed (and, for a city, the name of its centre with it). */
  RENAMED: 'RENAMED',
  /** The region was formed from part of another one (`relatedRegion`). */
  CREATED_BY_SPLIT: 'CREATED_BY_SPLIT',
  /** The unit changed status, e.g. Shymkent leaving its oblast as a city of republican significance. */
  STATUS_CHANGED: 'STATUS_CHANGED',
  /** The administrative centre moved to another city. */
  CENTRE_MOVED: 'CENTRE_MOVED',
} as const;
export type RegionEventKind = (typeof RegionEventKind)[keyof typeof RegionEventKind];
