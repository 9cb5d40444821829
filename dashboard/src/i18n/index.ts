import { LANGS, type Lang } from '@qadagalau/shared';
import { createI18n } from 'vue-i18n';
import { messages } from './messages';

const STORAGE_KEY = 'qadagalau.lang';

function isLang(value: string | null | undefined): value is Lang {
  return value != null && (LANGS as readonly string[]).includes(value);
}

/** The remembered choice, else the browser's first supported language, else Russian. */
export function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLang(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'ru';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLang(),
  fallbackLocale: 'ru',
  messages,
});

export function setLang(lang: Lang): void {
  i18n.global.locale.value = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}
