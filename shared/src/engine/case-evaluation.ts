// One case through all the rules: participation (paras 6, 8), routing (paras 7, 9) and deadlines
// (paras 10, 13, 16–18, 22).
import type { CaseFacts } from '../cases/case-facts';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Ground, ResponsibleKind } from '../enums/rules';
import { Instance } from '../enums/rules';
import type { Explanation } from '../i18n/explanation';
import type { DeadlineDetail, DueDates } from '../deadlines/deadline.rules';
import { computeDeadlines, dueDates } from '../deadlines/deadline.rules';
import type { GroundDetail } from '../participation/participation.rules';
import { firstInstanceGrounds, participationGrounds } from '../participation/participation.rules';
import { routeCase } from '../routing/routing.rules';

/** The contract's Evaluation (rules-cli.md), one per case. */
export interface Evaluation {
  id: string;
  mandatory: boolean;
  grounds: Ground[];
  responsible: ResponsibleKind;
  initiatingUnit: boolean;
  fallback: boolean;
  notifySpecialized: boolean;
  deadlines: DueDates;
}

/** The Evaluation with every ground, the routing choice and each deadline explained. */
export interface CaseEvaluation extends Evaluation {
  groundDetails: GroundDetail[];
  routing: Explanation & { jurisdiction: ResponsibleKind };
  deadlineDetails: DeadlineDetail[];
}

function core(facts: CaseFacts) {
  const participation = participationGrounds(facts);
  // Para 7 (transport): the para-6 categories count as at first instance, whatever court hears the case.
  const hasGround =
    facts.instance === Instance.FIRST
      ? participation.grounds.length > 0
      : firstInstanceGrounds(facts).length > 0;
  return { participation, routing: routeCase(facts, hasGround) };
}

function contractFields(
  facts: CaseFacts,
  { participation, routing }: ReturnType<typeof core>,
  deadlines: DueDates,
): Evaluation {
  return {
    id: facts.id,
    mandatory: participation.mandatory,
    grounds: participation.grounds,
    responsible: routing.responsible,
    initiatingUnit: routing.initiatingUnit,
    fallback: routing.fallback,
    notifySpecialized: routing.notifySpecialized,
    deadlines,
  };
}

/** The contract's Evaluation of a case, without explanations (the fast path for bulk work and the CLI). */
export function evaluateCaseBrief(facts: CaseFacts, calendar: WorkingCalendar): Evaluation {
  const rules = core(facts);
  return contractFields(facts, rules, dueDates(facts, rules.participation.mandatory, calendar));
}

/** Everything the rules say about a case, each ground, routing choice and deadline explained in kk/ru/en. */
export function evaluateCase(facts: CaseFacts, calendar: WorkingCalendar): CaseEvaluation {
  const rules = core(facts);
  const { participation, routing } = rules;
  const deadlineDetails = computeDeadlines(facts, participation.mandatory, calendar);
  const deadlines: DueDates = {};
  for (const d of deadlineDetails) deadlines[d.code] = d.due;
  return {
    ...contractFields(facts, rules, deadlines),
    groundDetails: participation.details,
    routing: { ...routing.explanation, jurisdiction: routing.jurisdiction },
    deadlineDetails,
  };
}
