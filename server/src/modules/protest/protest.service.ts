import {
  AppealBasis,
  CourtInstance,
  DeadlineCode,
  DomainError,
  ErrorCode,
  ProtestKind,
  ProtestStatus,
  Role,
  appealResultOfProtest,
  canMoveProtest,
  type ProtestDecision,
  type WorkingCalendar,
} from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import type { Jurisdiction } from '../../common/jurisdiction';
import { CaseService } from '../case/case.service';
import {
  actingProsecutor,
  assertNotBefore,
  assertNotFuture,
  badInput,
  lockVisibleCase,
  lockVisibleRecord,
} from '../court-act/case-records.access';
import { CassationProposal } from '../cassation-proposal/cassation-proposal.entity';
import { CourtAct } from '../court-act/court-act.entity';
import { CourtActService } from '../court-act/court-act.service';
import { Deadline } from '../deadline/deadline.entity';
import { Protest } from './protest.entity';
import type { BringProtestInput, RecordProtestOutcomeInput } from './protest.inputs';

/** Para 25: only the Prosecutor General and deputies bring protests to the Supreme Court. */
const CASSATION_ROLES: readonly Role[] = [Role.DEPARTMENT, Role.ADMIN];

/** Protests (paras 13, 17, 23, 25): bringing them in time (or knowingly late), and what became of them. */
export class ProtestService {
  private readonly cases: CaseService;
  private readonly acts: CourtActService;

