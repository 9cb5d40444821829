// Issue 8, concurrency: optimistic locking on every mutable record (two updates of one version → exactly one
// wins and its values stay; a stale version → CONFLICT with nothing written) and idempotency keys on every
// creating mutation (a retried request — one after another or several at once — creates one record and one
// event; the same key with another input is a CONFLICT; without a key every request creates). A real server
// process over HTTP against a real PostgreSQL with the demo data; every row is read back through PostgreSQL.
import { addDays, todayInAlmaty } from '@qadagalau/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { tally } from '../support/hardening';
import { createDatabase, tableRowCounts, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const TODAY = todayInAlmaty(new Date());
const USERS = ['district', 'regional', 'analyst', 'admin', 'military'] as const;
type User = (typeof USERS)[number] | string;

const COMPLETE_CHECKLIST = {
  addresseeNamed: true,
  applicantIdentified: true,
  courtsAndDecisionsStated: true,
  contestedResolutionNamed: true,
  violationAndRequestStated: true,
  signed: true,
  powerOfAttorneyAttached: false,
  certifiedCopiesAttached: true,
};
const CONCLUSION_CONTENT = {
  guiltAndQualification: 'Вина доказана, квалификация верна',
  evidence: 'Протокол, акт налоговой проверки',
  proposedPenalty: 'Штраф в пределах санкции',
};

const M = {
  registerCase: `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`,
  updateCase: `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { id version } }`,
  scheduleHearing: `mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { id version } }`,
  rescheduleHearing: `mutation ($input: RescheduleHearingInput!) { rescheduleHearing(input: $input) { id version } }`,
  recordAttendance: `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id version } }`,
  cancelHearing: `mutation ($input: CancelHearingInput!) { cancelHearing(input: $input) { id version } }`,
  recordCourtAct: `mutation ($input: RecordCourtActInput!) { recordCourtAct(input: $input) { id version } }`,
  updateCourtAct: `mutation ($input: UpdateCourtActInput!) { updateCourtAct(input: $input) { id version } }`,
  approveExclusion: `mutation ($id: ID!, $version: Int!) { approveExclusion(id: $id, version: $version) { id version } }`,
  bringProtest: `mutation ($input: BringProtestInput!) { bringProtest(input: $input) { id version } }`,
  withdrawProtest: `mutation ($input: WithdrawProtestInput!) { withdrawProtest(input: $input) { id version } }`,
  returnProtest: `mutation ($input: ReturnProtestInput!) { returnProtest(input: $input) { id version } }`,
  recordProtestOutcome: `mutation ($input: RecordProtestOutcomeInput!) { recordProtestOutcome(input: $input) { id version } }`,
  fileConclusion: `mutation ($input: FileConclusionInput!) { fileConclusion(input: $input) { id version } }`,
  approveConclusion: `mutation ($id: ID!, $version: Int!) { approveConclusion(id: $id, version: $version) { id version } }`,
  recordPrivateRuling: `mutation ($input: RecordPrivateRulingInput!) { recordPrivateRuling(input: $input) { id version } }`,
  proposeCassationProtest: `mutation ($input: ProposeCassationProtestInput!) { proposeCassationProtest(input: $input) { id version } }`,
  addRegisterEntry: `mutation ($input: AddRegisterEntryInput!) { addRegisterEntry(input: $input) { id version } }`,
  notifySpecializedOffice: `mutation ($input: NotifySpecializedOfficeInput!) { notifySpecializedOffice(input: $input) { id version } }`,
  acknowledgeNotification: `mutation ($input: AcknowledgeNotificationInput!) { acknowledgeNotification(input: $input) { id version } }`,
  receiveApplication: `mutation ($input: ReceiveApplicationInput!) { receiveApplication(input: $input) { id version } }`,
  answerApplication: `mutation ($input: AnswerApplicationInput!) { answerApplication(input: $input) { id version } }`,
  orderRequisition: `mutation ($id: ID!, $version: Int!, $orderedOn: String!, $idempotencyKey: String) {
    orderRequisition(id: $id, version: $version, orderedOn: $orderedOn, idempotencyKey: $idempotencyKey) {
      id version requisitions { id version } } }`,
  recordRequisitionReceivedByCourt: `mutation ($id: ID!, $version: Int!, $receivedOn: String!) {
    recordRequisitionReceivedByCourt(id: $id, version: $version, receivedOn: $receivedOn) { id version } }`,
  recordCaseFileReceived: `mutation ($id: ID!, $version: Int!, $receivedOn: String!) {
    recordCaseFileReceived(id: $id, version: $version, receivedOn: $receivedOn) { id version } }`,
  assignProsecutor: `mutation ($input: AssignProsecutorInput!) { assignProsecutor(input: $input) { id version } }`,
  unassignProsecutor: `mutation ($id: ID!, $version: Int!, $validTo: String) {
    unassignProsecutor(id: $id, version: $version, validTo: $validTo) { id version } }`,
  buildReconciliation: `mutation ($quarter: String!, $territorialOfficeId: ID!, $specializedOfficeId: ID!,
      $version: Int, $idempotencyKey: String) {
    buildReconciliation(quarter: $quarter, territorialOfficeId: $territorialOfficeId,
      specializedOfficeId: $specializedOfficeId, version: $version, idempotencyKey: $idempotencyKey) { id version } }`,
  resolveDiscrepancy: `mutation ($itemId: ID!, $version: Int!, $note: String!) {
    resolveDiscrepancy(itemId: $itemId, version: $version, note: $note) { id version } }`,
  signReconciliation: `mutation ($id: ID!, $version: Int!) { signReconciliation(id: $id, version: $version) { id version } }`,
} as const;
type MutationName = keyof typeof M;

type Answer = GraphQLResponse<Record<string, { id: string; version: number } & Record<string, unknown>>>;
const codeOf = (answer: Answer): unknown => answer.errors?.[0]?.extensions?.['code'];

describe('concurrency: optimistic locks and idempotency keys', () => {
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  let courtId: string;
  let districtOfficeId: string;
  let militaryOfficeId: string;
  let seq = 0;

  async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return withClient(databaseUrl, async (client) => (await client.query(text, params)).rows as T[]);
  }
  async function login(username: string): Promise<string> {
    const answer = await graphql<{ login: { token: string } }>(
      server.url,
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username, password: 'qadagalau' } },
    );
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!.login.token;
  }
  function call(user: User, name: MutationName, variables: Record<string, unknown>): Promise<Answer> {
    return graphql(server.url, M[name], variables, {
      authorization: `Bearer ${tokens[user]}`,
    }) as Promise<Answer>;
  }
  /** The mutation's record, or a failed assertion naming the error. */
  async function ok(
    user: User,
    name: MutationName,
    variables: Record<string, unknown>,
  ): Promise<{ id: string; version: number } & Record<string, unknown>> {
    const answer = await call(user, name, variables);
    expect(answer.errors, `${name}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
    return answer.data![name]!;
  }
  const nextNumber = () => `CONC-${Date.now().toString(36)}-${++seq}`;
  const caseInput = (extra: Record<string, unknown> = {}) => ({
    number: nextNumber(),
    koapArticle: '278',
    koapPart: '1',
    summary: 'Нарушение налогового законодательства',
    offenderName: 'ТОО «Тест»',
    registeredOn: addDays(TODAY, -30),
    courtId,
    spheres: ['TAX'],
    sanctions: ['FINE'],
    ...extra,
  });
  const militaryCaseInput = () =>
    caseInput({
      koapArticle: '705',
      koapPart: null,
      summary: 'Нарушение уставных правил караульной службы',
      spheres: ['MILITARY_CH32'],
      sanctions: ['ARREST'],
      offenderMilitary: 'SERVICEMAN',
      offenderDutyRelated: true,
    });
  const actInput = (caseId: string) => ({
    caseId,
    instance: 'FIRST',
    kind: 'PENALTY_IMPOSED',
    issuedOn: TODAY,
    copyDeliveredOn: TODAY,
  });
  const protestInput = (caseId: string, courtActId: string) => ({
    caseId,
    courtActId,
    kind: 'APPEAL',
    grounds: 'Основания статьи 840 КоАП: неправильная квалификация',
    broughtOn: TODAY,
  });
  const applicationInput = (caseId: string) => ({
    caseId,
    requestedProtest: 'APPEAL',
    applicantKind: 'INDIVIDUAL',
    applicantName: 'Сапаров Ержан Болатович',
    byRepresentative: false,
    receivedOn: addDays(TODAY, -3),
    checklist: COMPLETE_CHECKLIST,
  });
  async function caseWithAct(): Promise<{ caseId: string; actId: string; actVersion: number }> {
    const kase = await ok('district', 'registerCase', { input: caseInput() });
    const act = await ok('district', 'recordCourtAct', { input: actInput(kase.id) });
    return { caseId: kase.id, actId: act.id, actVersion: act.version };
  }
  async function row(table: string, id: string): Promise<Record<string, unknown>> {
    const [found] = await sql<{ r: Record<string, unknown> }>(
      `SELECT to_jsonb(t) AS r FROM ${table} t WHERE id = $1`,
      [id],
    );
    expect(found, `${table} ${id}`).toBeDefined();
    return found!.r;
  }

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'concurrency');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
    for (const user of USERS) tokens[user] = await login(user);
    const [district] = await sql<{ officeId: string; localityId: string }>(
      `SELECT o.id AS "officeId", o.locality_id AS "localityId" FROM app_user u JOIN office o ON o.id = u.office_id
        WHERE u.username = 'district'`,
    );
    districtOfficeId = district!.officeId;
    const [court] = await sql<{ id: string }>(
      `SELECT id FROM court WHERE instance = 'FIRST' AND locality_id = $1 ORDER BY id LIMIT 1`,
      [district!.localityId],
    );
    courtId = court!.id;
    const [military] = await sql<{ officeId: string }>(
      `SELECT office_id AS "officeId" FROM app_user WHERE username = 'military'`,
    );
    militaryOfficeId = military!.officeId;
  }, 120_000);

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
  });

  /**
   * One mutable record and two different changes of it. `run(variant, version)` sends change A or B with the
   * version given; `read` is what the record holds (read through PostgreSQL), `expected[variant]` what it must
   * hold when that change won.
   */
  interface Race {
    record: string;
    table: string;
    id: string;
    version: number;
    run: (variant: 'A' | 'B', version: number) => Promise<Answer>;
    read: string;
    expected: Record<'A' | 'B', unknown>;
  }

  const races: Race[] = [];
  let staleChecks = 0;
  let staleFailures = 0;

  it('should give exactly one of two updates of one version, and keep the winner’s values', async () => {
    // Case.
    const kase = await ok('district', 'registerCase', { input: caseInput() });
    races.push({
      record: 'Case',
      table: 'court_case',
      id: kase.id,
      version: kase.version,
      run: (v, version) =>
        call(v === 'A' ? 'district' : 'regional', 'updateCase', {
          input: { id: kase.id, version, summary: `Изменено ${v}` },
        }),
      read: 'summary',
      expected: { A: 'Изменено A', B: 'Изменено B' },
    });

    // Hearing.
    const at = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    const hearing = await ok('district', 'scheduleHearing', {
      input: { caseId: kase.id, instance: 'FIRST', scheduledAt: at(24).toISOString() },
    });
    const times = { A: at(48), B: at(72) };
    races.push({
      record: 'Hearing',
      table: 'hearing',
      id: hearing.id,
      version: hearing.version,
      run: (v, version) =>
        call('district', 'rescheduleHearing', {
          input: { id: hearing.id, version, scheduledAt: times[v].toISOString(), reason: `Перенос ${v}` },
        }),
      read: `(extract(epoch from scheduled_at) * 1000)::bigint::text`,
      expected: { A: String(times.A.getTime()), B: String(times.B.getTime()) },
    });

    // Court act.
    const withAct = await caseWithAct();
    races.push({
      record: 'CourtAct',
      table: 'court_act',
      id: withAct.actId,
      version: withAct.actVersion,
      run: (v, version) =>
        call('district', 'updateCourtAct', { input: { id: withAct.actId, version, summary: `Акт ${v}` } }),
      read: 'summary',
      expected: { A: 'Акт A', B: 'Акт B' },
    });

    // Protest: withdrawn by one, returned by the other.
    const protest = await ok('district', 'bringProtest', {
      input: protestInput(withAct.caseId, withAct.actId),
    });
    races.push({
      record: 'Protest',
      table: 'protest',
      id: protest.id,
      version: protest.version,
      run: (v, version) =>
        v === 'A'
          ? call('district', 'withdrawProtest', {
              input: { id: protest.id, version, reason: 'Отозван по ходатайству' },
            })
          : call('regional', 'returnProtest', {
              input: { id: protest.id, version, reason: 'Возвращён судом' },
            }),
      read: 'status::text',
      expected: { A: 'WITHDRAWN', B: 'RETURNED' },
    });

    // Conclusion: approved by the author's office and by the regional office at once.
    const conclusion = await ok('district', 'fileConclusion', {
      input: {
        caseId: withAct.caseId,
        courtActId: withAct.actId,
        kind: 'FIRST_INSTANCE',
        content: CONCLUSION_CONTENT,
      },
    });
    const approvers = await sql<{ username: string; prosecutorId: string }>(
      `SELECT username, prosecutor_id AS "prosecutorId" FROM app_user WHERE username IN ('district', 'regional')`,
    );
    const prosecutorOf = (u: string) => approvers.find((a) => a.username === u)?.prosecutorId;
    races.push({
      record: 'Conclusion',
      table: 'conclusion',
      id: conclusion.id,
      version: conclusion.version,
      run: (v, version) =>
        call(v === 'A' ? 'district' : 'regional', 'approveConclusion', { id: conclusion.id, version }),
      read: 'approved_by_id::text',
      expected: { A: prosecutorOf('district'), B: prosecutorOf('regional') },
    });

    // Application: granted by one, refused by the other.
    const application = await ok('district', 'receiveApplication', {
      input: applicationInput(withAct.caseId),
    });
    races.push({
      record: 'Application',
      table: 'application',
      id: application.id,
      version: application.version,
      run: (v, version) =>
        call(v === 'A' ? 'district' : 'regional', 'answerApplication', {
          input: {
            id: application.id,
            version,
            decision: v === 'A' ? 'GRANTED' : 'REFUSED',
            answer: `Ответ ${v}`,
            answeredOn: TODAY,
            rightToAppealExplained: true,
          },
        }),
      read: 'status::text',
      expected: { A: 'GRANTED', B: 'REFUSED' },
    });

    // Requisition: the court's receipt recorded with two different days.
    const toRequisition = await ok('district', 'receiveApplication', {
      input: applicationInput(withAct.caseId),
    });
    const ordered = await ok('regional', 'orderRequisition', {
      id: toRequisition.id,
      version: toRequisition.version,
      orderedOn: addDays(TODAY, -2),
    });
    const requisition = (ordered['requisitions'] as { id: string; version: number }[])[0]!;
    const days = { A: addDays(TODAY, -1), B: TODAY };
    races.push({
      record: 'Requisition',
      table: 'requisition',
      id: requisition.id,
      version: requisition.version,
      run: (v, version) =>
        call(v === 'A' ? 'district' : 'regional', 'recordRequisitionReceivedByCourt', {
          id: requisition.id,
          version,
          receivedOn: days[v],
        }),
      read: `to_char(received_by_court_on, 'YYYY-MM-DD')`,
      expected: days,
    });

    // Notification: acknowledged twice at once by the office notified (one acknowledgement, one audit row).
    const militaryCase = await ok('district', 'registerCase', { input: militaryCaseInput() });
    const notice = await ok('district', 'notifySpecializedOffice', {
      input: { caseId: militaryCase.id, channel: 'TELEPHONOGRAM', registrationNumber: `T-${seq}` },
    });
    races.push({
      record: 'Notification',
      table: 'notification',
      id: notice.id,
      version: notice.version,
      run: (_v, version) =>
        call('military', 'acknowledgeNotification', { input: { id: notice.id, version } }),
      read: `(acknowledged_at IS NOT NULL AND (SELECT count(*) FROM audit_log a WHERE a.entity_id::text = t.id::text
                AND a.action = 'acknowledgeNotification') = 1)::text`,
      expected: { A: 'true', B: 'true' },
    });

    // Assignment: ended on two different days.
    const [free] = await sql<{ prosecutorId: string; regionId: string; theme: string }>(
      `SELECT p.id AS "prosecutorId", o.region_id AS "regionId", t.code AS theme
         FROM prosecutor p JOIN office o ON o.id = p.office_id CROSS JOIN thematic_direction t
        WHERE p.active AND o.region_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.prosecutor_id = p.id AND a.theme_id = t.id)
        ORDER BY p.id, t.code LIMIT 1`,
    );
    expect(free).toBeDefined();
    const assignment = await ok('admin', 'assignProsecutor', {
      input: {
        prosecutorId: free!.prosecutorId,
        regionId: free!.regionId,
        themeCode: free!.theme,
        validFrom: TODAY,
      },
    });
    const ends = { A: addDays(TODAY, 10), B: addDays(TODAY, 20) };
    races.push({
      record: 'Assignment',
      table: 'assignment',
      id: assignment.id,
      version: assignment.version,
      run: (v, version) =>
        call(v === 'A' ? 'admin' : 'analyst', 'unassignProsecutor', {
          id: assignment.id,
          version,
          validTo: ends[v],
        }),
      read: `to_char(valid_to, 'YYYY-MM-DD')`,
      expected: ends,
    });

    // Reconciliation item and the act itself: a military case heard this quarter in the district's court without
    // the military office notified or anyone attending — the act of this quarter has discrepancies to resolve.
    const heardCase = await ok('district', 'registerCase', { input: militaryCaseInput() });
    const held = await ok('district', 'scheduleHearing', {
      input: {
        caseId: heardCase.id,
        instance: 'FIRST',
        scheduledAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    });
    await ok('district', 'recordAttendance', {
      input: { id: held.id, version: held.version, attended: false },
    });
    const month = Number(TODAY.slice(5, 7));
    const built = await ok('district', 'buildReconciliation', {
      quarter: `${TODAY.slice(0, 4)}-Q${Math.ceil(month / 3)}`,
      territorialOfficeId: districtOfficeId,
      specializedOfficeId: militaryOfficeId,
    });
    const draft = { id: built.id, specialist: 'military' };
    const items = await sql<{ id: string; version: number }>(
      `SELECT id, version FROM reconciliation_item
        WHERE reconciliation_id = $1 AND discrepancy IS NOT NULL AND resolved_at IS NULL ORDER BY id`,
      [draft.id],
    );
    expect(items.length, 'the act has an open discrepancy').toBeGreaterThan(0);
    const raced = items[0]!;
    races.push({
      record: 'ReconciliationItem',
      table: 'reconciliation_item',
      id: raced.id,
      version: raced.version,
      run: (v, version) =>
        call(v === 'A' ? 'district' : draft.specialist, 'resolveDiscrepancy', {
          itemId: raced.id,
          version,
          note: `Сверено ${v}`,
        }),
      read: 'resolution_note',
      expected: { A: 'Сверено A', B: 'Сверено B' },
    });

    // Run every race: both changes at once, with the same version.
    const outcomes: string[] = [];
    let failures = 0;
    const runRace = async (race: Race): Promise<void> => {
      const [a, b] = await Promise.all([race.run('A', race.version), race.run('B', race.version)]);
      const won = [a, b].filter((x) => !x.errors);
      const conflicts = [a, b].filter((x) => codeOf(x) === 'CONFLICT');
      const winner = !a.errors ? 'A' : 'B';
      const [held] = await sql<{ v: unknown; version: number }>(
        `SELECT ${race.read} AS v, version FROM ${race.table} t WHERE id = $1`,
        [race.id],
      );
      const good =
        won.length === 1 &&
        conflicts.length === 1 &&
        held?.v === race.expected[winner] &&
        held?.version === race.version + 1;
      if (!good) failures += 1;
      outcomes.push(
        `${race.record}: ${good ? 'ok' : 'FAILED'} ${JSON.stringify({ a: a.errors ?? 'ok', b: b.errors ?? 'ok', held })}`,
      );
    };
    for (const race of races) await runRace(race);

    // The act: every other discrepancy resolved, then both sides sign the same version at once.
    for (const item of items.slice(1)) {
      await ok('district', 'resolveDiscrepancy', { itemId: item.id, version: item.version, note: 'Сверено' });
    }
    const [act] = await sql<{ version: number }>('SELECT version FROM reconciliation WHERE id = $1', [
      draft.id,
    ]);
    const signRace: Race = {
      record: 'Reconciliation',
      table: 'reconciliation',
      id: draft.id,
      version: act!.version,
      run: (v, version) =>
        call(v === 'A' ? 'district' : draft.specialist, 'signReconciliation', { id: draft.id, version }),
      read: `CASE WHEN signed_by_territorial_at IS NOT NULL AND signed_by_specialized_at IS NULL THEN 'A'
                  WHEN signed_by_specialized_at IS NOT NULL AND signed_by_territorial_at IS NULL THEN 'B' END`,
      expected: { A: 'A', B: 'B' },
    };
    races.push(signRace);
    await runRace(signRace);

    tally('lost', 'concurrent updates of one version: the winner’s values kept', races.length, failures);
    expect(
      outcomes.filter((o) => !o.includes(': ok ')),
      outcomes.join('\n'),
    ).toEqual([]);
    expect(failures).toBe(0);
    expect(races.map((r) => r.record).sort()).toEqual(
      [
        'Application',
        'Assignment',
        'Case',
        'Conclusion',
        'CourtAct',
        'Hearing',
        'Notification',
        'Protest',
        'Reconciliation',
        'ReconciliationItem',
        'Requisition',
      ].sort(),
    );
  }, 120_000);

  it('should refuse a stale version with CONFLICT and write nothing', async () => {
    expect(races.length).toBeGreaterThan(0);
    const attempts: { what: string; table: string; id: string; send: () => Promise<Answer> }[] = [];
    // Every raced record now has version + 1: both changes again with the version read before the race.
    for (const race of races) {
      for (const variant of ['A', 'B'] as const) {
        attempts.push({
          what: `${race.record} ${variant}`,
          table: race.table,
          id: race.id,
          send: () => race.run(variant, race.version),
        });
      }
    }
    // And the other versioned mutations of the family, on fresh records changed once since they were read.
    const fresh = await caseWithAct();
    const hearing = await ok('district', 'scheduleHearing', {
      input: {
        caseId: fresh.caseId,
        instance: 'FIRST',
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    await ok('district', 'rescheduleHearing', {
      input: {
        id: hearing.id,
        version: hearing.version,
        scheduledAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      },
    });
    attempts.push({
      what: 'cancelHearing',
      table: 'hearing',
      id: hearing.id,
      send: () =>
        call('district', 'cancelHearing', {
          input: { id: hearing.id, version: hearing.version, reason: 'x' },
        }),
    });
    const changed = await ok('district', 'updateCourtAct', {
      input: {
        id: fresh.actId,
        version: fresh.actVersion,
        appealResult: 'CHANGED',
        appealBasis: 'COMPLAINT',
        appealDecidedOn: TODAY,
        exclusion: 'PENALTY_WITHIN_SANCTION',
      },
    });
    expect(changed.version).toBe(fresh.actVersion + 1);
    attempts.push({
      what: 'approveExclusion',
      table: 'court_act',
      id: fresh.actId,
      send: () => call('analyst', 'approveExclusion', { id: fresh.actId, version: fresh.actVersion }),
    });
    // A protest read, then withdrawn by someone else: the outcome recorded on what was read is refused.
    const protest = await ok('district', 'bringProtest', { input: protestInput(fresh.caseId, fresh.actId) });
    await ok('regional', 'withdrawProtest', {
      input: { id: protest.id, version: protest.version, reason: 'Отозван' },
    });
    attempts.push({
      what: 'recordProtestOutcome',
      table: 'protest',
      id: protest.id,
      send: () =>
        call('district', 'recordProtestOutcome', {
          input: { id: protest.id, version: protest.version, status: 'SATISFIED', decidedOn: TODAY },
        }),
    });
    const application = await ok('district', 'receiveApplication', { input: applicationInput(fresh.caseId) });
    const ordered = await ok('regional', 'orderRequisition', {
      id: application.id,
      version: application.version,
      orderedOn: addDays(TODAY, -2),
    });
    attempts.push({
      what: 'orderRequisition',
      table: 'application',
      id: application.id,
      send: () =>
        call('regional', 'orderRequisition', {
          id: application.id,
          version: application.version,
          orderedOn: TODAY,
        }),
    });
    const requisition = (ordered['requisitions'] as { id: string; version: number }[])[0]!;
    await ok('regional', 'recordRequisitionReceivedByCourt', {
      id: requisition.id,
      version: requisition.version,
      receivedOn: addDays(TODAY, -1),
    });
    attempts.push({
      what: 'recordCaseFileReceived',
      table: 'requisition',
      id: requisition.id,
      send: () =>
        call('regional', 'recordCaseFileReceived', {
          id: requisition.id,
          version: requisition.version,
          receivedOn: TODAY,
        }),
    });
    const [draft] = await sql<{ id: string; quarter: string; t: string; s: string; version: number }>(
      `SELECT id, quarter, territorial_office_id AS t, specialized_office_id AS s, version FROM reconciliation
        WHERE status = 'DRAFT' AND territorial_office_id = $1 AND specialized_office_id = $2`,
      [districtOfficeId, militaryOfficeId],
    );
    if (draft) {
      attempts.push({
        what: 'buildReconciliation (rebuild of a stale draft)',
        table: 'reconciliation',
        id: draft.id,
        send: () =>
          call('district', 'buildReconciliation', {
            quarter: draft.quarter,
            territorialOfficeId: draft.t,
            specializedOfficeId: draft.s,
            version: draft.version + 7,
          }),
      });
    }

    const problems: string[] = [];
    // No table gains or loses a row over all the attempts (every one of them must write nothing), and each
    // record is, byte for byte, what it was before its attempt.
    const counts = await tableRowCounts(databaseUrl);
    for (const attempt of attempts) {
      const before = await row(attempt.table, attempt.id);
      const answer = await attempt.send();
      const after = await row(attempt.table, attempt.id);
      staleChecks += 1;
      const good = codeOf(answer) === 'CONFLICT' && JSON.stringify(after) === JSON.stringify(before);
      if (!good) {
        staleFailures += 1;
        problems.push(`${attempt.what}: ${JSON.stringify(answer.errors ?? answer.data)}`);
      }
    }
    const countsAfter = await tableRowCounts(databaseUrl);
    for (const [table, n] of Object.entries(countsAfter)) {
      if (counts[table] !== n) {
        staleFailures += 1;
        problems.push(`${table}: ${counts[table]} rows before the stale attempts, ${n} after`);
      }
    }
    tally('half-written', 'stale updates refused with nothing written', staleChecks, staleFailures);
    expect(problems).toEqual([]);
    expect(staleChecks).toBeGreaterThanOrEqual(races.length * 2 + 6);
  }, 120_000);

  it('should take a protest outcome and a change of its act at once without a deadlock', async () => {
    // recordProtestOutcome changes the protest and its act; updateCourtAct the act. Both lock the case first, so
    // neither waits for the other in a cycle: each answers, the act change a CONFLICT when the outcome came first.
    const problems: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { caseId, actId, actVersion } = await caseWithAct();
      const protest = await ok('district', 'bringProtest', { input: protestInput(caseId, actId) });
      const [outcome, change] = await Promise.all([
        call('district', 'recordProtestOutcome', {
          input: { id: protest.id, version: protest.version, status: 'SATISFIED', decidedOn: TODAY },
        }),
        call('regional', 'updateCourtAct', {
          input: { id: actId, version: actVersion, summary: `Раунд ${round}` },
        }),
      ]);
      if (outcome.errors) problems.push(`outcome: ${JSON.stringify(outcome.errors)}`);
      if (change.errors && codeOf(change) !== 'CONFLICT')
        problems.push(`change: ${JSON.stringify(change.errors)}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('should create one hearing and one event for a retried scheduleHearing with one key', async () => {
    const kase = await ok('district', 'registerCase', { input: caseInput() });
    const input = {
      caseId: kase.id,
      instance: 'FIRST',
      scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    };
    const hearings = async () =>
      Number(
        (await sql<{ n: string }>('SELECT count(*) AS n FROM hearing WHERE case_id = $1', [kase.id]))[0]!.n,
      );
    const events = async (hearingId: string) =>
      Number(
        (
          await sql<{ n: string }>(
            `SELECT count(*) AS n FROM outbox_event WHERE topic = 'HEARING' AND kind = 'SCHEDULED'
              AND payload -> 'hearing' ->> 'id' = $1`,
            [hearingId],
          )
        )[0]!.n,
      );
    let tried = 0;
    let failures = 0;
    const check = (good: boolean) => {
      tried += 1;
      if (!good) failures += 1;
    };

    // One after another: the same key three times.
    const key = randomUUID();
    const first = await ok('district', 'scheduleHearing', { input: { ...input, idempotencyKey: key } });
    for (let i = 0; i < 2; i++) {
      const again = await call('district', 'scheduleHearing', { input: { ...input, idempotencyKey: key } });
      check(!again.errors && again.data?.scheduleHearing?.id === first.id);
    }
    expect(await hearings()).toBe(1);
    expect(await events(first.id)).toBe(1);
    const [audits] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit_log WHERE action = 'scheduleHearing' AND entity_id = $1`,
      [first.id],
    );
    expect(Number(audits!.n)).toBe(1);

    // Five at once with a new key: one of them creates, the others wait for it and answer with its hearing.
    const concurrentKey = `retry-${randomUUID()}`;
    const later = { ...input, scheduledAt: new Date(Date.now() + 4 * 86_400_000).toISOString() };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('district', 'scheduleHearing', { input: { ...later, idempotencyKey: concurrentKey } }),
      ),
    );
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const ids = new Set(answers.map((a) => a.data!.scheduleHearing!.id));
    for (const a of answers) check(!a.errors && ids.size === 1);
    expect(ids.size).toBe(1);
    expect(await hearings()).toBe(2);
    expect(await events([...ids][0]!)).toBe(1);

    // The same key with another input, or for another mutation: CONFLICT, nothing written.
    const counts = await tableRowCounts(databaseUrl);
    const other = await call('district', 'scheduleHearing', {
      input: { ...input, scheduledAt: later.scheduledAt, idempotencyKey: key },
    });
    expect(codeOf(other), JSON.stringify(other.errors)).toBe('CONFLICT');
    expect(other.errors?.[0]?.message).toContain('different input');
    const otherMutation = await call('district', 'registerCase', {
      input: { ...caseInput(), idempotencyKey: key },
    });
    expect(codeOf(otherMutation)).toBe('CONFLICT');
    expect(await tableRowCounts(databaseUrl)).toEqual(counts);

    // Keys are validated: 8–128 printable ASCII characters.
    for (const bad of ['short', 'x'.repeat(129), 'ключ-идемпотентности', 'tab\there-key']) {
      const answer = await call('district', 'scheduleHearing', { input: { ...input, idempotencyKey: bad } });
      expect(codeOf(answer), bad).toBe('BAD_USER_INPUT');
    }
    expect(await tableRowCounts(databaseUrl)).toEqual(counts);

    // Keys are per user: another user's request with the same key is a request of its own.
    const regional = await ok('regional', 'scheduleHearing', { input: { ...input, idempotencyKey: key } });
    expect(regional.id).not.toBe(first.id);
    expect(await hearings()).toBe(3);

    // Without a key a retry is a new request: two hearings (retries are safe only with a key).
    const a = await ok('district', 'scheduleHearing', { input });
    const b = await ok('district', 'scheduleHearing', { input });
    expect(a.id).not.toBe(b.id);
    expect(await hearings()).toBe(5);

    // A key is remembered for 24 hours: after that the same key is a new request (and the old row is pruned).
    const district = `(SELECT id FROM app_user WHERE username = 'district')`;
    await sql(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1 AND user_id = ${district}`,
      [key],
    );
    const afterExpiry = await ok('district', 'scheduleHearing', { input: { ...input, idempotencyKey: key } });
    expect(afterExpiry.id).not.toBe(first.id);
    expect(await hearings()).toBe(6);
    const [kept] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM idempotency_key
        WHERE key = $1 AND user_id = ${district} AND created_at < now() - interval '24 hours'`,
      [key],
    );
    expect(Number(kept!.n)).toBe(0);

    tally(
      'duplicated',
      'retried scheduleHearing with one idempotency key (sequential and 5 at once)',
      tried,
      failures,
    );
    expect(failures).toBe(0);
  }, 120_000);

  it('should create once for every creating mutation retried with one key', async () => {
    const base = await caseWithAct();
    const hearingAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const militaryCase = await ok('district', 'registerCase', { input: militaryCaseInput() });
    const application = await ok('district', 'receiveApplication', { input: applicationInput(base.caseId) });
    const [free] = await sql<{ prosecutorId: string; regionId: string; theme: string }>(
      `SELECT p.id AS "prosecutorId", o.region_id AS "regionId", t.code AS theme
         FROM prosecutor p JOIN office o ON o.id = p.office_id CROSS JOIN thematic_direction t
        WHERE p.active AND o.region_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.prosecutor_id = p.id AND a.theme_id = t.id)
        ORDER BY p.id DESC, t.code DESC LIMIT 1`,
    );
    expect(free).toBeDefined();

    // Each: who sends it, its variables (the key goes where the mutation takes it), the table it adds a row to.
    const table: {
      name: MutationName;
      user: User;
      table: string;
      vars: (key: string) => Record<string, unknown>;
    }[] = [
      {
        name: 'registerCase',
        user: 'district',
        table: 'court_case',
        vars: ((input) => (key) => ({ input: { ...input, idempotencyKey: key } }))(caseInput()),
      },
      {
        name: 'recordCourtAct',
        user: 'district',
        table: 'court_act',
        vars: (key) => ({ input: { ...actInput(base.caseId), idempotencyKey: key } }),
      },
      {
        name: 'bringProtest',
        user: 'district',
        table: 'protest',
        vars: (key) => ({ input: { ...protestInput(base.caseId, base.actId), idempotencyKey: key } }),
      },
      {
        name: 'fileConclusion',
        user: 'district',
        table: 'conclusion',
        vars: (key) => ({
          input: {
            caseId: base.caseId,
            courtActId: base.actId,
            kind: 'FIRST_INSTANCE',
            content: CONCLUSION_CONTENT,
            idempotencyKey: key,
          },
        }),
      },
      {
        name: 'recordPrivateRuling',
        user: 'district',
        table: 'private_ruling',
        vars: (key) => ({
          input: {
            caseId: base.caseId,
            issuedOn: TODAY,
            onProsecutorMotion: false,
            subject: 'Об устранении причин',
            idempotencyKey: key,
          },
        }),
      },
      {
        name: 'receiveApplication',
        user: 'district',
        table: 'application',
        vars: (key) => ({ input: { ...applicationInput(base.caseId), idempotencyKey: key } }),
      },
      {
        name: 'orderRequisition',
        user: 'regional',
        table: 'requisition',
        vars: (key) => ({
          id: application.id,
          version: application.version,
          orderedOn: TODAY,
          idempotencyKey: key,
        }),
      },
      {
        name: 'proposeCassationProtest',
        user: 'regional',
        table: 'cassation_proposal',
        vars: (key) => ({
          input: {
            caseId: base.caseId,
            courtActId: base.actId,
            reason: 'Апелляционный протест необоснованно отклонён (п. 14)',
            descriptivePart: 'Постановлением суда первой инстанции…',
            reasoningPart: 'Выводы суда не соответствуют материалам дела…',
            resolutivePart:
              'Отменить постановление и прекратить производство (подпункт 3 части 1 статьи 839 КоАП)',
            idempotencyKey: key,
          },
        }),
      },
      {
        name: 'notifySpecializedOffice',
        user: 'district',
        table: 'notification',
        vars: (key) => ({
          input: {
            caseId: militaryCase.id,
            channel: 'TELEPHONOGRAM',
            registrationNumber: '3-1/26',
            idempotencyKey: key,
          },
        }),
      },
      {
        name: 'addRegisterEntry',
        user: 'district',
        table: 'register_entry',
        vars: (key) => ({
          input: {
            caseId: base.caseId,
            kind: 'VIOLATION',
            description: 'Нарушение срока',
            idempotencyKey: key,
          },
        }),
      },
      {
        name: 'assignProsecutor',
        user: 'admin',
        table: 'assignment',
        vars: (key) => ({
          input: {
            prosecutorId: free!.prosecutorId,
            regionId: free!.regionId,
            themeCode: free!.theme,
            validFrom: TODAY,
            idempotencyKey: key,
          },
        }),
      },
      {
        name: 'buildReconciliation',
        user: 'district',
        table: 'reconciliation',
        vars: (key) => ({
          quarter: '2019-Q1',
          territorialOfficeId: districtOfficeId,
          specializedOfficeId: militaryOfficeId,
          idempotencyKey: key,
        }),
      },
      {
        name: 'scheduleHearing',
        user: 'district',
        table: 'hearing',
        vars: (key) => ({
          input: { caseId: base.caseId, instance: 'FIRST', scheduledAt: hearingAt, idempotencyKey: key },
        }),
      },
    ];

    let tried = 0;
    let failures = 0;
    const problems: string[] = [];
    const count = async (t: string) =>
      Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n);
    for (const entry of table) {
      const key = randomUUID();
      const before = await count(entry.table);
      // Three at once, then a fourth after they answered.
      const together = await Promise.all([0, 1, 2].map(() => call(entry.user, entry.name, entry.vars(key))));
      const after = await call(entry.user, entry.name, entry.vars(key));
      const answers = [...together, after];
      const ids = answers.map((a) => a.data?.[entry.name]?.id);
      const added = (await count(entry.table)) - before;
      for (const answer of answers.slice(1)) {
        tried += 1;
        const good = !answer.errors && answer.data?.[entry.name]?.id === ids[0] && added === 1;
        if (!good) failures += 1;
      }
      if (answers.some((a) => a.errors) || new Set(ids).size !== 1 || added !== 1) {
        problems.push(
          `${entry.name}: ${added} rows, ids ${JSON.stringify(ids)}, ${JSON.stringify(answers.map((a) => a.errors))}`,
        );
      }
      // The same key, another input: CONFLICT, nothing written.
      const counts = await tableRowCounts(databaseUrl);
      const changedVars = JSON.parse(JSON.stringify(entry.vars(key))) as Record<string, unknown>;
      const differing =
        entry.name === 'orderRequisition'
          ? { ...changedVars, orderedOn: addDays(TODAY, -1) }
          : entry.name === 'buildReconciliation'
            ? { ...changedVars, quarter: '2019-Q2' }
            : {
                ...changedVars,
                input: { ...(changedVars['input'] as object), ...differentField(entry.name) },
              };
      const conflict = await call(entry.user, entry.name, differing);
      tried += 1;
      const same = JSON.stringify(await tableRowCounts(databaseUrl)) === JSON.stringify(counts);
      if (codeOf(conflict) !== 'CONFLICT' || !same) {
        failures += 1;
        problems.push(
          `${entry.name} with another input: ${JSON.stringify(conflict.errors ?? conflict.data)}`,
        );
      }
    }
    tally('duplicated', 'retried creating mutations with one idempotency key', tried, failures);
    expect(problems).toEqual([]);
    expect(failures).toBe(0);
    expect(table.map((t) => t.name).sort()).toEqual(
      [
        'addRegisterEntry',
        'assignProsecutor',
        'bringProtest',
        'buildReconciliation',
        'fileConclusion',
        'notifySpecializedOffice',
        'orderRequisition',
        'proposeCassationProtest',
        'receiveApplication',
        'recordCourtAct',
        'recordPrivateRuling',
        'registerCase',
        'scheduleHearing',
      ].sort(),
    );
  }, 120_000);
});

/** A field of each creating mutation's input set to another valid value (the same key then names another request). */
const DIFFERENT: Partial<Record<MutationName, Record<string, unknown>>> = {
  registerCase: { summary: 'Другое описание' },
  recordCourtAct: { summary: 'Другой акт' },
  bringProtest: { grounds: 'Другие основания статьи 840 КоАП' },
  fileConclusion: { content: { ...CONCLUSION_CONTENT, evidence: 'Другие доказательства' } },
  recordPrivateRuling: { subject: 'Другой предмет' },
  receiveApplication: { applicantName: 'Другой Заявитель' },
  proposeCassationProtest: { reason: 'Другая причина (п. 14)' },
  notifySpecializedOffice: { registrationNumber: '3-2/26' },
  addRegisterEntry: { description: 'Другое нарушение' },
  assignProsecutor: { validFrom: addDays(TODAY, 1) },
  scheduleHearing: { scheduledAt: new Date(Date.now() + 9 * 86_400_000).toISOString() },
};

function differentField(name: MutationName): Record<string, unknown> {
  const fields = DIFFERENT[name];
  if (!fields) throw new Error(`no different field for ${name}`);
  return fields;
}
