import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCaseFacts } from '../cases/case-facts.factory';
import type { CaseFactsOverrides } from '../cases/case-facts.factory';
import { createKzCalendar } from '../calendar/working-calendar';
import { addDays, fromDayNumber, toDayNumber } from '../dates/iso-date';
import { DomainError } from '../errors/error-code';
import { ActKind, DayUnit, DeadlineCode, Instance, Sanction, Sphere } from '../enums/rules';
import { participationGrounds } from '../participation/participation.rules';
import { appealPeriodDays, computeDeadlines, dueDates } from './deadline.rules';

const calendar = createKzCalendar();
const due = (overrides: CaseFactsOverrides) => {
  const facts = makeCaseFacts(overrides);
  return dueDates(facts, participationGrounds(facts).mandatory, calendar);
};
const details = (overrides: CaseFactsOverrides) => {
  const facts = makeCaseFacts(overrides);
  return computeDeadlines(facts, participationGrounds(facts).mandatory, calendar);
};

describe('deadline conditions', () => {
  it.each<[string, CaseFactsOverrides, DeadlineCode[]]>([
    ['no trigger dates', { offender: { minor: true } }, []],
    [
      'a copy delivered, plain case',
      { events: { copyDelivered: '2025-04-01' } },
      [DeadlineCode.APPEAL_PROTEST],
    ],
    [
      'a copy delivered, mandatory case',
      { offender: { minor: true }, events: { copyDelivered: '2025-04-01' } },
      [DeadlineCode.APPEAL_PROTEST, DeadlineCode.LEGALITY_CHECK],
    ],
    [
      'a copy delivered, termination',
      { actKind: ActKind.TERMINATED, events: { copyDelivered: '2025-04-01' } },
      [DeadlineCode.APPEAL_PROTEST, DeadlineCode.LEGALITY_CHECK],
    ],
    [
      'a copy delivered, new-circumstances ruling',
      { actKind: ActKind.NEW_CIRCUMSTANCES_REVIEW, events: { copyDelivered: '2025-04-01' } },
      [DeadlineCode.APPEAL_PROTEST, DeadlineCode.LEGALITY_CHECK],
    ],
    [
      'a copy delivered, penalty in a plain case',
      { actKind: ActKind.PENALTY_IMPOSED, events: { copyDelivered: '2025-04-01' } },
      [DeadlineCode.APPEAL_PROTEST],
    ],
    [
      'a copy delivered on appeal',
      { instance: Instance.APPEAL, actKind: ActKind.TERMINATED, events: { copyDelivered: '2025-04-01' } },
      [],
    ],
    [
      'a termination agreed in a tax case',
      {
        spheres: [Sphere.TAX],
        actKind: ActKind.TERMINATED,
        prosecutorAgrees: true,
        events: { enteredIntoForce: '2025-02-14' },
      },
      [DeadlineCode.SUBSTANTIVE_CONCLUSION],
    ],
    [
      'a termination agreed, confiscation',
      {
        sanctions: [Sanction.CONFISCATION],
        actKind: ActKind.TERMINATED,
        prosecutorAgrees: true,
        events: { enteredIntoForce: '2025-02-14' },
      },
      [DeadlineCode.SUBSTANTIVE_CONCLUSION],
    ],
    [
      'a termination agreed, electoral case',
      {
        spheres: [Sphere.ELECTORAL],
        actKind: ActKind.TERMINATED,
        prosecutorAgrees: true,
        events: { enteredIntoForce: '2025-02-14' },
      },
      [],
    ],
    [
      'a termination not agreed, tax case',
      { spheres: [Sphere.TAX], actKind: ActKind.TERMINATED, events: { enteredIntoForce: '2025-02-14' } },
      [],
    ],
    [
      'a penalty agreed, tax case',
      {
        spheres: [Sphere.TAX],
        actKind: ActKind.PENALTY_IMPOSED,
        prosecutorAgrees: true,
        events: { enteredIntoForce: '2025-02-14' },
      },
      [],
    ],
    [
      'an application received',
      { events: { applicationReceived: '2025-03-20' } },
      [DeadlineCode.REQUISITION_ORDER],
    ],
    [
      'a requisition received by the court',
      { events: { requisitionReceivedByCourt: '2025-03-20' } },
      [DeadlineCode.COURT_SENDS_CASE],
    ],
    ['a court decision', { events: { courtDecision: '2025-12-24' } }, [DeadlineCode.EXCLUSION_PETITION]],
  ])('should set exactly the expected deadlines when the case has %s', (_what, overrides, codes) => {
    expect(Object.keys(due(overrides)).sort()).toEqual([...codes].sort());
  });

  it.each([
    [Sphere.CORRUPTION, true],
    [Sphere.ENVIRONMENT, true],
    [Sphere.TAX, true],
    [Sphere.TAX_OBLIGATION, true],
    [Sphere.CUSTOMS, true],
    [Sphere.ELECTORAL, false],
    [Sphere.PENSION, false],
  ])('should require a substantive conclusion (para 10) when the sphere is %s: %s', (sphere, expected) => {
    const result = due({
      spheres: [sphere],
      actKind: ActKind.TERMINATED,
      prosecutorAgrees: true,
      events: { enteredIntoForce: '2025-02-14' },
    });
    expect(DeadlineCode.SUBSTANTIVE_CONCLUSION in result).toBe(expected);
  });

  it.each([
    [[Sphere.TAX_OBLIGATION], 30],
    [[Sphere.PENSION], 30],
    [[Sphere.SOCIAL_INSURANCE], 30],
    [[Sphere.TAX], 10],
    [[Sphere.CUSTOMS, Sphere.PENSION], 30],
    [[], 10],
  ])('should give an appeal period of the right length when the spheres are %j', (spheres, days) => {
    expect(appealPeriodDays(spheres)).toBe(days);
  });
});

