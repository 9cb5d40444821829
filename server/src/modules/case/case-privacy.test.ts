import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_EXPLANATION, PersonalDataHiddenReason, initials } from './case-privacy';

describe('personal data masking', () => {
  it('should reduce a name to the initial of each word, Kazakh letters and hyphenated names included', () => {
    expect(initials('Жасөспірімова Әйгерім Қорғалқызы')).toBe('Ж. Ә. Қ.');
    expect(initials('  Өмірзақ   ұлы ')).toBe('Ө. Ұ.');
    expect(initials('Анна-Мария Иванова')).toBe('А. М. И.');
    expect(initials('')).toBe('');
  });

  it('should explain every reason in Kazakh, Russian and English', () => {
    for (const reason of Object.values(PersonalDataHiddenReason)) {
      const text = PERSONAL_DATA_EXPLANATION[reason];
      expect(text.kk).toMatch(/[әғқңөұүһі]/);
      expect(text.ru).toMatch(/[а-я]/);
      expect(text.en).toMatch(/^[\x20-\x7e’]+$/);
    }
  });
});
