import type { Initiator } from '@qadagalau/shared';
import {
  ConclusionKind,
  CourtInstance,
  DeadlineCode,
  DomainError,
  ErrorCode,
  OfficeKind,
  ProtestKind,
  ResponsibleKind,
  SpecializedKind,
  assertUnreachable,
  deadlineStatus,
  todayInAlmaty,
  type CaseFactsOverrides,
  type IsoDate,
  type WorkingCalendar,
} from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { Application } from '../application/application.entity';
import { Requisition } from '../application/requisition.entity';
import { Conclusion } from '../conclusion/conclusion.entity';
import { CourtAct } from '../court-act/court-act.entity';
import { Deadline } from '../deadline/deadline.entity';
import { DeadlineEventKind } from '../events/deadline-event.types';
import { publishDeadlineEvent } from '../events/deadline-events';
import { Protest } from '../protest/protest.entity';
import { CaseRules, type CaseRulesDeadline } from './case-rules';
import { Case } from './case.entity';
import { idempotent } from '../../common/idempotency';

const LOCAL_KINDS: readonly OfficeKind[] = [OfficeKind.DISTRICT, OfficeKind.CITY, OfficeKind.INTERDISTRICT];
const SPECIALIZED_OFFICE: Record<SpecializedKind, OfficeKind> = {
  MILITARY: OfficeKind.MILITARY,
  TRANSPORT: OfficeKind.TRANSPORT,
  ENVIRONMENTAL: OfficeKind.ENVIRONMENTAL,
};
const INITIATOR_OFFICE: Partial<Record<Initiator, OfficeKind>> = {
  TERRITORIAL_PROSECUTOR: OfficeKind.DISTRICT,
  MILITARY_PROSECUTOR: OfficeKind.MILITARY,
  TRANSPORT_PROSECUTOR: OfficeKind.TRANSPORT,
  ENVIRONMENTAL_PROSECUTOR: OfficeKind.ENVIRONMENTAL,
};

/** Where a court sits, as the routing rules need it (para 7). */
export interface CourtSetting {
  courtId: string;
  regionId: string;
  localityId: string;
  territorialOfficeId: string;
  /** The specialized offices where the court sits: in its locality or the city around it. */
  specialized: Partial<Record<SpecializedKind, string>>;
}

/** The case facts a user sets; the rest of a case is computed. */
export type CaseFactsInput = Pick<
  Case,
  | 'instance'
  | 'proceeding'
  | 'spheres'
  | 'sanctions'
  | 'offenderMinor'
  | 'offenderMilitary'
  | 'offenderDutyRelated'
  | 'initiator'
  | 'higherProsecutorRequired'
  | 'actKind'
  | 'prosecutorAgrees'
>;

export type RegisterCase = CaseFactsInput &
  Pick<
    Case,
    | 'number'
    | 'koapArticle'
    | 'koapPart'
    | 'summary'
    | 'offenderName'
    | 'offenderBirthDate'
    | 'registeredOn'
    | 'courtId'
  > & { themeCodes: string[]; initiatingOfficeId?: string | null };

/**
 * The life of a case record: registration, changes of facts, and keeping what the rules engine says of it —
 * grounds, routing, deadlines — in step with every event. Callers pass the transaction's manager.
 */
export class CaseService {
  private readonly rules: CaseRules;

  constructor(
    private readonly manager: EntityManager,
    calendar: WorkingCalendar,
    private readonly now: Date = new Date(),
  ) {
    this.rules = new CaseRules(calendar);
  }

