import { namesArticle839, todayInAlmaty, type WorkingCalendar } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import type { Jurisdiction } from '../../common/jurisdiction';
import { CaseService } from '../case/case.service';
import { actingProsecutor, badInput, lockVisibleCase } from '../court-act/case-records.access';
import { CourtActService } from '../court-act/court-act.service';
import { CassationProposal } from './cassation-proposal.entity';
import type { ProposeCassationProtestInput } from './cassation-proposal.inputs';

/** Regional offices' proposals to the GPO to bring a cassation protest (paras 14, 19). */
export class CassationProposalService {
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

  async propose(
    input: ProposeCassationProtestInput,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<CassationProposal> {
    const kase = await lockVisibleCase(this.manager, input.caseId, jurisdiction);
    const act = await this.acts.actOfCase(kase.id, input.courtActId);
    if (!namesArticle839(input.resolutivePart)) {
      throw badInput(
        'resolutivePart',
        'must name the decision under КоАП 839 the court should take (para 19)',
      );
    }
    const author = await actingProsecutor(this.manager, user);
    const proposal = await this.manager.save(
      this.manager.create(CassationProposal, {
        caseId: kase.id,
        courtActId: act.id,
        officeId: user.officeId ?? author.officeId,
        authorId: author.id,
        reason: input.reason.trim(),
        descriptivePart: input.descriptivePart.trim(),
        reasoningPart: input.reasoningPart.trim(),
        resolutivePart: input.resolutivePart.trim(),
        submittedOn: todayInAlmaty(this.now),
      }),
    );
    await recordAudit(
      this.manager,
      user,
      'proposeCassationProtest',
      'CassationProposal',
      proposal.id,
      null,
      proposal,
    );
    await this.cases.refresh(kase.id);
    return proposal;
  }
}
