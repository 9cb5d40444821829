import {
  ResponsibleKind,
  evaluateCase,
  makeCaseFacts,
  type CaseFactsOverrides,
  type DayUnit,
  type DeadlineCode,
  type Explanation,
  type Ground,
  type IsoDate,
  type SpecializedKind,
  type WorkingCalendar,
} from '@qadagalau/shared';

/** A deadline as the server stores it (one `deadline` row). */
export interface CaseRulesDeadline {
  code: DeadlineCode;
  triggerOn: IsoDate;
  dueOn: IsoDate;
  length: number;
  unit: DayUnit;
  explanation: Explanation;
}

/** What the server keeps of the engine's evaluation of a case. */
export interface CaseRulesResult {
  mandatory: boolean;
  grounds: Ground[];
  responsible: ResponsibleKind;
  /** The specialized kind the jurisdiction rules point to before any fall-back (para 7), if any. */
  specializedKind: SpecializedKind | null;
  initiatingUnit: boolean;
  fallback: boolean;
  notifySpecialized: boolean;
  /** Grounds and routing with their paragraphs and reasons in kk/ru/en, stored on the case. */
  explanation: {
    grounds: (Explanation & { ground: Ground })[];
    routing: Explanation & { jurisdiction: ResponsibleKind };
  };
  deadlines: CaseRulesDeadline[];
}

/**
 * The one place the server asks the rules engine about a case. Services and seeds call it; nothing legal is
 * decided outside `shared/`.
 */
export class CaseRules {
  constructor(private readonly calendar: WorkingCalendar) {}

  /** Evaluates facts given in full or in part (the contract's defaults fill the rest). */
  evaluate(facts: CaseFactsOverrides): CaseRulesResult {
    const full = makeCaseFacts(facts);
    const evaluation = evaluateCase(full, this.calendar);
    const jurisdiction = evaluation.routing.jurisdiction;
    return {
      mandatory: evaluation.mandatory,
      grounds: evaluation.grounds,
      responsible: evaluation.responsible,
      specializedKind: jurisdiction === ResponsibleKind.TERRITORIAL ? null : jurisdiction,
      initiatingUnit: evaluation.initiatingUnit,
      fallback: evaluation.fallback,
      notifySpecialized: evaluation.notifySpecialized,
      explanation: { grounds: evaluation.groundDetails, routing: evaluation.routing },
      deadlines: evaluation.deadlineDetails.map((d) => ({
        code: d.code,
        triggerOn: d.trigger,
        dueOn: d.due,
        length: d.length,
        unit: d.unit,
        explanation: {
          paragraph: d.paragraph,
          ...(d.article ? { article: d.article } : {}),
          reason: d.reason,
        },
      })),
    };
  }
}
