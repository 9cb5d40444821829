// Issue 6, the deadline board in Chromium against the real server with the demo data: the district's counts and
// urgency list as the server reports them, a protest brought through the API moving its deadlines to MET on
// the open page without a reload, a row's basis (paragraph and reason), Kazakh at phone width, and a regional
// prosecutor switching offices (kept in the URL). Screenshots go to test/artifacts/e2e.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, screenshot } from '../support/browser';
import { PHONE, signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';

type Column = 'OVERDUE' | 'DUE_TODAY' | 'DUE_SOON' | 'OPEN' | 'MET';
const KEYS = {
  OVERDUE: 'overdue',
  DUE_TODAY: 'dueToday',
  DUE_SOON: 'dueSoon',
  OPEN: 'open',
  MET: 'met',
} as const;
const COLUMNS = Object.keys(KEYS) as Column[];
const ACTIVE: Column[] = ['OVERDUE', 'DUE_TODAY', 'DUE_SOON', 'OPEN'];

interface Item {
  workingDaysLeft: number | null;
  case: { id: string; number: string } | null;
  deadline: {
    id: string;
    code: string;
    status: string;
    subjectId: string | null;
    caseId: string | null;
    explanation: { paragraph: string; reason: { kk: string; ru: string; en: string } };
  };
}
type Board = {
  asOf: string;
  office: { id: string; nameRu: string; nameKk: string };
  counts: Record<(typeof KEYS)[Column] | 'missed' | 'waived', number>;
} & Record<(typeof KEYS)[Column], Item[]>;

const ITEM = `workingDaysLeft case { id number }
  deadline { id code status subjectId caseId explanation { paragraph reason { kk ru en } } }`;
const BOARD = `query ($officeId: ID!) { deadlineBoard(officeId: $officeId, limit: 500) {
  asOf office { id nameRu nameKk } counts { overdue dueToday dueSoon open met missed waived }
  overdue { ${ITEM} } dueToday { ${ITEM} } dueSoon { ${ITEM} } open { ${ITEM} } met { ${ITEM} } } }`;
const BRING = `mutation ($input: BringProtestInput!) { bringProtest(input: $input) { id status late } }`;

describe.skipIf(!chromiumAvailable())('deadline board in Chromium', () => {
  let dashboard: DemoDashboard;
  let url: string;

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_deadlines');
    url = dashboard.server.url;
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  async function officeOf(user: string): Promise<string> {
    return (await dashboard.api<{ me: { officeId: string } }>(user, '{ me { officeId } }')).me.officeId;
  }

  async function board(user: string, officeId: string): Promise<Board> {
    return (await dashboard.api<{ deadlineBoard: Board }>(user, BOARD, { officeId })).deadlineBoard;
  }

  function columnOf(b: Board, id: string): Column | undefined {
    return COLUMNS.find((c) => b[KEYS[c]].some((item) => item.deadline.id === id));
  }

  /** One attribute of every element a locator matches, in order. */
  async function attrs(locator: Locator, name: string): Promise<(string | null)[]> {
    const values: (string | null)[] = [];
    for (let i = 0, n = await locator.count(); i < n; i++)
      values.push(await locator.nth(i).getAttribute(name));
    return values;
  }

  function row(page: Page, id: string) {
    return page.locator(`[data-testid=deadline-row][data-id="${id}"]`);
  }

  /** The five tiles' counts as the page shows them. */
  async function tileCounts(page: Page): Promise<Record<Column, number>> {
    const counts = {} as Record<Column, number>;
    for (const c of COLUMNS) {
      const text = await page
        .getByTestId(`deadline-tile-${c}`)
        .getByTestId('deadline-tile-count')
        .textContent();
      counts[c] = Number((text ?? '').replace(/\D/g, ''));
    }
    return counts;
  }

  function expectedTiles(b: Board): Record<Column, number> {
    return Object.fromEntries(COLUMNS.map((c) => [c, b.counts[KEYS[c]]])) as Record<Column, number>;
  }

  it('should show the district board as the server counts it, and move a protested deadline to MET live', async () => {
    const officeId = await officeOf('district');
    const before = await board('district', officeId);
    // An appeal-protest deadline still open (not yet past), on a case: the protest is brought against its act.
    const target = (['DUE_TODAY', 'DUE_SOON', 'OPEN'] as const)
      .flatMap((c) => before[KEYS[c]])
      .find((item) => item.deadline.code === 'APPEAL_PROTEST' && item.case && item.deadline.subjectId);
    if (!target?.case || !target.deadline.subjectId)
      throw new Error('the demo board has no open appeal protest');
    const act = target.deadline.subjectId;
    const targetColumn = columnOf(before, target.deadline.id)!;
    expect(ACTIVE).toContain(targetColumn);

    const page = await dashboard.page();
    await signIn(page, url, 'district', '/deadlines');
    await page.getByTestId('deadline-list').waitFor();
    // The office is in the URL, and a district prosecutor has no office to choose.
    expect(new URL(page.url()).searchParams.get('office')).toBe(officeId);
    expect(await page.getByTestId('deadline-picker').count()).toBe(0);
    expect(await page.getByTestId('deadline-office-name').textContent()).toBe(before.office.nameRu);

    // The tiles are the server's whole counts; the list holds every item, most urgent first.
    expect(await tileCounts(page)).toEqual(expectedTiles(before));
    const shownColumns = await attrs(page.getByTestId('deadline-row'), 'data-column');
    expect(shownColumns).toEqual(COLUMNS.flatMap((c) => before[KEYS[c]].map(() => c)));
    // Overdue first, by most working days late.
    const overdueLeft = before.overdue.map((item) => item.workingDaysLeft ?? 0).sort((a, b) => a - b);
    const firstOverdue = page.getByTestId('deadline-row').first();
    if (overdueLeft.length) {
      expect(await firstOverdue.getByTestId('deadline-left').textContent()).toContain(
        String(Math.abs(overdueLeft[0]!)),
      );
    }
    // Each status reads as a word with its icon, not colour alone.
    expect(await page.getByTestId('deadline-tile-OVERDUE').textContent()).toContain('Просрочен');

    // The basis: paragraph and the reason in the user's language, behind a real disclosure button.
    const targetRow = row(page, target.deadline.id);
    const toggle = targetRow.getByTestId('deadline-basis-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await targetRow.getByTestId('deadline-paragraph').textContent()).toBe(
      `п. ${target.deadline.explanation.paragraph}`,
    );
    expect(target.deadline.explanation.paragraph).toBe('13');
    expect(await targetRow.getByTestId('deadline-reason').textContent()).toBe(
      target.deadline.explanation.reason.ru,
    );
    await screenshot(page, 'deadlines-district-ru-1366x768');

    // Live: the page must be subscribed before the protest is brought.
    await expect
      .poll(() => page.getByTestId('live-state').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('live');
    await page.evaluate('window.notReloaded = true');
    // The subscription is registered on the server a moment after the socket opens.
    await page.waitForTimeout(500);

    // The act's deadlines that are still to meet: the protest meets them (para 13 and paras 16–17).
    const ofAct = ACTIVE.flatMap((c) => before[KEYS[c]])
      .filter((item) => item.deadline.subjectId === act)
      .map((item) => item.deadline.id);
    await dashboard.api('district', BRING, {
      input: {
        caseId: target.case.id,
        courtActId: act,
        kind: 'APPEAL',
        grounds: 'Основания статьи 840 КоАП: неправильная квалификация',
        broughtOn: before.asOf,
      },
    });
    const after = await board('district', officeId);
    // What the server did: every one of those deadlines is MET now, nothing else moved.
    for (const id of ofAct) expect(columnOf(after, id)).toBe('MET');
    expect(ofAct).toContain(target.deadline.id);
    const moved = (c: Column) => ofAct.filter((id) => columnOf(before, id) === c).length;
    for (const c of ACTIVE) expect(after.counts[KEYS[c]]).toBe(before.counts[KEYS[c]] - moved(c));
    expect(after.counts.met).toBe(before.counts.met + ofAct.length);

    // The page follows without a reload: the rows move to MET, highlighted, and the tiles count again.
    await expect.poll(() => targetRow.getAttribute('data-column'), { timeout: 10_000 }).toBe('MET');
    for (const id of ofAct) expect(await row(page, id).getAttribute('data-column')).toBe('MET');
    expect(await targetRow.getAttribute('class')).toContain('arrived');
    expect(await targetRow.getByTestId('deadline-updated').count()).toBe(1);
    expect(await targetRow.getByTestId('deadline-left').textContent()).toMatch(/^Исполнен /);
    await expect.poll(() => tileCounts(page)).toEqual(expectedTiles(after));
    // The disclosure stayed open across the refresh.
    expect(await targetRow.getByTestId('deadline-paragraph').textContent()).toBe('п. 13');
    // A notice says what happened, in words.
    await expect
      .poll(() => page.getByTestId('notices').textContent())
      .toContain(`Срок исполнен: Принесение апелляционного протеста — Дело № ${target.case.number}`);
    expect(await page.evaluate<boolean>('window.notReloaded === true')).toBe(true);
    await screenshot(page, 'deadlines-district-ru-live-1366x768');

    // A tile narrows the list to its group (pressed state, kept in the URL); pressing it again shows all.
    const metTile = page.getByTestId('deadline-tile-MET');
    await metTile.click();
    expect(await metTile.getAttribute('aria-pressed')).toBe('true');
    await page.waitForURL((u) => u.searchParams.get('status') === 'met');
    const metRows = await attrs(page.getByTestId('deadline-row'), 'data-column');
    expect(metRows).toEqual(after.met.map(() => 'MET'));
    await metTile.click();
    expect(await metTile.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('deadline-row').count()).toBe(
      COLUMNS.reduce((n, c) => n + after[KEYS[c]].length, 0),
    );
  });

  it('should read in Kazakh at phone width without horizontal scrolling, and keep a district on its office', async () => {
    const officeId = await officeOf('district');
    const regionalOffice = await officeOf('regional');
    const current = await board('district', officeId);
    const page = await dashboard.page({ viewport: PHONE, isMobile: true, hasTouch: true });
    // Another office in the URL does not open another board for a district prosecutor.
    await signIn(page, url, 'district', `/deadlines?office=${regionalOffice}`);
    await page.getByTestId('deadline-list').waitFor();
    await page.waitForURL((u) => u.searchParams.get('office') === officeId);
    await page.getByTestId('lang').selectOption('kk');
    await page.getByRole('heading', { level: 1, name: 'Мерзімдер тақтасы' }).waitFor();
    expect(await page.getByTestId('deadline-office-name').textContent()).toBe(current.office.nameKk);
    expect(await page.getByTestId('deadline-tile-OVERDUE').textContent()).toContain('Мерзімі өткен');
    expect(await page.getByTestId('deadline-tile-MET').textContent()).toContain('Орындалды');
    expect(await tileCounts(page)).toEqual(expectedTiles(current));
    const first = page.getByTestId('deadline-row').first();
    const firstItem = COLUMNS.flatMap((c) => current[KEYS[c]])[0]!;
    await first.getByTestId('deadline-basis-toggle').click();
    expect(await first.getByTestId('deadline-paragraph').textContent()).toBe(
      `${firstItem.deadline.explanation.paragraph}-тармақ`,
    );
    expect(await first.getByTestId('deadline-reason').textContent()).toBe(
      firstItem.deadline.explanation.reason.kk,
    );
    expect(await page.locator('[data-testid=deadline-left]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/жұмыс күні (қалды|өтіп кетті)|орындалды/)]),
    );
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    const toggleBox = await first.getByTestId('deadline-basis-toggle').boundingBox();
    expect(toggleBox?.height).toBeGreaterThanOrEqual(40);
    await screenshot(page, 'deadlines-district-kk-390x844');

    await page.getByTestId('lang').selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Сроки' }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'deadlines-district-ru-390x844');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('lang').selectOption('kk');
    await page.getByRole('heading', { level: 1, name: 'Мерзімдер тақтасы' }).waitFor();
    await screenshot(page, 'deadlines-district-kk-1366x768');
  });

  it("should let a regional prosecutor switch among the region's offices, the office kept in the URL", async () => {
    const own = await officeOf('regional');
    const district = await officeOf('district');
    const offices = (
      await dashboard.api<{ offices: { id: string }[] }>(
        'regional',
        '{ offices(regionCode: "KARAGANDA") { id } }',
      )
    ).offices;
    const page = await dashboard.page();
    await signIn(page, url, 'regional', '/deadlines');
    await page.getByTestId('deadline-office-name').waitFor();
    // Its own office first; the choice lists the region's offices.
    expect(new URL(page.url()).searchParams.get('office')).toBe(own);
    const select = page.getByTestId('deadline-office');
    // The office list arrives after the board: wait for it, then the choice must be the own office.
    await expect.poll(() => select.locator('option:not([disabled])').count()).toBe(offices.length);
    expect(await select.inputValue()).toBe(own);
    expect(await attrs(select.locator('option:not([disabled])'), 'value')).toEqual(offices.map((o) => o.id));
    expect(await page.getByTestId('deadline-region').count()).toBe(0);
    const ownBoard = await board('regional', own);
    expect(await tileCounts(page)).toEqual(expectedTiles(ownBoard));

    await select.selectOption(district);
    await page.waitForURL((u) => u.searchParams.get('office') === district);
    const districtBoard = await board('regional', district);
    await expect
      .poll(() => page.getByTestId('deadline-office-name').getAttribute('data-office'))
      .toBe(district);
    expect(await page.getByTestId('deadline-office-name').textContent()).toBe(districtBoard.office.nameRu);
    expect(await tileCounts(page)).toEqual(expectedTiles(districtBoard));
    await screenshot(page, 'deadlines-regional-switch-ru-1366x768');

    // A link to the board opens the same office.
    await page.reload();
    await page.getByTestId('deadline-office-name').waitFor();
    expect(await page.getByTestId('deadline-office-name').getAttribute('data-office')).toBe(district);
    await expect.poll(() => select.locator('option:not([disabled])').count()).toBe(offices.length);
    expect(await select.inputValue()).toBe(district);
  });

  it('should let the Department pick a region, then an office in it', async () => {
    const own = await officeOf('analyst');
    const karaganda = (
      await dashboard.api<{ offices: { id: string }[] }>(
        'analyst',
        '{ offices(regionCode: "KARAGANDA") { id } }',
      )
    ).offices;
    const page = await dashboard.page();
    await signIn(page, url, 'analyst', '/deadlines');
    await page.waitForURL((u) => u.searchParams.get('office') === own);
    await page.getByTestId('deadline-office-name').waitFor();
    // The Department itself is a central office (no region).
    expect(await page.getByTestId('deadline-region').inputValue()).toBe('*');
    await page.getByTestId('deadline-region').selectOption('KARAGANDA');
    // A new region opens on its first office, the regional office.
    await page.waitForURL((u) => u.searchParams.get('office') === karaganda[0]!.id);
    await page.getByTestId('deadline-office').selectOption(karaganda[1]!.id);
    await page.waitForURL((u) => u.searchParams.get('office') === karaganda[1]!.id);
    await expect
      .poll(() => page.getByTestId('deadline-office-name').getAttribute('data-office'))
      .toBe(karaganda[1]!.id);
    expect(await tileCounts(page)).toEqual(expectedTiles(await board('analyst', karaganda[1]!.id)));
    expect(await page.getByTestId('deadline-region').inputValue()).toBe('KARAGANDA');
  });
});
