// Issue 6, the Assignments screen (para 5): the regions × thematic directions matrix in Chromium against a real
// server with the demo data. A regional manager finds a gap, fills it through the panel (reached by keyboard),
// sees the gap count drop and the API agree, unassigns and gets the gap back; a stale version answers CONFLICT
// with a reload; a district user reads without edit controls; the Department filters by region and gaps only.
// Screenshots in ru and kk at 1366×768 and at phone width go to test/artifacts/e2e.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, screenshot } from '../support/browser';
import { PHONE, signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';

interface ApiMatrix {
  assignmentMatrix: {
    asOf: string;
    editable: boolean;
    totals: { cells: number; gaps: number };
    themes: { code: string }[];
    rows: {
      region: { id: string; code: string };
      cells: {
        gap: boolean;
        theme: { code: string };
        assignments: { id: string; version: number; prosecutor: { id: string; fullName: string } }[];
      }[];
    }[];
  };
}

const MATRIX = `query ($regionIds: [ID!]) {
  assignmentMatrix(regionIds: $regionIds) {
    asOf editable totals { cells gaps } themes { code }
    rows { region { id code } cells { gap theme { code } assignments { id version prosecutor { id fullName } } } }
  }
}`;

/** "Петров Айдар Ермекович" → "Петров А. Е.", as the matrix writes a name. */
function short(fullName: string): string {
  const [surname, ...rest] = fullName.split(/\s+/);
  return [surname, ...rest.map((p) => `${p.charAt(0)}.`)].join(' ');
}

function cellOf(matrix: ApiMatrix['assignmentMatrix'], region: string, theme: string) {
  const cell = matrix.rows.find((r) => r.region.code === region)?.cells.find((c) => c.theme.code === theme);
  if (!cell) throw new Error(`no cell ${region}:${theme}`);
  return cell;
}

async function gapCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('gaps-count').textContent());
}

/** The test ids of the gap cells the page shows, sorted. */
async function shownGaps(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-testid=matrix] td[data-gap=true]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-testid') ?? ''));
  return ids.sort();
}

