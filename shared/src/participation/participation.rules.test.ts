import { describe, expect, it } from 'vitest';
import { makeCaseFacts } from '../cases/case-facts.factory';
import type { CaseFactsOverrides } from '../cases/case-facts.factory';
import { Ground, Initiator, Instance, Proceeding, Sanction, Sphere } from '../enums/rules';
import { explainGround, firstInstanceGrounds, participationGrounds } from './participation.rules';

describe('participationGrounds (para 6, first instance)', () => {
  it.each<[string, CaseFactsOverrides, Ground[]]>([
    ['a plain fine', { sanctions: [Sanction.FINE] }, []],
    ['a minor', { offender: { minor: true } }, [Ground.MINOR]],
    ['an arrest sanction', { sanctions: [Sanction.FINE, Sanction.ARREST] }, [Ground.ARREST]],
    ['the higher prosecutor asks', { higherProsecutorRequired: true }, [Ground.HIGHER_PROSECUTOR]],
    [
      'a territorial prosecutor initiated',
      { initiator: Initiator.TERRITORIAL_PROSECUTOR },
      [Ground.PROSECUTOR_INITIATED],
    ],
    [
      'a military prosecutor initiated',
      { initiator: Initiator.MILITARY_PROSECUTOR },
      [Ground.PROSECUTOR_INITIATED],
    ],
    [
      'a transport prosecutor initiated',
      { initiator: Initiator.TRANSPORT_PROSECUTOR },
      [Ground.PROSECUTOR_INITIATED],
    ],
    [
      'an environmental prosecutor initiated',
      { initiator: Initiator.ENVIRONMENTAL_PROSECUTOR },
      [Ground.PROSECUTOR_INITIATED],
    ],
    ['a military authority initiated', { initiator: Initiator.MILITARY_AUTHORITY }, []],
    ['a transport authority initiated', { initiator: Initiator.TRANSPORT_AUTHORITY }, []],
    ['corruption', { spheres: [Sphere.CORRUPTION] }, [Ground.CORRUPTION]],
    ['electoral rights', { spheres: [Sphere.ELECTORAL] }, [Ground.ELECTORAL]],
    ['environmental protection', { spheres: [Sphere.ENVIRONMENT] }, [Ground.ENVIRONMENT]],
    ['taxation', { spheres: [Sphere.TAX] }, [Ground.TAX]],
    ['a tax obligation (a taxation case too)', { spheres: [Sphere.TAX_OBLIGATION] }, [Ground.TAX]],
    ['tax and a tax obligation (one ground)', { spheres: [Sphere.TAX, Sphere.TAX_OBLIGATION] }, [Ground.TAX]],
    ['customs', { spheres: [Sphere.CUSTOMS] }, [Ground.CUSTOMS]],
    ['pension obligations only', { spheres: [Sphere.PENSION] }, []],
    ['social insurance only', { spheres: [Sphere.SOCIAL_INSURANCE] }, []],
    ['КоАП chapter 32 only', { spheres: [Sphere.MILITARY_CH32] }, []],
    ['confiscation', { sanctions: [Sanction.CONFISCATION] }, [Ground.CONFISCATION]],
    ['expulsion', { sanctions: [Sanction.EXPULSION] }, [Ground.EXPULSION]],
    ['demolition', { sanctions: [Sanction.DEMOLITION] }, [Ground.DEMOLITION]],
    ['a chapter 44 complaint', { proceeding: Proceeding.COMPLAINT_CH44 }, [Ground.COMPLAINT_CH44]],
    ['a chapter 45 complaint', { proceeding: Proceeding.COMPLAINT_CH45 }, [Ground.COMPLAINT_CH45]],
    // Decision 3: two independent grounds.
    [
      'a minor facing arrest',
      { offender: { minor: true }, sanctions: [Sanction.ARREST] },
      [Ground.MINOR, Ground.ARREST],
    ],
    [
      'everything at once',
      {
        offender: { minor: true },
        sanctions: [Sanction.ARREST, Sanction.CONFISCATION, Sanction.EXPULSION, Sanction.DEMOLITION],
        higherProsecutorRequired: true,
        initiator: Initiator.TERRITORIAL_PROSECUTOR,
        spheres: [Sphere.CORRUPTION, Sphere.ELECTORAL, Sphere.ENVIRONMENT, Sphere.TAX, Sphere.CUSTOMS],
        proceeding: Proceeding.COMPLAINT_CH45,
      },
      Object.values(Ground).filter((g) => g !== Ground.APPEAL_REVIEW && g !== Ground.COMPLAINT_CH44),
    ],
  ])('should give the grounds of the case when it is %s', (_what, overrides, expected) => {
    const result = participationGrounds(makeCaseFacts(overrides));
    expect([...result.grounds].sort()).toEqual([...expected].sort());
    expect(result.mandatory).toBe(expected.length > 0);
    expect(result.details.map((d) => d.ground)).toEqual(result.grounds);
  });

  it('should give every case the single ground APPEAL_REVIEW when the instance is APPEAL (para 8)', () => {
    for (const overrides of [
      {},
      { offender: { minor: true } },
      { spheres: [Sphere.TAX] },
    ] as CaseFactsOverrides[]) {
      const result = participationGrounds(makeCaseFacts({ ...overrides, instance: Instance.APPEAL }));
      expect(result).toMatchObject({ mandatory: true, grounds: [Ground.APPEAL_REVIEW] });
    }
  });

  it('should compute para-6 grounds regardless of the instance when asked for first-instance grounds', () => {
    expect(
      firstInstanceGrounds(makeCaseFacts({ instance: Instance.APPEAL, spheres: [Sphere.CUSTOMS] })),
    ).toEqual([Ground.CUSTOMS]);
  });

  it('should explain every ground with its paragraph and a text in kk, ru and en when asked', () => {
    for (const ground of Object.values(Ground)) {
      const detail = explainGround(ground);
      expect(detail.paragraph).toBe(ground === Ground.APPEAL_REVIEW ? '8' : '6');
      expect(detail.reason.en).toMatch(ground === Ground.APPEAL_REVIEW ? /para 8/ : /para 6/);
      expect(detail.reason.ru).toMatch(/п\. [68] Инструкции/);
      expect(detail.reason.kk).toMatch(/Нұсқаулықтың [68]-тармағы/);
    }
    expect(explainGround(Ground.COMPLAINT_CH44).article).toBe('КоАП гл. 44');
  });
});