  /** The court's setting, or BAD_USER_INPUT naming `field` when there is no such first-instance court. */
  async courtSetting(courtId: string, field = 'courtId'): Promise<CourtSetting> {
    const [court] = (await this.manager.query(
      `SELECT c.id, c.region_id AS "regionId", c.locality_id AS "localityId", l.parent_id AS "parentId"
         FROM court c JOIN locality l ON l.id = c.locality_id WHERE c.id = $1`,
      [courtId],
    )) as { id: string; regionId: string | null; localityId: string; parentId: string | null }[];
    if (!court || !court.regionId) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: no such court`, { field });
    }
    const offices = (await this.manager.query(
      `SELECT id, kind, locality_id AS "localityId" FROM office
        WHERE locality_id = $1 OR locality_id = $2 OR (kind = 'REGIONAL' AND region_id = $3)`,
      [court.localityId, court.parentId, court.regionId],
    )) as { id: string; kind: OfficeKind; localityId: string | null }[];
    const territorial =
      offices.find((o) => LOCAL_KINDS.includes(o.kind) && o.localityId === court.localityId) ??
      offices.find((o) => o.kind === OfficeKind.REGIONAL);
    if (!territorial) throw new Error(`reference data: no territorial office for court ${courtId}`);
    const specialized: CourtSetting['specialized'] = {};
    for (const kind of Object.values(SpecializedKind)) {
      const office = offices.find((o) => o.kind === SPECIALIZED_OFFICE[kind]);
      if (office) specialized[kind] = office.id;
    }
    return {
      courtId: court.id,
      regionId: court.regionId,
      localityId: court.localityId,
      territorialOfficeId: territorial.id,
      specialized,
    };
  }

  /**
   * Registers a case. With an idempotency key (issue 8) a retry answers with the case the first request
   * registered (this runs first in the caller's transaction, before anything is locked).
   */
  async register(
    input: RegisterCase & { idempotencyKey?: string | null },
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Case> {
    const { idempotencyKey: _key, ...facts } = input;
    return idempotent(this.manager, user, { mutation: 'registerCase', input }, Case, () =>
      this.registerOnce(facts, user, jurisdiction),
    );
  }

  private async registerOnce(input: RegisterCase, user: AuthUser, jurisdiction: Jurisdiction): Promise<Case> {
    const duplicate = await this.manager.findOneBy(Case, { number: input.number });
    if (duplicate) {
      throw new DomainError(ErrorCode.CONFLICT, `number: case ${input.number} is already registered`, {
        field: 'number',
      });
    }
    const setting = await this.courtSetting(input.courtId);
    const kase = this.manager.create(Case, {
      ...input,
      regionId: setting.regionId,
      territorialOfficeId: setting.territorialOfficeId,
      initiatingOfficeId: await this.initiatingOffice(input, setting, user),
    });
    const facts = await this.applyRules(kase, setting);
    const saved = await this.manager.save(kase);
    await this.assertVisible(saved, jurisdiction);
    await this.syncDeadlines(saved, true, facts);
    await recordAudit(this.manager, user, 'registerCase', 'Case', saved.id, null, saved);
    return saved;
  }

  async update(
    id: string,
    version: number,
    changes: Partial<RegisterCase>,
    user: AuthUser,
    jurisdiction: Jurisdiction,
  ): Promise<Case> {
    // Locked before the version check: two updates of one version cannot both pass it (one gets CONFLICT).
    const kase = await this.visibleCase(id, jurisdiction, true);
    if (kase.version !== version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The case was changed by someone else: reload it and try again',
        {
          field: 'version',
          currentVersion: kase.version,
        },
      );
    }
    if (changes.number && changes.number !== kase.number) {
      const duplicate = await this.manager.findOneBy(Case, { number: changes.number });
      if (duplicate) {
        throw new DomainError(ErrorCode.CONFLICT, `number: case ${changes.number} is already registered`, {
          field: 'number',
        });
      }
    }
    const before = { ...kase };
    Object.assign(kase, changes);
    const setting = await this.courtSetting(kase.courtId);
    kase.regionId = setting.regionId;
    kase.territorialOfficeId = setting.territorialOfficeId;
    if (changes.initiator !== undefined || changes.initiatingOfficeId !== undefined || changes.courtId) {
      kase.initiatingOfficeId = await this.initiatingOffice(kase, setting, user);
    }
    const facts = await this.applyRules(kase, setting);
    const saved = await this.manager.save(kase);
    await this.assertVisible(saved, jurisdiction);
    await this.syncDeadlines(saved, true, facts);
    await recordAudit(this.manager, user, 'updateCase', 'Case', saved.id, before, saved);
    return saved;
  }

  /** A case inside the jurisdiction, or NOT_FOUND (the two look alike). */
  async visibleCase(id: string, jurisdiction: Jurisdiction, lock = false): Promise<Case> {
    const qb = this.manager.createQueryBuilder(Case, 'c').where('c.id = :id', { id });
    // Locked for the rest of the transaction when the caller changes it (optimistic lock checked under it).
    if (lock) qb.setLock('pessimistic_write');
    jurisdiction.whereCase(qb);
    const kase = await qb.getOne();
    if (!kase) throw notFound('Case', id);
    return kase;
  }

  /** Re-reads the case's events, re-applies the rules and re-syncs its deadlines (after any event). */
  async refresh(caseId: string): Promise<Case> {
    // Locked (a no-op when the caller holds the lock already): the derived fields are computed from the case as
    // it is, never from a read a concurrent update is about to make stale.
    const kase = await this.manager.findOneOrFail(Case, {
      where: { id: caseId },
      lock: { mode: 'pessimistic_write' },
    });
    const facts = await this.applyRules(kase, await this.courtSetting(kase.courtId));
    const saved = await this.manager.save(kase);
    await this.syncDeadlines(saved, true, facts);
    return saved;
  }

  /** The facts the engine reads, from the case and the setting of its court. */
  async facts(kase: Case, setting: CourtSetting): Promise<CaseFactsOverrides & { id: string }> {
    const specializedAtCourt = Object.keys(setting.specialized) as SpecializedKind[];
    const notified = kase.id
      ? ((await this.manager.query('SELECT to_office_id AS "officeId" FROM notification WHERE case_id = $1', [
          kase.id,
        ])) as { officeId: string }[])
      : [];
    return {
      id: kase.id ?? 'new',
      instance: kase.instance,
      proceeding: kase.proceeding,
      spheres: kase.spheres,
      sanctions: kase.sanctions,
      offender: {
        minor: kase.offenderMinor,
        military: kase.offenderMilitary,
        dutyRelated: kase.offenderDutyRelated,
      },
      initiator: kase.initiator,
      higherProsecutorRequired: kase.higherProsecutorRequired,
      specializedAtCourt,
      // Para 7: notified means a registered notice reached the specialized office where the court sits.
      specializedNotified: specializedAtCourt.some((kind) =>
        notified.some((n) => n.officeId === setting.specialized[kind]),
      ),
      actKind: kase.actKind,
      prosecutorAgrees: kase.prosecutorAgrees,
    };
  }

  /** Writes the engine's view of the case onto it; returns the facts it read, for the deadlines that follow. */
  private async applyRules(kase: Case, setting: CourtSetting): Promise<CaseFactsOverrides> {
    const facts = await this.facts(kase, setting);
    const result = this.rules.evaluate(facts);
    kase.mandatory = result.mandatory;
    kase.grounds = result.grounds;
    kase.responsibleKind = result.responsible;
    kase.initiatingUnit = result.initiatingUnit;
    kase.fallback = result.fallback;
    kase.notifySpecialized = result.notifySpecialized;
    kase.specializedOfficeId = result.specializedKind
      ? (setting.specialized[result.specializedKind] ?? null)
      : null;
    kase.responsibleOfficeId =
      result.initiatingUnit && kase.initiatingOfficeId
        ? kase.initiatingOfficeId
        : result.responsible === ResponsibleKind.TERRITORIAL
          ? setting.territorialOfficeId
          : (setting.specialized[result.responsible] ?? setting.territorialOfficeId);
    kase.explanation = result.explanation as unknown as Record<string, unknown>;
    return facts;
  }

  /** Para 9: the prosecutor's unit that initiated the case — given, the user's own, or the one at the court. */
  private async initiatingOffice(
    input: Pick<RegisterCase, 'initiator'> & { initiatingOfficeId?: string | null },
    setting: CourtSetting,
    user: AuthUser,
  ): Promise<string | null> {
    const kind = INITIATOR_OFFICE[input.initiator];
    if (!kind) return null;
    if (input.initiatingOfficeId) {
      const [office] = (await this.manager.query('SELECT kind FROM office WHERE id = $1', [
        input.initiatingOfficeId,
      ])) as { kind: OfficeKind }[];
      const matches =
        office && (kind === OfficeKind.DISTRICT ? LOCAL_KINDS.includes(office.kind) : office.kind === kind);
      if (!matches) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          'initiatingOfficeId: not an office of the initiator’s kind',
          {
            field: 'initiatingOfficeId',
          },
        );
      }
      return input.initiatingOfficeId;
    }
    if (kind === OfficeKind.DISTRICT) return setting.territorialOfficeId;
    const atCourt = Object.entries(SPECIALIZED_OFFICE).find(([, k]) => k === kind)?.[0] as SpecializedKind;
    return setting.specialized[atCourt] ?? (user.officeId && kind ? user.officeId : null);
  }

  private async assertVisible(kase: Case, jurisdiction: Jurisdiction): Promise<void> {
    const qb = this.manager.createQueryBuilder(Case, 'c').where('c.id = :id', { id: kase.id });
    jurisdiction.whereCase(qb);
    if ((await qb.getCount()) === 0) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'The case would lie outside your jurisdiction', {
        field: 'courtId',
      });
    }
  }

  /**
   * Makes the case's deadline rows match the rules: one set per first-instance act, per application and per
   * requisition. Each row's status follows what was done (deadlineStatus, Decision 1); rows the rules no
   * longer ask for are removed unless they were already met or missed. With `publish`, a deadline created, met
   * or waived is a live event (issue 5, `deadlineChanged`) in the caller's transaction; the demo seed does not
   * publish.
   */
  async syncDeadlines(kase: Case, publish = false, facts?: CaseFactsOverrides): Promise<void> {
    const today = todayInAlmaty(this.now);
    // One connection (the transaction's): one query after another.
    const acts = await this.manager.findBy(CourtAct, { caseId: kase.id, instance: CourtInstance.FIRST });
    const protests = await this.manager.findBy(Protest, { caseId: kase.id });
    const conclusions = await this.manager.findBy(Conclusion, { caseId: kase.id });
    const applications = await this.manager.findBy(Application, { caseId: kase.id });
    const requisitions = await this.manager.findBy(Requisition, { caseId: kase.id });
    // The facts applyRules just read, when the caller has them: the court and notifications are not read twice.
    const base = facts ?? (await this.facts(kase, await this.courtSetting(kase.courtId)));
    const wanted: {
      subjectId: string;
      deadline: CaseRulesDeadline;
      doneOn: IsoDate | null;
      waived: boolean;
      /** The office that must meet it, when not the case's responsible office (an application's office). */
      officeId?: string;
    }[] = [];

    for (const act of acts) {
      const result = this.rules.evaluate({
        ...base,
        actKind: act.kind,
        events: {
          copyDelivered: act.copyDeliveredOn,
          enteredIntoForce: act.enteredIntoForceOn,
          // Para 22: the exclusion petition runs from the court's procedural decision.
          courtDecision: act.exclusion ? act.appealDecidedOn : null,
        },
      });
      const brought = protests
        .filter((p) => p.courtActId === act.id && p.kind === ProtestKind.APPEAL && p.broughtOn)
        .map((p) => p.broughtOn as IsoDate)
        .sort()[0];
      const approved = (kind: ConclusionKind) =>
        conclusions
          .filter((c) => c.courtActId === act.id && c.kind === kind && c.approvedAt)
          .map((c) => todayInAlmaty(c.approvedAt as Date))
          .sort()[0] ?? null;
      const agreed = approved(ConclusionKind.FIRST_INSTANCE) ?? approved(ConclusionKind.ON_COPY_RECEIPT);
      for (const deadline of result.deadlines) {
        switch (deadline.code) {
          case DeadlineCode.APPEAL_PROTEST:
            // Para 10: agreeing with the act (an approved conclusion) ends the duty to protest.
            wanted.push({ subjectId: act.id, deadline, doneOn: brought ?? null, waived: agreed !== null });
            break;
          case DeadlineCode.LEGALITY_CHECK:
            // Paras 16–17: the check is done by a protest or by a conclusion on the act's legality.
            wanted.push({
              subjectId: act.id,
              deadline,
              doneOn: [brought, agreed].filter((d) => d).sort()[0] ?? null,
              waived: false,
            });
            break;
          case DeadlineCode.SUBSTANTIVE_CONCLUSION:
            wanted.push({
              subjectId: act.id,
              deadline,
              doneOn: approved(ConclusionKind.SUBSTANTIVE),
              waived: false,
            });
            break;
          case DeadlineCode.EXCLUSION_PETITION:
            wanted.push({
              subjectId: act.id,
              deadline,
              doneOn: act.exclusionApprovedAt ? todayInAlmaty(act.exclusionApprovedAt) : null,
              waived: false,
            });
            break;
          // Not triggered by a court act: applications, requisitions and office reporting.
          case DeadlineCode.REQUISITION_ORDER:
          case DeadlineCode.COURT_SENDS_CASE:
          case DeadlineCode.QUARTERLY_ANALYSIS:
          case DeadlineCode.MONTHLY_STUDY:
          case DeadlineCode.QUARTERLY_MEMO:
          case DeadlineCode.QUARTERLY_RECONCILIATION:
            break;
          default:
            assertUnreachable(deadline.code);
        }
      }
    }
    for (const application of applications) {
      // Para 27: an application returned for a missing item sets no deadline.
      if (application.status === 'RETURNED') continue;
      const result = this.rules.evaluate({
        id: application.id,
        events: { applicationReceived: application.receivedOn },
      });
      for (const deadline of result.deadlines) {
        wanted.push({
          subjectId: application.id,
          deadline,
          doneOn: application.requisitionOrderedOn,
          // Answered without a requisition (e.g. a category outside para 6, para 18): nothing left to order.
          waived: application.answeredOn !== null,
          // Para 18: the office considering the application orders the requisition.
          officeId: application.officeId,
        });
      }
    }
    for (const requisition of requisitions) {
      if (!requisition.receivedByCourtOn) continue;
      const result = this.rules.evaluate({
        id: requisition.id,
        events: { requisitionReceivedByCourt: requisition.receivedByCourtOn },
      });
      for (const deadline of result.deadlines) {
        wanted.push({
          subjectId: requisition.id,
          deadline,
          doneOn: requisition.fileReceivedOn,
          waived: false,
          officeId: applications.find((a) => a.id === requisition.applicationId)?.officeId,
        });
      }
    }

    const existing = await this.manager.findBy(Deadline, { caseId: kase.id });
    const keep = new Set<string>();
    for (const { subjectId, deadline, doneOn, waived, officeId } of wanted) {
      const subjectKey = `${kase.id}:${subjectId}`;
      keep.add(`${deadline.code}|${subjectKey}`);
      const row =
        existing.find((d) => d.code === deadline.code && d.subjectKey === subjectKey) ??
        this.manager.create(Deadline, {
          caseId: kase.id,
          code: deadline.code,
          subjectId,
          subjectKey,
          period: null,
        });
      const status = deadlineStatus({ due: deadline.dueOn, doneOn, waived, today });
      const change = !row.id
        ? DeadlineEventKind.CREATED
        : row.status !== status && (status === 'MET' || status === 'WAIVED')
          ? DeadlineEventKind[status]
          : null;
      Object.assign(row, {
        officeId: officeId ?? kase.responsibleOfficeId,
        triggerOn: deadline.triggerOn,
        length: deadline.length,
        unit: deadline.unit,
        dueOn: deadline.dueOn,
        status,
        metAt: doneOn ? new Date(`${doneOn}T12:00:00+05:00`) : null,
        explanation: deadline.explanation as unknown as Record<string, unknown>,
      });
      await this.manager.save(row);
      if (publish && change) await publishDeadlineEvent(this.manager, change, row);
    }
    const obsolete = existing.filter(
      (d) => !keep.has(`${d.code}|${d.subjectKey}`) && (d.status === 'OPEN' || d.status === 'WAIVED'),
    );
    if (obsolete.length > 0) await this.manager.remove(obsolete);
  }
}
