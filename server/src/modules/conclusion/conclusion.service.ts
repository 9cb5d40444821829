import {
  ConclusionItem,
  ConclusionKind,
  DomainError,
  ErrorCode,
  Role,
  copyReceiptConclusionApplies,
  missingConclusionItems,
  type WorkingCalendar,
} from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import type { Jurisdiction } from '../../common/jurisdiction';
import { CaseService } from '../case/case.service';
import {
  actingProsecutor,
  badInput,
  lockVisibleCase,
  lockVisibleRecord,
} from '../court-act/case-records.access';
import { CourtActService } from '../court-act/court-act.service';
import { Conclusion } from './conclusion.entity';
import type { FileConclusionInput } from './conclusion.inputs';

/** Roles of an office above the author's: the regional office over its region, the Department over all. */
const HIGHER_ROLES: readonly Role[] = [Role.REGIONAL, Role.DEPARTMENT, Role.ADMIN];

/** Prosecutors' conclusions (para 10): filing them with their required content, and their approval. */
export class ConclusionService {
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

  async file(input: FileConclusionInput, user: AuthUser, jurisdiction: Jurisdiction): Promise<Conclusion> {
    const kase = await lockVisibleCase(this.manager, input.caseId, jurisdiction);
    const act = input.courtActId ? await this.acts.actOfCase(kase.id, input.courtActId) : null;
    if (
      !act &&
      (input.kind === ConclusionKind.ON_COPY_RECEIPT || input.kind === ConclusionKind.SUBSTANTIVE)
    ) {
      throw badInput('courtActId', `a ${input.kind} conclusion is on a court act: name it`);
    }
    if (
      act &&
      input.kind === ConclusionKind.ON_COPY_RECEIPT &&
      !copyReceiptConclusionApplies(act.kind, kase.sanctions)
    ) {
      throw badInput(
        'kind',
        'a conclusion on copy receipt is on an arrest or termination resolution (para 10; КоАП 823(2))',
      );
    }
    const content: Partial<Record<ConclusionItem, string>> = {};
    for (const item of Object.values(ConclusionItem)) {
      const text = input.content[item]?.trim();
      if (text) content[item] = text;
    }
    const missing = missingConclusionItems(input.kind, content);
    if (missing.length > 0) {
      throw badInput(
        `content.${missing[0]}`,
        `a ${input.kind} conclusion must state ${missing.join(', ')} (para 10)`,
        {
          missing,
        },
      );
    }
    const author = await actingProsecutor(this.manager, user);
    const conclusion = await this.manager.save(
      this.manager.create(Conclusion, {
        caseId: kase.id,
        courtActId: act?.id ?? null,
        kind: input.kind,
        authorId: author.id,
        content,
        approvedById: null,
        approvedAt: null,
      }),
    );
    if (input.kind === ConclusionKind.FIRST_INSTANCE && !kase.prosecutorAgrees) {
      // Para 10: a first-instance conclusion is drawn up when the prosecutor agrees with the act.
      kase.prosecutorAgrees = true;
      await this.manager.save(kase);
    }
    await recordAudit(this.manager, user, 'fileConclusion', 'Conclusion', conclusion.id, null, conclusion);
    await this.cases.refresh(kase.id);
    return conclusion;
  }

  /**
   * Para 10: the head of the office or the supervising deputy approves — here, a user of the author's office or
   * of an office above it; a substantive conclusion only the regional office (or the Department) approves.
   */
  async approve(
    id: string,
    version: number,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Conclusion> {
    // Locked with its case; a version other than the caller read is a CONFLICT (two heads approving at once:
    // one wins, the other is told).
    const { record: conclusion } = await lockVisibleRecord(
      this.manager,
      Conclusion,
      'Conclusion',
      id,
      jurisdiction,
      version,
    );
    if (conclusion.approvedAt) {
      throw new DomainError(ErrorCode.CONFLICT, 'The conclusion is already approved', { field: 'id' });
    }
    const [author] = (await this.manager.query(
      'SELECT office_id AS "officeId" FROM prosecutor WHERE id = $1',
      [conclusion.authorId],
    )) as { officeId: string }[];
    const higher =
      HIGHER_ROLES.includes(user.role) &&
      (await jurisdiction.seesOffice(author?.officeId ?? '', this.manager));
    const sameOffice = user.officeId !== null && user.officeId === author?.officeId;
    const allowed = conclusion.kind === ConclusionKind.SUBSTANTIVE ? higher : higher || sameOffice;
    if (!allowed) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only the author’s office head or a higher office approves it',
        {
          field: 'id',
        },
      );
    }
    const approver = await actingProsecutor(this.manager, user);
    const before = { ...conclusion };
    conclusion.approvedById = approver.id;
    conclusion.approvedAt = this.now;
    const saved = await this.manager.save(conclusion);
    await recordAudit(this.manager, user, 'approveConclusion', 'Conclusion', saved.id, before, saved);
    await this.cases.refresh(saved.caseId);
    return saved;
  }
}
