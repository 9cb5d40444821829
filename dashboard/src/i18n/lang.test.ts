import { LANGS } from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import { chooseLang } from './lang';
import { messageFiles, messages } from './messages';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(leaves(value, `${prefix}${key}.`)),
    ),
  );
}

describe('chooseLang', () => {
  it('should keep the remembered choice when there is one', () => {
    expect(chooseLang('kk', ['en-US'])).toBe('kk');
  });

  it("should take the browser's first supported language when nothing is remembered", () => {
    expect(chooseLang(null, ['de-DE', 'en-GB', 'kk-KZ'])).toBe('en');
    expect(chooseLang(null, ['KK'])).toBe('kk');
  });

  it('should fall back to Russian when nothing fits or the stored value is not a language', () => {
    expect(chooseLang(null, ['de-DE', 'fr'])).toBe('ru');
    expect(chooseLang('xx', [])).toBe('ru');
  });
});

describe('messages', () => {
  it('should hold the same keys in Kazakh, Russian and English in every file, none empty', () => {
    expect(Object.keys(messageFiles).length).toBeGreaterThan(0);
    for (const [path, file] of Object.entries(messageFiles)) {
      const [kk, ru, en] = LANGS.map((lang) => leaves(file[lang] as Tree));
      expect(Object.keys(ru ?? {}).sort(), path).toEqual(Object.keys(kk ?? {}).sort());
      expect(Object.keys(en ?? {}).sort(), path).toEqual(Object.keys(kk ?? {}).sort());
      for (const table of [kk, ru, en]) {
        for (const [key, text] of Object.entries(table ?? {}))
          expect(text.trim(), `${path}: ${key}`).not.toBe('');
      }
    }
  });

  it('should not pass Russian off as Kazakh: a Cyrillic Kazakh text differs from its Russian one', () => {
    const kk = leaves(messages.kk as Tree);
    const ru = leaves(messages.ru as Tree);
    const copied = Object.keys(kk).filter((key) => /[а-яё]{4}/i.test(kk[key] ?? '') && kk[key] === ru[key]);
    expect(copied).toEqual([]);
  });

  it('should merge every messages file into one tree per language', () => {
    expect(leaves(messages.en as Tree)['nav.hearings']).toBe('Hearings');
    expect(leaves(messages.kk as Tree)['errors.NOT_FOUND']).toMatch(/құзыретіңізден/);
  });
});
