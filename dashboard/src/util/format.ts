// Dates in the user's language, times in Asia/Almaty (where the courts sit, whatever the browser's zone), and
// the localized name of a region, office, court or theme.
import type { Lang } from '@qadagalau/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

export const TIME_ZONE = 'Asia/Almaty';
const LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions, zone: string): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: zone });
    cache.set(key, format);
  }
  return format;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Debian's Chromium ships an ICU without Kazakh data ("Fri, 2026 M11 27"), so Kazakh dates are written here,
// in CLDR's Kazakh patterns ("2026 ж. 27 қараша", "жұма"), the same in every browser.
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const KK_WEEKDAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'];
const KK_WEEKDAYS_SHORT = ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'];

/** Year, month (1–12), day and weekday (0 = Sunday) of a calendar date or of an instant in Almaty. */
function dayParts(value: string | Date): { year: number; month: number; day: number; weekday: number } {
  const iso = typeof value === 'string' && CALENDAR_DATE.test(value) ? value : almatyDate(value);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date (`2026-11-27`, no zone) or an instant, as the user's language writes a date. */
export function formatDate(value: string | Date, lang: Lang, style: 'short' | 'long' = 'long'): string {
  if (lang === 'kk') {
    const { year, month, day } = dayParts(value);
    return style === 'long'
      ? `${year} ж. ${day} ${KK_MONTHS[month - 1]}`
      : `${pad(day)}.${pad(month)}.${year}`;
  }
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : { day: '2-digit', month: '2-digit', year: 'numeric' };
  // A calendar date is the same day everywhere: format it at UTC midnight in UTC.
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
    return formatter(lang, options, 'UTC').format(new Date(`${value}T00:00:00Z`));
  }
  return formatter(lang, options, TIME_ZONE).format(new Date(value));
}

/** An instant's time of day in Almaty (24-hour clock). */
export function formatTime(value: string | Date, lang: Lang): string {
  // Kazakh writes the time as Russian does (24-hour, "09:05").
  return formatter(
    lang === 'kk' ? 'ru' : lang,
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    TIME_ZONE,
  ).format(new Date(value));
}

export function formatDateTime(value: string | Date, lang: Lang): string {
  return `${formatDate(value, lang)}, ${formatTime(value, lang)}`;
}

/** The weekday, e.g. "Friday" / "пятница" / "жұма". */
export function formatWeekday(value: string | Date, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (lang === 'kk')
    return (style === 'long' ? KK_WEEKDAYS : KK_WEEKDAYS_SHORT)[dayParts(value).weekday] ?? '';
  const zone = typeof value === 'string' && CALENDAR_DATE.test(value) ? 'UTC' : TIME_ZONE;
  const date =
    typeof value === 'string' && CALENDAR_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : value;
  return formatter(lang, { weekday: style }, zone).format(new Date(date));
}

/** The calendar date (YYYY-MM-DD) of an instant in Almaty. */
export function almatyDate(value: string | Date): string {
  const parts = formatter(
    'en',
    { year: 'numeric', month: '2-digit', day: '2-digit' },
    TIME_ZONE,
  ).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  // Kazakh groups and separates digits as Russian does ("1 234,5"); Chromium's ICU may lack kk.
  return new Intl.NumberFormat(LOCALES[lang === 'kk' ? 'ru' : lang], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export interface Named {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}
export interface ShortNamed {
  shortNameKk: string;
  shortNameRu: string;
  shortNameEn: string;
}

export function localName(item: Named | null | undefined, lang: Lang): string {
  if (!item) return '';
  return lang === 'kk' ? item.nameKk : lang === 'en' ? item.nameEn : item.nameRu;
}

export function localShortName(item: ShortNamed | null | undefined, lang: Lang): string {
  if (!item) return '';
  return lang === 'kk' ? item.shortNameKk : lang === 'en' ? item.shortNameEn : item.shortNameRu;
}

/** The formatters bound to the current interface language (reactive: switching language re-renders). */
export function useFormat() {
  const { locale } = useI18n();
  const lang = computed(() => locale.value as Lang);
  return {
    lang,
    date: (value: string | Date, style: 'short' | 'long' = 'long') => formatDate(value, lang.value, style),
    time: (value: string | Date) => formatTime(value, lang.value),
    dateTime: (value: string | Date) => formatDateTime(value, lang.value),
    weekday: (value: string | Date, style: 'long' | 'short' = 'long') =>
      formatWeekday(value, lang.value, style),
    number: (value: number, digits = 0) => formatNumber(value, lang.value, digits),
    name: (item: Named | null | undefined) => localName(item, lang.value),
    shortName: (item: ShortNamed | null | undefined) => localShortName(item, lang.value),
  };
}
