// The prosecutor's offices: the GPO and its Department, the main military and transport offices, one regional
// office per region, a district or city office for every locality that has its own (localities.data.ts), and
// specialized garrison military, transport and environmental offices in a realistic subset of places.
//
// Interdistrict offices (OfficeKind.INTERDISTRICT) exist but none is listed: no current one could be confirmed.
// The regional military prosecutor's offices between the Main Military Prosecutor's Office and the garrisons are
// left out for the same reason; garrison offices hang directly under the main office.
import { OfficeKind } from '@qadagalau/shared';
import { LocalityKind } from '../../../modules/locality/locality.enums';
import { RegionKind } from '../../../modules/region/region.enums';
import { LOCALITIES } from './localities.data';
import type { LocalitySeed, Names, OfficeSeed, RegionSeed } from './reference.types';
import { REGIONS } from './regions.data';
import { feminine, genitive } from './russian';

export const GPO = 'GPO';
export const DEPARTMENT = 'GPO.DEPARTMENT';
export const MAIN_MILITARY = 'MIL';
export const MAIN_TRANSPORT = 'TRN';

/** The code of a region's prosecutor's office. */
export const regionalOfficeCode = (region: string): string => `PO.${region}`;
/** The code of a locality's district or city office. */
export const localOfficeCode = (locality: string): string => `PO.${locality}`;

/** A place named for a specialized office: Kazakh stem, Russian masculine adjective, English name. */
interface Place {
  key: string;
  locality: string;
  kk: string;
  ruAdjective: string;
  en: string;
}

/**
 * Garrisons with a military prosecutor's office (para 7: military prosecutors act in the courts at their
 * location). Sary-Ozek, Konaev, Taldykorgan, Almaty and Shymkent garrisons appear in the GPO's own releases
 * (2024–2025); the others follow the large garrisons and are plausible rather than confirmed one by one.
 */
export const GARRISONS: readonly Place[] = [
  { key: 'ASTANA', locality: 'ASTANA.CITY', kk: 'Астана', ruAdjective: 'Астанинский', en: 'Astana' },
  { key: 'ALMATY', locality: 'ALMATY_CITY.CITY', kk: 'Алматы', ruAdjective: 'Алматинский', en: 'Almaty' },
  { key: 'SHYMKENT', locality: 'SHYMKENT.CITY', kk: 'Шымкент', ruAdjective: 'Шымкентский', en: 'Shymkent' },
  {
    key: 'SARY_OZEK',
    locality: 'JETISU.KERBULAK',
    kk: 'Сарыөзек',
    ruAdjective: 'Сарыозекский',
    en: 'Sary-Ozek',
  },
  {
    key: 'TALDYKORGAN',
    locality: 'JETISU.TALDYKORGAN',
    kk: 'Талдықорған',
    ruAdjective: 'Талдыкорганский',
    en: 'Taldykorgan',
  },
  { key: 'KONAEV', locality: 'ALMATY.KONAEV', kk: 'Қонаев', ruAdjective: 'Конаевский', en: 'Konaev' },
  { key: 'AKTAU', locality: 'MANGYSTAU.AKTAU', kk: 'Ақтау', ruAdjective: 'Актауский', en: 'Aktau' },
  { key: 'AKTOBE', locality: 'AKTOBE.AKTOBE', kk: 'Ақтөбе', ruAdjective: 'Актюбинский', en: 'Aktobe' },
  { key: 'SEMEY', locality: 'ABAI.SEMEY', kk: 'Семей', ruAdjective: 'Семейский', en: 'Semey' },
  { key: 'AYAGOZ', locality: 'ABAI.AYAGOZ', kk: 'Аягөз', ruAdjective: 'Аягозский', en: 'Ayagoz' },
  {
    key: 'ZHANGIZTOBE',
    locality: 'ABAI.ZHARMA',
    kk: 'Жаңғызтөбе',
    ruAdjective: 'Жангизтобинский',
    en: 'Zhangiztobe',
  },
  {
    key: 'OSKEMEN',
    locality: 'EAST_KAZAKHSTAN.OSKEMEN',
    kk: 'Өскемен',
    ruAdjective: 'Усть-Каменогорский',
    en: 'Oskemen',
  },
  { key: 'TARAZ', locality: 'JAMBYL.TARAZ', kk: 'Тараз', ruAdjective: 'Таразский', en: 'Taraz' },
  {
    key: 'KARAGANDA',
    locality: 'KARAGANDA.KARAGANDA',
    kk: 'Қарағанды',
    ruAdjective: 'Карагандинский',
    en: 'Karaganda',
  },
];

