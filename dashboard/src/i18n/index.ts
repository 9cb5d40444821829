import type { Lang } from '@qadagalau/shared';
import { createI18n } from 'vue-i18n';
import { chooseLang } from './lang';
import { messages } from './messages';
import { russianPlural } from './plural';

const STORAGE_KEY = 'qadagalau.lang';

function initialLang(): Lang {
  return chooseLang(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language]);
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLang(),
  fallbackLocale: 'ru',
  messages,
  pluralRules: { ru: russianPlural },
});

export function currentLang(): Lang {
  return i18n.global.locale.value as Lang;
}

export function setLang(lang: Lang): void {
  i18n.global.locale.value = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}