describe('deadline roll-over across each kind of non-working day (Decision 1)', () => {
  it.each<[string, CaseFactsOverrides, DeadlineCode, string]>([
    [
      'no roll-over (a Friday)',
      { events: { copyDelivered: '2025-04-01' } },
      DeadlineCode.APPEAL_PROTEST,
      '2025-04-11',
    ],
    [
      '30 days for a tax obligation, landing on a weekday',
      { spheres: [Sphere.TAX_OBLIGATION], events: { copyDelivered: '2025-04-01' } },
      DeadlineCode.APPEAL_PROTEST,
      '2025-05-02',
    ],
    [
      'a weekend (Saturday 17 May)',
      { spheres: [Sphere.CUSTOMS], events: { copyDelivered: '2025-05-07' } },
      DeadlineCode.APPEAL_PROTEST,
      '2025-05-19',
    ],
    [
      'a holiday (Unity Day, Thursday 1 May)',
      { events: { copyDelivered: '2025-04-21' } },
      DeadlineCode.APPEAL_PROTEST,
      '2025-05-02',
    ],
    [
      'Nauryz and its carry-over days',
      { sanctions: [Sanction.ARREST], events: { copyDelivered: '2025-03-11' } },
      DeadlineCode.LEGALITY_CHECK,
      '2025-03-26',
    ],
    [
      "a carry-over day (10 March for Women's Day)",
      { events: { copyDelivered: '2025-02-28' } },
      DeadlineCode.APPEAL_PROTEST,
      '2025-03-11',
    ],
    [
      'Orthodox Christmas (Tuesday 7 January)',
      { events: { copyDelivered: '2024-12-28' } },
      DeadlineCode.APPEAL_PROTEST,
      '2025-01-08',
    ],
    [
      'Kurban Ait (Wednesday 28 June 2023)',
      { events: { copyDelivered: '2023-06-18' } },
      DeadlineCode.APPEAL_PROTEST,
      '2023-06-29',
    ],
    [
      'Kurban Ait then a weekend (Friday 6 June 2025)',
      { events: { requisitionReceivedByCourt: '2025-05-30' } },
      DeadlineCode.COURT_SENDS_CASE,
      '2025-06-09',
    ],
    [
      'a transferred day off, then a Sunday made working (3 → 5 January 2025)',
      { events: { copyDelivered: '2024-12-24' } },
      DeadlineCode.APPEAL_PROTEST,
      '2025-01-05',
    ],
    [
      'a Sunday made working (5 January 2020)',
      { events: { copyDelivered: '2019-12-26' } },
      DeadlineCode.APPEAL_PROTEST,
      '2020-01-05',
    ],
    [
      'a transferred day off, then a weekend with Sunday 20 December 2020 made working',
      { events: { requisitionReceivedByCourt: '2020-12-11' } },
      DeadlineCode.COURT_SENDS_CASE,
      '2020-12-20',
    ],
    [
      '7 calendar days over a weekend',
      { events: { requisitionReceivedByCourt: '2025-03-20' } },
      DeadlineCode.COURT_SENDS_CASE,
      '2025-03-27',
    ],
    [
      'a transferred day off (Wednesday 8 May 2024), then Victory Day',
      { events: { copyDelivered: '2024-04-28' } },
      DeadlineCode.APPEAL_PROTEST,
      '2024-05-10',
    ],
    [
      '3 working days over a weekend and Nauryz',
      { events: { applicationReceived: '2025-03-20' } },
      DeadlineCode.REQUISITION_ORDER,
      '2025-03-28',
    ],
    [
      '3 working days over Kurban Ait',
      { events: { applicationReceived: '2025-06-04' } },
      DeadlineCode.REQUISITION_ORDER,
      '2025-06-10',
    ],
    [
      '3 working days counting a Sunday made working',
      { events: { applicationReceived: '2024-12-31' } },
      DeadlineCode.REQUISITION_ORDER,
      '2025-01-08',
    ],
    [
      '3 working days counting a carry-over transferred back to work (11 May 2020)',
      { events: { applicationReceived: '2020-05-07' } },
      DeadlineCode.REQUISITION_ORDER,
      '2020-05-13',
    ],
    [
      '10 working days over New Year and Christmas',
      { events: { courtDecision: '2025-12-24' } },
      DeadlineCode.EXCLUSION_PETITION,
      '2026-01-12',
    ],
    [
      '30 working days over carry-overs and Nauryz',
      {
        spheres: [Sphere.TAX],
        actKind: ActKind.TERMINATED,
        prosecutorAgrees: true,
        events: { enteredIntoForce: '2025-02-14' },
      },
      DeadlineCode.SUBSTANTIVE_CONCLUSION,
      '2025-04-03',
    ],
  ])('should move the due date past %s', (_what, overrides, code, expected) => {
    expect(due(overrides)[code]).toBe(expected);
    expect(calendar.isWorkingDay(expected)).toBe(true);
  });

  it('should give LEGALITY_CHECK the same date as APPEAL_PROTEST when both apply', () => {
    const result = due({ spheres: [Sphere.TAX_OBLIGATION], events: { copyDelivered: '2025-04-01' } });
    expect(result[DeadlineCode.LEGALITY_CHECK]).toBe(result[DeadlineCode.APPEAL_PROTEST]);
  });
});