describe.skipIf(!chromiumAvailable())('Assignments screen in Chromium', () => {
  let dashboard: DemoDashboard;
  let url: string;

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_assignments');
    url = dashboard.server.url;
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  async function matrixAs(user: string, regionIds?: string[]): Promise<ApiMatrix['assignmentMatrix']> {
    return (await dashboard.api<ApiMatrix>(user, MATRIX, regionIds ? { regionIds } : {})).assignmentMatrix;
  }

  async function openScreen(user: string, options: Parameters<DemoDashboard['page']>[0] = {}): Promise<Page> {
    const page = await dashboard.page(options);
    await signIn(page, url, user, '/assignments');
    await page.getByTestId('matrix').waitFor();
    return page;
  }

  it('should let the regional office fill a gap by keyboard, count it, and bring the gap back by unassigning', async () => {
    const before = await matrixAs('regional');
    expect(before.editable).toBe(true);
    // Only the own region (PO.KARAGANDA), every theme a column.
    expect(before.rows.map((r) => r.region.code)).toEqual(['KARAGANDA']);
    expect(before.totals.gaps).toBeGreaterThan(0);
    const gap = before.rows[0]!.cells.find((c) => c.gap)!;
    const cellId = `cell-KARAGANDA-${gap.theme.code}`;

    const page = await openScreen('regional');
    // The page shows exactly the API's gaps, each labelled in words (not by colour alone), and their count.
    const apiGaps = before.rows
      .flatMap((r) => r.cells.filter((c) => c.gap).map((c) => `cell-${r.region.code}-${c.theme.code}`))
      .sort();
    expect(await shownGaps(page)).toEqual(apiGaps);
    expect(await gapCount(page)).toBe(before.totals.gaps);
    await expect
      .poll(() => page.getByTestId(cellId).getByTestId('gap-label').textContent())
      .toContain('не закреплено');
    expect(await page.locator('th[data-theme]').count()).toBe(before.themes.length);
    await screenshot(page, 'assignments-regional-ru-1366x768');

    // Keyboard: Tab from the "gaps only" box reaches the gap cell's button; Enter opens the panel in it.
    await page.getByTestId('filter-gaps').focus();
    let reached = false;
    for (let i = 0; i < before.themes.length + 5 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.locator(`[data-testid="${cellId}"] :focus`).count()) === 1;
    }
    expect(reached).toBe(true);
    expect(
      await page.locator(`[data-testid="${cellId}"] [data-testid=cell-action]:focus-visible`).count(),
    ).toBe(1);
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('assign-dialog');
    await dialog.waitFor();
    expect(await dialog.locator(':focus').count()).toBe(1);
    await dialog.getByTestId('dialog-gap').waitFor();

    // Choose a prosecutor of the regional office (the default office) and assign.
    const prosecutorSelect = dialog.getByTestId('assign-prosecutor');
    await expect.poll(() => prosecutorSelect.locator('option:not([disabled])').count()).toBeGreaterThan(0);
    const option = prosecutorSelect.locator('option:not([disabled])').first();
    const prosecutorId = (await option.getAttribute('value'))!;
    const fullName = (await option.textContent())!.trim();
    // Sending without a choice is stopped before the server, beside the field.
    await dialog.getByTestId('assign-submit').click();
    expect(await prosecutorSelect.getAttribute('aria-invalid')).toBe('true');
    await prosecutorSelect.selectOption(prosecutorId);
    await dialog.getByTestId('assign-submit').click();

    // The gap is filled on the page: the name in the cell, one gap fewer; focus back on the cell.
    const cell = page.getByTestId(cellId);
    await expect.poll(() => cell.getAttribute('data-gap')).toBe('false');
    expect(await cell.textContent()).toContain(short(fullName));
    await expect.poll(() => gapCount(page)).toBe(before.totals.gaps - 1);
    expect(await dialog.count()).toBe(0);
    expect(await page.locator(`[data-testid="${cellId}"] :focus`).count()).toBe(1);
    // …and the API agrees.
    const filled = await matrixAs('regional');
    expect(filled.totals.gaps).toBe(before.totals.gaps - 1);
    const filledCell = cellOf(filled, 'KARAGANDA', gap.theme.code);
    expect(filledCell.gap).toBe(false);
    expect(filledCell.assignments.map((a) => a.prosecutor.id)).toEqual([prosecutorId]);
    await screenshot(page, 'assignments-regional-filled-ru-1366x768');

    // Unassign, after a confirmation: the gap comes back, on the page and in the API; the record stays.
    await cell.getByTestId('cell-action').click();
    await dialog.waitFor();
    await dialog.getByTestId('unassign').click();
    await dialog.getByTestId('confirm-unassign').waitFor();
    await screenshot(page, 'assignments-unassign-confirm-ru-1366x768');
    await dialog.getByTestId('confirm-unassign-yes').click();
    await expect.poll(() => cell.getAttribute('data-gap')).toBe('true');
    await expect.poll(() => gapCount(page)).toBe(before.totals.gaps);
    const after = await matrixAs('regional');
    expect(after.totals.gaps).toBe(before.totals.gaps);
    expect(cellOf(after, 'KARAGANDA', gap.theme.code).gap).toBe(true);
    const record = await dashboard.api<{ node: { validTo: string | null } }>(
      'regional',
      'query ($id: ID!) { node(id: $id) { ... on Assignment { validTo } } }',
      { id: filledCell.assignments[0]!.id },
    );
    expect(record.node.validTo).toBe(after.asOf);
  });

  it('should answer a stale unassign with CONFLICT and a reload, and keep a past day read-only', async () => {
    const matrix = await matrixAs('regional');
    // A cell with two prosecutors: taking one away leaves it covered (the other tests' gap count holds).
    const covered = matrix.rows[0]!.cells.find((c) => c.assignments.length >= 2)!;
    const stale = covered.assignments[0]!;
    const cellId = `cell-KARAGANDA-${covered.theme.code}`;
    const page = await openScreen('regional');
    await page.getByTestId(cellId).getByTestId('cell-action').click();
    const dialog = page.getByTestId('assign-dialog');
    await dialog.waitFor();

    // Someone else ends that assignment while the panel is open.
    await dashboard.api(
      'regional',
      'mutation ($id: ID!, $v: Int!) { unassignProsecutor(id: $id, version: $v) { id } }',
      {
        id: stale.id,
        v: stale.version,
      },
    );
    await dialog.locator(`[data-assignment="${stale.id}"]`).getByTestId('unassign').click();
    await dialog.getByTestId('confirm-unassign-yes').click();
    const error = dialog.getByTestId('dialog-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('CONFLICT');
    expect(await error.textContent()).toContain('Обновите матрицу');
    await screenshot(page, 'assignments-conflict-ru-1366x768');
    await dialog.getByTestId('dialog-reload').click();
    await expect.poll(() => dialog.locator(`[data-assignment="${stale.id}"]`).count()).toBe(0);
    expect(await dialog.getByTestId('dialog-error').count()).toBe(0);
    expect(await page.getByTestId(cellId).textContent()).not.toContain(short(stale.prosecutor.fullName));

    // A past day is history: the same manager reads it without edit controls (the date is in the address).
    await page.getByTestId('dialog-close').click();
    const yesterday = new Date(Date.parse(`${matrix.asOf}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    await page.getByTestId('filter-as-of').fill(yesterday);
    await page.waitForURL((u) => u.searchParams.get('asOf') === yesterday);
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('cell-action').count()).toBe(0);
    // Yesterday the ended assignment still held.
    expect(await page.getByTestId(cellId).textContent()).toContain(short(stale.prosecutor.fullName));
  });

  it('should show a district user the matrix of the region read-only, with no edit controls', async () => {
    const matrix = await matrixAs('district');
    expect(matrix.editable).toBe(false);
    const page = await openScreen('district');
    await page.getByTestId('read-only').waitFor();
    expect(await page.locator('[data-testid=matrix] td').count()).toBe(matrix.totals.cells);
    expect(await page.getByTestId('cell-action').count()).toBe(0);
    expect(await page.locator('[data-testid=matrix] button').count()).toBe(0);
    expect(await shownGaps(page)).toHaveLength(matrix.totals.gaps);
    expect(await gapCount(page)).toBe(matrix.totals.gaps);
    await screenshot(page, 'assignments-district-ru-1366x768');
  });

  it('should let the Department narrow to one region and to the gaps only, kept in the address', async () => {
    const all = await matrixAs('analyst');
    expect(all.rows).toHaveLength(20);
    const page = await openScreen('analyst');
    expect(await page.locator('[data-testid=matrix] tbody tr').count()).toBe(20);

    // Gaps only: every gap of the republic is on screen, and every row shown has one.
    await page.getByTestId('filter-gaps').check();
    await page.waitForURL((u) => u.searchParams.get('gaps') === '1');
    const gapIds = all.rows.flatMap((r) =>
      r.cells.filter((c) => c.gap).map((c) => `cell-${r.region.code}-${c.theme.code}`),
    );
    await expect.poll(() => shownGaps(page)).toEqual(gapIds.sort());
    const rowsWithGaps = all.rows.filter((r) => r.cells.some((c) => c.gap)).length;
    expect(await page.locator('[data-testid=matrix] tbody tr').count()).toBe(rowsWithGaps);
    await screenshot(page, 'assignments-department-gaps-ru-1366x768');

    // One region, through the selector: the URL carries it and the rows follow.
    await page.getByTestId('filter-gaps').uncheck();
    const karaganda = all.rows.find((r) => r.region.code === 'KARAGANDA')!.region.id;
    await page.getByTestId('filter-region').selectOption(karaganda);
    await page.waitForURL((u) => u.searchParams.get('region') === karaganda);
    await expect.poll(() => page.locator('[data-testid=matrix] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-testid=matrix] tbody tr').getAttribute('data-region')).toBe('KARAGANDA');
    const one = await matrixAs('analyst', [karaganda]);
    expect(await gapCount(page)).toBe(one.totals.gaps);
    // The Department manages everywhere: the cells are buttons.
    expect(await page.getByTestId('cell-action').count()).toBe(one.totals.cells);
  });

  it('should read in Kazakh and fit a phone, the wide matrix scrolling inside its card', async () => {
    const page = await openScreen('regional');
    await page.getByTestId('lang').selectOption('kk');
    await expect
      .poll(() => page.locator('[data-gap=true] [data-testid=gap-label]').first().textContent())
      .toContain('бекітілмеген');
    expect(await page.getByRole('heading', { level: 1, name: 'Прокурорларды бекіту' }).count()).toBe(1);
    await screenshot(page, 'assignments-regional-kk-1366x768');
    await page.locator('[data-gap=true] [data-testid=cell-action]').first().click();
    await page.getByTestId('assign-dialog').waitFor();
    expect(await page.getByTestId('assign-submit').textContent()).toContain('Бекіту');
    await screenshot(page, 'assignments-dialog-kk-1366x768');

    // The same signed-in page at phone width (one sign-in fewer on a busy machine).
    await page.getByTestId('dialog-close').click();
    await page.getByTestId('assign-dialog').waitFor({ state: 'detached' });
    await page.setViewportSize(PHONE);
    const phone = page;
    for (const lang of ['ru', 'kk'] as const) {
      await phone.getByTestId('lang').selectOption(lang);
      await expect
        .poll(() => phone.locator('[data-gap=true] [data-testid=gap-label]').first().textContent())
        .toContain(lang === 'kk' ? 'бекітілмеген' : 'не закреплено');
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        PHONE.width,
      );
      // The matrix is wider than the phone and scrolls inside its own box.
      const box = phone.getByTestId('matrix-scroller');
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await screenshot(phone, `assignments-regional-${lang}-390x844`);
    }
  });
});
