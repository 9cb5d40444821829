// What the instruction asks of the documents of supervision: conclusions (para 10), protests (paras 17, 22, 23),
// proposals to bring a cassation protest (para 19) and private rulings (para 24).
import { ConclusionKind, ProtestStatus } from '../enums/domain';
import { ActKind, AppealResult, Sanction } from '../enums/rules';

/** A content item of a prosecutor's conclusion (para 10), by name. */
export const ConclusionItem = {
  /** Whether the offender is guilty and the act correctly qualified. */
  guiltAndQualification: 'guiltAndQualification',
  /** The evidence supporting the prosecutor's position. */
  evidence: 'evidence',
  /** The proposed penalty, or the need to terminate the case. */
  proposedPenalty: 'proposedPenalty',
  /** Appeal: the content of the court acts under review and the court's position. */
  reviewedActs: 'reviewedActs',
  /** Appeal: the participating prosecutors and a short summary of their conclusions. */
  participants: 'participants',
  /** Appeal: the arguments of the complaint (petition). */
  complaintArguments: 'complaintArguments',
  /** Appeal: whether the complaint (petition) is well founded. */
  complaintWellFounded: 'complaintWellFounded',
  /** Substantive conclusion: the grounds of the termination agreed with. */
  terminationGrounds: 'terminationGrounds',
  /** Substantive conclusion: the assessment of the termination's legality. */
  assessment: 'assessment',
} as const;
export type ConclusionItem = (typeof ConclusionItem)[keyof typeof ConclusionItem];

const FIRST_INSTANCE_ITEMS: readonly ConclusionItem[] = [
  ConclusionItem.guiltAndQualification,
  ConclusionItem.evidence,
  ConclusionItem.proposedPenalty,
];

/**
 * The items a conclusion of a kind must state, in the order para 10 lists them. A conclusion on receipt of
 * arrest and termination copies (КоАП 823(2)) states what a first-instance one does; the substantive conclusion
 * (agreeing with a termination) states the termination's grounds and their assessment — our reading: para 10
 * names no items for it.
 */
export function requiredConclusionItems(kind: ConclusionKind): readonly ConclusionItem[] {
  switch (kind) {
    case ConclusionKind.FIRST_INSTANCE:
    case ConclusionKind.ON_COPY_RECEIPT:
      return FIRST_INSTANCE_ITEMS;
    case ConclusionKind.APPEAL:
      return [
        ...FIRST_INSTANCE_ITEMS,
        ConclusionItem.reviewedActs,
        ConclusionItem.participants,
        ConclusionItem.complaintArguments,
        ConclusionItem.complaintWellFounded,
      ];
    case ConclusionKind.SUBSTANTIVE:
      return [ConclusionItem.terminationGrounds, ConclusionItem.assessment];
    default: {
      const unknownKind: never = kind;
      throw new Error(`unknown conclusion kind ${String(unknownKind)}`);
    }
  }
}

/** The para-10 items a conclusion's content lacks (blank text counts as missing), in para-10 order. */
export function missingConclusionItems(
  kind: ConclusionKind,
  content: Readonly<Partial<Record<ConclusionItem, string | null>>>,
): ConclusionItem[] {
  return requiredConclusionItems(kind).filter((item) => !content[item]?.trim());
}

/** The outcomes a court gives a brought protest (paras 22, 23). */
export type ProtestDecision =
  | typeof ProtestStatus.SATISFIED
  | typeof ProtestStatus.PARTIALLY_SATISFIED
  | typeof ProtestStatus.UNSATISFIED;

/**
 * Where a protest may go next. Only a brought protest is decided on; a draft or brought one may be withdrawn
 * (the court granted the withdrawal request) or returned (every other return, para 23); decided, withdrawn and
 * returned protests are final.
 */
export function canMoveProtest(from: ProtestStatus, to: ProtestStatus): boolean {
  switch (to) {
    case ProtestStatus.BROUGHT:
      return from === ProtestStatus.DRAFT;
    case ProtestStatus.SATISFIED:
    case ProtestStatus.PARTIALLY_SATISFIED:
    case ProtestStatus.UNSATISFIED:
      return from === ProtestStatus.BROUGHT;
    case ProtestStatus.WITHDRAWN:
    case ProtestStatus.RETURNED:
      return from === ProtestStatus.DRAFT || from === ProtestStatus.BROUGHT;
    case ProtestStatus.DRAFT:
      return false;
    default: {
      const unknownStatus: never = to;
      throw new Error(`unknown protest status ${String(unknownStatus)}`);
    }
  }
}

/**
 * What the appeal court did with the first-instance act, from the decision on an appeal protest against it
 * (para 22): a satisfied protest cancels the act, a partly satisfied one changes it, an unsatisfied one leaves
 * it standing.
 */
export function appealResultOfProtest(decision: ProtestDecision): AppealResult {
  switch (decision) {
    case ProtestStatus.SATISFIED:
      return AppealResult.CANCELLED;
    case ProtestStatus.PARTIALLY_SATISFIED:
      return AppealResult.CHANGED;
    case ProtestStatus.UNSATISFIED:
      return AppealResult.UPHELD;
    default: {
      const unknownDecision: never = decision;
      throw new Error(`unknown protest decision ${String(unknownDecision)}`);
    }
  }
}

/** Para 19: the resolutive part of a proposal to the GPO asks for one of the decisions of КоАП Art. 839. */
export function namesArticle839(resolutivePart: string): boolean {
  return /(^|\D)839(\D|$)/.test(resolutivePart);
}

/**
 * Para 24: a private ruling counts as issued on the prosecutor's motion only when the court act, the hearing
 * minutes or the prosecutor's written conclusion in the file confirms it.
 */
export function motionConfirmed(onProsecutorMotion: boolean, evidence: string | null | undefined): boolean {
  return !onProsecutorMotion || (evidence !== null && evidence !== undefined && evidence !== '');
}

/**
 * Para 10 (КоАП 823(2)): a conclusion is drawn up on receipt of copies of administrative-arrest and termination
 * resolutions — an act terminating the case, or one in a case whose sanction provides for arrest.
 */
export function copyReceiptConclusionApplies(actKind: ActKind, sanctions: readonly Sanction[]): boolean {
  return actKind === ActKind.TERMINATED || sanctions.includes(Sanction.ARREST);
}
