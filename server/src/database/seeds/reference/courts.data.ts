// The courts that hear administrative-offense cases: a district or city court for every locality with its own
// office, numbered (№ 2) courts in some of them, a specialized interdistrict administrative court (СМАС) and an
// appeal court per region, garrison military courts, and the Supreme Court.
//
// The layout is the district one that the district offices map to. By Decree No. 216 of 15.05.2023 the district
// courts of Astana and Shymkent were merged into interdistrict civil and criminal courts (Supreme Court release,
// globalnews.kz); courts do not carry validity dates yet, so that merger is not modelled here.
import { CourtInstance, CourtKind } from '@qadagalau/shared';
import { LocalityKind } from '../../../modules/locality/locality.enums';
import { LOCALITIES } from './localities.data';
import { GARRISONS, regionEnOf } from './offices.data';
import type { CourtSeed, LocalitySeed, RegionSeed } from './reference.types';
import { REGIONS } from './regions.data';
import { genitive } from './russian';

export const SUPREME_COURT = 'SUPREME';

export const localCourtCode = (locality: string): string => `COURT.${locality}`;

/**
 * Localities with a second, numbered court. Astana's four are named in the Supreme Court's 2023 release; the
 * others follow the pattern of large cities and districts and are UNCONFIRMED one by one.
 */
export const NUMBERED_COURT_LOCALITIES: readonly string[] = [
  'ASTANA.ALMATY',
  'ASTANA.ESIL',
  'ASTANA.SARYARKA',
  'ASTANA.BAIKONYR',
  'ALMATY_CITY.ALMALY',
  'ALMATY_CITY.AUEZOV',
  'ALMATY_CITY.BOSTANDYK',
  'ALMATY_CITY.MEDEU',
  'KARAGANDA.KAZYBEK_BI',
  'ALMATY.KARASAI',
  'AKTOBE.AKTOBE',
  'PAVLODAR.PAVLODAR',
  'KOSTANAY.KOSTANAY',
  'WEST_KAZAKHSTAN.ORAL',
  'NORTH_KAZAKHSTAN.PETROPAVL',
  'EAST_KAZAKHSTAN.OSKEMEN',
  'ABAI.SEMEY',
  'JAMBYL.TARAZ',
];

/** Garrisons with a military court (a subset of those with a military prosecutor's office). UNCONFIRMED list. */
export const MILITARY_COURT_GARRISONS: readonly string[] = [
  'ASTANA',
  'ALMATY',
  'SHYMKENT',
  'TALDYKORGAN',
  'AKTAU',
  'AKTOBE',
  'SEMEY',
  'OSKEMEN',
  'TARAZ',
  'KARAGANDA',
];

function website(region: RegionSeed): string {
  return `https://${region.sudKzSubdomain}.sud.kz`;
}

function regionOf(code: string): RegionSeed {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) throw new Error(`Unknown region ${code}`);
  return region;
}

function appealCourt(region: RegionSeed): CourtSeed {
  return {
    code: `APPEAL.${region.code}`,
    kind: CourtKind.REGIONAL,
    instance: CourtInstance.APPEAL,
    region: region.code,
    locality: region.centreLocality,
    name: region.appealCourt,
    website: website(region),
  };
}

function administrativeCourt(region: RegionSeed): CourtSeed {
  return {
    code: `SMAS.${region.code}`,
    kind: CourtKind.SPECIALIZED_ADMINISTRATIVE,
    instance: CourtInstance.FIRST,
    region: region.code,
    locality: region.centreLocality,
    name: {
      kk: `${region.kkOf} мамандандырылған ауданаралық әкімшілік соты`,
      ru: `Специализированный межрайонный административный суд ${region.ruOf}`,
      en: `Specialized Interdistrict Administrative Court of ${regionEnOf(region)}`,
    },
    website: website(region),
  };
}

