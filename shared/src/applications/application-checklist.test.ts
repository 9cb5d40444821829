import { describe, expect, it } from 'vitest';
import type { ApplicationChecklist } from './application-checklist';
import { CHECKLIST_ITEMS, checklistReturnText, missingChecklistItems } from './application-checklist';

const complete = (overrides: Partial<ApplicationChecklist> = {}): ApplicationChecklist => ({
  addresseeNamed: true,
  applicantIdentified: true,
  courtsAndDecisionsStated: true,
  contestedResolutionNamed: true,
  violationAndRequestStated: true,
  signed: true,
  powerOfAttorneyAttached: true,
  certifiedCopiesAttached: true,
  ...overrides,
});

describe('para 27 checklist', () => {
  it('should find nothing missing when every item is there', () => {
    expect(missingChecklistItems(complete(), true)).toEqual([]);
  });

  it('should not ask for a power of attorney when the applicant filed in person', () => {
    expect(missingChecklistItems(complete({ powerOfAttorneyAttached: false }), false)).toEqual([]);
    expect(missingChecklistItems(complete({ powerOfAttorneyAttached: false }), true)).toEqual([
      'powerOfAttorneyAttached',
    ]);
  });

  it('should name each missing item in para-27 order', () => {
    const none = Object.fromEntries(
      CHECKLIST_ITEMS.map((i) => [i, false]),
    ) as unknown as ApplicationChecklist;
    expect(missingChecklistItems(none, true)).toEqual(CHECKLIST_ITEMS);
    expect(missingChecklistItems(complete({ signed: false, addresseeNamed: false }), false)).toEqual([
      'addresseeNamed',
      'signed',
    ]);
  });

  it('should write the return answer naming the missing items in kk/ru/en', () => {
    const text = checklistReturnText(['signed']);
    expect(text.ru).toContain('пункт 27');
    expect(text.ru).toContain('подпись заявителя');
    expect(text.en).toContain('signature');
    expect(text.kk).toContain('27-тармағы');
  });
});
