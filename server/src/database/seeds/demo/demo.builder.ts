import type { SpecializedKind } from '@qadagalau/shared';
import {
  ActKind,
  AppealBasis,
  AppealResult,
  ApplicantKind,
  ApplicationStatus,
  ConclusionKind,
  CourtInstance,
  CourtKind,
  Exclusion,
  HearingStatus,
  Initiator,
  MilitaryStatus,
  NotificationChannel,
  OfficeKind,
  Proceeding,
  ProtestKind,
  ProtestStatus,
  RegisterEntryKind,
  Role,
  addDays,
  compareIsoDates,
  type CaseFacts,
  type IsoDate,
} from '@qadagalau/shared';
import type { ApplicationChecklist } from '../../../modules/application/application.entity';
import type { CaseRules } from '../../../modules/case/case-rules';
import { ProsecutorPosition } from '../../../modules/prosecutor/prosecutor.entity';
import { FEMALE_FIRST, MALE_FIRST, PATRONYMIC_STEMS, SURNAMES } from './names';
import { Random } from './random';
import { SCENARIOS, type Scenario } from './scenarios';

/** The reference rows the demo hangs on (loaded from the database after the reference seed). */
export interface DemoReference {
  regions: { id: string; code: string }[];
  offices: {
    id: string;
    code: string;
    kind: OfficeKind;
    regionId: string | null;
    localityId: string | null;
    parentId: string | null;
  }[];
  courts: {
    id: string;
    code: string;
    kind: CourtKind;
    instance: CourtInstance;
    regionId: string | null;
    localityId: string | null;
  }[];
  themes: { id: string; code: string }[];
  /** City districts point at their city (`parentId`). */
  localities: { id: string; parentId: string | null }[];
}

type Office = DemoReference['offices'][number];
type Court = DemoReference['courts'][number];

/** The region the demo users work in: most demo activity is there so every role's screens are full. */
export const DEMO_HOME_REGION = 'KARAGANDA';
export const DEMO_PASSWORD = 'qadagalau';
/** One demo user per role, in the order the README and the start command list them. */
export const DEMO_USERNAMES = [
  'admin',
  'analyst',
  'regional',
  'district',
  'military',
  'transport',
  'environmental',
];

export interface DemoUserSpec {
  username: string;
  displayName: string;
  role: Role;
  officeId: string | null;
  prosecutorId: string | null;
}

export interface DemoData {
  prosecutors: {
    id: string;
    fullName: string;
    position: ProsecutorPosition;
    officeId: string;
    specializations: string[];
  }[];
  assignments: {
    id: string;
    prosecutorId: string;
    regionId: string | null;
    officeId: string | null;
    themeId: string;
    validFrom: IsoDate;
    validTo: IsoDate | null;
  }[];
  users: DemoUserSpec[];
  cases: Record<string, unknown>[];
  hearings: Record<string, unknown>[];
  notifications: Record<string, unknown>[];
  courtActs: Record<string, unknown>[];
  conclusions: Record<string, unknown>[];
  protests: Record<string, unknown>[];
  cassationProposals: Record<string, unknown>[];
  applications: Record<string, unknown>[];
  requisitions: Record<string, unknown>[];
  privateRulings: Record<string, unknown>[];
  registerEntries: Record<string, unknown>[];
}

const SPECIALIZED_OFFICE_KINDS: Record<SpecializedKind, OfficeKind> = {
  MILITARY: OfficeKind.MILITARY,
  TRANSPORT: OfficeKind.TRANSPORT,
  ENVIRONMENTAL: OfficeKind.ENVIRONMENTAL,
};

const LOCAL_OFFICE_KINDS: readonly OfficeKind[] = [
  OfficeKind.DISTRICT,
  OfficeKind.CITY,
  OfficeKind.INTERDISTRICT,
];
const FIRST_INSTANCE_COURTS: readonly CourtKind[] = [CourtKind.DISTRICT, CourtKind.CITY];

