// The Hearings screen without Vue: its state in the URL, the Almaty days and weeks it shows, the filters, and how
// a live event changes the rows on screen. Pure functions, unit-tested in model.test.ts.
import type { HearingEventKind, HearingsRowFragment } from '../../gql/graphql';
import { almatyDate, TIME_ZONE } from '../../util/format';

export type HearingRow = HearingsRowFragment;
export type ViewMode = 'today' | 'week' | 'calendar';
export const VIEW_MODES: readonly ViewMode[] = ['today', 'week', 'calendar'];

export interface HearingFilters {
  courtId: string | null;
  officeId: string | null;
  theme: string | null;
  mandatoryOnly: boolean;
}

export interface ScreenState {
  view: ViewMode;
  /** The Monday of the week shown (week list and calendar), YYYY-MM-DD. */
  week: string;
  filters: HearingFilters;
}

/** A half-open range of Almaty calendar days: [from, to). */
export interface DayRange {
  from: string;
  to: string;
}

// ---- Calendar days (YYYY-MM-DD, no zone) -------------------------------------------------------------------

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function toUtc(date: string): number {
  const match = DAY.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  return fromUtc(toUtc(value)) === value;
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * MS_PER_DAY);
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Almaty's offset from UTC (ms) at an instant, as the browser's time-zone data has it. */
function almatyOffset(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant an Almaty calendar day begins (ISO 8601, UTC). */
export function almatyMidnight(date: string): string {
  const wall = toUtc(date);
  const guess = wall - almatyOffset(wall);
  return new Date(wall - almatyOffset(guess)).toISOString();
}

// ---- The URL --------------------------------------------------------------------------------------------------

type QueryValue = string | null | (string | null)[] | undefined;

function one(value: QueryValue): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.length > 0 && first.length <= 100 ? first : null;
}

/** The screen state a URL query describes (anything unknown or malformed falls back to the default). */
export function stateFromQuery(query: Record<string, QueryValue>, today: string): ScreenState {
  const view = one(query['view']);
  const week = one(query['week']);
  return {
    view: VIEW_MODES.includes(view as ViewMode) ? (view as ViewMode) : 'week',
    week: isDay(week) ? mondayOf(week) : mondayOf(today),
    filters: {
      courtId: one(query['court']),
      officeId: one(query['office']),
      theme: one(query['theme']),
      mandatoryOnly: one(query['mandatory']) === '1',
    },
  };
}

/** The URL query for a state: defaults are left out, so the plain /hearings link means "this week". */
export function stateToQuery(state: ScreenState, today: string): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.view !== 'week') query['view'] = state.view;
  if (state.view !== 'today' && state.week !== mondayOf(today)) query['week'] = state.week;
  if (state.filters.courtId) query['court'] = state.filters.courtId;
  if (state.filters.officeId) query['office'] = state.filters.officeId;
  if (state.filters.theme) query['theme'] = state.filters.theme;
  if (state.filters.mandatoryOnly) query['mandatory'] = '1';
  return query;
}

export function rangeOf(state: ScreenState, today: string): DayRange {
  if (state.view === 'today') return { from: today, to: addDays(today, 1) };
  return { from: state.week, to: addDays(state.week, 7) };
}

/** The list query's filter for a state. */
export function toHearingFilter(state: ScreenState, today: string) {
  const range = rangeOf(state, today);
  const { courtId, officeId, theme, mandatoryOnly } = state.filters;
  return {
    from: almatyMidnight(range.from),
    to: almatyMidnight(range.to),
    ...(courtId ? { courtIds: [courtId] } : {}),
    ...(officeId ? { officeIds: [officeId] } : {}),
    ...(theme ? { theme } : {}),
    ...(mandatoryOnly ? { mandatoryOnly: true } : {}),
  };
}

/** The subscription's filter (the theme is not a criterion of the stream: matchesFilters checks it). */
export function toEventFilter(filters: HearingFilters) {
  return {
    ...(filters.courtId ? { courtIds: [filters.courtId] } : {}),
    ...(filters.officeId ? { officeIds: [filters.officeId] } : {}),
    ...(filters.mandatoryOnly ? { mandatoryOnly: true } : {}),
  };
}