function localCourt(locality: LocalitySeed): CourtSeed {
  const region = regionOf(locality.region);
  return {
    code: localCourtCode(locality.code),
    kind: locality.kind === LocalityKind.CITY ? CourtKind.CITY : CourtKind.DISTRICT,
    instance: CourtInstance.FIRST,
    region: region.code,
    locality: locality.code,
    name: {
      kk: `${region.kkPrefix} ${locality.court.kk}`,
      ru: `${locality.court.ru} ${region.ruOf}`,
      en: `${locality.court.en}, ${region.name.en}`,
    },
    website: website(region),
  };
}

/**
 * The second court of a locality: "Районный суд № 2 Алмалинского района города Алматы" (built from the
 * district court's adjective, so Astana's "Есильский районный суд" gives "… № 2 Есильского района"), and for a
 * city "Актюбинский городской суд № 2".
 */
function numberedCourt(locality: LocalitySeed): CourtSeed {
  const region = regionOf(locality.region);
  const isCity = locality.kind === LocalityKind.CITY;
  const adjectival = /^(\S+ий) районный суд(.*)$/.exec(locality.court.ru);
  const ru = isCity
    ? `${locality.court.ru} № 2`
    : adjectival
      ? `Районный суд № 2 ${genitive(adjectival[1] ?? '')} района${adjectival[2] ?? ''}`
      : `Районный суд № 2 ${locality.of.ru}`;
  const kk = isCity
    ? locality.court.kk.replace(/ соты$/, ' № 2 соты')
    : locality.court.kk.replace(/ аудандық соты$/, ' ауданының № 2 аудандық соты');
  return {
    code: `${localCourtCode(locality.code)}.2`,
    kind: isCity ? CourtKind.CITY : CourtKind.DISTRICT,
    instance: CourtInstance.FIRST,
    region: region.code,
    locality: locality.code,
    name: {
      kk: `${region.kkPrefix} ${kk}`,
      ru: `${ru} ${region.ruOf}`,
      en: `${locality.court.en} No. 2, ${region.name.en}`,
    },
    website: website(region),
  };
}

function militaryCourt(key: string): CourtSeed {
  const garrison = GARRISONS.find((g) => g.key === key);
  const locality = LOCALITIES.find((l) => l.code === garrison?.locality);
  if (!garrison || !locality) throw new Error(`Unknown garrison ${key}`);
  const region = regionOf(locality.region);
  return {
    code: `MILCOURT.${garrison.key}`,
    kind: CourtKind.MILITARY,
    instance: CourtInstance.FIRST,
    region: region.code,
    locality: locality.code,
    name: {
      kk: `${garrison.kk} гарнизонының әскери соты`,
      ru: `Военный суд ${genitive(garrison.ruAdjective)} гарнизона`,
      en: `Military Court of the ${garrison.en} Garrison`,
    },
    website: website(region),
  };
}

const supremeCourt: CourtSeed = {
  code: SUPREME_COURT,
  kind: CourtKind.SUPREME,
  instance: CourtInstance.CASSATION,
  region: null,
  locality: 'ASTANA.CITY',
  name: {
    kk: 'Қазақстан Республикасының Жоғарғы Соты',
    ru: 'Верховный Суд Республики Казахстан',
    en: 'Supreme Court of the Republic of Kazakhstan',
  },
  website: 'https://sud.kz',
};

/** The Supreme Court, then per region: the appeal court, the СМАС, local and numbered courts, military courts. */
export const COURTS: readonly CourtSeed[] = [
  supremeCourt,
  ...REGIONS.flatMap((region) => {
    const localities = LOCALITIES.filter((l) => l.region === region.code);
    return [
      appealCourt(region),
      administrativeCourt(region),
      ...localities
        .filter((l) => l.local)
        .flatMap((l) => [
          localCourt(l),
          ...(NUMBERED_COURT_LOCALITIES.includes(l.code) ? [numberedCourt(l)] : []),
        ]),
      ...MILITARY_COURT_GARRISONS.filter((key) =>
        localities.some((l) => l.code === GARRISONS.find((g) => g.key === key)?.locality),
      ).map(militaryCourt),
    ];
  }),
];
