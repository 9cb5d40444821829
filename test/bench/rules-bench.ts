// The rules benchmark (issue 3): `evaluate` on generated cases against the floor of only parsing and
// re-serialising the same JSON. Target: at most 3× the floor; the figures are reported, never asserted.
// Used by run-rules-bench.ts (100,000 cases, `npm run bench:rules -w test`) and by the smoke test in
// integration/rules-bench-smoke.test.ts (1,000 cases). Needs the built shared/ (`npx tsc -b shared`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ActKind,
  DeadlineCode,
  Initiator,
  Instance,
  MilitaryStatus,
  Proceeding,
  Sanction,
  SpecializedKind,
  Sphere,
  createKzCalendar,
  dayNumberOf,
  enumValues,
  evaluateCaseBrief,
  fromDayNumber,
  parseCases,
  type CaseEventKey,
  type Evaluation,
  type IsoDate,
} from '@qadagalau/shared';

/** The target: evaluate at most this many times the floor. */
export const TARGET_RATIO = 3;

/** One case as a client would send it: fields at their default are often left out (the parser fills them in). */
export interface CaseInput {
  id: string;
  instance?: Instance;
  proceeding?: Proceeding;
  spheres?: Sphere[];
  sanctions?: Sanction[];
  offender?: { minor?: boolean; military?: MilitaryStatus; dutyRelated?: boolean } | null;
  initiator?: Initiator;
  higherProsecutorRequired?: boolean;
  specializedAtCourt?: SpecializedKind[];
  specializedNotified?: boolean;
  actKind?: ActKind | null;
  prosecutorAgrees?: boolean;
  events?: Partial<Record<CaseEventKey, IsoDate | null>> | null;
}

// ---------------------------------------------------------------------------------------------------------
// Deterministic generation

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same cases on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function pick<T>(random: () => number, table: Weighted<T>): T {
  let total = 0;
  for (const [, weight] of table) total += weight;
  let r = random() * total;
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  const last = table[table.length - 1];
  if (last === undefined) throw new Error('pick: empty table');
  return last[0];
}

/** Each value independently with its probability, in the enum's order. */
function subset<T>(random: () => number, table: Weighted<T>): T[] {
  const out: T[] = [];
  for (const [value, probability] of table) if (random() < probability) out.push(value);
  return out;
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

// Rough shares of a district prosecutor's docket: mostly fines imposed on private persons at first instance.
const INSTANCES: Weighted<Instance> = [
  [Instance.FIRST, 85],
  [Instance.APPEAL, 15],
];
const PROCEEDINGS: Weighted<Proceeding> = [
  [Proceeding.OFFENSE, 80],
  [Proceeding.COMPLAINT_CH44, 12],
  [Proceeding.COMPLAINT_CH45, 8],
];
const SPHERES: Weighted<Sphere> = [
  [Sphere.CORRUPTION, 0.04],
  [Sphere.ELECTORAL, 0.02],
  [Sphere.ENVIRONMENT, 0.06],
  [Sphere.TAX, 0.08],
  [Sphere.CUSTOMS, 0.04],
  [Sphere.TAX_OBLIGATION, 0.05],
  [Sphere.PENSION, 0.03],
  [Sphere.SOCIAL_INSURANCE, 0.03],
  [Sphere.MILITARY_CH32, 0.03],
];
const SANCTIONS: Weighted<Sanction> = [
  [Sanction.ARREST, 0.12],
  [Sanction.CONFISCATION, 0.08],
  [Sanction.EXPULSION, 0.03],
  [Sanction.DEMOLITION, 0.02],
  [Sanction.FINE, 0.85],
];
const MILITARY: Weighted<MilitaryStatus> = [
  [MilitaryStatus.NONE, 90],
  [MilitaryStatus.SERVICEMAN, 5],
  [MilitaryStatus.RESERVIST_ON_TRAINING, 2],
  [MilitaryStatus.CIVILIAN_PERSONNEL, 3],
];
const INITIATORS: Weighted<Initiator> = [
  [Initiator.TERRITORIAL_PROSECUTOR, 8],
  [Initiator.MILITARY_PROSECUTOR, 3],
  [Initiator.TRANSPORT_PROSECUTOR, 3],
  [Initiator.ENVIRONMENTAL_PROSECUTOR, 3],
  [Initiator.MILITARY_AUTHORITY, 8],
  [Initiator.TRANSPORT_AUTHORITY, 15],
  [Initiator.OTHER_AUTHORITY, 60],
];
const SPECIALIZED: Weighted<SpecializedKind> = [
  [SpecializedKind.MILITARY, 0.2],
  [SpecializedKind.TRANSPORT, 0.25],
  [SpecializedKind.ENVIRONMENTAL, 0.15],
];
const ACT_KINDS: Weighted<ActKind | null> = [
  [null, 35],
  [ActKind.PENALTY_IMPOSED, 30],
  [ActKind.TERMINATED, 15],
  [ActKind.BODY_RESOLUTION_UPHELD, 8],
  [ActKind.BODY_RESOLUTION_CHANGED, 7],
  [ActKind.NEW_CIRCUMSTANCES_REVIEW, 5],
];
const REGIONS = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
];

