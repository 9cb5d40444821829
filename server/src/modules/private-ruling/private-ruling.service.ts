import { motionConfirmed, type WorkingCalendar } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import type { Jurisdiction } from '../../common/jurisdiction';
import { CaseService } from '../case/case.service';
import { assertNotFuture, badInput, lockVisibleCase } from '../court-act/case-records.access';
import { PrivateRuling } from './private-ruling.entity';
import type { RecordPrivateRulingInput } from './private-ruling.inputs';

/** Courts' private rulings (paras 12, 24): the response-effectiveness indicator counts them. */
export class PrivateRulingService {
  private readonly cases: CaseService;

  constructor(
    private readonly manager: EntityManager,
    calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {
    this.cases = new CaseService(manager, calendar, now);
  }

  async record(
    input: RecordPrivateRulingInput,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<PrivateRuling> {
    const kase = await lockVisibleCase(this.manager, input.caseId, jurisdiction);
    assertNotFuture('issuedOn', input.issuedOn, this.now);
    if (!motionConfirmed(input.onProsecutorMotion, input.motionEvidence)) {
      throw badInput(
        'motionEvidence',
        'a ruling on the prosecutor’s motion needs what confirms it (para 24)',
      );
    }
    const ruling = await this.manager.save(
      this.manager.create(PrivateRuling, {
        caseId: kase.id,
        issuedOn: input.issuedOn,
        prosecutorParticipated: input.prosecutorParticipated,
        onProsecutorMotion: input.onProsecutorMotion,
        motionEvidence: input.onProsecutorMotion ? (input.motionEvidence ?? null) : null,
        subject: input.subject.trim(),
      }),
    );
    await recordAudit(this.manager, user, 'recordPrivateRuling', 'PrivateRuling', ruling.id, null, ruling);
    await this.cases.refresh(kase.id);
    return ruling;
  }
}
