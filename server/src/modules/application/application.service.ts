import {
  ApplicationStatus,
  DeadlineCode,
  DomainError,
  ErrorCode,
  Role,
  checklistReturnText,
  compareIsoDates,
  missingChecklistItems,
  todayInAlmaty,
  type WorkingCalendar,
} from '@qadagalau/shared';
import { Brackets, type EntityManager, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { CaseRules } from '../case/case-rules';
import { CaseService } from '../case/case.service';
import { Application } from './application.entity';
import type { ApplicationDecision, ReceiveApplicationInput } from './application.inputs';
import { Requisition } from './requisition.entity';

const NO_OFFICE = '00000000-0000-0000-0000-000000000000';

function badInput(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
}

function conflict(message: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, { field: 'id' });
}

/**
 * A specialized office sees every case heard in the courts around it, but only to monitor them (para 7): it acts
 * on applications in the cases it answers for or that fall to it by category.
 */
function assertMayChange(
  kase: Pick<Case, 'responsibleOfficeId' | 'specializedOfficeId'>,
  user: AuthUser,
): void {
  if (
    user.role === Role.SPECIALIZED &&
    kase.responsibleOfficeId !== user.officeId &&
    kase.specializedOfficeId !== user.officeId
  ) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'A specialized office monitors this case but does not answer for it (para 7)',
      { field: 'caseId' },
    );
  }
}

/**
 * Applications to bring a protest and the case-file requisitions ordered on them (paras 17, 18, 27). Every
 * change re-runs the case's deadlines (REQUISITION_ORDER: 3 working days, para 18; COURT_SENDS_CASE: 7 days,
 * КоАП 848(3)). Callers pass the transaction's manager.
 */