// Trigger dates across the calendar's years (2015–2027), ending early enough that the longest deadline
// (30 working days) stays inside the calendar data.
const FIRST_DAY = dayNumberOf(2015, 1, 1);
const LAST_TRIGGER_DAY = dayNumberOf(2027, 11, 1);

/** `count` varied cases, the same for the same seed. */
export function generateCaseInputs(count: number, seed: number): CaseInput[] {
  const random = seededRandom(seed);
  const chance = (p: number): boolean => random() < p;
  const date = (dn: number): IsoDate => fromDayNumber(Math.min(dn, LAST_TRIGGER_DAY));
  const cases: CaseInput[] = new Array<CaseInput>(count);
  for (let i = 0; i < count; i++) {
    const base = between(random, FIRST_DAY, LAST_TRIGGER_DAY);
    const year = date(base).slice(0, 4);
    const c: CaseInput = {
      id: `${pick(
        random,
        REGIONS.map((r) => [r, 1] as const),
      )}-${year}-${String(i + 1).padStart(6, '0')}`,
    };
    // A field at its default is written out in about a third of the cases, as clients differ.
    const explicit = chance(0.3);

    const instance = pick(random, INSTANCES);
    if (instance !== Instance.FIRST || explicit) c.instance = instance;
    const proceeding = pick(random, PROCEEDINGS);
    if (proceeding !== Proceeding.OFFENSE || explicit) c.proceeding = proceeding;
    const spheres = subset(random, SPHERES);
    if (spheres.length > 0 || explicit) c.spheres = spheres;
    const sanctions = subset(random, SANCTIONS);
    if (sanctions.length > 0 || explicit) c.sanctions = sanctions;

    const minor = chance(0.06);
    const military = pick(random, MILITARY);
    const dutyRelated = chance(military === MilitaryStatus.NONE ? 0.02 : 0.5);
    if (minor || military !== MilitaryStatus.NONE || dutyRelated || explicit) {
      c.offender = { minor, military, dutyRelated };
    } else if (chance(0.05)) {
      c.offender = null;
    }

    const initiator = pick(random, INITIATORS);
    if (initiator !== Initiator.OTHER_AUTHORITY || explicit) c.initiator = initiator;
    const higher = chance(0.03);
    if (higher || explicit) c.higherProsecutorRequired = higher;
    const atCourt = subset(random, SPECIALIZED);
    if (atCourt.length > 0 || explicit) c.specializedAtCourt = atCourt;
    const notified = chance(0.9);
    if (!notified || explicit) c.specializedNotified = notified;
    const actKind = pick(random, ACT_KINDS);
    if (actKind !== null || explicit) c.actKind = actKind;
    const agrees = actKind !== null && chance(0.6);
    if (agrees || explicit) c.prosecutorAgrees = agrees;

    const events: Partial<Record<CaseEventKey, IsoDate | null>> = {};
    if (chance(0.7)) events.copyDelivered = date(base + between(random, 0, 5));
    if (actKind !== null && chance(0.55)) events.enteredIntoForce = date(base + between(random, 10, 40));
    if (chance(0.2)) {
      const received = base + between(random, 12, 60);
      events.applicationReceived = date(received);
      if (chance(0.7)) events.requisitionReceivedByCourt = date(received + between(random, 1, 6));
    }
    if (chance(0.15)) events.courtDecision = date(base + between(random, 20, 90));
    if (explicit) {
      for (const key of ['copyDelivered', 'enteredIntoForce', 'courtDecision'] as const) events[key] ??= null;
    }
    if (Object.keys(events).length > 0) c.events = events;
    else if (explicit) c.events = chance(0.5) ? null : {};
    cases[i] = c;
  }
  return cases;
}