describe('deadline explanations', () => {
  it('should name the paragraph, the article and what moved the date when the protest period ends on Nauryz', () => {
    const [protest] = details({ events: { copyDelivered: '2025-03-11' } });
    expect(protest).toMatchObject({
      code: DeadlineCode.APPEAL_PROTEST,
      event: 'copyDelivered',
      trigger: '2025-03-11',
      due: '2025-03-26',
      length: 10,
      unit: DayUnit.CALENDAR,
      paragraph: '13',
      article: 'КоАП 832',
    });
    expect(protest?.reason.en).toBe(
      '10 calendar days from delivery of the copy of the resolution (para 13; КоАП 832); not working: 21–23 March (Nauryz), 24–25 March (carried over from Nauryz), so the last day is 26 March',
    );
    expect(protest?.reason.ru).toContain(
      '21–23 марта (Наурыз мейрамы), 24–25 марта (перенос с праздника «Наурыз мейрамы»)',
    );
    expect(protest?.reason.ru).toContain('последний день срока — 26 марта');
    expect(protest?.reason.kk).toContain('мерзімнің соңғы күні — 26 наурыз');
    expect(protest?.reason.kk).toContain('ӘҚБтК 832-бабы');
  });

  it('should say only the last day when nothing moved the date', () => {
    const [protest] = details({ events: { copyDelivered: '2025-04-01' } });
    expect(protest?.reason.en).toMatch(/; the last day is 11 April$/);
  });

  it('should list the weekday days off skipped and the weekend days worked when counting working days', () => {
    const [order] = details({ events: { applicationReceived: '2024-12-31' } });
    expect(order?.unit).toBe(DayUnit.WORKING);
    expect(order?.reason.en).toContain(
      'not counted: 1–2 January (New Year), 3 January (day off moved from 5 January), 7 January (Orthodox Christmas)',
    );
    expect(order?.reason.en).toContain(
      'counted as working: 5 January (Sunday, a working day: its day off moved to 3 January)',
    );
    expect(order?.reason.en).toMatch(/the last day is 8 January 2025$/);
  });

  it('should cite para 10 and 30 working days when a substantive conclusion is due', () => {
    const [conclusion] = details({
      spheres: [Sphere.TAX],
      actKind: ActKind.TERMINATED,
      prosecutorAgrees: true,
      events: { enteredIntoForce: '2025-02-14' },
    });
    expect(conclusion).toMatchObject({
      paragraph: '10',
      length: 30,
      unit: DayUnit.WORKING,
      due: '2025-04-03',
    });
    expect(conclusion?.reason.ru).toContain('30 рабочих дней');
    expect(conclusion?.reason.kk).toContain('30 жұмыс күнінен');
  });

  it('should say why the legality check applies when it does', () => {
    const list = details({
      offender: { minor: true },
      actKind: ActKind.TERMINATED,
      events: { copyDelivered: '2025-04-01' },
    });
    const check = list.find((d) => d.code === DeadlineCode.LEGALITY_CHECK);
    expect(check?.paragraph).toBe('16–17');
    expect(check?.reason.en).toContain('a mandatory-category case, an act terminating the case');
  });

  it('should cite КоАП 848(3) when the court must send the case', () => {
    const [send] = details({ events: { requisitionReceivedByCourt: '2025-03-20' } });
    expect(send?.article).toBe('КоАП 848(3)');
    expect(send?.reason.ru).toContain('ч. 3 ст. 848 КоАП');
  });
});

