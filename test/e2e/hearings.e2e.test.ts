// Issue 6, Hearings screen, in Chromium against a real server with the demo data: a district prosecutor's week;
// a hearing another user sets in the same jurisdiction appears without reload within 2 s, highlighted and
// announced, and shows in the week calendar; one set in another region never arrives; the filters narrow the
// list to what the API answers for them; phone width; screenshots of the list and the calendar in ru and kk.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, screenshot } from '../support/browser';
import { PHONE, signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';

const SCHEDULE = `mutation ($input: ScheduleHearingInput!) {
  scheduleHearing(input: $input) { id version scheduledAt case { number } }
}`;
const RESCHEDULE = `mutation ($input: RescheduleHearingInput!) { rescheduleHearing(input: $input) { id version } }`;
const CANCEL = `mutation ($input: CancelHearingInput!) { cancelHearing(input: $input) { id version } }`;
const CASES = `query ($filter: CaseFilter) {
  cases(first: 50, filter: $filter) { edges { node { id number instance region { code } court { id instance } } } }
}`;
const HEARINGS = `query ($filter: HearingFilter) {
  hearings(first: 100, filter: $filter) { totalCount edges { node { id } } }
}`;

const DETAILS = `query ($filter: HearingFilter) {
  hearings(first: 100, filter: $filter) {
    edges { node { id case { number mandatory notifySpecialized specializedOfficeId
      groundExplanations { paragraph reason { ru } } notifications { toOfficeId } } } }
  }
}`;
interface DetailNode {
  id: string;
  case: {
    number: string;
    mandatory: boolean;
    notifySpecialized: boolean;
    specializedOfficeId: string | null;
    groundExplanations: { paragraph: string; reason: { ru: string } }[];
    notifications: { toOfficeId: string }[];
  };
}

interface CaseNode {
  id: string;
  number: string;
  instance: string;
  region: { code: string };
  court: { id: string; instance: string };
}
interface Scheduled {
  scheduleHearing: { id: string; version: number; scheduledAt: string; case: { number: string } };
}

/** The Almaty (UTC+5) calendar date of an instant, and the instants the Almaty week around it starts and ends. */
function almatyWeek(at: Date): { today: string; todayStart: string; from: string; to: string } {
  const local = new Date(at.getTime() + 5 * 3_600_000);
  const today = local.toISOString().slice(0, 10);
  const weekday = (local.getUTCDay() + 6) % 7;
  const monday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - weekday);
  const from = new Date(monday - 5 * 3_600_000);
  const todayStart = new Date(Date.parse(`${today}T00:00:00Z`) - 5 * 3_600_000).toISOString();
  return {
    today,
    todayStart,
    from: from.toISOString(),
    to: new Date(from.getTime() + 7 * 86_400_000).toISOString(),
  };
}

/** A moment inside today (Almaty) and this week, whatever the time of day the test runs: now, to the minute. */
function nowToTheMinute(): string {
  const now = new Date();
  now.setUTCSeconds(0, 0);
  return now.toISOString();
}

async function rowIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="hearings"] [data-testid="hearing-row"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-hearing-id') ?? ''));
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="hearings"][data-state="ready"]', { timeout: 15_000 });
}

