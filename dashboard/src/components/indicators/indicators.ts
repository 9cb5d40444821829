// What the indicators screen computes on its own: quarter arithmetic (the default quarter is the last closed
// one), the three indicators' keys and paragraphs, the colour bins of the tile map and the trend, and the tile
// map's layout of the 20 regions. The figures themselves always come from the server.
import { almatyDate } from '../../util/format';

/** The three indicators of section 3 in the order of the Instruction (paras 22, 23, 24). */
export const INDICATOR_KEYS = [
  'appealProtestEffectiveness',
  'protestSatisfaction',
  'responseEffectiveness',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const INDICATOR_PARA: Record<IndicatorKey, number> = {
  appealProtestEffectiveness: 22,
  protestSatisfaction: 23,
  responseEffectiveness: 24,
};

export function isIndicatorKey(value: unknown): value is IndicatorKey {
  return typeof value === 'string' && (INDICATOR_KEYS as readonly string[]).includes(value);
}

/** The figures of one indicator as the server gives them (KpiRatioType or KpiSatisfactionType). */
export type Figure =
  | { numerator: number; denominator: number; percent?: number | null }
  | { unsatisfied: number; considered: number; percent?: number | null };

/** The two counts behind a percent, in the order the screen shows them (as the export's columns). */
export function countsOf(figure: Figure): [number, number] {
  return 'considered' in figure
    ? [figure.unsatisfied, figure.considered]
    : [figure.numerator, figure.denominator];
}

export type IndicatorSet = Record<IndicatorKey, Figure>;

// ---- quarters ---------------------------------------------------------------------------------------------

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = QUARTER.exec(value);
  return match !== null && Number(match[1]) >= 2000 && Number(match[1]) <= 2100;
}

