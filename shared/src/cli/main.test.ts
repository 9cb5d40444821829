import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const launcher = join(__dirname, '../../bin/rules.cjs');

/** Runs the command line as analysts do (building shared/ first if needed). */
function rules(args: string[], input = '') {
  const result = spawnSync(process.execPath, [launcher, ...args], {
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('rules command line', () => {
  it('should print one evaluation per case, in order, when evaluating', { timeout: 120_000 }, () => {
    const input = JSON.stringify([
      { id: 'b', sanctions: ['ARREST'], events: { copyDelivered: '2025-03-11' } },
      { id: 'a', instance: 'APPEAL' },
    ]);
    const r = rules(['evaluate'], input);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      {
        id: 'b',
        mandatory: true,
        grounds: ['ARREST'],
        responsible: 'TERRITORIAL',
        initiatingUnit: false,
        fallback: false,
        notifySpecialized: false,
        deadlines: { APPEAL_PROTEST: '2025-03-26', LEGALITY_CHECK: '2025-03-26' },
      },
      {
        id: 'a',
        mandatory: true,
        grounds: ['APPEAL_REVIEW'],
        responsible: 'TERRITORIAL',
        initiatingUnit: false,
        fallback: false,
        notifySpecialized: false,
        deadlines: {},
      },
    ]);
  });

  it('should print an empty array when evaluating no cases', { timeout: 120_000 }, () => {
    const r = rules(['evaluate'], '[]');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('should print the year summary when asked for a calendar year', { timeout: 120_000 }, () => {
    const r = rules(['calendar', '2026']);
    expect(r.code).toBe(0);
    const year = JSON.parse(r.out) as { year: number; workingDays: number; months: unknown[] };
    expect(year).toMatchObject({ year: 2026, workingDays: 246 });
    expect(year.months).toHaveLength(12);
  });

  it('should print the three indicators when computing kpi', { timeout: 120_000 }, () => {
    const r = rules(
      ['kpi'],
      JSON.stringify({
        acts: [{ id: 'a1', scope: true, appealResult: 'CANCELLED', basis: 'PROSECUTOR_PROTEST' }],
        protests: [],
        privateRulings: [{ id: 'r1', prosecutorParticipated: true, onProsecutorMotion: false }],
      }),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      appealProtestEffectiveness: { numerator: 1, denominator: 1, percent: 100 },
      protestSatisfaction: { unsatisfied: 0, considered: 0, percent: null },
      responseEffectiveness: { numerator: 0, denominator: 1, percent: 0 },
    });
  });

  it.each([
    ['not JSON', ['evaluate'], '{ not json', 'input: not valid JSON'],
    [
      'an impossible date',
      ['evaluate'],
      '[{"id":"x"},{"id":"y","events":{"copyDelivered":"2025-02-30"}}]',
      'cases[1].events.copyDelivered: "2025-02-30" is not a date',
    ],
    [
      'an unknown enum value',
      ['evaluate'],
      '[{"id":"x","spheres":["PIRACY"]}]',
      'cases[0].spheres[0]: "PIRACY" is not one of',
    ],
    ['a missing id', ['evaluate'], '[{"spheres":[]}]', 'cases[0].id: is required'],
    [
      'a wrong type',
      ['evaluate'],
      '[{"id":"x","offender":{"minor":"no"}}]',
      'cases[0].offender.minor: expected true or false',
    ],
    [
      'a deadline past the calendar',
      ['evaluate'],
      '[{"id":"x","events":{"courtDecision":"2027-12-30"}}]',
      'cases[0].events.courtDecision: the EXCLUSION_PETITION deadline',
    ],
    ['an object instead of an array', ['evaluate'], '{"id":"x"}', 'cases: expected a JSON array'],
    ['empty input', ['evaluate'], '', 'input: not valid JSON'],
    [
      'an unknown protest outcome',
      ['kpi'],
      '{"acts":[],"protests":[{"id":"p","kind":"APPEAL","outcome":"MAYBE"}],"privateRulings":[]}',
      'protests[0].outcome: "MAYBE" is not one of',
    ],
    ['a year outside the data', ['calendar', '1066'], '', 'year: 1066 is outside the working-day calendar'],
    ['a year that is not a number', ['calendar', 'next'], '', 'year: expected a year'],
    ['no year', ['calendar'], '', 'year: expected a year'],
    ['an unknown command', ['predict'], '', 'unknown command "predict"'],
    ['no command', [], '', 'usage:'],
  ])(
    'should exit 2 with nothing on stdout and one line on stderr when given %s',
    { timeout: 120_000 },
    (_what, args, input, message) => {
      const r = rules(args, input);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(message);
    },
  );
});
