import { Ground, OfficeKind, CourtInstance, CourtKind } from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import { LocalityKind } from '../../../modules/locality/locality.enums';
import { HISTORY_START } from '../../../modules/region/region-history';
import { RegionKind } from '../../../modules/region/region.enums';
import { COURTS } from './courts.data';
import { LOCALITIES } from './localities.data';
import { GPO, OFFICES } from './offices.data';
import type { Names } from './reference.types';
import { REGION_EVENTS, REGIONS, regionEventCode } from './regions.data';
import { THEMES } from './themes.data';

const CURRENT_REGIONS = [
  'ABAI',
  'AKMOLA',
  'AKTOBE',
  'ALMATY',
  'ATYRAU',
  'WEST_KAZAKHSTAN',
  'JAMBYL',
  'JETISU',
  'KARAGANDA',
  'KOSTANAY',
  'KYZYLORDA',
  'MANGYSTAU',
  'PAVLODAR',
  'NORTH_KAZAKHSTAN',
  'TURKISTAN',
  'ULYTAU',
  'EAST_KAZAKHSTAN',
  'ASTANA',
  'ALMATY_CITY',
  'SHYMKENT',
];

const regionCodes = new Set(REGIONS.map((r) => r.code));
const localityByCode = new Map(LOCALITIES.map((l) => [l.code, l]));
const officeByCode = new Map(OFFICES.map((o) => [o.code, o]));
const SPECIALIZED: readonly OfficeKind[] = [
  OfficeKind.MILITARY,
  OfficeKind.TRANSPORT,
  OfficeKind.ENVIRONMENTAL,
];

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Every text well formed: no stray spaces, Kazakh and Russian in Cyrillic, English in Latin script. */
function expectWellFormed(names: Names, where: string): void {
  for (const [lang, text] of Object.entries(names)) {
    expect(text.trim(), `${where} ${lang}`).not.toBe('');
    expect(text, `${where} ${lang}: stray spaces`).toBe(text.trim().replace(/\s{2,}/g, ' '));
  }
  expect(names.kk, `${where} kk`).not.toMatch(/[A-Za-z]/);
  expect(names.ru, `${where} ru`).not.toMatch(/[A-Za-z]/);
  expect(names.en, `${where} en`).not.toMatch(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
}

describe('regions', () => {
  it('should be exactly the 20 current regions, in the official order', () => {
    expect(REGIONS.map((r) => r.code)).toEqual(CURRENT_REGIONS);
    expect(REGIONS.map((r) => r.sortOrder)).toEqual(CURRENT_REGIONS.map((_, i) => i + 1));
    expect(REGIONS.filter((r) => r.kind === RegionKind.OBLAST)).toHaveLength(17);
    expect(
      REGIONS.filter((r) => r.kind === RegionKind.CITY_OF_REPUBLICAN_SIGNIFICANCE).map((r) => r.code),
    ).toEqual(['ASTANA', 'ALMATY_CITY', 'SHYMKENT']);
  });

  it('should have every name and centre in three languages, each name unique', () => {
    for (const region of REGIONS) {
      expectWellFormed(region.name, region.code);
      expectWellFormed(region.centre, `${region.code} centre`);
      expectWellFormed(region.appealCourt, `${region.code} appeal court`);
    }
    for (const lang of ['kk', 'ru', 'en'] as const)
      expect(duplicates(REGIONS.map((r) => r.name[lang]))).toEqual([]);
  });

  it('should seat each region in a city of its own', () => {
    for (const region of REGIONS) {
      const centre = localityByCode.get(region.centreLocality);
      expect(centre?.region, region.code).toBe(region.code);
      expect(centre?.kind, region.code).toBe(LocalityKind.CITY);
      expect(centre?.name, region.code).toEqual(region.centre);
    }
  });
});

describe('region history', () => {
  it('should name existing regions and be dated within the kept history', () => {
    for (const event of REGION_EVENTS) {
      expect(regionCodes.has(event.region), event.region).toBe(true);
      if (event.relatedRegion) expect(regionCodes.has(event.relatedRegion), event.relatedRegion).toBe(true);
      expect(event.date >= HISTORY_START, regionEventCode(event)).toBe(true);
      expect(event.sources.length, regionEventCode(event)).toBeGreaterThan(0);
    }
    expect(duplicates(REGION_EVENTS.map(regionEventCode))).toEqual([]);
  });

  it('should list each region’s events in date order', () => {
    for (const code of regionCodes) {
      const dates = REGION_EVENTS.filter((e) => e.region === code).map((e) => e.date);
      expect(dates, code).toEqual([...dates].sort());
    }
  });

  it('should date the creation of every region newer than the history at its validFrom', () => {
    for (const region of REGIONS.filter((r) => r.validFrom > HISTORY_START)) {
      const creation = REGION_EVENTS.filter(
        (e) => e.region === region.code && e.fromKind == null && e.toKind,
      );
      expect(
        creation.map((e) => e.date),
        region.code,
      ).toEqual([region.validFrom]);
    }
    expect(REGIONS.filter((r) => r.validFrom > HISTORY_START).map((r) => r.code)).toEqual([
      'ABAI',
      'JETISU',
      'ULYTAU',
      'SHYMKENT',
    ]);
  });

  it('should chain: undoing the events from today backwards meets each event’s "to" values', () => {
    for (const region of REGIONS) {
      let name: Names | undefined = region.name;
      let centre: Names | undefined = region.centre;
      let kind: RegionKind | null | undefined = region.kind;
      const events = REGION_EVENTS.filter((e) => e.region === region.code).reverse();
      for (const event of events) {
        const where = regionEventCode(event);
        if (event.toName) {
          expect(event.fromName, where).toBeDefined();
          expect(event.toName, where).toEqual(name);
          name = event.fromName;
        }
        if (event.toCentre) {
          expect(event.fromCentre, where).toBeDefined();
          expect(event.toCentre, where).toEqual(centre);
          centre = event.fromCentre;
        }
        if (event.toKind) {
          expect(event.toKind, where).toBe(kind);
          kind = event.fromKind;
        }
        for (const names of [event.fromName, event.toName, event.fromCentre, event.toCentre]) {
          if (names) expectWellFormed(names, where);
        }
      }
    }
  });

  it('should keep South Kazakhstan Region as Turkistan’s name before 19 June 2018', () => {
    const rename = REGION_EVENTS.find((e) => e.region === 'TURKISTAN' && e.kind === 'RENAMED');
    expect(rename?.date).toBe('2018-06-19');
    expect(rename?.fromName?.en).toBe('South Kazakhstan Region');
    expect(rename?.fromName?.ru).toBe('Южно-Казахстанская область');
    expect(rename?.fromName?.kk).toBe('Оңтүстік Қазақстан облысы');
  });
});

describe('localities', () => {
  it('should be a realistic subset: unique codes, in known regions, several per region', () => {
    expect(LOCALITIES.length).toBeGreaterThanOrEqual(150);
    expect(LOCALITIES.length).toBeLessThanOrEqual(220);
    expect(duplicates(LOCALITIES.map((l) => l.code))).toEqual([]);
    for (const locality of LOCALITIES) {
      expect(regionCodes.has(locality.region), locality.code).toBe(true);
      expect(locality.code.startsWith(`${locality.region}.`), locality.code).toBe(true);
      expectWellFormed(locality.name, locality.code);
      expectWellFormed(locality.of, locality.code);
      expectWellFormed(locality.court, locality.code);
    }
    for (const region of REGIONS) {
      expect(LOCALITIES.filter((l) => l.region === region.code).length, region.code).toBeGreaterThanOrEqual(
        5,
      );
    }
  });

  it('should leave only the cities served by their districts without a local office and court', () => {
    expect(LOCALITIES.filter((l) => !l.local).map((l) => l.code)).toEqual([
      'KARAGANDA.KARAGANDA',
      'ASTANA.CITY',
      'ALMATY_CITY.CITY',
      'SHYMKENT.CITY',
    ]);
  });
});

describe('offices', () => {
  it('should number about 200–260 with unique codes and well-formed names', () => {
    expect(OFFICES.length).toBeGreaterThanOrEqual(200);
    expect(OFFICES.length).toBeLessThanOrEqual(260);
    expect(duplicates(OFFICES.map((o) => o.code))).toEqual([]);
    for (const office of OFFICES) {
      expectWellFormed(office.name, office.code);
      expectWellFormed(office.shortName, office.code);
    }
    for (const lang of ['kk', 'ru', 'en'] as const)
      expect(duplicates(OFFICES.map((o) => o.name[lang]))).toEqual([]);
  });

  it('should resolve every parent, region and locality, the locality lying in the office’s region', () => {
    for (const office of OFFICES) {
      if (office.parent !== null) expect(officeByCode.has(office.parent), office.code).toBe(true);
      if (office.region !== null) expect(regionCodes.has(office.region), office.code).toBe(true);
      if (office.locality !== null) {
        expect(localityByCode.get(office.locality)?.region, office.code).toBe(office.region);
      }
      expect(office.locality === null, office.code).toBe(office.region === null);
    }
  });

  it('should list parents before children, every office reaching the GPO', () => {
    OFFICES.forEach((office, index) => {
      if (office.parent !== null) {
        expect(
          OFFICES.findIndex((o) => o.code === office.parent),
          office.code,
        ).toBeLessThan(index);
      }
      let top = office;
      for (let parent = top.parent; parent !== null; parent = top.parent)
        top = officeByCode.get(parent) ?? top;
      expect(top.code, office.code).toBe(GPO);
    });
  });

  it('should have one GPO, its Department, and only central offices without a region', () => {
    expect(OFFICES.filter((o) => o.kind === OfficeKind.GPO).map((o) => o.parent)).toEqual([null]);
    expect(OFFICES.filter((o) => o.kind === OfficeKind.DEPARTMENT).map((o) => o.parent)).toEqual([GPO]);
    expect(OFFICES.filter((o) => o.region === null).map((o) => o.code)).toEqual([
      'GPO',
      'GPO.DEPARTMENT',
      'MIL',
      'TRN',
    ]);
  });

  it('should have exactly one regional office per region, under the GPO, in the region’s centre', () => {
    for (const region of REGIONS) {
      const regional = OFFICES.filter((o) => o.kind === OfficeKind.REGIONAL && o.region === region.code);
      expect(regional, region.code).toHaveLength(1);
      expect(regional[0]?.parent, region.code).toBe(GPO);
      expect(regional[0]?.locality, region.code).toBe(region.centreLocality);
    }
    expect(OFFICES.filter((o) => o.kind === OfficeKind.REGIONAL)).toHaveLength(20);
  });

  it('should have one district or city office per local locality, under its regional office', () => {
    const territorial: readonly OfficeKind[] = [
      OfficeKind.DISTRICT,
      OfficeKind.CITY,
      OfficeKind.INTERDISTRICT,
    ];
    for (const locality of LOCALITIES) {
      const local = OFFICES.filter((o) => territorial.includes(o.kind) && o.locality === locality.code);
      expect(local, locality.code).toHaveLength(locality.local ? 1 : 0);
      if (locality.local) {
        expect(local[0]?.kind, locality.code).toBe(
          locality.kind === LocalityKind.CITY ? OfficeKind.CITY : OfficeKind.DISTRICT,
        );
        expect(local[0]?.parent, locality.code).toBe(`PO.${locality.region}`);
      }
    }
  });

  it('should place specialized offices only in localities that have courts', () => {
    const courtLocalities = new Set(COURTS.map((c) => c.locality));
    const specialized = OFFICES.filter((o) => SPECIALIZED.includes(o.kind) && o.locality !== null);
    for (const office of specialized)
      expect(courtLocalities.has(office.locality ?? ''), office.code).toBe(true);
    expect(specialized.filter((o) => o.kind === OfficeKind.MILITARY).length).toBeGreaterThanOrEqual(10);
    expect(specialized.filter((o) => o.kind === OfficeKind.TRANSPORT).length).toBeGreaterThanOrEqual(10);
    expect(specialized.filter((o) => o.kind === OfficeKind.ENVIRONMENTAL).length).toBeGreaterThanOrEqual(8);
  });

  it('should hang specialized offices under their main office (military, transport) or regional office', () => {
    for (const office of OFFICES.filter((o) => SPECIALIZED.includes(o.kind) && o.region !== null)) {
      const expected =
        office.kind === OfficeKind.MILITARY
          ? 'MIL'
          : office.kind === OfficeKind.TRANSPORT
            ? 'TRN'
            : `PO.${office.region}`;
      expect(office.parent, office.code).toBe(expected);
    }
  });
});

describe('courts', () => {
  it('should number roughly 250 with unique codes, names and sites', () => {
    expect(COURTS.length).toBeGreaterThanOrEqual(230);
    expect(COURTS.length).toBeLessThanOrEqual(400);
    expect(duplicates(COURTS.map((c) => c.code))).toEqual([]);
    for (const court of COURTS) {
      expectWellFormed(court.name, court.code);
      expect(court.website, court.code).toMatch(/^https:\/\/([a-z]+\.)?sud\.kz$/);
    }
    for (const lang of ['kk', 'ru', 'en'] as const)
      expect(duplicates(COURTS.map((c) => c.name[lang]))).toEqual([]);
  });

  it('should resolve every region and locality, the locality lying in the court’s region', () => {
    for (const court of COURTS) {
      const locality = localityByCode.get(court.locality);
      expect(locality, court.code).toBeDefined();
      if (court.region !== null) {
        expect(regionCodes.has(court.region), court.code).toBe(true);
        expect(locality?.region, court.code).toBe(court.region);
      }
    }
  });

  it('should have one Supreme Court (cassation, the whole republic) and only it without a region', () => {
    const supreme = COURTS.filter((c) => c.kind === CourtKind.SUPREME);
    expect(supreme).toHaveLength(1);
    expect(supreme[0]?.instance).toBe(CourtInstance.CASSATION);
    expect(COURTS.filter((c) => c.region === null).map((c) => c.code)).toEqual([supreme[0]?.code]);
  });

  it('should give each region one appeal court and one specialized administrative court', () => {
    for (const region of REGIONS) {
      const inRegion = COURTS.filter((c) => c.region === region.code);
      expect(
        inRegion.filter((c) => c.kind === CourtKind.REGIONAL),
        region.code,
      ).toHaveLength(1);
      expect(
        inRegion.filter((c) => c.kind === CourtKind.SPECIALIZED_ADMINISTRATIVE),
        region.code,
      ).toHaveLength(1);
    }
  });

  it('should match instance to kind', () => {
    for (const court of COURTS) {
      const expected =
        court.kind === CourtKind.SUPREME
          ? CourtInstance.CASSATION
          : court.kind === CourtKind.REGIONAL
            ? CourtInstance.APPEAL
            : CourtInstance.FIRST;
      expect(court.instance, court.code).toBe(expected);
    }
  });

  it('should give every locality with an office a first-instance court', () => {
    const firstInstance = new Set(
      COURTS.filter((c) => c.instance === CourtInstance.FIRST).map((c) => c.locality),
    );
    for (const office of OFFICES.filter((o) => o.locality !== null)) {
      expect(firstInstance.has(office.locality ?? ''), office.code).toBe(true);
    }
  });

  it('should seat military courts only where a military prosecutor’s office sits', () => {
    const military = new Set(OFFICES.filter((o) => o.kind === OfficeKind.MILITARY).map((o) => o.locality));
    for (const court of COURTS.filter((c) => c.kind === CourtKind.MILITARY)) {
      expect(military.has(court.locality), court.code).toBe(true);
    }
  });
});

describe('thematic directions', () => {
  it('should have the para 6 categories as mandatory, coded as the rules engine’s grounds', () => {
    const mandatory = THEMES.filter((t) => t.mandatory);
    expect(mandatory.map((t) => t.code)).toEqual(
      Object.values(Ground).filter((g) => g !== Ground.APPEAL_REVIEW),
    );
    for (const theme of mandatory) expect(theme.paragraph, theme.code).toBe(6);
  });

  it('should have the common categories without a paragraph, after the mandatory ones', () => {
    const firstCommon = THEMES.findIndex((t) => !t.mandatory);
    expect(firstCommon).toBe(14);
    for (const theme of THEMES.slice(firstCommon)) {
      expect(theme.mandatory, theme.code).toBe(false);
      expect(theme.paragraph, theme.code).toBeNull();
    }
    expect(THEMES.map((t) => t.code)).toEqual(
      expect.arrayContaining(['ROAD_TRAFFIC', 'MIGRATION', 'PUBLIC_ORDER']),
    );
  });

  it('should have unique codes and names in three languages', () => {
    expect(duplicates(THEMES.map((t) => t.code))).toEqual([]);
    for (const theme of THEMES) expectWellFormed(theme.name, theme.code);
  });
});

describe('codes across the tables', () => {
  it('should never repeat a code anywhere', () => {
    const all = [
      ...REGIONS.map((r) => r.code),
      ...REGION_EVENTS.map(regionEventCode),
      ...LOCALITIES.map((l) => l.code),
      ...OFFICES.map((o) => o.code),
      ...COURTS.map((c) => c.code),
      ...THEMES.map((t) => t.code),
    ];
    expect(duplicates(all)).toEqual([]);
    for (const code of all) expect(code, code).toMatch(/^[A-Z0-9_.-]+$/);
  });
});
