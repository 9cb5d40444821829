// Shapes of the national reference data as written in the *.data.ts modules (by code, before ids exist).
import type { CourtInstance, CourtKind, OfficeKind } from '@qadagalau/shared';
import type { LocalityKind } from '../../../modules/locality/locality.enums';
import type { RegionEventKind, RegionKind } from '../../../modules/region/region.enums';

/** A text in Kazakh, Russian and English. */
export interface Names {
  kk: string;
  ru: string;
  en: string;
}

export interface RegionSeed {
  code: string;
  kind: RegionKind;
  name: Names;
  centre: Names;
  sortOrder: number;
  validFrom: string;
  /** "Ақмола облысы": the region as the first word of a Kazakh name ("Ақмола облысы Бурабай ауданының …"). */
  kkPrefix: string;
  /** "Ақмола облысының": Kazakh genitive ("… прокуратурасы"). */
  kkOf: string;
  /** "Акмолинской области": Russian genitive ("Прокуратура …"). */
  ruOf: string;
  /** The oblast (city) court: the appeal instance for the region. */
  appealCourt: Names;
  /** The region's portal on sud.kz (`https://<subdomain>.sud.kz`). */
  sudKzSubdomain: string;
  /** Locality code of the centre, where the regional office and the regional courts sit. */
  centreLocality: string;
}

export interface RegionEventSeed {
  region: string;
  date: string;
  kind: RegionEventKind;
  fromName?: Names;
  toName?: Names;
  fromCentre?: Names;
  toCentre?: Names;
  fromKind?: RegionKind | null;
  toKind?: RegionKind;
  relatedRegion?: string;
  sources: string[];
}

export interface LocalitySeed {
  code: string;
  region: string;
  kind: LocalityKind;
  name: Names;
  /** Genitive heads for office names: "Бурабай ауданының" / "Бурабайского района" / "Burabay District". */
  of: Names;
  /** The local court's name without the region: "Бурабай аудандық соты" / "Бурабайский районный суд" / … */
  court: Names;
  /**
   * False for a city whose territory is covered by offices and courts of its districts (Astana, Almaty,
   * Shymkent, Karaganda): it gets no local office and no local court of its own.
   */
  local: boolean;
  /**
   * The city whose territory a city district lies in (Astana, Almaty, Shymkent, Karaganda): specialized offices
   * of the city sit "where the court sits" for the district courts too (para 7).
   */
  within?: string;
}

export interface OfficeSeed {
  code: string;
  kind: OfficeKind;
  parent: string | null;
  region: string | null;
  locality: string | null;
  name: Names;
  shortName: Names;
}

export interface CourtSeed {
  code: string;
  kind: CourtKind;
  instance: CourtInstance;
  region: string | null;
  locality: string;
  name: Names;
  website: string | null;
}

export interface ThemeSeed {
  code: string;
  name: Names;
  mandatory: boolean;
  paragraph: number | null;
}