export class ApplicationService {
  constructor(
    private readonly manager: EntityManager,
    private readonly calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {}

  /**
   * Restricts a query over applications (alias `a`, joined to its case as `c`) to the jurisdiction: by the
   * application's case, or by its office when it concerns no registered case.
   */
  static whereVisible(qb: SelectQueryBuilder<Application>, jurisdiction: Jurisdiction): void {
    qb.leftJoin(Case, 'c', 'c.id = a.case_id');
    if (jurisdiction.whole) return;
    qb.andWhere(
      new Brackets((w) => {
        w.where(
          new Brackets((byCase) => {
            byCase.where('a.case_id IS NOT NULL');
            jurisdiction.whereCase(byCase, 'c');
          }),
        ).orWhere(
          new Brackets((byOffice) => {
            byOffice.where('a.case_id IS NULL');
            ApplicationService.whereOffice(byOffice, jurisdiction, 'a.office_id');
          }),
        );
      }),
    );
  }

  /** Restricts `column` (an office id) to the offices whose records the jurisdiction sees (seesOffice in SQL). */
  static whereOffice(w: WhereExpressionBuilder, jurisdiction: Jurisdiction, column: string): void {
    if (jurisdiction.whole) return;
    if (jurisdiction.user.role === Role.REGIONAL) {
      w.andWhere(
        `(${column} = :jOwnOffice OR ${column} IN (SELECT id FROM office WHERE region_id = :jOfficeRegion))`,
        {
          jOwnOffice: jurisdiction.user.officeId ?? NO_OFFICE,
          jOfficeRegion: jurisdiction.regionId,
        },
      );
    } else {
      w.andWhere(`${column} = :jOwnOffice`, { jOwnOffice: jurisdiction.user.officeId ?? NO_OFFICE });
    }
  }

  /** An application inside the jurisdiction, or NOT_FOUND (the two look alike). */
  async visibleApplication(id: string, jurisdiction: Jurisdiction, lock = false): Promise<Application> {
    // FOR UPDATE cannot apply to the outer join of whereVisible: the row is locked first, then read through it
    // (read committed: the second read sees the row as the lock holder left it).
    if (lock) {
      await this.manager.findOne(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
    }
    const qb = this.manager.createQueryBuilder(Application, 'a').where('a.id = :id', { id });
    ApplicationService.whereVisible(qb, jurisdiction);
    const application = await qb.getOne();
    if (!application) throw notFound('Application', id);
    return application;
  }

  /** A requisition whose case lies inside the jurisdiction, or NOT_FOUND. */
  async visibleRequisition(id: string, jurisdiction: Jurisdiction, lock = false): Promise<Requisition> {
    const qb = this.manager
      .createQueryBuilder(Requisition, 'r')
      .innerJoin(Case, 'c', 'c.id = r.case_id')
      .where('r.id = :id', { id });
    // Only the requisition's row: the case is locked later, by the refresh (the same order as every mutation).
    if (lock) qb.setLock('pessimistic_write', undefined, ['r']);
    jurisdiction.whereCase(qb, 'c');
    const requisition = await qb.getOne();
    if (!requisition) throw notFound('Requisition', id);
    return requisition;
  }

  /**
   * Para 27: registers an application; one missing a checklist item is RETURNED at once with the missing items
   * and an answer naming them. A complete one is RECEIVED and its REQUISITION_ORDER deadline starts (para 18).
   */
  async receive(
    input: ReceiveApplicationInput,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Application> {
    this.notInFuture('receivedOn', input.receivedOn);
    let kase: Case | null = null;
    if (input.caseId) {
      const qb = this.manager.createQueryBuilder(Case, 'c').where('c.id = :id', { id: input.caseId });
      jurisdiction.whereCase(qb, 'c');
      kase = await qb.getOne();
      // A case outside the jurisdiction looks like a missing one.
      if (!kase) throw badInput('caseId', 'no such case');
      assertMayChange(kase, user);
    }
    const officeId = input.officeId ?? user.officeId ?? kase?.responsibleOfficeId ?? null;
    if (!officeId) throw badInput('officeId', 'name the office considering the application');
    const [office] = (await this.manager.query('SELECT id FROM office WHERE id = $1', [officeId])) as {
      id: string;
    }[];
    if (!office) throw badInput('officeId', 'no such office');
    if (!(await jurisdiction.seesOffice(officeId, this.manager))) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'officeId: you may not act for that office', {
        field: 'officeId',
      });
    }
    const checklist = { ...input.checklist };
    const missing = missingChecklistItems(checklist, input.byRepresentative);
    const returned = missing.length > 0;
    const application = this.manager.create(Application, {
      caseId: kase?.id ?? null,
      officeId,
      requestedProtest: input.requestedProtest,
      applicantKind: input.applicantKind,
      applicantName: input.applicantName,
      applicantAddress: input.applicantAddress ?? null,
      applicantStatus: input.applicantStatus ?? null,
      byRepresentative: input.byRepresentative,
      receivedOn: input.receivedOn,
      checklist,
      status: returned ? ApplicationStatus.RETURNED : ApplicationStatus.RECEIVED,
      returnReasons: missing,
      // Para 27: a non-compliant application is returned to the applicant, naming what it lacks.
      answer: returned ? checklistReturnText(missing).ru : null,
      answeredOn: returned ? input.receivedOn : null,
      rightToAppealExplained: false,
      requisitionOrderedOn: null,
    });
    const saved = await this.manager.save(application);
    await recordAudit(this.manager, user, 'receiveApplication', 'Application', saved.id, null, saved);
    await this.refreshCase(saved.caseId);
    return saved;
  }

  /**
   * Para 18: orders the case file requisitioned from the court that heard it (only the PG, deputies and oblast
   * prosecutors may: the resolver checks the role). Meets the REQUISITION_ORDER deadline.
   */
  async orderRequisition(
    id: string,
    version: number,
    orderedOn: string,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Application> {
    const application = await this.visibleApplication(id, jurisdiction, true);
    this.checkVersion(application, version);
    if (application.status !== ApplicationStatus.RECEIVED) {
      throw conflict(
        `The application is ${application.status}: a requisition can be ordered only on a received one`,
      );
    }
    if (!application.caseId)
      throw badInput('id', 'the application concerns no registered case: register it first');
    this.notBefore('orderedOn', orderedOn, application.receivedOn, 'the application was received');
    this.notInFuture('orderedOn', orderedOn);
    const kase = await this.manager.findOneByOrFail(Case, { id: application.caseId });
    assertMayChange(kase, user);
    const before = { ...application };
    application.status = ApplicationStatus.REQUISITIONED;
    application.requisitionOrderedOn = orderedOn;
    const saved = await this.manager.save(application);
    const requisition = await this.manager.save(
      this.manager.create(Requisition, {
        caseId: kase.id,
        applicationId: saved.id,
        courtId: kase.courtId,
        requestedOn: orderedOn,
        receivedByCourtOn: null,
        dueOn: null,
        fileReceivedOn: null,
      }),
    );
    await recordAudit(this.manager, user, 'orderRequisition', 'Application', saved.id, before, saved);
    await recordAudit(
      this.manager,
      user,
      'orderRequisition',
      'Requisition',
      requisition.id,
      null,
      requisition,
    );
    await this.refreshCase(kase.id);
    return saved;
  }

  /** КоАП 848(3): the court received the request; it must send the file within 7 days. */
  async recordReceivedByCourt(
    id: string,
    version: number,
    receivedOn: string,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Requisition> {
    const requisition = await this.visibleRequisition(id, jurisdiction, true);
    this.checkVersion(requisition, version, 'requisition');
    assertMayChange(await this.manager.findOneByOrFail(Case, { id: requisition.caseId }), user);
    if (requisition.receivedByCourtOn)
      throw conflict('The court’s receipt of this requisition is already recorded');
    this.notBefore('receivedOn', receivedOn, requisition.requestedOn, 'the requisition was sent');
    this.notInFuture('receivedOn', receivedOn);
    const before = { ...requisition };
    const due = new CaseRules(this.calendar)
      .evaluate({ id: requisition.id, events: { requisitionReceivedByCourt: receivedOn } })
      .deadlines.find((d) => d.code === DeadlineCode.COURT_SENDS_CASE);
    requisition.receivedByCourtOn = receivedOn;
    requisition.dueOn = due?.dueOn ?? null;
    const saved = await this.manager.save(requisition);
    await recordAudit(
      this.manager,
      user,
      'recordRequisitionReceivedByCourt',
      'Requisition',
      saved.id,
      before,
      saved,
    );
    await this.refreshCase(saved.caseId);
    return saved;
  }

  /** The case file arrived: the COURT_SENDS_CASE deadline is met (or missed) and the application is under review. */
  async recordFileReceived(
    id: string,
    version: number,
    receivedOn: string,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Requisition> {
    const requisition = await this.visibleRequisition(id, jurisdiction, true);
    this.checkVersion(requisition, version, 'requisition');
    assertMayChange(await this.manager.findOneByOrFail(Case, { id: requisition.caseId }), user);
    if (requisition.fileReceivedOn) throw conflict('The case file is already recorded as received');
    this.notBefore(
      'receivedOn',
      receivedOn,
      requisition.receivedByCourtOn ?? requisition.requestedOn,
      'the request',
    );
    this.notInFuture('receivedOn', receivedOn);
    const before = { ...requisition };
    requisition.fileReceivedOn = receivedOn;
    const saved = await this.manager.save(requisition);
    await recordAudit(this.manager, user, 'recordCaseFileReceived', 'Requisition', saved.id, before, saved);
    if (requisition.applicationId) {
      const application = await this.manager.findOne(Application, {
        where: { id: requisition.applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (application?.status === ApplicationStatus.REQUISITIONED) {
        const was = { ...application };
        application.status = ApplicationStatus.UNDER_REVIEW;
        const reviewed = await this.manager.save(application);
        await recordAudit(
          this.manager,
          user,
          'recordCaseFileReceived',
          'Application',
          reviewed.id,
          was,
          reviewed,
        );
      }
    }
    await this.refreshCase(saved.caseId);
    return saved;
  }

  /**
   * Paras 17, 27: grants (a protest is brought) or refuses an application; a refusal must tell the applicant of
   * the right to appeal to the higher prosecutor.
   */
  async answer(
    input: {
      id: string;
      version: number;
      decision: ApplicationDecision;
      answer: string;
      answeredOn: string;
      rightToAppealExplained: boolean;
    },
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Application> {
    const application = await this.visibleApplication(input.id, jurisdiction, true);
    if (application.caseId)
      assertMayChange(await this.manager.findOneByOrFail(Case, { id: application.caseId }), user);
    this.checkVersion(application, input.version);
    const closed: readonly ApplicationStatus[] = [
      ApplicationStatus.RETURNED,
      ApplicationStatus.GRANTED,
      ApplicationStatus.REFUSED,
    ];
    if (closed.includes(application.status)) {
      throw conflict(`The application is already ${application.status}`);
    }
    if (input.decision === 'REFUSED' && !input.rightToAppealExplained) {
      throw badInput(
        'rightToAppealExplained',
        'a refusal must tell the applicant of the right to appeal to the higher prosecutor (paras 17, 27)',
      );
    }
    this.notBefore('answeredOn', input.answeredOn, application.receivedOn, 'the application was received');
    this.notInFuture('answeredOn', input.answeredOn);
    const before = { ...application };
    application.status = input.decision === 'GRANTED' ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED;
    application.answer = input.answer;
    application.answeredOn = input.answeredOn;
    application.rightToAppealExplained = input.rightToAppealExplained;
    const saved = await this.manager.save(application);
    await recordAudit(this.manager, user, 'answerApplication', 'Application', saved.id, before, saved);
    await this.refreshCase(saved.caseId);
    return saved;
  }

  private async refreshCase(caseId: string | null): Promise<void> {
    if (caseId) await new CaseService(this.manager, this.calendar, this.now).refresh(caseId);
  }

  private checkVersion(
    record: Application | Requisition,
    version: number,
    what: 'application' | 'requisition' = 'application',
  ): void {
    if (record.version !== version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `The ${what} was changed by someone else: reload it and try again`,
        { field: 'version', currentVersion: record.version },
      );
    }
  }

  private notInFuture(field: string, date: string): void {
    if (compareIsoDates(date, todayInAlmaty(this.now)) > 0)
      throw badInput(field, 'must not be in the future');
  }

  private notBefore(field: string, date: string, earliest: string, what: string): void {
    if (compareIsoDates(date, earliest) < 0)
      throw badInput(field, `must not be before ${what} (${earliest})`);
  }
}