describe.skipIf(!chromiumAvailable())('Hearings screen in Chromium', () => {
  let dashboard: DemoDashboard;
  let districtCase: CaseNode;
  /** A case of the district office heard in another court than districtCase (for the live court filter). */
  let otherCourtCase: CaseNode | undefined;
  let foreignCase: CaseNode;
  let districtOfficeId: string;

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_hearings');
    const { me } = await dashboard.api<{ me: { officeId: string } }>('district', '{ me { officeId } }');
    districtOfficeId = me.officeId;
    const first = (c: CaseNode) => c.instance === 'FIRST' && c.court.instance === 'FIRST';
    const own = await dashboard.api<{ cases: { edges: { node: CaseNode }[] } }>('regional', CASES, {
      filter: { officeId: districtOfficeId },
    });
    districtCase = own.cases.edges.map((e) => e.node).find(first)!;
    otherCourtCase = own.cases.edges
      .map((e) => e.node)
      .find((c) => first(c) && c.court.id !== districtCase.court.id);
    const regions = await dashboard.api<{ regions: { id: string; code: string }[] }>(
      'admin',
      '{ regions { id code } }',
    );
    const otherRegion = regions.regions.find((r) => r.code !== 'KARAGANDA')!;
    const other = await dashboard.api<{ cases: { edges: { node: CaseNode }[] } }>('admin', CASES, {
      filter: { regionId: otherRegion.id },
    });
    foreignCase = other.cases.edges.map((e) => e.node).find(first)!;
    expect(districtCase, 'a first-instance case of the district office').toBeDefined();
    expect(foreignCase?.region.code).not.toBe('KARAGANDA');
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  it('should show a hearing set by another user of the jurisdiction within 2 s, highlighted, and never one of another region', async () => {
    const page = await dashboard.page();
    await signIn(page, dashboard.server.url, 'district');
    await ready(page);
    await page.waitForSelector('[data-testid="live-state"][data-state="live"]', { timeout: 10_000 });
    // The week the district prosecutor sees is the one the API gives them.
    const week = almatyWeek(new Date());
    const expected = await dashboard.api<{
      hearings: { totalCount: number; edges: { node: { id: string } }[] };
    }>('district', HEARINGS, { filter: { from: week.from, to: week.to } });
    expect((await rowIds(page)).sort()).toEqual(expected.hearings.edges.map((e) => e.node.id).sort());
    await screenshot(page, 'hearings-list-ru');

    const scheduledAt = nowToTheMinute();
    const set = await dashboard.api<Scheduled>('regional', SCHEDULE, {
      input: { caseId: districtCase.id, scheduledAt },
    });
    const answeredAt = Date.now();
    const id = set.scheduleHearing.id;
    const row = page.locator(`[data-testid="hearing-row"][data-hearing-id="${id}"]`);
    await row.waitFor({ timeout: 5_000 });
    const latencyMs = Date.now() - answeredAt;
    console.log(`hearings e2e: live hearing on screen ${latencyMs} ms after the mutation's response`);
    expect(latencyMs).toBeLessThan(2000);
    // Highlighted and labelled, in today's group, and announced by an info notice; no reload happened.
    await expect.poll(() => row.getAttribute('class')).toContain('arrived');
    expect(await row.getAttribute('data-mark')).toBe('new');
    expect(await row.locator('[data-testid="hearing-mark"]').innerText()).toMatch(/новое/i);
    expect(await row.locator('[data-testid="hearing-case"]').innerText()).toContain(districtCase.number);
    expect(
      await page
        .locator(`[data-testid="hearings-day"][data-date="${week.today}"] [data-hearing-id="${id}"]`)
        .count(),
    ).toBe(1);
    await expect
      .poll(() => page.locator('[data-testid="notices"] .notice.info').allInnerTexts())
      .toContainEqual(expect.stringContaining(districtCase.number));
    await screenshot(page, 'hearings-live-ru');

    // Another region's hearing, then a marker in the jurisdiction: events come in order, so once the marker is
    // on screen the foreign one would have been too.
    const foreign = await dashboard.api<Scheduled>('admin', SCHEDULE, {
      input: { caseId: foreignCase.id, scheduledAt },
    });
    const marker = await dashboard.api<Scheduled>('regional', SCHEDULE, {
      input: {
        caseId: districtCase.id,
        scheduledAt: new Date(Date.parse(scheduledAt) - 60_000).toISOString(),
      },
    });
    await page.locator(`[data-hearing-id="${marker.scheduleHearing.id}"]`).waitFor({ timeout: 5_000 });
    expect(await page.locator(`[data-hearing-id="${foreign.scheduleHearing.id}"]`).count()).toBe(0);
    expect(await page.locator('[data-testid="notices"]').innerText()).not.toContain(foreignCase.number);

    // Moved (still today) and cancelled hearings change in place, labelled.
    const movedAt = new Date(Date.parse(week.todayStart) + 2 * 60_000).toISOString();
    await dashboard.api('regional', RESCHEDULE, {
      input: { id, version: set.scheduleHearing.version, scheduledAt: movedAt, reason: 'Суд перенёс' },
    });
    await expect.poll(() => row.getAttribute('data-mark')).toBe('moved');
    expect(await row.locator('time').getAttribute('datetime')).toBe(movedAt);
    const markerRow = page.locator(`[data-hearing-id="${marker.scheduleHearing.id}"]`);
    await dashboard.api('regional', CANCEL, {
      input: { id: marker.scheduleHearing.id, version: marker.scheduleHearing.version, reason: 'Отозвано' },
    });
    await expect.poll(() => markerRow.getAttribute('data-status')).toBe('CANCELLED');
    expect(await markerRow.getAttribute('data-mark')).toBe('cancelled');
    // The moved hearing now opens the day: rows stay in time order.
    const todayIds = await page
      .locator(`[data-testid="hearings-day"][data-date="${week.today}"] [data-testid="hearing-row"]`)
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-hearing-id')));
    expect(todayIds[0]).toBe(id);

    // A live hearing beyond the week shown is not lost: it is listed apart, with its date.
    const later = await dashboard.api<Scheduled>('regional', SCHEDULE, {
      input: { caseId: districtCase.id, scheduledAt: new Date(Date.now() + 9 * 86_400_000).toISOString() },
    });
    const laterRow = page.locator(
      `[data-testid="hearings-elsewhere"] [data-hearing-id="${later.scheduleHearing.id}"]`,
    );
    await laterRow.waitFor({ timeout: 5_000 });
    expect(await laterRow.getAttribute('data-mark')).toBe('new');
    expect(
      await page
        .locator(`[data-testid="hearings-day"] [data-hearing-id="${later.scheduleHearing.id}"]`)
        .count(),
    ).toBe(0);

    // The week calendar shows it, on today's column, with the case number.
    await page.click('[data-testid="view-calendar"]');
    await page.waitForURL((url) => url.searchParams.get('view') === 'calendar');
    await ready(page);
    const block = page.locator(
      `[data-testid="hearings-calendar"] [data-date="${week.today}"] [data-hearing-id="${id}"]`,
    );
    await block.waitFor({ timeout: 5_000 });
    expect(await block.innerText()).toContain(districtCase.number);
    expect(await page.locator('[data-testid="hearings-calendar"] section.day').count()).toBe(7);
    await screenshot(page, 'hearings-calendar-ru');

    // Kazakh: the same calendar and list in Kazakh words.
    await page.selectOption('[data-testid="lang"]', 'kk');
    await expect.poll(() => page.locator('#hearings-title').innerText()).toBe('Сот отырыстары');
    await screenshot(page, 'hearings-calendar-kk');
    await page.click('[data-testid="view-week"]');
    await ready(page);
    await row.waitFor();
    expect(await page.locator('[data-testid="view-today"]').innerText()).toBe('Бүгін');
    await screenshot(page, 'hearings-list-kk');
  });

  it('should narrow the list with the filters, keep them in the URL, and match what the API answers', async () => {
    const page = await dashboard.page();
    await signIn(page, dashboard.server.url, 'district');
    await ready(page);
    const week = almatyWeek(new Date());
    const all = await rowIds(page);
    expect(all.length).toBeGreaterThan(0);

    // Each row tells what the API knows of its case: the mandatory mark with its grounds and paragraphs
    // (paras 6, 8), and for a case of a specialized office whether that office was notified (para 7).
    const details = await dashboard.api<{ hearings: { edges: { node: DetailNode }[] } }>(
      'district',
      DETAILS,
      {
        filter: { from: week.from, to: week.to },
      },
    );
    for (const { node } of details.hearings.edges) {
      const row = page.locator(`[data-testid="hearing-row"][data-hearing-id="${node.id}"]`);
      const badge = row.locator('[data-testid="hearing-mandatory"]');
      expect(await badge.count(), node.case.number).toBe(node.case.mandatory ? 1 : 0);
      const kase = node.case;
      const specialized = row.locator('[data-testid="hearing-specialized"]');
      if (kase.notifySpecialized && kase.specializedOfficeId) {
        const notified = kase.notifications.some((n) => n.toOfficeId === kase.specializedOfficeId);
        expect(await specialized.getAttribute('data-notified'), kase.number).toBe(notified ? 'yes' : 'no');
      } else {
        expect(await specialized.count(), kase.number).toBe(0);
      }
    }
    const withGrounds = details.hearings.edges.find((e) => e.node.case.groundExplanations.length > 0)?.node;
    if (withGrounds) {
      const row = page.locator(`[data-testid="hearing-row"][data-hearing-id="${withGrounds.id}"]`);
      const grounds = row.locator('[data-testid="hearing-grounds"]');
      expect(await grounds.isVisible()).toBe(false);
      await row.locator('[data-testid="hearing-mandatory"]').click();
      await grounds.waitFor({ state: 'visible' });
      expect(await row.locator('[data-testid="hearing-mandatory"]').getAttribute('aria-expanded')).toBe(
        'true',
      );
      const text = await grounds.innerText();
      for (const ground of withGrounds.case.groundExplanations) {
        expect(text).toContain(`п. ${ground.paragraph}`);
        expect(text).toContain(ground.reason.ru);
      }
    }

    // The court of the district case: only that court's hearings.
    await page.selectOption('[data-testid="filter-court"]', districtCase.court.id);
    await page.waitForURL((url) => url.searchParams.get('court') === districtCase.court.id);
    await ready(page);
    const byCourt = await dashboard.api<{ hearings: { edges: { node: { id: string } }[] } }>(
      'district',
      HEARINGS,
      {
        filter: { from: week.from, to: week.to, courtIds: [districtCase.court.id] },
      },
    );
    const courtIds = byCourt.hearings.edges.map((e) => e.node.id).sort();
    await expect.poll(async () => (await rowIds(page)).sort()).toEqual(courtIds);

    // Live events count only when they match the filters: a hearing in another court never shows, one in the
    // chosen court does (and, events coming in order, after the other one would have).
    if (otherCourtCase) {
      const at = nowToTheMinute();
      const outside = await dashboard.api<Scheduled>('regional', SCHEDULE, {
        input: { caseId: otherCourtCase.id, scheduledAt: at },
      });
      const inside = await dashboard.api<Scheduled>('regional', SCHEDULE, {
        input: { caseId: districtCase.id, scheduledAt: at },
      });
      await page.locator(`[data-hearing-id="${inside.scheduleHearing.id}"]`).waitFor({ timeout: 5_000 });
      expect(await page.locator(`[data-hearing-id="${outside.scheduleHearing.id}"]`).count()).toBe(0);
    }

    // Mandatory only, on top: a subset again; the options offered are the viewer's region's courts.
    await page.check('[data-testid="filter-mandatory"]');
    await page.waitForURL((url) => url.searchParams.get('mandatory') === '1');
    await ready(page);
    const mandatory = await dashboard.api<{ hearings: { edges: { node: { id: string } }[] } }>(
      'district',
      HEARINGS,
      { filter: { from: week.from, to: week.to, courtIds: [districtCase.court.id], mandatoryOnly: true } },
    );
    await expect
      .poll(async () => (await rowIds(page)).sort())
      .toEqual(mandatory.hearings.edges.map((e) => e.node.id).sort());
    const courtOptions = await page.locator('[data-testid="filter-court"] option').count();
    const regionCourts = await dashboard.api<{ courts: unknown[] }>(
      'district',
      '{ courts(regionCode: "KARAGANDA") { id } }',
    );
    expect(courtOptions).toBe(regionCourts.courts.length + 1);

    // A theme nobody's hearings have this week empties the list, and says so.
    await page.selectOption('[data-testid="filter-theme"]', 'ELECTORAL');
    await page.waitForURL((url) => url.searchParams.get('theme') === 'ELECTORAL');
    await ready(page);
    const electoral = await dashboard.api<{ hearings: { totalCount: number } }>('district', HEARINGS, {
      filter: {
        from: week.from,
        to: week.to,
        courtIds: [districtCase.court.id],
        mandatoryOnly: true,
        theme: 'ELECTORAL',
      },
    });
    await expect.poll(async () => (await rowIds(page)).length).toBe(electoral.hearings.totalCount);
    if (electoral.hearings.totalCount === 0) await page.waitForSelector('[data-testid="hearings-empty"]');

    // The URL is the state: reloading it shows the same filtered list; clearing brings every hearing back.
    await page.reload();
    await ready(page);
    expect(await page.locator('[data-testid="filter-mandatory"]').isChecked()).toBe(true);
    // The choices show in the selects too, though their options arrive after the page.
    await expect
      .poll(() => page.locator('[data-testid="filter-court"] option').count())
      .toBe(regionCourts.courts.length + 1);
    expect(await page.locator('[data-testid="filter-court"]').inputValue()).toBe(districtCase.court.id);
    await expect.poll(() => page.locator('[data-testid="filter-theme"]').inputValue()).toBe('ELECTORAL');
    await page.click('[data-testid="filter-reset"]');
    await page.waitForURL((url) => url.search === '');
    await ready(page);
    await expect.poll(async () => (await rowIds(page)).length).toBeGreaterThanOrEqual(all.length);
  });

  it('should fit a phone (390 × 844) without horizontal scrolling', async () => {
    const page = await dashboard.page({ viewport: PHONE });
    await signIn(page, dashboard.server.url, 'district');
    await ready(page);
    expect(await page.locator('[data-testid="hearing-row"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'hearings-phone-ru');
    await page.click('[data-testid="view-calendar"]');
    await ready(page);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'hearings-phone-calendar-ru');
  });
});