/** Transport prosecutor's offices at the main rail, air and sea hubs (Aktau: the sea port). */
export const TRANSPORT_HUBS: readonly Place[] = [
  { key: 'ASTANA', locality: 'ASTANA.CITY', kk: 'Астана', ruAdjective: 'Астанинский', en: 'Astana' },
  { key: 'ALMATY', locality: 'ALMATY_CITY.CITY', kk: 'Алматы', ruAdjective: 'Алматинский', en: 'Almaty' },
  {
    key: 'KARAGANDA',
    locality: 'KARAGANDA.KARAGANDA',
    kk: 'Қарағанды',
    ruAdjective: 'Карагандинский',
    en: 'Karaganda',
  },
  { key: 'AKTOBE', locality: 'AKTOBE.AKTOBE', kk: 'Ақтөбе', ruAdjective: 'Актюбинский', en: 'Aktobe' },
  { key: 'SHYMKENT', locality: 'SHYMKENT.CITY', kk: 'Шымкент', ruAdjective: 'Шымкентский', en: 'Shymkent' },
  {
    key: 'PAVLODAR',
    locality: 'PAVLODAR.PAVLODAR',
    kk: 'Павлодар',
    ruAdjective: 'Павлодарский',
    en: 'Pavlodar',
  },
  {
    key: 'KOSTANAY',
    locality: 'KOSTANAY.KOSTANAY',
    kk: 'Қостанай',
    ruAdjective: 'Костанайский',
    en: 'Kostanay',
  },
  { key: 'ATYRAU', locality: 'ATYRAU.ATYRAU', kk: 'Атырау', ruAdjective: 'Атырауский', en: 'Atyrau' },
  { key: 'AKTAU', locality: 'MANGYSTAU.AKTAU', kk: 'Ақтау', ruAdjective: 'Актауский', en: 'Aktau' },
  {
    key: 'KYZYLORDA',
    locality: 'KYZYLORDA.KYZYLORDA',
    kk: 'Қызылорда',
    ruAdjective: 'Кызылординский',
    en: 'Kyzylorda',
  },
  {
    key: 'PETROPAVL',
    locality: 'NORTH_KAZAKHSTAN.PETROPAVL',
    kk: 'Петропавл',
    ruAdjective: 'Петропавловский',
    en: 'Petropavl',
  },
  { key: 'SEMEY', locality: 'ABAI.SEMEY', kk: 'Семей', ruAdjective: 'Семейский', en: 'Semey' },
  { key: 'ORAL', locality: 'WEST_KAZAKHSTAN.ORAL', kk: 'Орал', ruAdjective: 'Уральский', en: 'Oral' },
];

/**
 * Regions with a specialized environmental prosecutor's office, sitting in the regional centre. Turkistan,
 * Mangystau, West Kazakhstan and Kostanay offices are named in 2024–2026 news; the rest are plausible. Basin
 * offices (e.g. Ile-Balkhash) are UNCONFIRMED (KAZAKHSTAN.md §4) and left out.
 */
export const ENVIRONMENTAL_REGIONS: readonly string[] = [
  'TURKISTAN',
  'MANGYSTAU',
  'WEST_KAZAKHSTAN',
  'KOSTANAY',
  'ATYRAU',
  'KYZYLORDA',
  'EAST_KAZAKHSTAN',
  'PAVLODAR',
  'KARAGANDA',
  'ALMATY_CITY',
];

/** English "of …" for a region: "Akmola Region", "the City of Astana". */
export function regionEnOf(region: RegionSeed): string {
  return region.kind === RegionKind.OBLAST ? region.name.en : `the City of ${region.name.en}`;
}

function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

const REGION_BY_CODE = byCode(REGIONS);
const LOCALITY_BY_CODE = byCode(LOCALITIES);

function regionOf(code: string): RegionSeed {
  const region = REGION_BY_CODE.get(code);
  if (!region) throw new Error(`Unknown region ${code}`);
  return region;
}

function localityOf(code: string): LocalitySeed {
  const locality = LOCALITY_BY_CODE.get(code);
  if (!locality) throw new Error(`Unknown locality ${code}`);
  return locality;
}

const central: OfficeSeed[] = [
  {
    code: GPO,
    kind: OfficeKind.GPO,
    parent: null,
    region: null,
    locality: null,
    name: {
      kk: 'Қазақстан Республикасының Бас прокуратурасы',
      ru: 'Генеральная прокуратура Республики Казахстан',
      en: "Prosecutor General's Office of the Republic of Kazakhstan",
    },
    shortName: { kk: 'Бас прокуратура', ru: 'Генеральная прокуратура', en: "Prosecutor General's Office" },
  },
  {
    code: DEPARTMENT,
    kind: OfficeKind.DEPARTMENT,
    parent: GPO,
    region: null,
    locality: null,
    name: {
      kk: 'Қазақстан Республикасы Бас прокуратурасының Соттарда мемлекет мүддесіне өкілдік ету департаменті',
      ru: 'Департамент по представлению интересов государства в судах Генеральной прокуратуры Республики Казахстан',
      en: "Department for Representation of State Interests in Courts, Prosecutor General's Office",
    },
    shortName: {
      kk: 'Соттарда мемлекет мүддесіне өкілдік ету департаменті',
      ru: 'Департамент по представлению интересов государства в судах',
      en: 'Department for Representation of State Interests in Courts',
    },
  },
  {
    code: MAIN_MILITARY,
    kind: OfficeKind.MILITARY,
    parent: GPO,
    region: null,
    locality: null,
    name: {
      kk: 'Қазақстан Республикасының Бас әскери прокуратурасы',
      ru: 'Главная военная прокуратура Республики Казахстан',
      en: "Main Military Prosecutor's Office of the Republic of Kazakhstan",
    },
    shortName: {
      kk: 'Бас әскери прокуратура',
      ru: 'Главная военная прокуратура',
      en: "Main Military Prosecutor's Office",
    },
  },
  {
    code: MAIN_TRANSPORT,
    kind: OfficeKind.TRANSPORT,
    parent: GPO,
    region: null,
    locality: null,
    name: {
      kk: 'Қазақстан Республикасының Бас көлік прокуратурасы',
      ru: 'Главная транспортная прокуратура Республики Казахстан',
      en: "Main Transport Prosecutor's Office of the Republic of Kazakhstan",
    },
    shortName: {
      kk: 'Бас көлік прокуратурасы',
      ru: 'Главная транспортная прокуратура',
      en: "Main Transport Prosecutor's Office",
    },
  },
];

