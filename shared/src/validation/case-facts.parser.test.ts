import { describe, expect, it } from 'vitest';
import { defaultCaseFacts } from '../cases/case-facts';
import { DomainError, ErrorCode } from '../errors/error-code';
import { MilitaryStatus, Sphere } from '../enums/rules';
import { parseCaseFacts, parseCases } from './case-facts.parser';

const messageOf = (call: () => unknown): string => {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return (error as DomainError).message;
  }
  throw new Error('expected a DomainError');
};

describe('parseCaseFacts', () => {
  it('should apply every default when only the id is given', () => {
    expect(parseCaseFacts({ id: 'c1' })).toEqual(defaultCaseFacts('c1'));
  });

  it('should treat null as the default when a field is null', () => {
    expect(
      parseCaseFacts({
        id: 'c1',
        spheres: null,
        offender: null,
        actKind: null,
        events: null,
        specializedNotified: null,
      }),
    ).toEqual(defaultCaseFacts('c1'));
  });

  it('should keep given values, merge partial objects and drop repeats when parsing', () => {
    const facts = parseCaseFacts({
      id: 'c2',
      spheres: ['TAX', 'TAX', 'CUSTOMS'],
      offender: { military: 'SERVICEMAN' },
      events: { copyDelivered: '2024-02-29' },
    });
    expect(facts.spheres).toEqual([Sphere.TAX, Sphere.CUSTOMS]);
    expect(facts.offender).toEqual({ minor: false, military: MilitaryStatus.SERVICEMAN, dutyRelated: false });
    expect(facts.events.copyDelivered).toBe('2024-02-29');
    expect(facts.events.courtDecision).toBeNull();
  });

  it.each([
    [
      'an impossible date',
      { id: 'x', events: { copyDelivered: '2025-02-30' } },
      'cases[3].events.copyDelivered: "2025-02-30" is not a date',
    ],
    [
      'a malformed date',
      { id: 'x', events: { courtDecision: '25-01-2025' } },
      'cases[3].events.courtDecision: "25-01-2025" is not a date',
    ],
    [
      'a date that is a number',
      { id: 'x', events: { enteredIntoForce: 20250101 } },
      'cases[3].events.enteredIntoForce: 20250101 is not a date',
    ],
    [
      'an unknown sphere',
      { id: 'x', spheres: ['PIRACY'] },
      'cases[3].spheres[0]: "PIRACY" is not one of CORRUPTION, ELECTORAL, ENVIRONMENT, TAX, CUSTOMS, TAX_OBLIGATION, PENSION, SOCIAL_INSURANCE, MILITARY_CH32',
    ],
    [
      'an unknown sanction',
      { id: 'x', sanctions: ['FINE', 'FLOGGING'] },
      'cases[3].sanctions[1]: "FLOGGING" is not one of',
    ],
    [
      'an unknown instance',
      { id: 'x', instance: 'CASSATION' },
      'cases[3].instance: "CASSATION" is not one of FIRST, APPEAL',
    ],
    ['an unknown proceeding', { id: 'x', proceeding: 'CIVIL' }, 'cases[3].proceeding: "CIVIL" is not one of'],
    ['an unknown initiator', { id: 'x', initiator: 'POLICE' }, 'cases[3].initiator: "POLICE" is not one of'],
    [
      'an unknown military status',
      { id: 'x', offender: { military: 'GENERAL' } },
      'cases[3].offender.military: "GENERAL" is not one of',
    ],
    [
      'an unknown specialized office',
      { id: 'x', specializedAtCourt: ['NAVY'] },
      'cases[3].specializedAtCourt[0]: "NAVY" is not one of',
    ],
    ['an unknown act kind', { id: 'x', actKind: 'ACQUITTED' }, 'cases[3].actKind: "ACQUITTED" is not one of'],
    ['a lower-case enum value', { id: 'x', instance: 'first' }, 'cases[3].instance: "first" is not one of'],
    ['a missing id', { spheres: [] }, 'cases[3].id: is required'],
    ['a null id', { id: null }, 'cases[3].id: is required'],
    ['an empty id', { id: '' }, 'cases[3].id: expected a non-empty string, got ""'],
    ['a numeric id', { id: 7 }, 'cases[3].id: expected a non-empty string, got 7'],
    [
      'a boolean as text',
      { id: 'x', offender: { minor: 'yes' } },
      'cases[3].offender.minor: expected true or false, got "yes"',
    ],
    [
      'a boolean as a number',
      { id: 'x', prosecutorAgrees: 1 },
      'cases[3].prosecutorAgrees: expected true or false, got 1',
    ],
    [
      'a string instead of a list',
      { id: 'x', spheres: 'TAX' },
      'cases[3].spheres: expected an array, got "TAX"',
    ],
    [
      'a list instead of an object',
      { id: 'x', events: [] },
      'cases[3].events: expected an object, got an array',
    ],
    [
      'an offender that is a string',
      { id: 'x', offender: 'minor' },
      'cases[3].offender: expected an object, got "minor"',
    ],
    [
      'a misspelt event',
      { id: 'x', events: { copyDeliverd: '2025-01-01' } },
      'cases[3].events.copyDeliverd: unknown field',
    ],
    ['an unknown field', { id: 'x', court: 'Almaty' }, 'cases[3].court: unknown field'],
    ['an unknown offender field', { id: 'x', offender: { age: 16 } }, 'cases[3].offender.age: unknown field'],
    ['a case that is not an object', 'c1', 'cases[3]: expected an object, got "c1"'],
    ['a case that is null', null, 'cases[3]: expected an object, got null'],
  ])('should reject %s, naming the field', (_what, input, message) => {
    expect(messageOf(() => parseCaseFacts(input, 'cases[3]'))).toContain(message);
  });

  it('should put the field path in the error details when rejecting', () => {
    try {
      parseCaseFacts({ id: 'x', events: { copyDelivered: '2025-02-30' } }, 'cases[0]');
    } catch (error) {
      expect((error as DomainError).details).toEqual({
        field: 'cases[0].events.copyDelivered',
        problem: '"2025-02-30" is not a date',
      });
    }
    expect.assertions(1);
  });
});

describe('parseCases', () => {
  it('should accept an empty array when there are no cases', () => {
    expect(parseCases([])).toEqual([]);
  });

  it('should name the index of the bad case when one case of many is bad', () => {
    expect(messageOf(() => parseCases([{ id: 'a' }, { id: 'b' }, { id: 'c', instance: 'X' }]))).toBe(
      'cases[2].instance: "X" is not one of FIRST, APPEAL',
    );
  });

  it.each([
    [{ id: 'a' }, 'cases: expected a JSON array of cases, got an object'],
    ['[]', 'cases: expected a JSON array of cases, got "[]"'],
    [null, 'cases: expected a JSON array of cases, got null'],
  ])('should reject a non-array input (%j)', (input, message) => {
    expect(messageOf(() => parseCases(input))).toBe(message);
  });
});
