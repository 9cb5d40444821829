// Reading a region's history backwards: the state on a date is today's state with every later change undone.
import type { RegionKind } from './region.enums';

/** The history is kept from this day (КоАП 2014 in force; Order No. 40 followed in 2015). Earlier dates are refused. */
export const HISTORY_START = '2015-01-01';

/** The parts of a region that change over time. */
export interface RegionState {
  nameKk: string;
  nameRu: string;
  nameEn: string;
  centreKk: string;
  centreRu: string;
  centreEn: string;
  kind: RegionKind;
}

/** The fields of a history event that the reconstruction reads. */
export interface RegionChange {
  eventDate: string;
  fromNameKk: string | null;
  fromNameRu: string | null;
  fromNameEn: string | null;
  toNameKk: string | null;
  toNameRu: string | null;
  toNameEn: string | null;
  fromCentreKk: string | null;
  fromCentreRu: string | null;
  fromCentreEn: string | null;
  toCentreKk: string | null;
  toCentreRu: string | null;
  toCentreEn: string | null;
  fromKind: RegionKind | null;
  toKind: RegionKind | null;
}

/** True when the change took effect after `date` (a change dated `date` itself already applies on that day). */
function after(date: string) {
  return (change: RegionChange) => change.eventDate > date;
}

/**
 * The region as it stood on `date` (YYYY-MM-DD): names, centre and kind undone to before the first later change
 * of each. Null when the region did not exist yet (`date` before `validFrom`).
 */
export function regionOn<T extends RegionState & { validFrom: string }>(
  region: T,
  changes: readonly RegionChange[],
  date: string,
): T | null {
  if (date < region.validFrom) return null;
  const later = changes.filter(after(date)).sort((a, b) => a.eventDate.localeCompare(b.eventDate));
  const renamed = later.find((c) => c.toNameKk != null);
  const moved = later.find((c) => c.toCentreKk != null);
  const rekinded = later.find((c) => c.toKind != null && c.fromKind != null);
  // The data tests guarantee that a change filling `to*` also fills `from*`; the fallbacks only satisfy types.
  return {
    ...region,
    nameKk: renamed ? (renamed.fromNameKk ?? region.nameKk) : region.nameKk,
    nameRu: renamed ? (renamed.fromNameRu ?? region.nameRu) : region.nameRu,
    nameEn: renamed ? (renamed.fromNameEn ?? region.nameEn) : region.nameEn,
    centreKk: moved ? (moved.fromCentreKk ?? region.centreKk) : region.centreKk,
    centreRu: moved ? (moved.fromCentreRu ?? region.centreRu) : region.centreRu,
    centreEn: moved ? (moved.fromCentreEn ?? region.centreEn) : region.centreEn,
    kind: rekinded?.fromKind ?? region.kind,
  };
}
