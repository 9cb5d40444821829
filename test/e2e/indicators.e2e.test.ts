// Issue 6, the Indicators screen (paras 21–24): the three indicators for a quarter in Chromium against a real
// server with the demo data. The Department's analyst starts at the republic on the last closed quarter, drills
// to a region (by a tile of the map, and back and again by a row of the table) and on to an office (by a row,
// and by keyboard), and at every level the cards, the table, the tiles and the trend say what the API says. The
// XLSX and CSV exports are caught as real downloads and read back (exceljs): one row per unit of the breakdown
// and the total, figures equal to the API's. A regional office starts at its region, a district office at
// itself, and neither can climb above. Screenshots in ru and kk at 1366×768 and at phone width.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, screenshot } from '../support/browser';
import { PHONE, signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';
import { createTempDir } from '../support/temp-dir';

type Scope = 'REPUBLIC' | 'REGION' | 'OFFICE';
interface Ratio {
  numerator: number;
  denominator: number;
  percent: number | null;
}
interface Figures {
  quarter: string;
  appealProtestEffectiveness: Ratio;
  protestSatisfaction: { unsatisfied: number; considered: number; percent: number | null };
  responseEffectiveness: Ratio;
}
interface Unit {
  scope: Scope;
  id: string | null;
  regionId: string | null;
  regionCode: string | null;
  nameRu: string;
  nameKk: string;
  drillScope: Scope | null;
}
interface Breakdown {
  unit: Unit;
  total: Figures;
  rows: { unit: Unit; indicators: Figures }[];
}

const FIGURES = `quarter
  appealProtestEffectiveness { numerator denominator percent }
  protestSatisfaction { unsatisfied considered percent }
  responseEffectiveness { numerator denominator percent }`;
const INDICATORS = `query ($scope: KpiScope!, $id: ID, $quarter: String!) {
  indicators(scope: $scope, id: $id, quarter: $quarter) { ${FIGURES} } }`;
const BREAKDOWN = `query ($scope: KpiScope!, $id: ID, $quarter: String!) {
  indicatorBreakdown(scope: $scope, id: $id, quarter: $quarter) {
    unit { scope id regionId regionCode nameRu nameKk drillScope }
    total { ${FIGURES} }
    rows { unit { scope id regionId regionCode nameRu nameKk drillScope } indicators { ${FIGURES} } }
  } }`;
const TREND = `query ($scope: KpiScope!, $id: ID, $upTo: String) {
  indicatorTrend(scope: $scope, id: $id, quarters: 8, upTo: $upTo) { ${FIGURES} } }`;

const KEYS = ['appealProtestEffectiveness', 'protestSatisfaction', 'responseEffectiveness'] as const;
type Key = (typeof KEYS)[number];

/** The two counts of an indicator in the screen's (and the export's) order, then its percent. */
function triple(figures: Figures, key: Key): [number, number, number | null] {
  if (key === 'protestSatisfaction') {
    const f = figures.protestSatisfaction;
    return [f.unsatisfied, f.considered, f.percent];
  }
  const f = figures[key];
  return [f.numerator, f.denominator, f.percent];
}
function weight(figures: Figures): number {
  return KEYS.reduce((sum, key) => sum + triple(figures, key)[1], 0);
}

/** The quarter (YYYY-Qn) running in Almaty now, and the one before it (the screen's default). */
function lastClosedQuarter(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - 1;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** What the page shows on its three cards: [a, b, percent] per indicator, from the cards' data attributes. */
async function cardFigures(page: Page): Promise<Record<Key, [number, number, number | null]>> {
  const out = {} as Record<Key, [number, number, number | null]>;
  for (const key of KEYS) {
    const card = page.getByTestId(`card-${key}`);
    const [a, b, p] = await Promise.all([
      card.getAttribute('data-a'),
      card.getAttribute('data-b'),
      card.getAttribute('data-percent'),
    ]);
    out[key] = [Number(a), Number(b), p === '' || p === null ? null : Number(p)];
  }
  return out;
}

/** "87,5 %" as the Russian interface writes a percent (narrow no-break space variants normalised). */
function ruPercent(percent: number | null): string {
  return percent === null ? '—' : `${percent.toFixed(1).replace('.', ',')} %`;
}
const normalise = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF), dropping the byte-order mark. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

describe.skipIf(!chromiumAvailable())('Indicators screen in Chromium', () => {
  let dashboard: DemoDashboard;
  let url: string;
  const quarter = lastClosedQuarter();
  const downloads = createTempDir('indicators-downloads');
  let republic: Breakdown;
  /** The region with the most to count in the quarter, and its office with the most (in the region). */
  let region: Unit;
  let office: Unit;

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_indicators');
    url = dashboard.server.url;
    republic = await breakdownOf('analyst', 'REPUBLIC', null);
    const regions = [...republic.rows].sort((a, b) => weight(b.indicators) - weight(a.indicators));
    region = regions[0]!.unit;
    const inRegion = await breakdownOf('analyst', 'REGION', region.id);
    const offices = inRegion.rows
      .filter((r) => r.unit.drillScope !== null)
      .sort((a, b) => weight(b.indicators) - weight(a.indicators));
    office = offices[0]!.unit;
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  async function indicatorsOf(user: string, scope: Scope, id: string | null, q = quarter): Promise<Figures> {
    const data = await dashboard.api<{ indicators: Figures }>(user, INDICATORS, { scope, id, quarter: q });
    return data.indicators;
  }
  async function breakdownOf(user: string, scope: Scope, id: string | null): Promise<Breakdown> {
    const data = await dashboard.api<{ indicatorBreakdown: Breakdown }>(user, BREAKDOWN, {
      scope,
      id,
      quarter,
    });
    return data.indicatorBreakdown;
  }

  /** Waits until the page shows `scope`/`id` (in the URL and on the cards' heading), then compares the cards. */
  async function expectUnit(page: Page, user: string, scope: Scope, id: string | null, title: string) {
    await page.waitForURL((u) => u.searchParams.get('scope') === scope && u.searchParams.get('id') === id);
    await expect
      .poll(async () => normalise(await page.getByTestId('unit-title').textContent()))
      .toContain(title);
    const api = await indicatorsOf(user, scope, id);
    const shown = await cardFigures(page);
    for (const key of KEYS) expect(shown[key], key).toEqual(triple(api, key));
    // The figures a reader sees are those numbers, written out.
    if (
      page.url().includes('lang=') === false &&
      (await page.locator('html').getAttribute('lang')) === 'ru'
    ) {
      const card = page.getByTestId('card-appealProtestEffectiveness').getByTestId('card-value');
      expect(normalise(await card.textContent())).toContain(
        ruPercent(api.appealProtestEffectiveness.percent),
      );
    }
    return api;
  }

  /** The breakdown table's rows: unit id → [a, b, percent] per indicator. */
  async function tableFigures(
    page: Page,
  ): Promise<Map<string, Record<Key, [number, number, number | null]>>> {
    const rows = await page.getByTestId('breakdown-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        unit: tr.getAttribute('data-unit') ?? '',
        cells: [...tr.querySelectorAll('td[data-key]')].map((td) => ({
          key: td.getAttribute('data-key') ?? '',
          a: Number(td.getAttribute('data-a')),
          b: Number(td.getAttribute('data-b')),
          p: td.getAttribute('data-percent'),
        })),
      })),
    );
    return new Map(
      rows.map((r) => [
        r.unit,
        Object.fromEntries(
          r.cells.map((c) => [c.key, [c.a, c.b, c.p === '' || c.p === null ? null : Number(c.p)]]),
        ) as Record<Key, [number, number, number | null]>,
      ]),
    );
  }

  async function expectTable(page: Page, breakdown: Breakdown): Promise<void> {
    await expect.poll(() => page.getByTestId('breakdown-row').count()).toBe(breakdown.rows.length);
    const shown = await tableFigures(page);
    for (const row of breakdown.rows) {
      const cells = shown.get(row.unit.id ?? '');
      expect(cells, row.unit.nameRu).toBeDefined();
      for (const key of KEYS)
        expect(cells?.[key], `${row.unit.nameRu} ${key}`).toEqual(triple(row.indicators, key));
    }
  }

  async function openAs(
    user: string,
    next = '/indicators',
    options: Parameters<DemoDashboard['page']>[0] = {},
  ) {
    const page = await dashboard.page(options);
    await signIn(page, url, user, next);
    await page.getByTestId('indicator-cards').waitFor();
    return page;
  }

  async function saveDownload(page: Page, testId: string): Promise<{ file: string; name: string }> {
    const [download] = (await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testId).click(),
    ])) as [Download, void];
    const name = download.suggestedFilename();
    const file = path.join(downloads, `${Date.now()}-${name}`);
    await download.saveAs(file);
    return { file, name };
  }

  /** Reads the first sheet back: [name, nine values] per data line (percent cells hold the fraction). */
  async function readXlsx(file: string): Promise<{ name: string; values: (number | null)[] }[]> {
    const book = new Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    const lines: { name: string; values: (number | null)[] }[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const values: (number | null)[] = [];
      for (let c = 2; c <= 10; c++) {
        const v = row.getCell(c).value;
        values.push(typeof v === 'number' ? v : null);
      }
      lines.push({ name: String(row.getCell(1).value), values });
    });
    return lines;
  }

  function expectedValues(figures: Figures, fraction: boolean): (number | null)[] {
    return KEYS.flatMap((key) => {
      const [a, b, p] = triple(figures, key);
      return [a, b, p === null ? null : fraction ? p / 100 : p];
    });
  }

  it('should start the Department at the republic on the last closed quarter, with the API’s figures, 20 tiles and 8 quarters of trend', async () => {
    const page = await openAs('analyst');
    const current = new URL(page.url());
    expect(current.searchParams.get('scope')).toBe('REPUBLIC');
    expect(current.searchParams.get('quarter')).toBe(quarter);
    await expect.poll(async () => page.getByTestId('quarter').inputValue()).toBe(quarter);
    await expectUnit(page, 'analyst', 'REPUBLIC', null, 'Республика');
    await expectTable(page, republic);
    // The map: 20 tiles, each with the region's value of the chosen indicator as text and as its data.
    const tiles = page.getByTestId('tile');
    await expect.poll(() => tiles.count()).toBe(20);
    for (const row of republic.rows) {
      const tile = page.locator(`[data-testid=tile][data-region="${row.unit.regionCode}"]`);
      const percent = row.indicators.appealProtestEffectiveness.percent;
      expect(await tile.getAttribute('data-percent')).toBe(percent === null ? '' : String(percent));
      expect(await tile.getAttribute('data-bin')).toBe(
        percent === null
          ? 'none'
          : percent < 50
            ? 'low'
            : percent < 75
              ? 'mid'
              : percent < 90
                ? 'good'
                : 'high',
      );
      expect(normalise(await tile.textContent())).toContain(row.unit.nameRu);
    }
    // The trend: eight quarters ending with the chosen one, each bar the API's percent.
    const trend = await dashboard.api<{ indicatorTrend: Figures[] }>('analyst', TREND, {
      scope: 'REPUBLIC',
      id: null,
      upTo: quarter,
    });
    const bars = page.getByTestId('trend-bar');
    await expect.poll(() => bars.count()).toBe(8);
    const shownBars = await bars.evaluateAll((gs) =>
      gs.map((g) => [g.getAttribute('data-quarter'), g.getAttribute('data-percent')]),
    );
    expect(shownBars).toEqual(
      trend.indicatorTrend.map((f) => [
        f.quarter,
        f.appealProtestEffectiveness.percent === null ? '' : String(f.appealProtestEffectiveness.percent),
      ]),
    );
    // Choosing another indicator redraws the map (and says so in the URL).
    await page.getByTestId('indicator').selectOption('protestSatisfaction');
    await page.waitForURL((u) => u.searchParams.get('indicator') === 'protestSatisfaction');
    const first = republic.rows[0]!;
    await expect
      .poll(() =>
        page
          .locator(`[data-testid=tile][data-region="${first.unit.regionCode}"]`)
          .getAttribute('data-percent'),
      )
      .toBe(
        first.indicators.protestSatisfaction.percent === null
          ? ''
          : String(first.indicators.protestSatisfaction.percent),
      );
    await screenshot(page, 'indicators-republic-ru-1366x768');
  });

  it('should drill republic → region by a tile and by a table row → office by a row and by keyboard, each level equal to the API', async () => {
    const page = await openAs('analyst');
    // By the tile of the region.
    await page.locator(`[data-testid=tile][data-region="${region.regionCode}"]`).click();
    await expectUnit(page, 'analyst', 'REGION', region.id, region.nameRu);
    const inRegion = await breakdownOf('analyst', 'REGION', region.id);
    await expectTable(page, inRegion);
    expect(await page.locator('[data-testid=tile][aria-current=location]').getAttribute('data-region')).toBe(
      region.regionCode,
    );
    expect(await page.getByTestId('breadcrumb').locator('li').allTextContents()).toEqual([
      'Республика',
      region.nameRu,
    ]);
    await screenshot(page, 'indicators-region-ru-1366x768');

    // Back up by the breadcrumb, then down again by a click on the row (not on its link).
    await page.getByTestId('crumb-REPUBLIC').click();
    await expectUnit(page, 'analyst', 'REPUBLIC', null, 'Республика');
    await page.locator(`[data-testid=breakdown-row][data-unit="${region.id}"] td`).first().click();
    await expectUnit(page, 'analyst', 'REGION', region.id, region.nameRu);

    // To the office by a click on its row.
    await page.locator(`[data-testid=breakdown-row][data-unit="${office.id}"] td`).nth(1).click();
    await expectUnit(page, 'analyst', 'OFFICE', office.id, office.nameRu);
    const crumbs = page.getByTestId('breadcrumb').locator('li');
    expect(await crumbs.allTextContents()).toEqual(['Республика', region.nameRu, office.nameRu]);
    // An office is a leaf: no table below it.
    expect(await page.getByTestId('breakdown').count()).toBe(0);
    await screenshot(page, 'indicators-office-ru-1366x768');

    // By keyboard: back to the region with the breadcrumb link, then Enter on the office's link in the table.
    await page.getByTestId('crumb-REGION').focus();
    await page.keyboard.press('Enter');
    await expectUnit(page, 'analyst', 'REGION', region.id, region.nameRu);
    const link = page.locator(`[data-testid=breakdown-row][data-unit="${office.id}"] [data-testid=drill]`);
    await link.focus();
    expect(await link.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await expectUnit(page, 'analyst', 'OFFICE', office.id, office.nameRu);
  });

  it('should export the region’s breakdown as XLSX and CSV with one row per unit and the API’s figures', async () => {
    const page = await openAs('analyst', `/indicators?scope=REGION&id=${region.id}&quarter=${quarter}`);
    await expectUnit(page, 'analyst', 'REGION', region.id, region.nameRu);
    const breakdown = await breakdownOf('analyst', 'REGION', region.id);

    const xlsx = await saveDownload(page, 'export-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const lines = await readXlsx(xlsx.file);
    expect(lines).toHaveLength(breakdown.rows.length + 1);
    breakdown.rows.forEach((row, i) => {
      expect(lines[i]?.name).toBe(row.unit.nameRu);
      const got = lines[i]?.values ?? [];
      const want = expectedValues(row.indicators, true);
      want.forEach((v, j) => (v === null ? expect(got[j]).toBeNull() : expect(got[j]).toBeCloseTo(v, 6)));
    });
    const total = lines[lines.length - 1]!;
    expect(total.name).toContain(region.nameRu);
    expectedValues(breakdown.total, true).forEach((v, j) =>
      v === null ? expect(total.values[j]).toBeNull() : expect(total.values[j]).toBeCloseTo(v, 6),
    );

    const csv = await saveDownload(page, 'export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(readFileSync(csv.file, 'utf8')).filter((r) => r.some((f) => f !== ''));
    expect(rows).toHaveLength(breakdown.rows.length + 2);
    breakdown.rows.forEach((row, i) => {
      const line = rows[i + 1] ?? [];
      expect(line[0]).toBe(row.unit.nameRu);
      expect(line.slice(1).map((f) => (f === '' ? null : Number(f)))).toEqual(
        expectedValues(row.indicators, false),
      );
    });
  });

  it('should export an office (its one row and the total) in Kazakh when the interface is Kazakh', async () => {
    const page = await openAs('analyst', `/indicators?scope=OFFICE&id=${office.id}&quarter=${quarter}`);
    await page.getByTestId('lang').selectOption('kk');
    const own = await breakdownOf('analyst', 'OFFICE', office.id);
    await expect
      .poll(async () => normalise(await page.getByTestId('unit-title').textContent()))
      .toContain(office.nameKk);
    const xlsx = await saveDownload(page, 'export-xlsx');
    expect(xlsx.name).toMatch(/-kk\.xlsx$/);
    const lines = await readXlsx(xlsx.file);
    expect(lines.map((l) => l.name)).toEqual([own.unit.nameKk, expect.stringContaining(own.unit.nameKk)]);
    const api = await indicatorsOf('analyst', 'OFFICE', office.id);
    lines.forEach((line) =>
      expectedValues(api, true).forEach((v, j) =>
        v === null ? expect(line.values[j]).toBeNull() : expect(line.values[j]).toBeCloseTo(v, 6),
      ),
    );
  });

  it('should show another quarter from the picker with that quarter’s figures, and warn on the running one', async () => {
    const page = await openAs('analyst');
    const options = await page
      .getByTestId('quarter')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    const running = options[0]!;
    expect(options[1]).toBe(quarter);
    expect(await page.getByTestId('running-warning').count()).toBe(0);
    await page.getByTestId('quarter').selectOption(running);
    await page.waitForURL((u) => u.searchParams.get('quarter') === running);
    await page.getByTestId('running-warning').waitFor();
    const api = await indicatorsOf('analyst', 'REPUBLIC', null, running);
    await expect
      .poll(async () => (await cardFigures(page)).responseEffectiveness)
      .toEqual(triple(api, 'responseEffectiveness'));
    expect(await cardFigures(page)).toEqual(Object.fromEntries(KEYS.map((k) => [k, triple(api, k)])));
  });

  it('should start a regional office at its region and a district office at itself, never above', async () => {
    const regional = await openAs('regional', '/indicators?scope=REPUBLIC');
    const karaganda = republic.rows.find((r) => r.unit.regionCode === 'KARAGANDA')!.unit;
    await expectUnit(regional, 'regional', 'REGION', karaganda.id, karaganda.nameRu);
    expect(await regional.getByTestId('crumb-REPUBLIC').count()).toBe(0);
    expect(await regional.getByTestId('tile-map').count()).toBe(0);
    await expectTable(regional, await breakdownOf('regional', 'REGION', karaganda.id));
    await screenshot(regional, 'indicators-regional-ru-1366x768');

    const district = await openAs('district', '/indicators');
    const me = await dashboard.api<{ me: { officeId: string; office: { shortNameRu: string } } }>(
      'district',
      '{ me { officeId office { shortNameRu } } }',
    );
    await expectUnit(district, 'district', 'OFFICE', me.me.officeId, '');
    expect(await district.getByTestId('breadcrumb').locator('a').count()).toBe(0);
    expect(await district.getByTestId('breakdown').count()).toBe(0);
    // Another office's figures are refused by the server, and the screen offers the way back.
    const other = (await breakdownOf('regional', 'REGION', karaganda.id)).rows.find(
      (r) => r.unit.id !== me.me.officeId,
    )!.unit;
    await district.goto(`${url}/indicators?scope=OFFICE&id=${other.id}&quarter=${quarter}`);
    await district.getByTestId('error').waitFor();
    expect(normalise(await district.getByTestId('error').textContent())).toContain('вне вашей компетенции');
    await district.getByTestId('error').getByRole('link').click();
    await expectUnit(district, 'district', 'OFFICE', me.me.officeId, '');
  });

  it('should read in Kazakh and fit a phone, tile map included', async () => {
    const desktop = await openAs('analyst');
    await desktop.getByTestId('lang').selectOption('kk');
    await expect
      .poll(async () => normalise(await desktop.getByTestId('unit-title').textContent()))
      .toContain('Бүкіл республика');
    expect(normalise(await desktop.locator('[data-testid=indicators] h1').textContent())).toBe(
      'Көрсеткіштер',
    );
    const karaganda = desktop.locator('[data-testid=tile][data-region=KARAGANDA]');
    expect(normalise(await karaganda.textContent())).toContain('Қарағанды');
    await screenshot(desktop, 'indicators-republic-kk-1366x768');

    for (const lang of ['ru', 'kk'] as const) {
      const phone = await openAs('analyst', '/indicators', {
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
      });
      if (lang === 'kk') await phone.getByTestId('lang').selectOption('kk');
      await phone.getByTestId('tile-map').waitFor();
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        PHONE.width,
      );
      // Every tile stays inside the screen and is a finger-sized target.
      const boxes = await phone.getByTestId('tile').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { right: r.right, height: r.height };
        }),
      );
      expect(boxes).toHaveLength(20);
      for (const box of boxes) {
        expect(box.right).toBeLessThanOrEqual(PHONE.width);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      await screenshot(phone, `indicators-republic-${lang}-390x844`);
      // The region's table turns into one small card per office: still no sideways scrolling.
      await phone.locator(`[data-testid=tile][data-region="${region.regionCode}"]`).click();
      await phone.waitForURL((u) => u.searchParams.get('scope') === 'REGION');
      await phone.getByTestId('breakdown').waitFor();
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        PHONE.width,
      );
      const table = await phone.getByTestId('breakdown').boundingBox();
      expect((table?.x ?? 0) + (table?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(phone, `indicators-region-${lang}-390x844`);
    }
  });
});
