import { todayInAlmaty, type WorkingCalendar } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { CaseService } from '../case/case.service';
import { badInput, lockVisibleCase } from '../court-act/case-records.access';
import { RegisterEntry } from './register-entry.entity';
import type { AddRegisterEntryInput } from './register-entry.inputs';

/** The para-28 register: violations and good practice, entered immediately. */
export class RegisterEntryService {
  private readonly cases: CaseService;

  constructor(
    private readonly manager: EntityManager,
    calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {
    this.cases = new CaseService(manager, calendar, now);
  }

  async add(
    input: AddRegisterEntryInput,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<RegisterEntry> {
    const officeId = input.officeId ?? user.officeId;
    if (!officeId) throw badInput('officeId', 'name the office that made the finding');
    const exists = (await this.manager.query('SELECT 1 FROM office WHERE id = $1', [officeId])) as unknown[];
    if (exists.length === 0 || !(await jurisdiction.seesOffice(officeId, this.manager))) {
      throw notFound('Office', officeId);
    }
    const kase = input.caseId ? await lockVisibleCase(this.manager, input.caseId, jurisdiction) : null;
    const entry = await this.manager.save(
      this.manager.create(RegisterEntry, {
        officeId,
        caseId: kase?.id ?? null,
        kind: input.kind,
        description: input.description.trim(),
        recordedOn: todayInAlmaty(this.now),
      }),
    );
    await recordAudit(this.manager, user, 'addRegisterEntry', 'RegisterEntry', entry.id, null, entry);
    if (kase) await this.cases.refresh(kase.id);
    return entry;
  }
}
