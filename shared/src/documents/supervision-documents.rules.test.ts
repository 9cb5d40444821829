import { describe, expect, it } from 'vitest';
import { ConclusionKind, ProtestStatus } from '../enums/domain';
import { ActKind, AppealResult, Sanction } from '../enums/rules';
import {
  appealResultOfProtest,
  canMoveProtest,
  copyReceiptConclusionApplies,
  missingConclusionItems,
  motionConfirmed,
  namesArticle839,
  requiredConclusionItems,
} from './supervision-documents.rules';

describe('conclusion content (para 10)', () => {
  it('should ask a first-instance conclusion for guilt, evidence and penalty', () => {
    expect(requiredConclusionItems(ConclusionKind.FIRST_INSTANCE)).toEqual([
      'guiltAndQualification',
      'evidence',
      'proposedPenalty',
    ]);
  });

  it('should ask an appeal conclusion also for the reviewed acts, participants and the complaint', () => {
    expect(requiredConclusionItems(ConclusionKind.APPEAL)).toEqual([
      'guiltAndQualification',
      'evidence',
      'proposedPenalty',
      'reviewedActs',
      'participants',
      'complaintArguments',
      'complaintWellFounded',
    ]);
  });

  it('should ask a conclusion on arrest and termination copies what a first-instance one states', () => {
    expect(requiredConclusionItems(ConclusionKind.ON_COPY_RECEIPT)).toEqual(
      requiredConclusionItems(ConclusionKind.FIRST_INSTANCE),
    );
  });

  it('should list missing and blank items in para-10 order when some are absent', () => {
    expect(
      missingConclusionItems(ConclusionKind.APPEAL, {
        guiltAndQualification: 'guilty',
        evidence: '  ',
        proposedPenalty: 'fine',
        participants: 'A. B.',
      }),
    ).toEqual(['evidence', 'reviewedActs', 'complaintArguments', 'complaintWellFounded']);
    expect(
      missingConclusionItems(ConclusionKind.SUBSTANTIVE, { terminationGrounds: 'x', assessment: 'y' }),
    ).toEqual([]);
  });
});

describe('protest life (para 23)', () => {
  it('should decide only a brought protest', () => {
    expect(canMoveProtest(ProtestStatus.BROUGHT, ProtestStatus.SATISFIED)).toBe(true);
    expect(canMoveProtest(ProtestStatus.DRAFT, ProtestStatus.UNSATISFIED)).toBe(false);
    expect(canMoveProtest(ProtestStatus.SATISFIED, ProtestStatus.UNSATISFIED)).toBe(false);
  });

  it('should withdraw or return a draft or brought protest, never a decided one', () => {
    expect(canMoveProtest(ProtestStatus.BROUGHT, ProtestStatus.WITHDRAWN)).toBe(true);
    expect(canMoveProtest(ProtestStatus.DRAFT, ProtestStatus.RETURNED)).toBe(true);
    expect(canMoveProtest(ProtestStatus.UNSATISFIED, ProtestStatus.WITHDRAWN)).toBe(false);
    expect(canMoveProtest(ProtestStatus.RETURNED, ProtestStatus.RETURNED)).toBe(false);
  });

  it('should map a decision on an appeal protest to what became of the act (para 22)', () => {
    expect(appealResultOfProtest(ProtestStatus.SATISFIED)).toBe(AppealResult.CANCELLED);
    expect(appealResultOfProtest(ProtestStatus.PARTIALLY_SATISFIED)).toBe(AppealResult.CHANGED);
    expect(appealResultOfProtest(ProtestStatus.UNSATISFIED)).toBe(AppealResult.UPHELD);
  });
});

describe('proposals and private rulings (paras 19, 24)', () => {
  it('should accept a resolutive part only when it names КоАП 839', () => {
    expect(namesArticle839('отменить постановление (пп. 3 ч. 1 ст. 839 КоАП)')).toBe(true);
    expect(namesArticle839('cancel the act under article 8391')).toBe(false);
    expect(namesArticle839('cancel the act')).toBe(false);
  });

  it('should confirm a motion only with its evidence', () => {
    expect(motionConfirmed(true, null)).toBe(false);
    expect(motionConfirmed(true, 'HEARING_MINUTES')).toBe(true);
    expect(motionConfirmed(false, null)).toBe(true);
  });
});

describe('conclusions on copies (para 10; КоАП 823(2))', () => {
  it('should apply to terminations and to arrest cases only', () => {
    expect(copyReceiptConclusionApplies(ActKind.TERMINATED, [])).toBe(true);
    expect(copyReceiptConclusionApplies(ActKind.PENALTY_IMPOSED, [Sanction.ARREST])).toBe(true);
    expect(copyReceiptConclusionApplies(ActKind.PENALTY_IMPOSED, [Sanction.FINE])).toBe(false);
  });
});
