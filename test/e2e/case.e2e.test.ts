// Issue 6, case detail in Chromium against the real server with the demo data: a district prosecutor brings a
// protest through the form (a missing field is refused before anything is written; a deadline already passed
// asks for the knowingly-late choice), the timeline and the deadline follow; a conclusion is filed; a specialized
// office that only monitors a case sees no action; an unknown case id says so. Screenshots in ru and kk, desktop
// and phone, go to test/artifacts/e2e.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, screenshot } from '../support/browser';
import { PHONE, signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';

interface CaseRow {
  id: string;
  number: string;
  responsibleOfficeId: string;
  specializedOfficeId: string | null;
  courtActs: { id: string; instance: string }[];
  deadlines: { code: string; status: string; subjectId: string | null; dueOn: string }[];
  protests: { id: string; courtActId: string; kind: string; status: string; late: boolean }[];
  conclusions: { id: string; kind: string }[];
}

const CASE_FIELDS = `id number responsibleOfficeId specializedOfficeId courtActs { id instance }
  deadlines { code status subjectId dueOn } protests { id courtActId kind status late } conclusions { id kind }`;

describe.skipIf(!chromiumAvailable())('case detail in Chromium', () => {
  let dashboard: DemoDashboard;
  let url: string;

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_case');
    url = dashboard.server.url;
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  async function caseOf(user: string, id: string): Promise<CaseRow> {
    return (
      await dashboard.api<{ case: CaseRow }>(user, `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, {
        id,
      })
    ).case;
  }

  /** A case the district office answers for whose appeal-protest deadline is in `status`, with no protest pending. */
  async function districtCase(status: 'OPEN' | 'MISSED'): Promise<{ kase: CaseRow; actId: string }> {
    const { me, cases } = await dashboard.api<{
      me: { officeId: string };
      cases: { edges: { node: CaseRow }[] };
    }>(
      'district',
      `query ($status: DeadlineStatus) { me { officeId }
        cases(first: 100, filter: { deadlineStatus: $status }) { edges { node { ${CASE_FIELDS} } } } }`,
      { status },
    );
    for (const { node } of cases.edges) {
      if (node.responsibleOfficeId !== me.officeId) continue;
      const deadline = node.deadlines.find(
        (d) =>
          d.code === 'APPEAL_PROTEST' &&
          d.status === status &&
          d.subjectId !== null &&
          !node.protests.some((p) => p.courtActId === d.subjectId && p.status === 'BROUGHT'),
      );
      if (deadline?.subjectId) return { kase: node, actId: deadline.subjectId };
    }
    throw new Error(`the demo data has no district case with an ${status} appeal-protest deadline`);
  }

  async function openCase(page: Page, id: string): Promise<void> {
    await page.goto(`${url}/cases/${id}`);
    await page.waitForSelector('[data-testid=case-header]');
  }

  async function setLang(page: Page, lang: 'ru' | 'kk'): Promise<void> {
    await page.evaluate(`localStorage.setItem('qadagalau.lang', '${lang}')`);
  }

  it('should refuse a protest without grounds before writing, then bring it: the timeline shows it and the deadline is met', async () => {
    const { kase, actId } = await districtCase('OPEN');
    const page = await dashboard.page();
    await signIn(page, url, 'district', `/cases/${kase.id}`);
    await page.waitForSelector('[data-testid=case-header]');
    await expect.poll(() => page.textContent('[data-testid=case-number]')).toContain(kase.number);
    const deadlineRow = `[data-testid=deadline-row][data-code=APPEAL_PROTEST][data-subject="${actId}"]`;
    expect(await page.getAttribute(deadlineRow, 'data-status')).toBe('OPEN');
    await screenshot(page, 'case-ru-desktop');

    await page.click('[data-testid=action-bring-protest]');
    await page.waitForSelector('[data-testid=bring-protest-form]');
    await page.selectOption('[data-testid=bring-protest-form] select[name=courtActId]', actId);
    // First: grounds left empty. The form names the field and sends nothing.
    await page.click('[data-testid=bring-protest-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=error-grounds]');
    expect(await page.textContent('[data-testid=error-grounds]')).toContain('Обязательное поле');
    expect(
      await page.getAttribute('[data-testid=bring-protest-form] textarea[name=grounds]', 'aria-invalid'),
    ).toBe('true');
    await screenshot(page, 'case-ru-protest-error');
    expect((await caseOf('district', kase.id)).protests).toHaveLength(kase.protests.length);

    // Then properly.
    await page.fill(
      '[data-testid=bring-protest-form] textarea[name=grounds]',
      'Взыскание назначено без учёта смягчающих обстоятельств (ст. 840 КоАП)',
    );
    await page.click('[data-testid=bring-protest-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=dialog-protest]', { state: 'detached' });
    const after = await caseOf('district', kase.id);
    const brought = after.protests.find((p) => p.courtActId === actId && p.status === 'BROUGHT');
    expect(brought?.late).toBe(false);
    await page.waitForSelector(`[data-testid=timeline-entry][data-kind=PROTEST][data-id="${brought?.id}"]`);
    expect(
      await page.getAttribute(`[data-testid=timeline-entry][data-id="${brought?.id}"]`, 'data-status'),
    ).toBe('BROUGHT');
    await expect.poll(() => page.getAttribute(deadlineRow, 'data-status')).toBe('MET');
    expect(after.deadlines.find((d) => d.code === 'APPEAL_PROTEST' && d.subjectId === actId)?.status).toBe(
      'MET',
    );
    await screenshot(page, 'case-ru-protest-brought');

    // File a first-instance conclusion (para 10: guilt and qualification, evidence, proposed penalty).
    await page.click('[data-testid=action-file-conclusion]');
    await page.waitForSelector('[data-testid=file-conclusion-form]');
    await page.selectOption('[data-testid=file-conclusion-form] select[name=kind]', 'FIRST_INSTANCE');
    await page.fill(
      '[data-testid=file-conclusion-form] textarea[name="content.guiltAndQualification"]',
      'Вина доказана',
    );
    await page.fill(
      '[data-testid=file-conclusion-form] textarea[name="content.evidence"]',
      'Протокол, объяснения',
    );
    // One item missing: refused before sending.
    await page.click('[data-testid=file-conclusion-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid="error-content.proposedPenalty"]');
    expect((await caseOf('district', kase.id)).conclusions).toHaveLength(after.conclusions.length);
    await page.fill('[data-testid=file-conclusion-form] textarea[name="content.proposedPenalty"]', 'Штраф');
    await page.click('[data-testid=file-conclusion-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=dialog-conclusion]', { state: 'detached' });
    const filed = await caseOf('district', kase.id);
    expect(filed.conclusions).toHaveLength(after.conclusions.length + 1);
    const conclusion = filed.conclusions.find((c) => !after.conclusions.some((o) => o.id === c.id));
    await page.waitForSelector(
      `[data-testid=timeline-entry][data-kind=CONCLUSION][data-id="${conclusion?.id}"]`,
    );

    // Schedule a hearing: the appeal instance does not sit in the case's (first-instance) court — the server's
    // coded error lands beside the field it names, and nothing is written; the first instance then goes through.
    const hearingsBefore = (
      await dashboard.api<{ case: { hearings: { id: string }[] } }>(
        'district',
        'query ($id: ID!) { case(id: $id) { hearings { id } } }',
        { id: kase.id },
      )
    ).case.hearings.length;
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await page.click('[data-testid=action-schedule-hearing]');
    await page.waitForSelector('[data-testid=schedule-hearing-form]');
    await page.fill('[data-testid=schedule-hearing-form] input[name=scheduledAt]', `${inTwoDays}T10:30`);
    await page.selectOption('[data-testid=schedule-hearing-form] select[name=instance]', 'APPEAL');
    await page.click('[data-testid=schedule-hearing-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=error-instance]');
    expect(await page.textContent('[data-testid=error-instance]')).toContain('Данные введены неверно');
    const hearingsNow = await dashboard.api<{ case: { hearings: { id: string; scheduledAt: string }[] } }>(
      'district',
      'query ($id: ID!) { case(id: $id) { hearings { id scheduledAt } } }',
      { id: kase.id },
    );
    expect(hearingsNow.case.hearings).toHaveLength(hearingsBefore);
    await page.selectOption('[data-testid=schedule-hearing-form] select[name=instance]', 'FIRST');
    await page.click('[data-testid=schedule-hearing-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=dialog-hearing]', { state: 'detached' });
    const hearings = (
      await dashboard.api<{ case: { hearings: { id: string; scheduledAt: string }[] } }>(
        'district',
        'query ($id: ID!) { case(id: $id) { hearings { id scheduledAt } } }',
        { id: kase.id },
      )
    ).case.hearings;
    const hearing = hearings.find((h) => !hearingsNow.case.hearings.some((o) => o.id === h.id));
    // 10:30 in Almaty is 05:30 UTC.
    expect(hearing?.scheduledAt).toBe(`${inTwoDays}T05:30:00.000Z`);
    await page.waitForSelector(`[data-testid=timeline-entry][data-kind=HEARING][data-id="${hearing?.id}"]`);

    // Record the court's decision on the protest brought above.
    await page.click('[data-testid=action-record-outcome]');
    await page.waitForSelector('[data-testid=protest-outcome-form]');
    await page.selectOption('[data-testid=protest-outcome-form] select[name=protestId]', brought!.id);
    await page.selectOption('[data-testid=protest-outcome-form] select[name=outcome]', 'UNSATISFIED');
    await page.click('[data-testid=protest-outcome-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=dialog-outcome]', { state: 'detached' });
    await expect
      .poll(() => page.getAttribute(`[data-testid=timeline-entry][data-id="${brought?.id}"]`, 'data-status'))
      .toBe('UNSATISFIED');

    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'case-ru-phone');
    await setLang(page, 'kk');
    await openCase(page, kase.id);
    await expect.poll(() => page.textContent('[data-testid=case-timeline]')).toContain('Наразылық');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'case-kk-phone');
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'case-kk-desktop');
  });

  it('should ask for the knowingly-late choice after the deadline and record the protest as late', async () => {
    const { kase, actId } = await districtCase('MISSED');
    const page = await dashboard.page();
    await signIn(page, url, 'district', `/cases/${kase.id}`);
    await page.waitForSelector('[data-testid=case-header]');
    await page.click('[data-testid=action-bring-protest]');
    await page.selectOption('[data-testid=bring-protest-form] select[name=courtActId]', actId);
    // The date defaults to today, past the deadline: the choice is in view before anything is sent.
    await page.waitForSelector('[data-testid=late-choice]');
    await page.fill('[data-testid=bring-protest-form] textarea[name=grounds]', 'Неправильная квалификация');
    await page.click('[data-testid=bring-protest-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=error-late]');
    expect((await caseOf('district', kase.id)).protests).toHaveLength(kase.protests.length);
    await screenshot(page, 'case-ru-late-choice');
    await page.check('[data-testid=late-choice] input[name=late]');
    await page.click('[data-testid=bring-protest-form] [data-testid=form-submit]');
    await page.waitForSelector('[data-testid=dialog-protest]', { state: 'detached' });
    const brought = (await caseOf('district', kase.id)).protests.find(
      (p) => p.courtActId === actId && p.status === 'BROUGHT',
    );
    expect(brought?.late).toBe(true);
    await page.waitForSelector(`[data-testid=timeline-entry][data-kind=PROTEST][data-id="${brought?.id}"]`);
  });

  it('should show a monitoring specialized office the case without any action, and an unknown case as not found', async () => {
    const { me, cases } = await dashboard.api<{
      me: { officeId: string };
      cases: { edges: { node: CaseRow }[] };
    }>('military', `{ me { officeId } cases(first: 100) { edges { node { ${CASE_FIELDS} } } } }`);
    const monitored = cases.edges
      .map((e) => e.node)
      .find((c) => c.responsibleOfficeId !== me.officeId && c.specializedOfficeId !== me.officeId);
    expect(monitored, 'a case the military office only monitors').toBeDefined();
    const page = await dashboard.page();
    await signIn(page, url, 'military', `/cases/${monitored!.id}`);
    await page.waitForSelector('[data-testid=case-header]');
    await page.waitForSelector('[data-testid=case-readonly]');
    expect(await page.locator('[data-testid=case-actions]').count()).toBe(0);
    expect(await page.locator('[data-testid^=action-]').count()).toBe(0);
    await screenshot(page, 'case-ru-military-monitoring');

    await page.goto(`${url}/cases/00000000-0000-4000-8000-000000000000`);
    await page.waitForSelector('[data-testid=case-not-found]');
    expect(await page.textContent('[data-testid=case-not-found]')).toContain('Дело не найдено');
    await screenshot(page, 'case-ru-not-found');
  });

  it('should show a minor’s initials with the reason outside the responsible office, the full name inside it, on a phone too', async () => {
    type Row = {
      id: string;
      version: number;
      responsibleOfficeId: string;
      offenderMinor: boolean;
      offenderName: string;
    };
    const { me, cases } = await dashboard.api<{
      me: { officeId: string };
      cases: { edges: { node: Row }[] };
    }>(
      'district',
      '{ me { officeId } cases(first: 100) { edges { node { id version responsibleOfficeId offenderMinor offenderName } } } }',
    );
    const own = cases.edges.map((e) => e.node).filter((c) => c.responsibleOfficeId === me.officeId);
    let minor = own.find((c) => c.offenderMinor);
    if (!minor) {
      // None among the first page: the district office records that one of its offenders is a minor.
      const kase = own[0]!;
      await dashboard.api(
        'district',
        'mutation ($id: ID!, $v: Int!) { updateCase(input: { id: $id, version: $v, offenderMinor: true }) { id } }',
        {
          id: kase.id,
          v: kase.version,
        },
      );
      minor = { ...kase, offenderMinor: true };
    }
    const facts = '[data-testid=case-facts]';

    const inside = await dashboard.page();
    await signIn(inside, url, 'district', `/cases/${minor!.id}`);
    await inside.waitForSelector(facts);
    expect(await inside.textContent(facts)).toContain(minor!.offenderName);
    expect(await inside.locator('[data-testid=personal-data-hidden]').count()).toBe(0);

    const outside = await dashboard.page();
    await outside.setViewportSize(PHONE);
    await signIn(outside, url, 'regional', `/cases/${minor!.id}`);
    await outside.waitForSelector('[data-testid=personal-data-hidden]');
    const text = (await outside.textContent(facts)) ?? '';
    expect(text).not.toContain(minor!.offenderName);
    expect(text).toMatch(/([А-ЯӘҒҚҢӨҰҮҺІA-Z]\. ){1,3}/u);
    expect(await outside.textContent('[data-testid=personal-data-hidden]')).toContain('Несовершеннолетний');
    // No broken layout: nothing wider than the phone's screen.
    expect(await outside.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await screenshot(outside, 'case-ru-phone-minor-masked');
  });
});
