// The rules benchmark (test/bench, issue 3) in small: 1,000 cases through the same code, checking that what it
// measures is well-formed. Timing is never asserted here; `npm run bench:rules -w test` reports the figures.
import { Ground, ResponsibleKind, enumValues, type Evaluation } from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import {
  CASE_DEADLINES,
  CASE_ENUMS,
  enumCoverage,
  formatRulesBench,
  generateCaseInputs,
  runRulesBench,
} from '../bench/rules-bench';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('the rules benchmark', () => {
  it('should generate the same varied cases for the same seed', () => {
    const cases = generateCaseInputs(1_000, 7);
    expect(generateCaseInputs(1_000, 7)).toEqual(cases);
    expect(generateCaseInputs(1_000, 8)).not.toEqual(cases);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);

    const coverage = enumCoverage(cases);
    for (const [field, values] of Object.entries(CASE_ENUMS)) {
      expect([...coverage[field as keyof typeof CASE_ENUMS]].sort(), field).toEqual([...values].sort());
    }
    const years = new Set(
      cases.flatMap((c) => Object.values(c.events ?? {}).flatMap((d) => (d == null ? [] : [d.slice(0, 4)]))),
    );
    expect([...years].sort()).toEqual(Array.from({ length: 13 }, (_, i) => String(2015 + i)));
  });

  it('should evaluate every case, in order, the same in-process and through the command line', async () => {
    const { input, output, result } = await runRulesBench({
      cases: 1_000,
      warmups: 1,
      repetitions: 3,
      cli: true,
    });

    const evaluations = JSON.parse(output) as Evaluation[];
    expect(evaluations).toHaveLength(1_000);
    expect(evaluations.map((e) => e.id)).toEqual(input.map((c) => c.id));
    const grounds: string[] = enumValues(Ground);
    const kinds: string[] = enumValues(ResponsibleKind);
    const deadlineCodes: readonly string[] = CASE_DEADLINES;
    for (const e of evaluations) {
      expect(e.mandatory).toBe(e.grounds.length > 0);
      for (const g of e.grounds) expect(grounds).toContain(g);
      expect(kinds).toContain(e.responsible);
      for (const [code, due] of Object.entries(e.deadlines)) {
        expect(deadlineCodes).toContain(code);
        expect(due).toMatch(ISO_DATE);
      }
    }

    expect(result.cases).toBe(1_000);
    expect(result.outputBytes).toBe(Buffer.byteLength(output));
    for (const timing of [result.floor, result.evaluate]) {
      expect(timing.samplesMs).toHaveLength(3);
      expect(Number.isFinite(timing.medianMs) && timing.medianMs > 0).toBe(true);
    }
    expect(Number.isFinite(result.ratio) && result.ratio > 0).toBe(true);
    expect(Number.isFinite(result.pairedRatio) && result.pairedRatio > 0).toBe(true);
    expect(result.withinTarget).toBe(result.ratio <= result.targetRatio);
    expect(result.cli).toMatchObject({ sameOutput: true });
    expect(Number.isFinite(result.cli?.ms) && (result.cli?.ms ?? 0) > 0).toBe(true);

    // The mix exercises the rules: mandatory and optional cases, fallbacks, and every kind of case deadline.
    expect(result.mix.mandatory).toBeGreaterThan(0);
    expect(result.mix.mandatory).toBeLessThan(1_000);
    expect(result.mix.fallback).toBeGreaterThan(0);
    for (const code of CASE_DEADLINES) expect(result.mix.deadlines[code], code).toBeGreaterThan(0);

    expect(formatRulesBench(result)).toMatch(/ratio evaluate \/ floor: \d+\.\d\d/);
  });
});