function regionalOffice(region: RegionSeed): OfficeSeed {
  const name: Names = {
    kk: `${region.kkOf} прокуратурасы`,
    ru: `Прокуратура ${region.ruOf}`,
    en: `Prosecutor's Office of ${regionEnOf(region)}`,
  };
  return {
    code: regionalOfficeCode(region.code),
    kind: OfficeKind.REGIONAL,
    parent: GPO,
    region: region.code,
    locality: region.centreLocality,
    name,
    shortName: { kk: name.kk, ru: name.ru, en: `${region.name.en} Prosecutor's Office` },
  };
}

function localOffice(locality: LocalitySeed): OfficeSeed {
  const region = regionOf(locality.region);
  const short: Names = {
    kk: `${locality.of.kk} прокуратурасы`,
    ru: `Прокуратура ${locality.of.ru}`,
    en: `${locality.of.en} Prosecutor's Office`,
  };
  return {
    code: localOfficeCode(locality.code),
    kind: locality.kind === LocalityKind.CITY ? OfficeKind.CITY : OfficeKind.DISTRICT,
    parent: regionalOfficeCode(region.code),
    region: region.code,
    locality: locality.code,
    name: {
      kk: `${region.kkPrefix} ${short.kk}`,
      ru: `${short.ru} ${region.ruOf}`,
      en: `${short.en}, ${region.name.en}`,
    },
    shortName: short,
  };
}

function militaryOffice(garrison: Place): OfficeSeed {
  const name: Names = {
    kk: `${garrison.kk} гарнизонының әскери прокуратурасы`,
    ru: `Военная прокуратура ${genitive(garrison.ruAdjective)} гарнизона`,
    en: `Military Prosecutor's Office of the ${garrison.en} Garrison`,
  };
  return {
    code: `MIL.${garrison.key}`,
    kind: OfficeKind.MILITARY,
    parent: MAIN_MILITARY,
    region: localityOf(garrison.locality).region,
    locality: garrison.locality,
    name,
    shortName: { kk: name.kk, ru: name.ru, en: `${garrison.en} Garrison Military Prosecutor's Office` },
  };
}

function transportOffice(hub: Place): OfficeSeed {
  const name: Names = {
    kk: `${hub.kk} көлік прокуратурасы`,
    ru: `${feminine(hub.ruAdjective)} транспортная прокуратура`,
    en: `${hub.en} Transport Prosecutor's Office`,
  };
  return {
    code: `TRN.${hub.key}`,
    kind: OfficeKind.TRANSPORT,
    parent: MAIN_TRANSPORT,
    region: localityOf(hub.locality).region,
    locality: hub.locality,
    name,
    shortName: name,
  };
}

function environmentalOffice(regionCode: string): OfficeSeed {
  const region = regionOf(regionCode);
  return {
    code: `ENV.${region.code}`,
    kind: OfficeKind.ENVIRONMENTAL,
    parent: regionalOfficeCode(region.code),
    region: region.code,
    locality: region.centreLocality,
    name: {
      kk: `${region.kkOf} мамандандырылған табиғат қорғау прокуратурасы`,
      ru: `Специализированная природоохранная прокуратура ${region.ruOf}`,
      en: `Specialized Environmental Prosecutor's Office of ${regionEnOf(region)}`,
    },
    shortName: {
      kk: `${region.kkOf} табиғат қорғау прокуратурасы`,
      ru: `Природоохранная прокуратура ${region.ruOf}`,
      en: `${region.name.en} Environmental Prosecutor's Office`,
    },
  };
}

/**
 * Every office, parents before children: the central offices, then per region the regional office, its
 * district and city offices and the specialized offices located in the region.
 */
export const OFFICES: readonly OfficeSeed[] = [
  ...central,
  ...REGIONS.flatMap((region) => [
    regionalOffice(region),
    ...LOCALITIES.filter((l) => l.region === region.code && l.local).map(localOffice),
    ...GARRISONS.filter((g) => localityOf(g.locality).region === region.code).map(militaryOffice),
    ...TRANSPORT_HUBS.filter((h) => localityOf(h.locality).region === region.code).map(transportOffice),
    ...ENVIRONMENTAL_REGIONS.filter((code) => code === region.code).map(environmentalOffice),
  ]),
];
