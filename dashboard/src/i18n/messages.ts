import type { Lang } from '@qadagalau/shared';

export type MessageTree = { [key: string]: string | MessageTree };
/** One file's words in all three languages (the key sets must match: messages.test.ts checks). */
export type ScreenMessages = Record<Lang, MessageTree>;

// Every messages/<screen>.ts is merged in: a new screen adds its file and nothing else.
const files = import.meta.glob<{ default: ScreenMessages }>('./messages/*.ts', { eager: true });

export const messageFiles: Record<string, ScreenMessages> = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path, module.default]),
);

function merge(lang: Lang): MessageTree {
  const merged: MessageTree = {};
  for (const [path, file] of Object.entries(messageFiles)) {
    for (const [key, value] of Object.entries(file[lang])) {
      if (key in merged) throw new Error(`${path}: "${key}" is already defined by another messages file`);
      merged[key] = value;
    }
  }
  return merged;
}

export const messages: Record<Lang, MessageTree> = { kk: merge('kk'), ru: merge('ru'), en: merge('en') };

/** Each language named in itself (the selector shows these whatever the interface language is). */
export const langNames: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