// ---- Rows -------------------------------------------------------------------------------------------------------

export function matchesFilters(row: HearingRow, filters: HearingFilters): boolean {
  if (filters.courtId && row.court.id !== filters.courtId) return false;
  if (filters.officeId && row.case.responsibleOfficeId !== filters.officeId) return false;
  if (filters.theme && !row.case.themeCodes.includes(filters.theme)) return false;
  if (filters.mandatoryOnly && !row.case.mandatory) return false;
  return true;
}

export function inRange(row: Pick<HearingRow, 'scheduledAt'>, range: DayRange): boolean {
  const day = almatyDate(row.scheduledAt);
  return day >= range.from && day < range.to;
}

export function byTime(a: HearingRow, b: HearingRow): number {
  return a.scheduledAt.localeCompare(b.scheduledAt) || a.case.number.localeCompare(b.case.number);
}

export interface DayGroup {
  date: string;
  rows: HearingRow[];
}

/** Rows by Almaty day, in time order; `days` lists days to show even when empty. */
export function groupByDay(rows: readonly HearingRow[], days: readonly string[] = []): DayGroup[] {
  const groups = new Map<string, HearingRow[]>(days.map((day) => [day, []]));
  for (const row of [...rows].sort(byTime)) {
    const day = almatyDate(row.scheduledAt);
    const list = groups.get(day);
    if (list) list.push(row);
    else groups.set(day, [row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, rows: list }));
}

/** Para 7: the specialized office the territorial one must notify, and whether it has been. */
export function specializedNotice(
  row: HearingRow,
): { office: NonNullable<HearingRow['case']['specializedOffice']>; sentAt: string | null } | null {
  const kase = row.case;
  if (!kase.notifySpecialized || !kase.specializedOffice) return null;
  const sent = kase.notifications
    .filter((n) => n.toOfficeId === kase.specializedOfficeId)
    .map((n) => n.sentAt)
    .sort();
  return { office: kase.specializedOffice, sentAt: sent[0] ?? null };
}

// ---- Live events ------------------------------------------------------------------------------------------------

export type LiveMark = 'new' | 'moved' | 'cancelled';

export const MARK_OF: Record<HearingEventKind, LiveMark> = {
  SCHEDULED: 'new',
  RESCHEDULED: 'moved',
  CANCELLED: 'cancelled',
};

export interface LiveEvent {
  kind: HearingEventKind;
  hearing: HearingRow;
}

export interface Applied {
  /** The rows of the period shown, after the event. */
  rows: HearingRow[];
  /** Whether the event concerns what the screen shows at all (the filters); false: ignore it. */
  relevant: boolean;
  /** The hearing now falls in the period shown. */
  inPeriod: boolean;
}

/**
 * Applies one live event to the rows of the period shown. A hearing moved out of the period leaves it; one
 * moved or set into it joins; a cancelled one stays, marked. An older copy never replaces a newer one (the
 * list may already hold a later version than a replayed event).
 */
export function applyEvent(
  rows: readonly HearingRow[],
  event: LiveEvent,
  range: DayRange,
  filters: HearingFilters,
): Applied {
  const hearing = event.hearing;
  const index = rows.findIndex((r) => r.id === hearing.id);
  const current = index >= 0 ? rows[index] : undefined;
  const relevant = matchesFilters(hearing, filters);
  if (!relevant) {
    // It no longer matches (e.g. moved to a court filtered out): it leaves the list.
    return { rows: current ? rows.filter((r) => r.id !== hearing.id) : [...rows], relevant, inPeriod: false };
  }
  const inPeriod = inRange(hearing, range);
  if (current && current.version > hearing.version) return { rows: [...rows], relevant, inPeriod };
  const others = rows.filter((r) => r.id !== hearing.id);
  return { rows: inPeriod ? [...others, hearing].sort(byTime) : others, relevant, inPeriod };
}