function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((random.int(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function personName(random: Random, female = random.chance(0.45)): string {
  const surname = random.pick(SURNAMES);
  const stem = random.pick(PATRONYMIC_STEMS);
  if (female) {
    const femaleSurname = /(ов|ев|ин)$/.test(surname) ? `${surname}а` : surname;
    return `${femaleSurname} ${random.pick(FEMALE_FIRST)} ${stem}овна`.replace('йовна', 'евна');
  }
  return `${surname} ${random.pick(MALE_FIRST)} ${stem}ович`.replace('йович', 'евич');
}

/** A working-day moment in Almaty (UTC+5): hearings sit 09:00–17:30. */
function hearingTime(day: IsoDate, random: Random): Date {
  const minutes = 9 * 60 + random.int(0, 17) * 30;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+05:00`);
}

function isWeekday(day: IsoDate): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

interface BuildOptions {
  reference: DemoReference;
  rules: CaseRules;
  today: IsoDate;
  caseCount?: number;
  seed?: number;
}

/**
 * Builds a living demo office: prosecutors with zonal-thematic assignments, a few hundred cases across the
 * regions at every stage (hearings in the next two weeks, acts in their appeal period, protests in every
 * status, applications, notifications). Deadlines are not built here: the seed has CaseService derive them
 * from these records, exactly as it does for every later event.
 */
export function buildDemo({
  reference,
  rules,
  today,
  caseCount = 360,
  seed = 40_2015,
}: BuildOptions): DemoData {
  const random = new Random(seed);
  const uuid = () => uuidFrom(random);
  const data: DemoData = {
    prosecutors: [],
    assignments: [],
    users: [],
    cases: [],
    hearings: [],
    notifications: [],
    courtActs: [],
    conclusions: [],
    protests: [],
    cassationProposals: [],
    applications: [],
    requisitions: [],
    privateRulings: [],
    registerEntries: [],
  };

  const regionById = new Map(reference.regions.map((r) => [r.id, r]));
  const themeByCode = new Map(reference.themes.map((t) => [t.code, t]));
  const home = reference.regions.find((r) => r.code === DEMO_HOME_REGION) ?? reference.regions[0];
  if (!home) throw new Error('demo: no regions in the reference data');
  const gpo = reference.offices.find((o) => o.kind === OfficeKind.GPO);
  const department = reference.offices.find((o) => o.kind === OfficeKind.DEPARTMENT);
  if (!gpo || !department)
    throw new Error('demo: the GPO and its Department are missing from the reference data');

  // ── Prosecutors ────────────────────────────────────────────────────────────────────────────────
  const prosecutorsByOffice = new Map<string, string[]>();
  const addProsecutor = (office: Office, position: ProsecutorPosition, specializations: string[] = []) => {
    const id = uuid();
    data.prosecutors.push({
      id,
      fullName: personName(random),
      position,
      officeId: office.id,
      specializations,
    });
    prosecutorsByOffice.set(office.id, [...(prosecutorsByOffice.get(office.id) ?? []), id]);
    return id;
  };
  const themeCodes = reference.themes.map((t) => t.code);
  for (const office of reference.offices) {
    const staff =
      office.kind === OfficeKind.DEPARTMENT
        ? 8
        : office.kind === OfficeKind.REGIONAL
          ? 4
          : office.kind === OfficeKind.GPO
            ? 1
            : 2;
    addProsecutor(office, ProsecutorPosition.HEAD);
    for (let i = 1; i < staff; i += 1) {
      addProsecutor(
        office,
        i === 1 ? ProsecutorPosition.SENIOR_PROSECUTOR : ProsecutorPosition.PROSECUTOR,
        [random.pick(themeCodes), random.pick(themeCodes)].filter((c, j, all) => all.indexOf(c) === j),
      );
    }
  }
  const staffOf = (officeId: string): string[] => prosecutorsByOffice.get(officeId) ?? [];

  // ── Zonal-thematic assignments (para 5) ─────────────────────────────────────────────────────────
  // Department zonal prosecutors each watch a few regions for every theme; regional offices split their
  // region's themes among their staff. A few region–theme pairs stay empty so the matrix shows gaps.
  const validFrom = addDays(today, -400);
  const gaps = new Set<string>();
  for (const region of reference.regions) {
    for (const theme of reference.themes) if (random.chance(0.04)) gaps.add(`${region.id}:${theme.id}`);
  }
  const departmentStaff = staffOf(department.id).slice(1);
  reference.regions.forEach((region, index) => {
    const zonal = departmentStaff[index % Math.max(1, departmentStaff.length)];
    if (!zonal) return;
    for (const theme of reference.themes) {
      if (gaps.has(`${region.id}:${theme.id}`)) continue;
      data.assignments.push({
        id: uuid(),
        prosecutorId: zonal,
        regionId: region.id,
        officeId: null,
        themeId: theme.id,
        validFrom,
        validTo: null,
      });
    }
  });
  for (const office of reference.offices.filter((o) => o.kind === OfficeKind.REGIONAL)) {
    const staff = staffOf(office.id).slice(1);
    reference.themes.forEach((theme, index) => {
      const prosecutorId = staff[index % Math.max(1, staff.length)];
      if (!prosecutorId || gaps.has(`${office.regionId}:${theme.id}`) || random.chance(0.1)) return;
      data.assignments.push({
        id: uuid(),
        prosecutorId,
        regionId: office.regionId,
        officeId: office.id,
        themeId: theme.id,
        validFrom,
        validTo: null,
      });
    });
  }

  // ── Where cases are heard ──────────────────────────────────────────────────────────────────────
  const firstInstanceCourts = reference.courts.filter(
    (c) => c.instance === CourtInstance.FIRST && c.localityId,
  );
  const adminCourts = firstInstanceCourts.filter((c) => c.kind === CourtKind.SPECIALIZED_ADMINISTRATIVE);
  const generalCourts = firstInstanceCourts.filter((c) => FIRST_INSTANCE_COURTS.includes(c.kind));
  const appealCourtByRegion = new Map(
    reference.courts
      .filter((c) => c.kind === CourtKind.REGIONAL && c.regionId)
      .map((c) => [c.regionId as string, c]),
  );
  // Para 7 "where the court sits": the court's locality and, for a city district, the city around it.
  const parentOf = new Map(reference.localities.map((l) => [l.id, l.parentId]));
  const officesAt = (localityId: string | null) => {
    const places = [localityId, localityId ? parentOf.get(localityId) : null].filter((id) => id != null);
    return reference.offices.filter((o) => o.localityId !== null && places.includes(o.localityId));
  };
  const territorialFor = (court: Court): Office | undefined =>
    officesAt(court.localityId).find(
      (o) => LOCAL_OFFICE_KINDS.includes(o.kind) && o.localityId === court.localityId,
    ) ?? reference.offices.find((o) => o.kind === OfficeKind.REGIONAL && o.regionId === court.regionId);
  const regionalOfficeOf = (regionId: string) =>
    reference.offices.find((o) => o.kind === OfficeKind.REGIONAL && o.regionId === regionId);

  const pickCourt = (scenario: Scenario): Court | undefined => {
    const inHome = random.chance(0.4);
    const pool = (scenario.complaint ? adminCourts : generalCourts).filter((c) => {
      if (inHome && c.regionId !== home.id) return false;
      if (!scenario.needsSpecialized) return true;
      const kind = SPECIALIZED_OFFICE_KINDS[scenario.needsSpecialized];
      return officesAt(c.localityId).some((o) => o.kind === kind);
    });
    return pool.length > 0 ? random.pick(pool) : undefined;
  };

  // ── Cases ──────────────────────────────────────────────────────────────────────────────────────
  const scenarioWeights = SCENARIOS.map((s) => [s, s.weight] as const);
  let serial = 0;
  for (let made = 0, attempts = 0; made < caseCount && attempts < caseCount * 10; attempts += 1) {
    const scenario = random.weighted(scenarioWeights);
    const court = pickCourt(scenario);
    if (!court || !court.regionId) continue;
    const territorial = territorialFor(court);
    if (!territorial) continue;
    const localOffices = officesAt(court.localityId);
    const specializedAtCourt = (Object.keys(SPECIALIZED_OFFICE_KINDS) as SpecializedKind[]).filter((kind) =>
      localOffices.some((o) => o.kind === SPECIALIZED_OFFICE_KINDS[kind]),
    );
    const specializedNotified = random.chance(0.85);
    const initiator = scenario.initiator ?? Initiator.OTHER_AUTHORITY;
    const initiatingOffice =
      initiator === Initiator.TERRITORIAL_PROSECUTOR
        ? territorial
        : initiator === Initiator.ENVIRONMENTAL_PROSECUTOR
          ? localOffices.find((o) => o.kind === OfficeKind.ENVIRONMENTAL)
          : initiator === Initiator.TRANSPORT_PROSECUTOR
            ? localOffices.find((o) => o.kind === OfficeKind.TRANSPORT)
            : initiator === Initiator.MILITARY_PROSECUTOR
              ? localOffices.find((o) => o.kind === OfficeKind.MILITARY)
              : undefined;

    // Stage: upcoming hearing (45 %), act in its appeal period (25 %), older and settled (30 %).
    const stage = random.weighted([
      ['upcoming', 45],
      ['recent', 25],
      ['settled', 30],
    ] as const);
    const actKind = random.weighted(scenario.acts);
    const decidedOn =
      stage === 'recent'
        ? addDays(today, -random.int(1, 12))
        : stage === 'settled'
          ? addDays(today, -random.int(25, 300))
          : null;
    const registeredOn = addDays(decidedOn ?? today, -random.int(5, 40));
    const prosecutorAgrees = decidedOn !== null && random.chance(0.75);
    const copyDelivered = decidedOn ? addDays(decidedOn, random.int(0, 3)) : null;
    const facts: CaseFacts = {
      id: `demo-${made}`,
      instance: 'FIRST',
      proceeding: scenario.proceeding ?? Proceeding.OFFENSE,
      spheres: [...(scenario.spheres ?? [])],
      sanctions: [...(scenario.sanctions ?? [])],
      offender: {
        minor: scenario.minor ?? false,
        military: scenario.military ?? MilitaryStatus.NONE,
        dutyRelated: scenario.dutyRelated ?? false,
      },
      initiator,
      higherProsecutorRequired: scenario.higherProsecutor ?? false,
      specializedAtCourt,
      specializedNotified,
      actKind: decidedOn ? actKind : null,
      prosecutorAgrees,
      events: {
        copyDelivered,
        enteredIntoForce: null,
        applicationReceived: null,
        requisitionReceivedByCourt: null,
        courtDecision: null,
      },
    };
    const evaluation = rules.evaluate(facts);
    const responsibleOffice =
      evaluation.initiatingUnit && initiatingOffice
        ? initiatingOffice
        : evaluation.responsible === 'TERRITORIAL'
          ? territorial
          : (localOffices.find(
              (o) => o.kind === SPECIALIZED_OFFICE_KINDS[evaluation.responsible as SpecializedKind],
            ) ?? territorial);
    const specializedKind = evaluation.specializedKind;
    const specializedOffice = specializedKind
      ? localOffices.find((o) => o.kind === SPECIALIZED_OFFICE_KINDS[specializedKind])
      : undefined;

    const caseId = uuid();
    serial += 1;
    const region = regionById.get(court.regionId);
    const number = `${region?.code.slice(0, 3) ?? 'KZ'}-${today.slice(0, 4)}-${String(serial).padStart(5, '0')}`;
    // A case belongs to its common theme and to the theme of each para-6 ground it has.
    const caseThemes = [scenario.theme, ...evaluation.grounds].filter(
      (code, i, all) => themeByCode.has(code) && all.indexOf(code) === i,
    );
    data.cases.push({
      id: caseId,
      number,
      koapArticle: random.pick(scenario.articles),
      koapPart: random.chance(0.6) ? String(random.int(1, 3)) : null,
      summary: scenario.summaryRu,
      offenderName: personName(random),
      offenderBirthDate: scenario.minor
        ? addDays(today, -random.int(14 * 365, 17 * 365))
        : addDays(today, -random.int(19 * 365, 65 * 365)),
      registeredOn,
      regionId: court.regionId,
      courtId: court.id,
      territorialOfficeId: territorial.id,
      initiatingOfficeId: initiatingOffice?.id ?? null,
      themeCodes: caseThemes,
      instance: facts.instance,
      proceeding: facts.proceeding,
      spheres: facts.spheres,
      sanctions: facts.sanctions,
      offenderMinor: facts.offender?.minor ?? false,
      offenderMilitary: facts.offender?.military ?? MilitaryStatus.NONE,
      offenderDutyRelated: facts.offender?.dutyRelated ?? false,
      initiator,
      higherProsecutorRequired: facts.higherProsecutorRequired ?? false,
      actKind: facts.actKind,
      prosecutorAgrees,
      mandatory: evaluation.mandatory,
      grounds: evaluation.grounds,
      responsibleKind: evaluation.responsible,
      responsibleOfficeId: responsibleOffice.id,
      specializedOfficeId: specializedOffice?.id ?? null,
      initiatingUnit: evaluation.initiatingUnit,
      fallback: evaluation.fallback,
      notifySpecialized: evaluation.notifySpecialized,
      explanation: evaluation.explanation,
    });
    made += 1;

    const staff = staffOf(responsibleOffice.id);
    const prosecutorId = staff.length > 0 ? random.pick(staff) : null;

    // Para 7 notification from the territorial office to the specialized one.
    if (specializedOffice && specializedNotified) {
      const sent = new Date(`${registeredOn}T10:00:00+05:00`);
      data.notifications.push({
        id: uuid(),
        caseId,
        fromOfficeId: territorial.id,
        toOfficeId: specializedOffice.id,
        channel: random.weighted([
          [NotificationChannel.TELEPHONOGRAM, 5],
          [NotificationChannel.EDOC, 4],
          [NotificationChannel.OTHER, 1],
        ] as const),
        registrationNumber: `${random.int(1, 9)}-${random.int(100, 9999)}/${today.slice(2, 4)}`,
        sentAt: sent,
        acknowledgedAt: random.chance(0.8) ? new Date(sent.getTime() + random.int(1, 48) * 3_600_000) : null,
      });
    }

    // Hearings.
    if (stage === 'upcoming') {
      let day = addDays(today, random.int(0, 13));
      while (!isWeekday(day)) day = addDays(day, 1);
      const postponedFirst = random.chance(0.15);
      if (postponedFirst) {
        let earlier = addDays(today, -random.int(1, 10));
        while (!isWeekday(earlier)) earlier = addDays(earlier, -1);
        data.hearings.push({
          id: uuid(),
          caseId,
          courtId: court.id,
          instance: CourtInstance.FIRST,
          scheduledAt: hearingTime(earlier, random),
          status: HearingStatus.POSTPONED,
          prosecutorId,
          attended: null,
          attendedByOfficeId: null,
          note: 'Отложено по ходатайству лица, привлекаемого к ответственности',
        });
      }
      data.hearings.push({
        id: uuid(),
        caseId,
        courtId: court.id,
        instance: CourtInstance.FIRST,
        scheduledAt: hearingTime(day, random),
        status: random.chance(0.05) ? HearingStatus.CANCELLED : HearingStatus.SCHEDULED,
        prosecutorId: evaluation.mandatory ? prosecutorId : null,
        attended: null,
        attendedByOfficeId: null,
        note: null,
      });
      continue;
    }

    if (!decidedOn || !copyDelivered) continue;
    const attended = evaluation.mandatory ? random.chance(0.88) : random.chance(0.2);
    const attendedBy = attended ? (random.chance(0.93) ? responsibleOffice : territorial) : null;
    data.hearings.push({
      id: uuid(),
      caseId,
      courtId: court.id,
      instance: CourtInstance.FIRST,
      scheduledAt: hearingTime(decidedOn, random),
      status: HearingStatus.HELD,
      prosecutorId: attended ? prosecutorId : null,
      attended,
      attendedByOfficeId: attendedBy?.id ?? null,
      note: null,
    });

    // The first-instance act; settled acts went through the appeal period, some were reviewed on appeal.
    const actId = uuid();
    const appealWindowClosed = stage === 'settled';
    const protested = !prosecutorAgrees && random.chance(0.7);
    const appealed = appealWindowClosed && (protested || random.chance(0.18));
    const appealDecidedOn = appealed ? addDays(decidedOn, random.int(25, 45)) : null;
    let appealResult: AppealResult | null = null;
    let appealBasis: AppealBasis | null = null;
    let protestStatus: ProtestStatus | null = null;
    if (protested) {
      protestStatus = appealWindowClosed
        ? random.weighted([
            [ProtestStatus.SATISFIED, 5],
            [ProtestStatus.PARTIALLY_SATISFIED, 2],
            [ProtestStatus.UNSATISFIED, 2],
            [ProtestStatus.WITHDRAWN, 1],
            [ProtestStatus.RETURNED, 1],
          ] as const)
        : random.weighted([
            [ProtestStatus.DRAFT, 1],
            [ProtestStatus.BROUGHT, 2],
          ] as const);
      if (protestStatus === ProtestStatus.SATISFIED || protestStatus === ProtestStatus.PARTIALLY_SATISFIED) {
        appealResult =
          protestStatus === ProtestStatus.SATISFIED ? AppealResult.CANCELLED : AppealResult.CHANGED;
        appealBasis = AppealBasis.PROSECUTOR_PROTEST;
      } else if (appealed && protestStatus === ProtestStatus.UNSATISFIED) {
        appealResult = AppealResult.UPHELD;
        appealBasis = AppealBasis.PROSECUTOR_PROTEST;
      }
    } else if (appealed) {
      appealResult = random.weighted([
        [AppealResult.CANCELLED, 3],
        [AppealResult.CHANGED, 3],
        [AppealResult.UPHELD, 4],
      ] as const);
      appealBasis = random.chance(0.85) ? AppealBasis.COMPLAINT : AppealBasis.HIGHER_PROSECUTOR_PROTEST;
    }
    const exclusion =
      appealBasis !== AppealBasis.PROSECUTOR_PROTEST &&
      appealResult &&
      appealResult !== AppealResult.UPHELD &&
      random.chance(0.3)
        ? random.pick(Object.values(Exclusion))
        : null;
    const enteredIntoForceOn = appealWindowClosed ? (appealDecidedOn ?? addDays(copyDelivered, 12)) : null;
    data.courtActs.push({
      id: actId,
      caseId,
      courtId: court.id,
      instance: CourtInstance.FIRST,
      kind: actKind,
      issuedOn: decidedOn,
      copyDeliveredOn: copyDelivered,
      enteredIntoForceOn,
      appealResult,
      appealBasis,
      appealDecidedOn,
      exclusion,
      exclusionApproved: exclusion !== null && random.chance(0.6),
      exclusionApprovedAt: null,
      reversedOnCassationProtest: appealBasis === AppealBasis.COMPLAINT && random.chance(0.08),
      summary:
        actKind === ActKind.TERMINATED ? 'Производство прекращено' : 'Постановление суда первой инстанции',
    });

    const evaluationWithAct = rules.evaluate({
      ...facts,
      // Para 22: an exclusion petition runs from the court's procedural decision (the appeal ruling).
      events: {
        ...facts.events,
        enteredIntoForce: enteredIntoForceOn,
        courtDecision: exclusion ? appealDecidedOn : null,
      },
    });
    const authorId = prosecutorId ?? staffOf(territorial.id)[0];
    if (protested && protestStatus && authorId) {
      const appealDue =
        evaluationWithAct.deadlines.find((d) => d.code === 'APPEAL_PROTEST')?.dueOn ??
        addDays(copyDelivered, 10);
      const protestBroughtOn =
        protestStatus === ProtestStatus.DRAFT ? null : addDays(copyDelivered, random.int(2, 8));
      const late = protestBroughtOn !== null && compareIsoDates(protestBroughtOn, appealDue) > 0;
      data.protests.push({
        id: uuid(),
        caseId,
        courtActId: actId,
        kind: ProtestKind.APPEAL,
        officeId: responsibleOffice.id,
        authorId,
        status: protestStatus,
        broughtOn: protestBroughtOn,
        late,
        unfounded: protestStatus === ProtestStatus.WITHDRAWN && random.chance(0.5),
        worsening: random.chance(0.15),
        onLowerProposal: false,
        decidedOn: appealDecidedOn,
        laterCassationSatisfied: protestStatus === ProtestStatus.UNSATISFIED && random.chance(0.3),
        grounds:
          'Основания статьи 840 КоАП: неправильная квалификация и несоответствие наказания санкции статьи',
        outcomeNote: appealDecidedOn ? 'Рассмотрен судом апелляционной инстанции' : null,
      });
    }

    // Conclusions (para 10): when the prosecutor agrees; on copies of arrest and termination resolutions.
    if (
      authorId &&
      (prosecutorAgrees || actKind === ActKind.TERMINATED || facts.sanctions?.includes('ARREST'))
    ) {
      const head = staffOf(responsibleOffice.id)[0] ?? null;
      // In the appeal period many conclusions still wait for the head's approval, so their deadlines are open.
      const approver = head && (stage === 'settled' || random.chance(0.35)) ? head : null;
      data.conclusions.push({
        id: uuid(),
        caseId,
        courtActId: actId,
        kind: attended ? ConclusionKind.FIRST_INSTANCE : ConclusionKind.ON_COPY_RECEIPT,
        authorId,
        content: {
          guiltAndQualification: 'Вина установлена, действия квалифицированы правильно',
          evidence: 'Протокол об административном правонарушении, объяснения, материалы фотофиксации',
          proposedPenalty:
            actKind === ActKind.TERMINATED
              ? 'Прекращение производства обоснованно'
              : 'Наказание назначено в пределах санкции',
        },
        approvedById: approver,
        approvedAt: approver ? new Date(`${addDays(decidedOn, 1)}T12:00:00+05:00`) : null,
      });
    }
    if (
      authorId &&
      evaluationWithAct.deadlines.some((d) => d.code === 'SUBSTANTIVE_CONCLUSION') &&
      random.chance(0.6)
    ) {
      const regional = regionalOfficeOf(court.regionId);
      data.conclusions.push({
        id: uuid(),
        caseId,
        courtActId: actId,
        kind: ConclusionKind.SUBSTANTIVE,
        authorId,
        content: {
          terminationGrounds: 'Отсутствие состава административного правонарушения',
          assessment: 'Прекращение производства признано законным и обоснованным',
        },
        approvedById: regional ? (staffOf(regional.id)[0] ?? null) : null,
        approvedAt: new Date(`${addDays(enteredIntoForceOn ?? decidedOn, 10)}T12:00:00+05:00`),
      });
    }

    // Private rulings (paras 12, 24).
    if (attended && random.chance(0.12)) {
      const onMotion = random.chance(0.6);
      data.privateRulings.push({
        id: uuid(),
        caseId,
        issuedOn: decidedOn,
        prosecutorParticipated: true,
        onProsecutorMotion: onMotion,
        motionEvidence: onMotion
          ? random.pick(['COURT_ACT', 'HEARING_MINUTES', 'WRITTEN_CONCLUSION'] as const)
          : null,
        subject: 'Об устранении причин и условий, способствовавших совершению правонарушения',
      });
    }

    // A cassation proposal to the GPO after an unfounded rejection (para 14), and a GPO cassation protest.
    if (protestStatus === ProtestStatus.UNSATISFIED && authorId) {
      const regional = regionalOfficeOf(court.regionId);
      const regionalAuthor = regional ? staffOf(regional.id)[1] : undefined;
      const appealCourt = appealCourtByRegion.get(court.regionId);
      if (regional && regionalAuthor && appealCourt && appealDecidedOn) {
        const appealActId = uuid();
        data.courtActs.push({
          id: appealActId,
          caseId,
          courtId: appealCourt.id,
          instance: CourtInstance.APPEAL,
          kind: actKind,
          issuedOn: appealDecidedOn,
          copyDeliveredOn: addDays(appealDecidedOn, 2),
          enteredIntoForceOn: appealDecidedOn,
          appealResult: null,
          appealBasis: null,
          appealDecidedOn: null,
          exclusion: null,
          exclusionApproved: false,
          exclusionApprovedAt: null,
          reversedOnCassationProtest: false,
          summary: 'Постановление апелляционной инстанции: протест оставлен без удовлетворения',
        });
        data.cassationProposals.push({
          id: uuid(),
          caseId,
          courtActId: appealActId,
          officeId: regional.id,
          authorId: regionalAuthor,
          reason: 'Апелляционный протест необоснованно отклонён (п. 14 Инструкции)',
          descriptivePart:
            'Постановлением суда первой инстанции лицо привлечено к ответственности; протест прокурора отклонён.',
          reasoningPart:
            'Судом неправильно применены нормы материального права; выводы суда не соответствуют материалам дела.',
          resolutivePart: 'Отменить постановления и прекратить производство по делу (статья 839 КоАП).',
          submittedOn: addDays(appealDecidedOn, random.int(5, 20)),
        });
        const gpoAuthor = staffOf(department.id)[0];
        if (gpoAuthor && random.chance(0.5)) {
          data.protests.push({
            id: uuid(),
            caseId,
            courtActId: appealActId,
            kind: ProtestKind.CASSATION,
            officeId: department.id,
            authorId: gpoAuthor,
            status: random.pick([ProtestStatus.BROUGHT, ProtestStatus.SATISFIED, ProtestStatus.UNSATISFIED]),
            broughtOn: addDays(appealDecidedOn, random.int(30, 60)),
            late: false,
            unfounded: false,
            worsening: false,
            onLowerProposal: true,
            decidedOn: null,
            laterCassationSatisfied: false,
            grounds: 'Существенное нарушение норм материального права (статья 851 КоАП)',
            outcomeNote: null,
          });
        }
      }
    }
  }

  // ── Applications to bring a protest (paras 18, 27) ───────────────────────────────────────────────
  const settledCases = data.cases.filter((c) =>
    data.courtActs.some((a) => a.caseId === c.id && a.enteredIntoForceOn),
  );
  const checklistKeys: (keyof ApplicationChecklist)[] = [
    'addresseeNamed',
    'applicantIdentified',
    'courtsAndDecisionsStated',
    'contestedResolutionNamed',
    'violationAndRequestStated',
    'signed',
    'powerOfAttorneyAttached',
    'certifiedCopiesAttached',
  ];
  const applicationStatuses = Object.values(ApplicationStatus);
  for (let i = 0; i < Math.min(48, settledCases.length); i += 1) {
    const kase = settledCases[(i * 7) % settledCases.length] as Record<string, unknown>;
    const status = applicationStatuses[i % applicationStatuses.length] as ApplicationStatus;
    const byRepresentative = random.chance(0.3);
    const checklist = Object.fromEntries(
      checklistKeys.map((k) => [k, true]),
    ) as unknown as ApplicationChecklist;
    if (!byRepresentative) checklist.powerOfAttorneyAttached = false;
    const returnReasons: string[] = [];
    if (status === ApplicationStatus.RETURNED) {
      const missing = random.pick(
        checklistKeys.filter((k) => k !== 'powerOfAttorneyAttached' || byRepresentative),
      );
      checklist[missing] = false;
      returnReasons.push(missing);
    }
    const receivedOn = addDays(today, -random.int(1, 40));
    const officeId = kase.responsibleOfficeId as string;
    const regional = regionalOfficeOf(kase.regionId as string);
    const applicationId = uuid();
    const handled = status !== ApplicationStatus.RECEIVED && status !== ApplicationStatus.RETURNED;
    data.applications.push({
      id: applicationId,
      caseId: kase.id,
      officeId: regional?.id ?? officeId,
      requestedProtest: random.chance(0.7) ? ProtestKind.APPEAL : ProtestKind.CASSATION,
      applicantKind: random.weighted([
        [ApplicantKind.INDIVIDUAL, 7],
        [ApplicantKind.LEGAL_ENTITY, 2],
        [ApplicantKind.STATE_BODY, 1],
      ] as const),
      applicantName: personName(random),
      applicantAddress: 'г. Караганда, ул. Ерубаева, д. 12',
      applicantStatus: 'Лицо, привлечённое к административной ответственности',
      byRepresentative,
      receivedOn,
      status,
      checklist,
      returnReasons,
      requisitionOrderedOn: handled ? addDays(receivedOn, random.int(1, 3)) : null,
      answer:
        status === ApplicationStatus.REFUSED
          ? 'Оснований для принесения протеста не установлено. Разъяснено право обжалования вышестоящему прокурору.'
          : null,
      answeredOn:
        status === ApplicationStatus.REFUSED || status === ApplicationStatus.GRANTED
          ? addDays(receivedOn, 20)
          : null,
      rightToAppealExplained: status === ApplicationStatus.REFUSED,
    });
    if (handled) {
      const requestedOn = addDays(receivedOn, 2);
      const receivedByCourtOn = addDays(requestedOn, 1);
      const requisitionId = uuid();
      const courtRules = rules.evaluate({
        id: `req-${i}`,
        events: { requisitionReceivedByCourt: receivedByCourtOn },
      });
      const courtDue = courtRules.deadlines[0];
      const fileReceivedOn = random.chance(0.7) ? addDays(receivedByCourtOn, random.int(2, 9)) : null;
      data.requisitions.push({
        id: requisitionId,
        caseId: kase.id,
        applicationId,
        courtId: kase.courtId,
        requestedOn,
        receivedByCourtOn,
        dueOn: courtDue?.dueOn ?? null,
        fileReceivedOn: fileReceivedOn && compareIsoDates(fileReceivedOn, today) <= 0 ? fileReceivedOn : null,
      });
    }
  }

  // ── Register entries (para 28) ──────────────────────────────────────────────────────────────────
  for (let i = 0; i < 24 && data.cases.length > 0; i += 1) {
    const kase = data.cases[(i * 13) % data.cases.length] as Record<string, unknown>;
    const violation = i % 3 !== 0;
    data.registerEntries.push({
      id: uuid(),
      officeId: department.id,
      caseId: kase.id,
      kind: violation ? RegisterEntryKind.VIOLATION : RegisterEntryKind.GOOD_PRACTICE,
      description: violation
        ? 'Постановление по делу обязательной категории отменено в апелляции без протеста прокурора'
        : 'Своевременное принесение апелляционного протеста, удовлетворённого судом',
      recordedOn: addDays(today, -random.int(1, 90)),
    });
  }

  // ── Demo users: one per role, all in or around the home region ──────────────────────────────────
  const homeRegional = reference.offices.find(
    (o) => o.kind === OfficeKind.REGIONAL && o.regionId === home.id,
  );
  const homeLocal = reference.offices.find(
    (o) => LOCAL_OFFICE_KINDS.includes(o.kind) && o.regionId === home.id,
  );
  const specializedIn = (kind: OfficeKind) =>
    reference.offices.find((o) => o.kind === kind && o.regionId === home.id) ??
    reference.offices.find((o) => o.kind === kind);
  const user = (username: string, displayName: string, role: Role, office: Office | undefined | null) => {
    data.users.push({
      username,
      displayName,
      role,
      officeId: office?.id ?? null,
      prosecutorId: office ? (staffOf(office.id)[1] ?? staffOf(office.id)[0] ?? null) : null,
    });
  };
  user('admin', 'Администратор системы', Role.ADMIN, null);
  user('analyst', 'Аналитик Департамента', Role.DEPARTMENT, department);
  user('regional', 'Прокурор области', Role.REGIONAL, homeRegional);
  user('district', 'Прокурор района', Role.DISTRICT, homeLocal);
  user('military', 'Военный прокурор гарнизона', Role.SPECIALIZED, specializedIn(OfficeKind.MILITARY));
  user('transport', 'Транспортный прокурор', Role.SPECIALIZED, specializedIn(OfficeKind.TRANSPORT));
  user(
    'environmental',
    'Природоохранный прокурор',
    Role.SPECIALIZED,
    specializedIn(OfficeKind.ENVIRONMENTAL),
  );

  return data;
}
