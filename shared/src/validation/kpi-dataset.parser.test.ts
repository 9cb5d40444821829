import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/error-code';
import { parseKpiDataset } from './kpi-dataset.parser';

const messageOf = (input: unknown): string => {
  try {
    parseKpiDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error('expected a DomainError');
};

describe('parseKpiDataset', () => {
  it('should give empty lists when the input is an empty object', () => {
    expect(parseKpiDataset({})).toEqual({ acts: [], protests: [], privateRulings: [] });
  });

  it('should apply the defaults when flags are omitted', () => {
    const dataset = parseKpiDataset({
      acts: [{ id: 'a1', scope: true, appealResult: 'CANCELLED', basis: 'COMPLAINT' }],
      protests: [{ id: 'p1', kind: 'APPEAL', outcome: 'UNSATISFIED' }],
      privateRulings: [{ id: 'r1' }],
    });
    expect(dataset).toEqual({
      acts: [
        {
          id: 'a1',
          scope: true,
          appealResult: 'CANCELLED',
          basis: 'COMPLAINT',
          exclusion: null,
          exclusionApproved: false,
          reversedOnCassationProtest: false,
        },
      ],
      protests: [{ id: 'p1', kind: 'APPEAL', outcome: 'UNSATISFIED', laterCassationSatisfied: false }],
      privateRulings: [{ id: 'r1', prosecutorParticipated: false, onProsecutorMotion: false }],
    });
  });

  it.each([
    [
      { protests: [{ id: 'p', kind: 'APPEAL', outcome: 'MAYBE' }] },
      'protests[0].outcome: "MAYBE" is not one of SATISFIED, PARTIALLY_SATISFIED, UNSATISFIED, WITHDRAWN, RETURNED, PENDING',
    ],
    [
      { protests: [{ id: 'p', kind: 'SUPERVISORY', outcome: 'SATISFIED' }] },
      'protests[0].kind: "SUPERVISORY" is not one of APPEAL, CASSATION',
    ],
    [{ protests: [{ id: 'p', outcome: 'SATISFIED' }] }, 'protests[0].kind: is required'],
    [{ acts: [{ id: 'a', scope: true, basis: 'COMPLAINT' }] }, 'acts[0].appealResult: is required'],
    [
      { acts: [{ id: 'a', appealResult: 'CANCELLED', basis: 'RUMOUR' }] },
      'acts[0].basis: "RUMOUR" is not one of',
    ],
    [
      { acts: [{ id: 'a', appealResult: 'CANCELLED', basis: 'COMPLAINT', exclusion: 'WHIM' }] },
      'acts[0].exclusion: "WHIM" is not one of',
    ],
    [
      { acts: [{ id: 'a', appealResult: 'CANCELLED', basis: 'COMPLAINT', scope: 'yes' }] },
      'acts[0].scope: expected true or false, got "yes"',
    ],
    [{ acts: [{ appealResult: 'CANCELLED', basis: 'COMPLAINT' }] }, 'acts[0].id: is required'],
    [{ privateRulings: [{ id: 'r', motion: true }] }, 'privateRulings[0].motion: unknown field'],
    [{ privateRulings: {} }, 'privateRulings: expected an array, got an object'],
    [{ acts: [], extra: [] }, 'extra: unknown field'],
    [[], 'input: expected an object with acts, protests and privateRulings, got an array'],
    [null, 'input: expected an object with acts, protests and privateRulings, got null'],
  ])('should reject bad input, naming the field (%j)', (input, message) => {
    expect(messageOf(input)).toContain(message);
  });
});
