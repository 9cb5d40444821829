import { AppealResult, CourtInstance, DomainError, ErrorCode, type WorkingCalendar } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { CaseService } from '../case/case.service';
import { Court } from '../court/court.entity';
import {
  assertNotBefore,
  assertNotFuture,
  badInput,
  lockVisibleCase,
  lockVisibleRecord,
} from './case-records.access';
import { CourtAct } from './court-act.entity';
import type { RecordCourtActInput, UpdateCourtActInput } from './court-act.inputs';

type CourtActChanges = Omit<UpdateCourtActInput, 'id' | 'version'>;

/** Court acts of a case: recording them, what became of them on appeal, and para-22 exclusions. */
export class CourtActService {
  private readonly cases: CaseService;

  constructor(
    private readonly manager: EntityManager,
    calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {
    this.cases = new CaseService(manager, calendar, now);
  }

  /** An act of `caseId`, or BAD_USER_INPUT naming `field` (an act of another case is no act of this one). */
  async actOfCase(caseId: string, actId: string, field = 'courtActId'): Promise<CourtAct> {
    const act = await this.manager.findOneBy(CourtAct, { id: actId, caseId });
    if (!act) throw badInput(field, 'no such court act in this case');
    return act;
  }

  async record(input: RecordCourtActInput, user: AuthUser, jurisdiction: Jurisdiction): Promise<CourtAct> {
    const kase = await lockVisibleCase(this.manager, input.caseId, jurisdiction);
    const courtId = input.courtId ?? kase.courtId;
    if (!(await this.manager.existsBy(Court, { id: courtId }))) throw badInput('courtId', 'no such court');
    assertNotFuture('issuedOn', input.issuedOn, this.now);
    assertNotFuture('copyDeliveredOn', input.copyDeliveredOn, this.now);
    assertNotFuture('enteredIntoForceOn', input.enteredIntoForceOn, this.now);
    assertNotBefore('copyDeliveredOn', input.copyDeliveredOn, 'issuedOn', input.issuedOn);
    assertNotBefore('enteredIntoForceOn', input.enteredIntoForceOn, 'issuedOn', input.issuedOn);
    const act = await this.manager.save(
      this.manager.create(CourtAct, {
        caseId: kase.id,
        courtId,
        instance: input.instance,
        kind: input.kind,
        issuedOn: input.issuedOn,
        copyDeliveredOn: input.copyDeliveredOn ?? null,
        enteredIntoForceOn: input.enteredIntoForceOn ?? null,
        summary: input.summary ?? null,
      }),
    );
    if (input.instance === CourtInstance.FIRST && kase.actKind !== input.kind) {
      // The rules read the first-instance act's kind (paras 10, 16): the case follows its latest act.
      kase.actKind = input.kind;
      await this.manager.save(kase);
    }
    await recordAudit(this.manager, user, 'recordCourtAct', 'CourtAct', act.id, null, act);
    await this.cases.refresh(kase.id);
    return act;
  }

  async update(
    id: string,
    version: number,
    changes: CourtActChanges,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<CourtAct> {
    const { record: act } = await lockVisibleRecord(
      this.manager,
      CourtAct,
      'CourtAct',
      id,
      jurisdiction,
      version,
    );
    const before = { ...act };
    const { reversedOnCassationProtest, ...rest } = changes;
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) Object.assign(act, { [key]: value });
    }
    if (reversedOnCassationProtest != null) act.reversedOnCassationProtest = reversedOnCassationProtest;
    if (changes.exclusion !== undefined && changes.exclusion !== before.exclusion) {
      // A new or withdrawn exclusion needs the Department's consent afresh (para 22).
      act.exclusionApproved = false;
      act.exclusionApprovedAt = null;
    }
    assertNotFuture('copyDeliveredOn', act.copyDeliveredOn, this.now);
    assertNotFuture('enteredIntoForceOn', act.enteredIntoForceOn, this.now);
    assertNotFuture('appealDecidedOn', act.appealDecidedOn, this.now);
    assertNotBefore('copyDeliveredOn', act.copyDeliveredOn, 'issuedOn', act.issuedOn);
    assertNotBefore('enteredIntoForceOn', act.enteredIntoForceOn, 'issuedOn', act.issuedOn);
    assertNotBefore('appealDecidedOn', act.appealDecidedOn, 'issuedOn', act.issuedOn);
    if ((act.appealResult === null) !== (act.appealBasis === null)) {
      throw badInput(
        act.appealResult === null ? 'appealResult' : 'appealBasis',
        'give the appeal result and basis together',
      );
    }
    if (act.appealResult !== null && act.instance !== CourtInstance.FIRST) {
      throw badInput('appealResult', 'only a first-instance act is reviewed on appeal');
    }
    if (
      act.exclusion !== null &&
      act.appealResult !== AppealResult.CANCELLED &&
      act.appealResult !== AppealResult.CHANGED
    ) {
      throw badInput('exclusion', 'only an act cancelled or changed on appeal can be excluded (para 22)');
    }
    const saved = await this.manager.save(act);
    await recordAudit(this.manager, user, 'updateCourtAct', 'CourtAct', saved.id, before, saved);
    await this.cases.refresh(saved.caseId);
    return saved;
  }

  /** Para 22: the Department's consent to exclude the act from the appeal-protest statistics. */
  async approveExclusion(
    id: string,
    version: number,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<CourtAct> {
    // The Department consents to the exclusion it read: a changed act (another exclusion asked for) is a CONFLICT.
    const { record: act } = await lockVisibleRecord(
      this.manager,
      CourtAct,
      'CourtAct',
      id,
      jurisdiction,
      version,
    );
    if (act.exclusion === null) {
      throw new DomainError(ErrorCode.CONFLICT, 'No exclusion was asked for this act', { field: 'id' });
    }
    if (act.exclusionApproved) {
      throw new DomainError(ErrorCode.CONFLICT, 'The exclusion is already approved', { field: 'id' });
    }
    const before = { ...act };
    act.exclusionApproved = true;
    act.exclusionApprovedAt = this.now;
    const saved = await this.manager.save(act);
    await recordAudit(this.manager, user, 'approveExclusion', 'CourtAct', saved.id, before, saved);
    await this.cases.refresh(saved.caseId);
    return saved;
  }

  /** NOT_FOUND unless the act's case lies inside the jurisdiction. */
  async visibleAct(id: string, jurisdiction: Jurisdiction): Promise<CourtAct> {
    const act = await this.manager.findOneBy(CourtAct, { id });
    if (!act) throw notFound('CourtAct', id);
    try {
      await this.cases.visibleCase(act.caseId, jurisdiction);
    } catch {
      throw notFound('CourtAct', id);
    }
    return act;
  }
}