describe('deadline errors', () => {
  it('should name the event when a deadline runs past the calendar', () => {
    expect(() => due({ events: { copyDelivered: '2027-12-28' } })).toThrow(DomainError);
    try {
      due({ events: { courtDecision: '2014-06-01' } });
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).details.field).toBe('events.courtDecision');
      expect((error as DomainError).message).toContain('"2014-06-01" is outside the working-day calendar');
    }
    expect.assertions(4);
  });
});

describe('deadline properties', () => {
  const date = fc
    .integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2027-10-01') })
    .map(fromDayNumber);
  const maybeDate = fc.option(date, { nil: null });
  const facts = fc.record({
    instance: fc.constantFrom(...Object.values(Instance)),
    spheres: fc.subarray(Object.values(Sphere)),
    sanctions: fc.subarray(Object.values(Sanction)),
    actKind: fc.option(fc.constantFrom(...Object.values(ActKind)), { nil: null }),
    prosecutorAgrees: fc.boolean(),
    minor: fc.boolean(),
    events: fc.record({
      copyDelivered: maybeDate,
      enteredIntoForce: maybeDate,
      applicationReceived: maybeDate,
      requisitionReceivedByCourt: maybeDate,
      courtDecision: maybeDate,
    }),
  });

  it('should never put a due date on a non-working day, nor before its trigger', () => {
    fc.assert(
      fc.property(facts, ({ minor, ...rest }) => {
        for (const d of details({ ...rest, offender: { minor } })) {
          expect(calendar.isWorkingDay(d.due)).toBe(true);
          expect(d.due > d.trigger).toBe(true);
        }
      }),
    );
  });

  it('should end a calendar-day deadline on the first working day on or after trigger + N', () => {
    fc.assert(
      fc.property(date, fc.constantFrom(7, 10, 30), (trigger, n) => {
        const result = due(
          n === 7
            ? { events: { requisitionReceivedByCourt: trigger } }
            : { spheres: n === 30 ? [Sphere.PENSION] : [], events: { copyDelivered: trigger } },
        );
        const end = result[n === 7 ? DeadlineCode.COURT_SENDS_CASE : DeadlineCode.APPEAL_PROTEST] ?? '';
        const nominal = addDays(trigger, n);
        expect(end >= nominal).toBe(true);
        for (let d = nominal; d < end; d = addDays(d, 1)) expect(calendar.isWorkingDay(d)).toBe(false);
      }),
    );
  });

  it('should end an N-working-day deadline exactly N working days after the trigger', () => {
    fc.assert(
      fc.property(date, (trigger) => {
        const result = due({ events: { applicationReceived: trigger, courtDecision: trigger } });
        expect(calendar.workingDaysBetween(trigger, result[DeadlineCode.REQUISITION_ORDER] ?? '')).toBe(3);
        expect(calendar.workingDaysBetween(trigger, result[DeadlineCode.EXCLUSION_PETITION] ?? '')).toBe(10);
      }),
    );
  });

  it('should be monotonic in the trigger date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 40 }), (a, shift) => {
        const b = addDays(a, shift);
        const da = due({ events: { copyDelivered: a, applicationReceived: a } });
        const db = due({ events: { copyDelivered: b, applicationReceived: b } });
        expect((da.APPEAL_PROTEST ?? '') <= (db.APPEAL_PROTEST ?? '')).toBe(true);
        expect((da.REQUISITION_ORDER ?? '') <= (db.REQUISITION_ORDER ?? '')).toBe(true);
      }),
    );
  });
});
