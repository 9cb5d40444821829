import { LANGS, type Lang } from '@qadagalau/shared';

function isLang(value: string | null | undefined): value is Lang {
  return value != null && (LANGS as readonly string[]).includes(value);
}

/** The remembered choice, else the browser's first supported language, else Russian. */
export function chooseLang(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'ru';
}
