import { describe, expect, it } from 'vitest';
import { REGION_EVENTS, REGIONS } from '../../database/seeds/reference/regions.data';
import type { RegionEventSeed, RegionSeed } from '../../database/seeds/reference/reference.types';
import { regionOn, type RegionChange, type RegionState } from './region-history';

// The reference data itself is the fixture: the history has to answer for the real renames.
function state(region: RegionSeed): RegionState & { code: string; validFrom: string } {
  return {
    code: region.code,
    validFrom: region.validFrom,
    nameKk: region.name.kk,
    nameRu: region.name.ru,
    nameEn: region.name.en,
    centreKk: region.centre.kk,
    centreRu: region.centre.ru,
    centreEn: region.centre.en,
    kind: region.kind,
  };
}

function change(event: RegionEventSeed): RegionChange {
  return {
    eventDate: event.date,
    fromNameKk: event.fromName?.kk ?? null,
    fromNameRu: event.fromName?.ru ?? null,
    fromNameEn: event.fromName?.en ?? null,
    toNameKk: event.toName?.kk ?? null,
    toNameRu: event.toName?.ru ?? null,
    toNameEn: event.toName?.en ?? null,
    fromCentreKk: event.fromCentre?.kk ?? null,
    fromCentreRu: event.fromCentre?.ru ?? null,
    fromCentreEn: event.fromCentre?.en ?? null,
    toCentreKk: event.toCentre?.kk ?? null,
    toCentreRu: event.toCentre?.ru ?? null,
    toCentreEn: event.toCentre?.en ?? null,
    fromKind: event.fromKind ?? null,
    toKind: event.toKind ?? null,
  };
}

function on(code: string, date: string) {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) throw new Error(code);
  return regionOn(state(region), REGION_EVENTS.filter((e) => e.region === code).map(change), date);
}

function regionsOn(date: string): string[] {
  return REGIONS.flatMap((r) => (on(r.code, date) ? [r.code] : []));
}

describe('regionOn', () => {
  it('should name Turkistan Region South Kazakhstan, centred on Shymkent, before 19 June 2018', () => {
    expect(on('TURKISTAN', '2018-06-18')).toMatchObject({
      nameKk: 'Оңтүстік Қазақстан облысы',
      nameRu: 'Южно-Казахстанская область',
      nameEn: 'South Kazakhstan Region',
      centreEn: 'Shymkent',
    });
    expect(on('TURKISTAN', '2018-06-19')).toMatchObject({
      nameEn: 'Turkistan Region',
      centreEn: 'Turkistan',
    });
  });

  it('should call the capital Nur-Sultan from 23 March 2019 to 16 September 2022 only', () => {
    expect(on('ASTANA', '2019-03-22')?.nameEn).toBe('Astana');
    expect(on('ASTANA', '2019-03-23')).toMatchObject({
      nameEn: 'Nur-Sultan',
      nameKk: 'Нұр-Сұлтан қаласы',
      centreEn: 'Nur-Sultan',
    });
    expect(on('ASTANA', '2022-09-16')?.nameRu).toBe('город Нур-Султан');
    expect(on('ASTANA', '2022-09-17')).toMatchObject({ nameEn: 'Astana', centreRu: 'Астана' });
  });

  it('should place Almaty Region’s centre in Taldykorgan until 8 June 2022, then in Konaev', () => {
    expect(on('ALMATY', '2022-06-07')?.centreEn).toBe('Taldykorgan');
    expect(on('ALMATY', '2022-06-08')?.centreEn).toBe('Konaev');
  });

  it('should not know regions before they existed', () => {
    expect(on('SHYMKENT', '2018-06-18')).toBeNull();
    expect(on('SHYMKENT', '2018-06-19')?.kind).toBe('CITY_OF_REPUBLICAN_SIGNIFICANCE');
    for (const code of ['ABAI', 'JETISU', 'ULYTAU']) {
      expect(on(code, '2022-06-07'), code).toBeNull();
      expect(on(code, '2022-06-08')?.kind, code).toBe('OBLAST');
    }
  });

  it('should count 16 regions under Order No. 40 (2015), 17 from mid-2018 and 20 from mid-2022', () => {
    expect(regionsOn('2015-04-14')).toHaveLength(16);
    expect(regionsOn('2015-04-14')).not.toContain('SHYMKENT');
    expect(regionsOn('2019-01-01')).toHaveLength(17);
    expect(regionsOn('2022-06-08')).toHaveLength(20);
  });

  it('should leave a region untouched on a day after all its changes', () => {
    const today = REGIONS.find((r) => r.code === 'KARAGANDA');
    expect(on('KARAGANDA', '2030-01-01')).toEqual(today && state(today));
  });
});