/** Every value of every enum of CaseFacts, to check that the generated cases cover them all. */
export const CASE_ENUMS = {
  instance: enumValues(Instance),
  proceeding: enumValues(Proceeding),
  spheres: enumValues(Sphere),
  sanctions: enumValues(Sanction),
  military: enumValues(MilitaryStatus),
  initiator: enumValues(Initiator),
  specializedAtCourt: enumValues(SpecializedKind),
  actKind: enumValues(ActKind),
} as const;

/** The deadlines `evaluate` computes for a case (the rest of DeadlineCode is the office's reporting calendar). */
export const CASE_DEADLINES = [
  DeadlineCode.APPEAL_PROTEST,
  DeadlineCode.LEGALITY_CHECK,
  DeadlineCode.SUBSTANTIVE_CONCLUSION,
  DeadlineCode.REQUISITION_ORDER,
  DeadlineCode.COURT_SENDS_CASE,
  DeadlineCode.EXCLUSION_PETITION,
] as const;

/** The enum values that occur in the cases (defaults included), by field. */
export function enumCoverage(cases: readonly CaseInput[]): Record<keyof typeof CASE_ENUMS, Set<string>> {
  const seen = {
    instance: new Set<string>(),
    proceeding: new Set<string>(),
    spheres: new Set<string>(),
    sanctions: new Set<string>(),
    military: new Set<string>(),
    initiator: new Set<string>(),
    specializedAtCourt: new Set<string>(),
    actKind: new Set<string>(),
  };
  for (const c of cases) {
    seen.instance.add(c.instance ?? Instance.FIRST);
    seen.proceeding.add(c.proceeding ?? Proceeding.OFFENSE);
    for (const s of c.spheres ?? []) seen.spheres.add(s);
    for (const s of c.sanctions ?? []) seen.sanctions.add(s);
    seen.military.add(c.offender?.military ?? MilitaryStatus.NONE);
    seen.initiator.add(c.initiator ?? Initiator.OTHER_AUTHORITY);
    for (const s of c.specializedAtCourt ?? []) seen.specializedAtCourt.add(s);
    if (c.actKind != null) seen.actKind.add(c.actKind);
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------------------
// The two measured paths

/** The floor: only parsing and re-serialising the JSON. */
export function floorJson(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

/** What `rules evaluate` does between reading stdin and writing stdout (shared/src/cli/main.ts). */
export function evaluateJson(text: string): string {
  const cases = parseCases(JSON.parse(text) as unknown);
  const calendar = createKzCalendar();
  const out: Evaluation[] = new Array<Evaluation>(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const facts = cases[i];
    if (facts !== undefined) out[i] = evaluateCaseBrief(facts, calendar);
  }
  return JSON.stringify(out);
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
}

export interface RulesBenchResult {
  cases: number;
  seed: number;
  inputBytes: number;
  outputBytes: number;
  warmups: number;
  repetitions: number;
  floor: Timing;
  evaluate: Timing;
  /** evaluate median / floor median: the figure the target is about. */
  ratio: number;
  /** Median of the per-run ratios (each run measures both sides back to back): steadier on a busy machine. */
  pairedRatio: number;
  targetRatio: number;
  withinTarget: boolean;
  /** The command line as a child process, once, including Node's start-up and the pipes. */
  cli: { ms: number; ratio: number; sameOutput: boolean } | null;
  /** How the cases came out: a sanity check that the generated mix exercises the rules. */
  mix: { mandatory: number; fallback: number; notifySpecialized: number; deadlines: Record<string, number> };
  environment: { node: string; platform: string; cpu: string; cpus: number; gcExposed: boolean };
  measuredAt: string;
}

export interface RulesBenchOptions {
  cases: number;
  seed?: number;
  warmups?: number;
  repetitions?: number;
  /** Also run the command line once as a child process. */
  cli?: boolean;
  /** Progress lines (to stderr in the runner). */
  log?: (line: string) => void;
}

export interface RulesBenchRun {
  result: RulesBenchResult;
  input: CaseInput[];
  /** The last in-process `evaluate` output (JSON). */
  output: string;
}

const gc = (globalThis as { gc?: () => void }).gc;

function timed<T>(fn: () => T): [T, number] {
  gc?.();
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return {
    medianMs: round(median),
    minMs: round(sorted[0] ?? NaN),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
    samplesMs: samples.map((ms) => round(ms)),
  };
}

function round(ms: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(ms * f) / f;
}

/** The repository root: the nearest directory up whose package.json declares the workspaces. */
export function findRepoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && 'workspaces' in (JSON.parse(readFileSync(pkg, 'utf8')) as object)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${from}`);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `node shared/bin/rules.cjs <args>` with `input` on stdin, timed from spawn to exit. */
export function runRulesCli(args: readonly string[], input: string, root = findRepoRoot()): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'shared', 'bin', 'rules.cjs'), ...args], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    // EPIPE when the command exits before reading everything: its exit code and stderr say why.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - start,
      }),
    );
    child.stdin.end(input);
  });
}

function countMix(output: string): RulesBenchResult['mix'] {
  const evaluations = JSON.parse(output) as Evaluation[];
  const deadlines: Record<string, number> = {};
  for (const code of CASE_DEADLINES) deadlines[code] = 0;
  let mandatory = 0;
  let fallback = 0;
  let notifySpecialized = 0;
  for (const e of evaluations) {
    if (e.mandatory) mandatory++;
    if (e.fallback) fallback++;
    if (e.notifySpecialized) notifySpecialized++;
    for (const code of Object.keys(e.deadlines)) deadlines[code] = (deadlines[code] ?? 0) + 1;
  }
  return { mandatory, fallback, notifySpecialized, deadlines };
}

/** Generates the cases, measures the floor and `evaluate` (interleaved; median of the repetitions), then the CLI. */
export async function runRulesBench(options: RulesBenchOptions): Promise<RulesBenchRun> {
  const seed = options.seed ?? 20250321;
  const warmups = options.warmups ?? 2;
  const repetitions = options.repetitions ?? 7;
  const log = options.log ?? (() => undefined);
  if (!Number.isInteger(options.cases) || options.cases < 1) throw new Error('cases: a positive integer');
  if (!Number.isInteger(repetitions) || repetitions < 1) throw new Error('repetitions: a positive integer');

  log(`generating ${options.cases} cases (seed ${seed})`);
  const input = generateCaseInputs(options.cases, seed);
  const text = JSON.stringify(input);

  log(`warming up (${warmups} runs of each)`);
  let output = '';
  for (let i = 0; i < warmups; i++) {
    floorJson(text);
    output = evaluateJson(text);
  }
  const floorSamples: number[] = [];
  const evaluateSamples: number[] = [];
  let floorBytes = 0;
  for (let i = 0; i < repetitions; i++) {
    // Interleaved, so a slow moment of the machine hits both sides alike.
    const [floorOut, floorMs] = timed(() => floorJson(text));
    floorBytes = floorOut.length;
    floorSamples.push(floorMs);
    const [evalOut, evalMs] = timed(() => evaluateJson(text));
    output = evalOut;
    evaluateSamples.push(evalMs);
    log(`run ${i + 1}/${repetitions}: floor ${floorMs.toFixed(1)} ms, evaluate ${evalMs.toFixed(1)} ms`);
  }
  if (floorBytes !== text.length) throw new Error('floor: the re-serialised JSON differs from the input');

  const floor = summarise(floorSamples);
  const evaluate = summarise(evaluateSamples);
  const ratio = round(evaluate.medianMs / floor.medianMs);
  const pairedRatio = round(
    summarise(evaluateSamples.map((ms, i) => ms / (floorSamples[i] ?? NaN))).medianMs,
  );

  let cli: RulesBenchResult['cli'] = null;
  if (options.cli === true) {
    const root = findRepoRoot();
    // Untimed: builds shared/ on demand if it is stale, and warms the file cache.
    const warm = await runRulesCli(['calendar', '2025'], '', root);
    if (warm.code !== 0) throw new Error(`rules calendar 2025: exit ${warm.code}: ${warm.stderr.trim()}`);
    log('running the command line once (node shared/bin/rules.cjs evaluate < cases)');
    const run = await runRulesCli(['evaluate'], text, root);
    if (run.code !== 0) throw new Error(`rules evaluate: exit ${run.code}: ${run.stderr.trim()}`);
    cli = {
      ms: round(run.ms),
      ratio: round(run.ms / floor.medianMs),
      sameOutput: run.stdout === `${output}\n`,
    };
    if (!cli.sameOutput)
      throw new Error('rules evaluate: the command line output differs from the in-process one');
  }

  const cpus = os.cpus();
  return {
    input,
    output,
    result: {
      cases: options.cases,
      seed,
      inputBytes: Buffer.byteLength(text),
      outputBytes: Buffer.byteLength(output),
      warmups,
      repetitions,
      floor,
      evaluate,
      ratio,
      pairedRatio,
      targetRatio: TARGET_RATIO,
      withinTarget: ratio <= TARGET_RATIO,
      cli,
      mix: countMix(output),
      environment: {
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        cpu: cpus[0]?.model.trim() ?? 'unknown',
        cpus: cpus.length,
        gcExposed: gc !== undefined,
      },
      measuredAt: new Date().toISOString(),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Reporting

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function row(label: string, ms: number, cases: number, floorMs: number, note = ''): string {
  const perSecond = number.format((cases / ms) * 1000);
  return `${label.padEnd(38)}${ms.toFixed(1).padStart(10)}${perSecond.padStart(14)}${(ms / floorMs).toFixed(2).padStart(9)}×${note}`;
}

/** The table the runner prints. */
export function formatRulesBench(r: RulesBenchResult): string {
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
  const target = `  target ≤ ${r.targetRatio}× floor: ${r.withinTarget ? 'met' : 'MISSED'}`;
  const lines = [
    `rules evaluate: ${number.format(r.cases)} cases (seed ${r.seed}), input ${mb(r.inputBytes)}, output ${mb(r.outputBytes)}`,
    `${r.environment.node} on ${r.environment.platform}, ${r.environment.cpus} × ${r.environment.cpu}; median of ${r.repetitions} runs after ${r.warmups} warm-up${r.warmups === 1 ? '' : 's'}${r.environment.gcExposed ? ', GC before each run' : ''}`,
    '',
    `${''.padEnd(38)}${'ms'.padStart(10)}${'cases/s'.padStart(14)}${'ratio'.padStart(10)}`,
    row('floor (JSON.parse + JSON.stringify)', r.floor.medianMs, r.cases, r.floor.medianMs),
    row('evaluate (parse+validate+rules+JSON)', r.evaluate.medianMs, r.cases, r.floor.medianMs, target),
  ];
  if (r.cli !== null) {
    lines.push(row('CLI end to end (child process, 1 run)', r.cli.ms, r.cases, r.floor.medianMs));
  }
  lines.push(
    '',
    `ratio evaluate / floor: ${r.ratio.toFixed(2)} (median of the per-run ratios: ${r.pairedRatio.toFixed(2)})`,
  );
  return lines.join('\n');
}