/** The quarter ('YYYY-Qn') of a calendar date 'YYYY-MM-DD'. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter `n` quarters after (negative: before) `quarter`. */
export function shiftQuarter(quarter: string, n: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function compareQuarters(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The quarter running today in Almaty (where the Instruction's quarters are counted). */
export function currentQuarter(now: Date = new Date()): string {
  return quarterOf(almatyDate(now));
}

/**
 * The default quarter: the last closed one. The running quarter's figures are still moving — appeals are being
 * decided, protests considered and private rulings issued — so its shares rest on partial denominators and are
 * not comparable with a whole quarter.
 */
export function lastClosedQuarter(now: Date = new Date()): string {
  return shiftQuarter(currentQuarter(now), -1);
}

/** The quarters the picker offers: the running one first, then `count - 1` closed ones, newest first. */
export function quarterChoices(now: Date = new Date(), count = 12): string[] {
  const current = currentQuarter(now);
  return Array.from({ length: count }, (_, i) => shiftQuarter(current, -i));
}

const ROMAN = ['I', 'II', 'III', 'IV'];
/** The parts a quarter's label is written from: year, number and Roman numeral. */
export function quarterParts(quarter: string): { year: string; n: number; roman: string } {
  const n = Number(quarter.slice(6));
  return { year: quarter.slice(0, 4), n, roman: ROMAN[n - 1] ?? String(n) };
}

// ---- colour bins -----------------------------------------------------------------------------------------

/**
 * The colour bins of a percent (every indicator: the higher, the better). An orange-to-blue scale that stays
 * distinguishable with the common colour-vision deficiencies; the value is always written beside the colour.
 */
export const BINS = [
  { key: 'low', from: 0, to: 50 },
  { key: 'mid', from: 50, to: 75 },
  { key: 'good', from: 75, to: 90 },
  { key: 'high', from: 90, to: 100 },
] as const;
export type BinKey = (typeof BINS)[number]['key'] | 'none';

/** The bin of a percent; 'none' when there was nothing to count. */
export function binOf(percent: number | null | undefined): BinKey {
  if (percent === null || percent === undefined) return 'none';
  for (const bin of BINS) if (percent < bin.to) return bin.key;
  return 'high';
}

// ---- the tile map ----------------------------------------------------------------------------------------

/**
 * Each region's cell on a 6 × 5 grid, roughly where it lies (column west → east, row north → south): the west
 * (Atyrau, Mangystau), the north (Kostanay, North Kazakhstan, Pavlodar), the centre (Ulytau, Karaganda), the east
 * (Abai, East Kazakhstan), the south (Kyzylorda → Almaty, Jetisu), the three cities beside their surroundings.
 */
export const TILE_POSITIONS: Record<string, { col: number; row: number }> = {
  WEST_KAZAKHSTAN: { col: 1, row: 1 },
  KOSTANAY: { col: 3, row: 1 },
  NORTH_KAZAKHSTAN: { col: 4, row: 1 },
  PAVLODAR: { col: 5, row: 1 },
  EAST_KAZAKHSTAN: { col: 6, row: 1 },
  ATYRAU: { col: 1, row: 2 },
  AKTOBE: { col: 2, row: 2 },
  AKMOLA: { col: 4, row: 2 },
  ASTANA: { col: 5, row: 2 },
  ABAI: { col: 6, row: 2 },
  MANGYSTAU: { col: 1, row: 3 },
  ULYTAU: { col: 3, row: 3 },
  KARAGANDA: { col: 4, row: 3 },
  JETISU: { col: 6, row: 3 },
  KYZYLORDA: { col: 2, row: 4 },
  TURKISTAN: { col: 3, row: 4 },
  JAMBYL: { col: 4, row: 4 },
  ALMATY: { col: 5, row: 4 },
  SHYMKENT: { col: 3, row: 5 },
  ALMATY_CITY: { col: 5, row: 5 },
};

/** Short region names for the tiles (proper names, from the reference data's full names; not interface words). */
export const REGION_SHORT: Record<string, { kk: string; ru: string; en: string }> = {
  ABAI: { kk: 'Абай', ru: 'Абай', en: 'Abai' },
  AKMOLA: { kk: 'Ақмола', ru: 'Акмола', en: 'Akmola' },
  AKTOBE: { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' },
  ALMATY: { kk: 'Алматы обл.', ru: 'Алматин. обл.', en: 'Almaty Reg.' },
  ATYRAU: { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' },
  WEST_KAZAKHSTAN: { kk: 'БҚО', ru: 'ЗКО', en: 'West Kaz.' },
  JAMBYL: { kk: 'Жамбыл', ru: 'Жамбыл', en: 'Jambyl' },
  JETISU: { kk: 'Жетісу', ru: 'Жетысу', en: 'Jetisu' },
  KARAGANDA: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
  KOSTANAY: { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' },
  KYZYLORDA: { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' },
  MANGYSTAU: { kk: 'Маңғыстау', ru: 'Мангистау', en: 'Mangystau' },
  PAVLODAR: { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' },
  NORTH_KAZAKHSTAN: { kk: 'СҚО', ru: 'СКО', en: 'North Kaz.' },
  TURKISTAN: { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' },
  ULYTAU: { kk: 'Ұлытау', ru: 'Улытау', en: 'Ulytau' },
  EAST_KAZAKHSTAN: { kk: 'ШҚО', ru: 'ВКО', en: 'East Kaz.' },
  ASTANA: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
  ALMATY_CITY: { kk: 'Алматы қ.', ru: 'г. Алматы', en: 'Almaty City' },
  SHYMKENT: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
};

/** Did a click land on a link (or inside one)? A row's own click handler leaves those to the link. */
export function insideLink(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a') !== null;
}

/** The server's export of a breakdown (GET /export/indicators.csv|xlsx), in the interface language. */
export function exportPath(
  kind: 'csv' | 'xlsx',
  state: { scope: string; id: string | null; quarter: string },
  lang: string,
): string {
  const params = new URLSearchParams({ scope: state.scope });
  if (state.id && state.scope !== 'REPUBLIC') params.set('id', state.id);
  params.set('quarter', state.quarter);
  params.set('lang', lang);
  return `/export/indicators.${kind}?${params.toString()}`;
}
