// The rules command line (team handbook: contracts/rules-cli.md):
//   evaluate  < cases.json   JSON array of CaseFacts -> JSON array of Evaluation
//   calendar <year>          -> CalendarYear
//   kpi       < dataset.json KpiDataset -> KpiResult
// JSON on stdout only; bad input exits 2 with nothing on stdout and one line on stderr naming the field.
import { readFileSync } from 'node:fs';
import { createKzCalendar } from '../calendar/working-calendar';
import { evaluateCaseBrief } from '../engine/case-evaluation';
import type { Evaluation } from '../engine/case-evaluation';
import { DomainError, ErrorCode } from '../errors/error-code';
import { computeKpi } from '../kpi/kpi.rules';
import { parseCases } from '../validation/case-facts.parser';
import { parseKpiDataset } from '../validation/kpi-dataset.parser';
import { fieldError } from '../validation/input-reader';

const USAGE = 'usage: rules evaluate < cases.json | rules calendar <year> | rules kpi < dataset.json';

/** A failure the caller must fix: exit 2. */
class UsageError extends Error {}

function readJsonStdin(): unknown {
  const text = readFileSync(0, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw fieldError('input', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function evaluate(): string {
  const cases = parseCases(readJsonStdin());
  const calendar = createKzCalendar();
  const out: Evaluation[] = new Array<Evaluation>(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const facts = cases[i];
    if (facts === undefined) continue;
    try {
      out[i] = evaluateCaseBrief(facts, calendar);
    } catch (error) {
      // The rules name fields relative to the case; the command names the case too.
      if (error instanceof DomainError && typeof error.details.field === 'string') {
        const problem = typeof error.details.problem === 'string' ? error.details.problem : error.message;
        throw fieldError(`cases[${i}].${error.details.field}`, problem);
      }
      throw error;
    }
  }
  return JSON.stringify(out);
}

function calendarYear(arg: string | undefined): string {
  if (arg === undefined || !/^\d{1,6}$/.test(arg))
    throw new UsageError(`year: expected a year, got ${JSON.stringify(arg ?? '')}`);
  return JSON.stringify(createKzCalendar().yearSummary(Number(arg)));
}

function kpi(): string {
  return JSON.stringify(computeKpi(parseKpiDataset(readJsonStdin())));
}

function run(args: readonly string[]): string {
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError(USAGE);
  switch (command) {
    case 'evaluate':
      return evaluate();
    case 'calendar':
      return calendarYear(rest[0]);
    case 'kpi':
      return kpi();
    default:
      throw new UsageError(
        command === undefined ? USAGE : `unknown command ${JSON.stringify(command)}; ${USAGE}`,
      );
  }
}

/** Runs the command line; returns the exit code. Output goes to stdout only on success. */
export function main(args: readonly string[]): number {
  let output: string;
  try {
    output = run(args);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT)
    ) {
      process.stderr.write(`${error.message.replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    process.stderr.write(
      `rules: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
  process.stdout.write(`${output}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
