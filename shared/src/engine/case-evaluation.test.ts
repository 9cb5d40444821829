import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCaseFacts } from '../cases/case-facts.factory';
import { createKzCalendar } from '../calendar/working-calendar';
import { fromDayNumber, toDayNumber } from '../dates/iso-date';
import {
  ActKind,
  DeadlineCode,
  Ground,
  Initiator,
  Instance,
  MilitaryStatus,
  Proceeding,
  ResponsibleKind,
  Sanction,
  Sphere,
  SpecializedKind,
} from '../enums/rules';
import { parseCases } from '../validation/case-facts.parser';
import { evaluateCase, evaluateCaseBrief } from './case-evaluation';

const calendar = createKzCalendar();
const vectors = join(__dirname, '../../../../shared/acceptance/rules');

describe('evaluateCase', () => {
  it('should explain every ground, the routing and each deadline when evaluating a rich case', () => {
    const evaluation = evaluateCase(
      makeCaseFacts({
        id: 'rich',
        offender: { minor: true },
        spheres: [Sphere.TAX_OBLIGATION],
        initiator: Initiator.TRANSPORT_AUTHORITY,
        specializedAtCourt: [SpecializedKind.TRANSPORT],
        actKind: ActKind.TERMINATED,
        prosecutorAgrees: true,
        events: {
          copyDelivered: '2025-03-11',
          enteredIntoForce: '2025-04-20',
          applicationReceived: '2025-06-04',
        },
      }),
      calendar,
    );
    expect(evaluation).toMatchObject({
      id: 'rich',
      mandatory: true,
      grounds: [Ground.MINOR, Ground.TAX],
      responsible: ResponsibleKind.TRANSPORT,
      notifySpecialized: true,
      deadlines: {
        [DeadlineCode.APPEAL_PROTEST]: '2025-04-10',
        [DeadlineCode.LEGALITY_CHECK]: '2025-04-10',
        [DeadlineCode.SUBSTANTIVE_CONCLUSION]: '2025-06-04',
        [DeadlineCode.REQUISITION_ORDER]: '2025-06-10',
      },
    });
    expect(evaluation.groundDetails.map((g) => g.ground)).toEqual(evaluation.grounds);
    expect(evaluation.routing).toMatchObject({ paragraph: '7', jurisdiction: ResponsibleKind.TRANSPORT });
    expect(evaluation.deadlineDetails.map((d) => d.code)).toEqual(Object.keys(evaluation.deadlines));
    for (const e of [...evaluation.groundDetails, evaluation.routing, ...evaluation.deadlineDetails]) {
      expect(e.paragraph).toMatch(/^\d+(–\d+)?$/);
      for (const text of Object.values(e.reason)) {
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
    expect(evaluation.deadlineDetails[0]?.reason.en).toContain('30 calendar days');
  });

  it('should give an empty evaluation with no deadlines when the case is bare', () => {
    expect(evaluateCaseBrief(makeCaseFacts({ id: 'bare' }), calendar)).toEqual({
      id: 'bare',
      mandatory: false,
      grounds: [],
      responsible: ResponsibleKind.TERRITORIAL,
      initiatingUnit: false,
      fallback: false,
      notifySpecialized: false,
      deadlines: {},
    });
  });

  it('should agree with the explained evaluation when taking the fast path', () => {
    const date = fc
      .integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2027-10-01') })
      .map(fromDayNumber);
    const maybe = fc.option(date, { nil: null });
    const facts = fc.record({
      id: fc.string({ minLength: 1 }),
      instance: fc.constantFrom(...Object.values(Instance)),
      proceeding: fc.constantFrom(...Object.values(Proceeding)),
      spheres: fc.subarray(Object.values(Sphere)),
      sanctions: fc.subarray(Object.values(Sanction)),
      offender: fc.record({
        minor: fc.boolean(),
        military: fc.constantFrom(...Object.values(MilitaryStatus)),
        dutyRelated: fc.boolean(),
      }),
      initiator: fc.constantFrom(...Object.values(Initiator)),
      higherProsecutorRequired: fc.boolean(),
      specializedAtCourt: fc.subarray(Object.values(SpecializedKind)),
      specializedNotified: fc.boolean(),
      actKind: fc.option(fc.constantFrom(...Object.values(ActKind)), { nil: null }),
      prosecutorAgrees: fc.boolean(),
      events: fc.record({
        copyDelivered: maybe,
        enteredIntoForce: maybe,
        applicationReceived: maybe,
        requisitionReceivedByCourt: maybe,
        courtDecision: maybe,
      }),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const { groundDetails: _g, routing: _r, deadlineDetails, ...contract } = evaluateCase(f, calendar);
        expect(evaluateCaseBrief(f, calendar)).toEqual(contract);
        for (const d of deadlineDetails) expect(calendar.isWorkingDay(d.due)).toBe(true);
        // Para 8 / para 6: mandatory exactly when there is a ground.
        expect(contract.mandatory).toBe(contract.grounds.length > 0);
        if (f.instance === Instance.APPEAL) expect(contract.grounds).toEqual([Ground.APPEAL_REVIEW]);
      }),
      { numRuns: 300 },
    );
  });

  it.runIf(existsSync(join(vectors, 'evaluate.input.json')))(
    'should pass the public acceptance vectors when the handbook is present',
    () => {
      const input: unknown = JSON.parse(readFileSync(join(vectors, 'evaluate.input.json'), 'utf8'));
      const expected = JSON.parse(readFileSync(join(vectors, 'evaluate.expected.json'), 'utf8')) as {
        grounds: string[];
      }[];
      const got = parseCases(input).map((f) => evaluateCaseBrief(f, calendar));
      expect(got.map((g) => ({ ...g, grounds: [...g.grounds].sort() }))).toEqual(
        expected.map((e) => ({ ...e, grounds: [...e.grounds].sort() })),
      );
    },
  );
});
