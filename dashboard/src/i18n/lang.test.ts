import { LANGS } from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import { chooseLang } from './lang';
import { messages } from './messages';

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
  it('should hold the same keys in Kazakh, Russian and English, none empty', () => {
    const [kk, ru, en] = LANGS.map((lang) => leaves(messages[lang] as Tree));
    expect(Object.keys(ru ?? {}).sort()).toEqual(Object.keys(kk ?? {}).sort());
    expect(Object.keys(en ?? {}).sort()).toEqual(Object.keys(kk ?? {}).sort());
    for (const table of [kk, ru, en]) {
      for (const [key, text] of Object.entries(table ?? {})) expect(text.trim(), key).not.toBe('');
    }
  });
});
