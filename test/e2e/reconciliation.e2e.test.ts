// Issue 6, the Reconciliation screen (para 7) in Chromium against a real server with the demo data. Four cases of
// the military office heard last quarter in the district's court, one per discrepancy kind, plus a clean one. The
// district prosecutor (territorial) rebuilds the demo draft in the UI and sees the two registers side by side; the
// note is required before anything is sent; both sides resolve the discrepancies in their own browser contexts;
// the Sign button appears only for the viewer's side once nothing is open; both sign and the act shows frozen and
// read-only. The act downloads as XLSX (read back with exceljs: the case rows) and PDF (%PDF). Screenshots in ru
// and kk, desktop and phone, go to test/artifacts/e2e.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, screenshot } from '../support/browser';
import { PHONE, signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';
import { withClient } from '../support/postgres';
import { createTempDir } from '../support/temp-dir';

/** Today in Almaty and the last closed quarter (the screen's default) with its first day. */
function lastClosedQuarter(): { quarter: string; from: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - 1;
  const year = Math.floor(index / 4);
  const q = (index % 4) + 1;
  return { quarter: `${year}-Q${q}`, from: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01` };
}

/** A day of the quarter: its first day plus `n` days. */
function dayOf(from: string, n: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const NOTES = {
  'E2E-REC-A': 'Военный прокурор уведомлён; участие территориального прокурора согласовано',
  'E2E-REC-B': 'Телефонограмма направлена повторно, принят к сведению',
  'E2E-REC-C': 'Внесено представление об устранении нарушений',
  'E2E-REC-D': 'Дублирование участия исключено графиком дежурств',
} as const;
type CaseNumber = keyof typeof NOTES;

interface ApiRec {
  reconciliation: {
    id: string;
    status: string;
    version: number;
    unresolvedCount: number;
    signedByTerritorialName: string | null;
    signedBySpecializedName: string | null;
    frozenAct: {
      items: { caseNumber: string; discrepancy: string | null; resolutionNote: string | null }[];
    } | null;
    items: {
      discrepancy: string | null;
      resolutionNote: string | null;
      resolvedByName: string | null;
      case: { number: string };
    }[];
  };
}
const REC = `query ($id: ID!) { reconciliation(id: $id) {
  id status version unresolvedCount signedByTerritorialName signedBySpecializedName frozenAct
  items { discrepancy resolutionNote resolvedByName case { number } }
} }`;

describe.skipIf(!chromiumAvailable())('Reconciliation screen in Chromium', () => {
  let dashboard: DemoDashboard;
  let url: string;
  const offices = { district: '', military: '' };
  const { quarter, from } = lastClosedQuarter();
  let recId = '';
  let district: Page;
  let military: Page;
  const downloads = createTempDir('reconciliation-downloads');

  const sql = (text: string, params: unknown[] = []) =>
    withClient(
      dashboard.databaseUrl,
      async (client) => (await client.query(text, params)).rows as Record<string, unknown>[],
    );

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_reconciliation');
    url = dashboard.server.url;
    for (const user of ['district', 'military'] as const)
      offices[user] = (
        await dashboard.api<{ me: { officeId: string } }>(user, '{ me { officeId } }')
      ).me.officeId;
    const [court] = await sql(
      `select c.id from court c join office o on o.locality_id = c.locality_id
        where o.id = $1 and c.instance = 'FIRST' and c.kind in ('DISTRICT', 'CITY') order by c.code limit 1`,
      [offices.district],
    );
    const courtId = String(court?.['id']);

    // Military cases (КоАП ch. 32) heard last quarter in the district's court: para 7 decides who answers for each.
    const register = async (number: CaseNumber | 'E2E-REC-E') =>
      (
        await dashboard.api<{ registerCase: { id: string; version: number } }>(
          'district',
          `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`,
          {
            input: {
              number,
              koapArticle: '665',
              summary: 'Воинское правонарушение (глава 32 КоАП)',
              offenderName: `Военнослужащий ${number.slice(-1)}`,
              registeredOn: from,
              courtId,
              spheres: ['MILITARY_CH32'],
              sanctions: ['ARREST'],
              offenderMilitary: 'SERVICEMAN',
              offenderDutyRelated: true,
            },
          },
        )
      ).registerCase;
    const notify = async (kase: { id: string; version: number }, number: string) => {
      await sql(
        `insert into notification (case_id, from_office_id, to_office_id, channel, registration_number, sent_at)
         values ($1, $2, $3, 'TELEPHONOGRAM', $4, $5::date + time '09:00' at time zone 'Asia/Almaty')`,
        [kase.id, offices.district, offices.military, `ТФ-${number}`, from],
      );
      // Any change re-applies the rules, which then read the notice: the case routes to the military office.
      await dashboard.api(
        'district',
        'mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { id } }',
        {
          input: {
            id: kase.id,
            version: kase.version,
            summary: 'Воинское правонарушение: уведомлён военный прокурор',
          },
        },
      );
    };
    const hearing = (caseId: string, day: string, attendedBy: string | null) =>
      sql(
        `insert into hearing (case_id, court_id, instance, scheduled_at, status, attended, attended_by_office_id)
         values ($1, $2, 'FIRST', $3::date + time '10:00' at time zone 'Asia/Almaty', 'HELD', $4, $5)`,
        [caseId, courtId, day, attendedBy !== null, attendedBy],
      );
    const a = await register('E2E-REC-A'); // notified, only the territorial office attended
    await notify(a, 'A');
    await hearing(a.id, dayOf(from, 10), offices.district);
    const b = await register('E2E-REC-B'); // never notified
    await hearing(b.id, dayOf(from, 11), offices.district);
    const c = await register('E2E-REC-C'); // notified, nobody attended
    await notify(c, 'C');
    await hearing(c.id, dayOf(from, 12), null);
    const d = await register('E2E-REC-D'); // notified, both attended
    await notify(d, 'D');
    await hearing(d.id, dayOf(from, 13), offices.district);
    await hearing(d.id, dayOf(from, 40), offices.military);
    const e = await register('E2E-REC-E'); // notified, the military office attended: nothing to reconcile
    await notify(e, 'E');
    await hearing(e.id, dayOf(from, 14), offices.military);

    district = await dashboard.page();
    military = await dashboard.page();
    await signIn(district, url, 'district', '/reconciliation');
    await signIn(military, url, 'military', '/reconciliation');
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  const discrepancy = (page: Page, number: CaseNumber) =>
    page.locator(`[data-testid=discrepancy][data-case="${number}"]`);

  async function resolveInUi(page: Page, number: CaseNumber): Promise<void> {
    const card = discrepancy(page, number);
    await card.getByTestId('resolve-note').fill(NOTES[number]);
    await card.getByTestId('resolve-submit').click();
    await expect.poll(() => card.getAttribute('data-resolved')).toBe('true');
    // The keyboard stays on the discrepancy just resolved.
    await expect.poll(() => card.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await expect(card.getByTestId('resolution').textContent()).resolves.toContain(NOTES[number]);
  }

  it('should open on the last closed quarter and rebuild the draft with the counterpart chosen', async () => {
    await expect(district.getByTestId('quarter').inputValue()).resolves.toBe(quarter);
    // The demo built this quarter's draft before the cases above existed: choose the military office, rebuild.
    await district.getByTestId('counterpart').selectOption(offices.military);
    await district.waitForURL((u) => u.searchParams.get('with') === offices.military);
    const build = district.getByTestId('build');
    await expect(build.textContent()).resolves.toContain('Пересобрать');
    district.once('dialog', (dialog) => void dialog.accept());
    await build.click();
    await expect
      .poll(() => district.locator('[data-testid=discrepancy]').count(), { timeout: 10_000 })
      .toBe(4);
    recId = new URL(district.url()).searchParams.get('id') ?? '';
    expect(recId).not.toBe('');

    const kinds = await district
      .locator('[data-testid=discrepancy]')
      .evaluateAll((cards) =>
        cards.map((c) => `${c.getAttribute('data-case')}:${c.getAttribute('data-kind')}`),
      );
    expect(kinds.sort()).toEqual([
      'E2E-REC-A:HEARD_WITHOUT_RESPONSIBLE',
      'E2E-REC-B:NOT_NOTIFIED',
      'E2E-REC-C:ATTENDED_BY_NEITHER',
      'E2E-REC-D:ATTENDED_BY_BOTH',
    ]);
    // Each explanation names para 7.
    await expect(discrepancy(district, 'E2E-REC-B').textContent()).resolves.toContain('п. 7');

    // The registers side by side: the unnotified case is on the territorial side only; the clean case on both.
    const present = (side: string, number: string) =>
      district
        .locator(`[data-testid=register-${side}-row][data-case="${number}"]`)
        .getAttribute('data-present');
    await expect(present('territorial', 'E2E-REC-B')).resolves.toBe('true');
    await expect(present('specialized', 'E2E-REC-B')).resolves.toBe('false');
    await expect(present('specialized', 'E2E-REC-E')).resolves.toBe('true');
    await expect(district.locator('[data-testid=register-territorial-row]').count()).resolves.toBe(5);
    await expect(district.locator('[data-testid=register-specialized-row]').count()).resolves.toBe(5);

    // No Sign button while discrepancies are open, only the reason.
    await expect(district.getByTestId('sign').count()).resolves.toBe(0);
    await expect(district.getByTestId('sign-blocked').textContent()).resolves.toContain('4');
    await screenshot(district, 'reconciliation-ru-desktop-draft');
  });

  it('should require a note before sending, then let both sides resolve their discrepancies', async () => {
    const card = discrepancy(district, 'E2E-REC-B');
    await card.getByTestId('resolve-note').fill('   ');
    await card.getByTestId('resolve-submit').click();
    await expect(card.getByRole('alert').textContent()).resolves.toContain('Опишите');
    const api = await dashboard.api<ApiRec>('district', REC, { id: recId });
    expect(api.reconciliation.unresolvedCount).toBe(4);

    await resolveInUi(district, 'E2E-REC-B');
    await resolveInUi(district, 'E2E-REC-A');

    await military.goto(`${url}/reconciliation?with=${offices.district}&id=${recId}`);
    await discrepancy(military, 'E2E-REC-C').waitFor();
    // The other side's resolutions, with who and when.
    await expect(
      discrepancy(military, 'E2E-REC-B').getByTestId('resolution').textContent(),
    ).resolves.toContain(NOTES['E2E-REC-B']);
    await resolveInUi(military, 'E2E-REC-C');
    await resolveInUi(military, 'E2E-REC-D');
    await expect(military.getByTestId('unresolved').textContent()).resolves.toContain('устранены');

    const after = (await dashboard.api<ApiRec>('military', REC, { id: recId })).reconciliation;
    expect(after.unresolvedCount).toBe(0);
    const byCase = Object.fromEntries(
      after.items.filter((i) => i.discrepancy).map((i) => [i.case.number, i]),
    );
    expect(byCase['E2E-REC-B']?.resolutionNote).toBe(NOTES['E2E-REC-B']);
    expect(byCase['E2E-REC-D']?.resolutionNote).toBe(NOTES['E2E-REC-D']);
    // The card shows the resolver's name as the API gives it.
    const name = byCase['E2E-REC-D']?.resolvedByName ?? '';
    expect(name).not.toBe('');
    await expect(
      discrepancy(military, 'E2E-REC-D').getByTestId('resolution').textContent(),
    ).resolves.toContain(name);
    expect(byCase['E2E-REC-A']?.resolvedByName).not.toBe(name);
  });

  it('should let each side sign only for itself, then freeze the act read-only', async () => {
    // The district reads the act with everything resolved (its Sign button appears), then waits.
    await district.getByTestId('refresh').click();
    const districtSign = district.getByTestId('signoff-territorial').getByTestId('sign');
    await districtSign.waitFor();
    // Military signs first: its side has the button, the district's side has none.
    await military.getByTestId('refresh').click();
    const militarySign = military.getByTestId('signoff-specialized').getByTestId('sign');
    await militarySign.waitFor();
    await expect(military.getByTestId('signoff-territorial').getByTestId('sign').count()).resolves.toBe(0);
    await militarySign.click();
    await expect
      .poll(() => military.getByTestId('signoff-specialized').getAttribute('data-signed'))
      .toBe('true');
    await expect(military.getByTestId('reconciliation-detail').getAttribute('data-status')).resolves.toBe(
      'DRAFT',
    );
    // Once one side has signed the resolutions are fixed: no resolve form anywhere.
    await expect(military.getByTestId('resolve-note').count()).resolves.toBe(0);

    // The district signs what it read before the military signature: CONFLICT, shown, and the act reloads.
    await expect(district.getByTestId('signoff-specialized').getAttribute('data-signed')).resolves.toBe(
      'false',
    );
    await districtSign.click();
    await expect(
      district.locator('[data-testid=notices] [data-kind=error]').first().textContent(),
    ).resolves.toContain('Данные изменил другой пользователь');
    await expect
      .poll(() => district.getByTestId('signoff-specialized').getAttribute('data-signed'))
      .toBe('true');
    await districtSign.click();
    await district.getByTestId('frozen').waitFor();
    await expect(district.getByTestId('reconciliation-detail').getAttribute('data-status')).resolves.toBe(
      'SIGNED',
    );
    await expect(district.getByTestId('sign').count()).resolves.toBe(0);
    await expect.poll(() => district.getByTestId('build').count()).toBe(0);
    await expect
      .poll(() =>
        district.locator(`[data-testid=reconciliation-row][data-id="${recId}"]`).getAttribute('data-status'),
      )
      .toBe('SIGNED');

    const signed = (await dashboard.api<ApiRec>('district', REC, { id: recId })).reconciliation;
    expect(signed.status).toBe('SIGNED');
    expect(
      signed.frozenAct?.items
        .filter((i) => i.discrepancy)
        .map((i) => i.resolutionNote)
        .sort(),
    ).toEqual(Object.values(NOTES).sort());
    const territorialText = await district.getByTestId('signoff-territorial').textContent();
    expect(territorialText).toContain(signed.signedByTerritorialName ?? '∅');
    await expect(district.getByTestId('signoff-specialized').textContent()).resolves.toContain(
      signed.signedBySpecializedName ?? '∅',
    );

    await military.getByTestId('refresh').click();
    await military.getByTestId('frozen').waitFor();
    await screenshot(district, 'reconciliation-ru-desktop-frozen');
  });

  it('should download the act as XLSX with the case rows and as PDF', async () => {
    const [xlsx] = await Promise.all([
      district.waitForEvent('download'),
      district.getByTestId('export-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxPath = path.join(downloads, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    const cells: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? '')))),
    );
    for (const number of ['E2E-REC-A', 'E2E-REC-B', 'E2E-REC-C', 'E2E-REC-D', 'E2E-REC-E'])
      expect(
        cells.some((text) => text.includes(number)),
        number,
      ).toBe(true);
    expect(cells.some((text) => text.includes(NOTES['E2E-REC-C']))).toBe(true);

    const [pdf] = await Promise.all([
      district.waitForEvent('download'),
      district.getByTestId('export-pdf').click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = path.join(downloads, pdf.suggestedFilename());
    await pdf.saveAs(pdfPath);
    const bytes = await readFile(pdfPath);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('should show the regional office the act read-only, with no side to sign for', async () => {
    const regional = await dashboard.page();
    await signIn(regional, url, 'regional', '/reconciliation');
    await regional.getByTestId('choose-office').waitFor();
    await regional.getByTestId('office').selectOption(offices.district);
    await regional.getByTestId('counterpart').selectOption(offices.military);
    await regional.locator(`[data-testid=reconciliation-row][data-id="${recId}"]`).waitFor();
    await regional.getByTestId('frozen').waitFor();
    await expect(regional.getByTestId('sign').count()).resolves.toBe(0);
    await expect(regional.getByTestId('build').count()).resolves.toBe(0);
    await expect(regional.getByTestId('resolve-note').count()).resolves.toBe(0);
    for (const side of ['territorial', 'specialized'])
      await expect(regional.getByTestId(`signoff-${side}`).getAttribute('data-signed')).resolves.toBe('true');
  });

  it('should read in Kazakh on desktop and fit a phone in Russian and Kazakh', async () => {
    const kk = await dashboard.page({ locale: 'kk-KZ' });
    await signIn(kk, url, 'military', `/reconciliation?with=${offices.district}&id=${recId}`);
    await kk.getByTestId('frozen').waitFor();
    await expect(kk.getByTestId('frozen').textContent()).resolves.toContain('бекітілген');
    await expect(kk.getByTestId('discrepancies').textContent()).resolves.toContain('7-тармақ');
    await screenshot(kk, 'reconciliation-kk-desktop');

    for (const [locale, lang] of [
      ['ru-RU', 'ru'],
      ['kk-KZ', 'kk'],
    ] as const) {
      const phone = await dashboard.page({ viewport: PHONE, locale });
      await signIn(phone, url, 'district', `/reconciliation?with=${offices.military}&id=${recId}`);
      await phone.getByTestId('frozen').waitFor();
      const width = await phone.evaluate<number>('document.documentElement.scrollWidth');
      expect(width, `${lang} phone width`).toBeLessThanOrEqual(PHONE.width);
      await screenshot(phone, `reconciliation-${lang}-phone`);
    }
  });
});
