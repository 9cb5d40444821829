/** The interface languages: Kazakh, Russian, English. */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A short text in each interface language. Kazakh first: the law's original language. */
export interface LocalizedText {
  kk: string;
  ru: string;
  en: string;
}