  constructor(
    private readonly manager: EntityManager,
    calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {
    this.cases = new CaseService(manager, calendar, now);
    this.acts = new CourtActService(manager, calendar, now);
  }

  async bring(input: BringProtestInput, user: AuthUser, jurisdiction: Jurisdiction): Promise<Protest> {
    if (input.kind === ProtestKind.CASSATION && !CASSATION_ROLES.includes(user.role)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the GPO brings cassation protests (para 25)', {
        field: 'kind',
      });
    }
    const kase = await lockVisibleCase(this.manager, input.caseId, jurisdiction);
    const act = await this.acts.actOfCase(kase.id, input.courtActId);
    if (input.kind === ProtestKind.APPEAL && act.instance !== CourtInstance.FIRST) {
      throw badInput('courtActId', 'an appeal protest is against a first-instance act');
    }
    if (
      input.kind === ProtestKind.CASSATION &&
      act.instance === CourtInstance.FIRST &&
      !act.enteredIntoForceOn
    ) {
      throw badInput('courtActId', 'a cassation protest is against an act in legal force (para 25)');
    }
    assertNotFuture('broughtOn', input.broughtOn, this.now);
    assertNotBefore('broughtOn', input.broughtOn, 'the act’s issuedOn', act.issuedOn);
    const pending = await this.manager.existsBy(Protest, {
      courtActId: act.id,
      kind: input.kind,
      status: ProtestStatus.BROUGHT,
    });
    if (pending) {
      throw new DomainError(ErrorCode.CONFLICT, 'A protest of this kind against the act is already pending', {
        field: 'courtActId',
      });
    }
    let late = false;
    if (input.kind === ProtestKind.APPEAL) {
      const deadline = await this.manager.findOneBy(Deadline, {
        code: DeadlineCode.APPEAL_PROTEST,
        subjectKey: `${kase.id}:${act.id}`,
      });
      late = deadline !== null && input.broughtOn > deadline.dueOn;
      if (late && !input.late) {
        // Para 17: a missed deadline raises the question of liability, so lateness is never silent.
        throw new DomainError(
          ErrorCode.DEADLINE_PASSED,
          `broughtOn: the appeal-protest deadline passed on ${deadline?.dueOn}; bring it with late: true to record it as late`,
          { field: 'broughtOn', dueOn: deadline?.dueOn },
        );
      }
    }
    const author = await actingProsecutor(this.manager, user);
    // Paras 22, 23: a GPO protest on a regional office's proposal (para 14) corrects the lower office's figures.
    const onLowerProposal =
      input.kind === ProtestKind.CASSATION &&
      (await this.manager.existsBy(CassationProposal, { courtActId: act.id }));
    const protest = await this.manager.save(
      this.manager.create(Protest, {
        caseId: kase.id,
        courtActId: act.id,
        kind: input.kind,
        officeId: author.officeId,
        authorId: author.id,
        status: ProtestStatus.BROUGHT,
        broughtOn: input.broughtOn,
        late,
        worsening: input.worsening,
        onLowerProposal,
        grounds: input.grounds.trim(),
      }),
    );
    await recordAudit(this.manager, user, 'bringProtest', 'Protest', protest.id, null, protest);
    await this.cases.refresh(kase.id);
    return protest;
  }

  async recordOutcome(
    input: RecordProtestOutcomeInput,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Protest> {
    const { record: protest } = await this.lockForMove(input.id, input.version, input.status, jurisdiction);
    assertNotFuture('decidedOn', input.decidedOn, this.now);
    assertNotBefore('decidedOn', input.decidedOn, 'broughtOn', protest.broughtOn);
    if (input.laterCassationSatisfied && input.status !== ProtestStatus.UNSATISFIED) {
      throw badInput('laterCassationSatisfied', 'only an unsatisfied protest is corrected so (para 23)');
    }
    const before = { ...protest };
    protest.status = input.status;
    protest.decidedOn = input.decidedOn;
    protest.laterCassationSatisfied = input.laterCassationSatisfied;
    protest.outcomeNote = input.note?.trim() ?? protest.outcomeNote;
    const saved = await this.manager.save(protest);
    if (saved.kind === ProtestKind.APPEAL) {
      // Para 22: the appeal court's decision on the protest is what became of the first-instance act.
      const act = await this.manager.findOneByOrFail(CourtAct, { id: saved.courtActId });
      const actBefore = { ...act };
      act.appealResult = appealResultOfProtest(input.status as ProtestDecision);
      act.appealBasis = AppealBasis.PROSECUTOR_PROTEST;
      act.appealDecidedOn = input.decidedOn;
      const savedAct = await this.manager.save(act);
      await recordAudit(this.manager, user, 'recordProtestOutcome', 'CourtAct', act.id, actBefore, savedAct);
    }
    await recordAudit(this.manager, user, 'recordProtestOutcome', 'Protest', saved.id, before, saved);
    await this.cases.refresh(saved.caseId);
    return saved;
  }

  /** Para 23: withdrawn when the court granted the withdrawal request. */
  async withdraw(
    id: string,
    version: number,
    unfounded: boolean,
    reason: string,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Protest> {
    return this.close(id, version, ProtestStatus.WITHDRAWN, reason, user, jurisdiction, unfounded);
  }

  /** Para 23: every other return, including at the prosecutors' own initiative. */
  async returnProtest(
    id: string,
    version: number,
    reason: string,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Protest> {
    return this.close(id, version, ProtestStatus.RETURNED, reason, user, jurisdiction);
  }

  private async close(
    id: string,
    version: number,
    status: typeof ProtestStatus.WITHDRAWN | typeof ProtestStatus.RETURNED,
    reason: string,
    user: AuthUser,
    jurisdiction: Jurisdiction,
    unfounded?: boolean,
  ): Promise<Protest> {
    const { record: protest } = await this.lockForMove(id, version, status, jurisdiction);
    const before = { ...protest };
    protest.status = status;
    protest.outcomeNote = reason.trim();
    if (unfounded !== undefined) protest.unfounded = unfounded;
    const saved = await this.manager.save(protest);
    await recordAudit(
      this.manager,
      user,
      status === ProtestStatus.WITHDRAWN ? 'withdrawProtest' : 'returnProtest',
      'Protest',
      saved.id,
      before,
      saved,
    );
    await this.cases.refresh(saved.caseId);
    return saved;
  }

  private async lockForMove(id: string, version: number, to: ProtestStatus, jurisdiction: Jurisdiction) {
    const locked = await lockVisibleRecord(this.manager, Protest, 'Protest', id, jurisdiction, version);
    if (!canMoveProtest(locked.record.status, to)) {
      throw new DomainError(ErrorCode.CONFLICT, `A ${locked.record.status} protest cannot become ${to}`, {
        field: 'status',
        status: locked.record.status,
      });
    }
    return locked;
  }
}
