// Issue 2, point 6: the browser tier. The real server (built dashboard, own database, no demo data) in Debian's
// Chromium, checked the way a user sees it: title, the 20 regions, the language selector (kk/ru/en, default from
// the browser, remembered), keyboard focus, phone width. Screenshots of each state go to test/artifacts/e2e.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { chromiumAvailable, launchChromium, screenshot, type BrowserSession } from '../support/browser';
import { repoRoot } from '../support/paths';
import { createDatabase } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const dashboardIndex = path.join(repoRoot, 'dashboard', 'dist', 'index.html');

/** What a user reads in each language (the names come from the reference data, the rest from messages.ts). */
const TEXT = {
  ru: {
    subtitle: 'Надзор за законностью',
    heading: 'Регионы',
    count: '20 регионов',
    akmola: 'Акмолинская область',
  },
  kk: {
    subtitle: 'Әкімшілік құқық бұзушылық',
    heading: 'Өңірлер',
    count: '20 өңір',
    akmola: 'Ақмола облысы',
  },
  en: {
    subtitle: 'Supervision of the legality',
    heading: 'Regions',
    count: '20 regions',
    akmola: 'Akmola Region',
  },
} as const;
type Lang = keyof typeof TEXT;

describe('CI rule for the browser tier', () => {
  it('should throw when CI=true and Chromium is missing, and skip quietly otherwise', () => {
    vi.stubEnv('CI', 'true');
    try {
      expect(() => chromiumAvailable('/nonexistent/chromium')).toThrow(/CI=true but \/nonexistent\/chromium/);
      vi.stubEnv('CI', '');
      expect(chromiumAvailable('/nonexistent/chromium')).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe.skipIf(!chromiumAvailable())('dashboard placeholder in Chromium', () => {
  let server: ServerProcess;
  let session: BrowserSession;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(dashboardIndex)) {
      throw new Error(`${dashboardIndex} is missing: run npm run build (the root npm test builds first)`);
    }
    const databaseUrl = await createDatabase(inject('pgAdminUrl'), 'e2e_dashboard');
    [server, session] = await Promise.all([
      startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'off' } }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await session?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  });

  /** A page in a fresh context (empty localStorage) for a browser whose language is `locale`. */
  async function openDashboard(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await session.newContext({ locale: 'ru-RU', viewport: DESKTOP, ...options });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`http://localhost:${server.port}/`);
    await regionItems(page).nth(19).waitFor();
    return page;
  }

  function regionItems(page: Page) {
    return page.getByTestId('regions').locator('li');
  }

  /** Asserts that everything a user reads is in `lang`, and that the list still has the 20 regions. */
  async function expectLanguage(page: Page, lang: Lang): Promise<void> {
    const text = TEXT[lang];
    await page.getByText(text.akmola, { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Qadagalau');
    expect(await page.locator('.subtitle').textContent()).toContain(text.subtitle);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(text.heading);
    expect(await page.getByText(text.count, { exact: true }).count()).toBe(1);
    expect(await regionItems(page).count()).toBe(20);
    expect(await page.getByTestId('lang').inputValue()).toBe(lang);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // No text of the other languages left behind.
    for (const other of Object.keys(TEXT) as Lang[]) {
      if (other !== lang) expect(await page.getByText(TEXT[other].akmola, { exact: true }).count()).toBe(0);
    }
  }

  it('should show the title and the 20 regions in Russian when the browser language is ru', async () => {
    const page = await openDashboard();
    expect(await page.title()).toBe('Qadagalau');
    await expectLanguage(page, 'ru');
    // Each language is offered under its own name, not a code.
    expect(await page.getByTestId('lang').locator('option').allTextContents()).toEqual([
      'Қазақша',
      'Русский',
      'English',
    ]);
    await screenshot(page, 'dashboard-ru-1366x768');
  });

  it('should switch the interface and the region names to Kazakh, then English, from the selector', async () => {
    const page = await openDashboard();
    await page.getByTestId('lang').selectOption('kk');
    await expectLanguage(page, 'kk');
    await screenshot(page, 'dashboard-kk-1366x768');
    await page.getByTestId('lang').selectOption('en');
    await expectLanguage(page, 'en');
    await screenshot(page, 'dashboard-en-1366x768');
  });

  it('should remember the chosen language after a reload', async () => {
    const page = await openDashboard();
    await page.getByTestId('lang').selectOption('kk');
    await expectLanguage(page, 'kk');
    await page.reload();
    await regionItems(page).nth(19).waitFor();
    await expectLanguage(page, 'kk');
    await screenshot(page, 'dashboard-kk-after-reload-1366x768');
  });

  it('should start in English for an en-US browser with no stored choice', async () => {
    const page = await openDashboard({ locale: 'en-US' });
    const { origins } = await page.context().storageState();
    expect(origins.flatMap((origin) => origin.localStorage)).toEqual([]);
    await expectLanguage(page, 'en');
    await screenshot(page, 'dashboard-en-US-browser-1366x768');
  });

  it('should fall back to Russian for a browser language the dashboard does not offer', async () => {
    const page = await openDashboard({ locale: 'de-DE' });
    await expectLanguage(page, 'ru');
  });

  it('should reach the language selector with Tab, show the focus, and switch language by keyboard', async () => {
    const page = await openDashboard();
    const selector = page.getByTestId('lang');
    await page.keyboard.press('Tab');
    expect(await page.locator('[data-testid="lang"]:focus-visible').count()).toBe(1);
    // Options are kk, ru, en: one step down from Russian is English.
    await page.keyboard.press('ArrowDown');
    await expectLanguage(page, 'en');
    await screenshot(page, 'dashboard-focus-1366x768');
    // Visible means visible: the selector and its surroundings look different with and without the focus.
    const box = await selector.boundingBox();
    if (!box) throw new Error('the language selector has no box');
    const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
    const focused = await page.screenshot({ clip });
    await selector.blur();
    const blurred = await page.screenshot({ clip });
    expect(focused.equals(blurred)).toBe(false);
  });

  it('should fit a phone screen without horizontal scrolling', async () => {
    const page = await openDashboard({ viewport: PHONE, isMobile: true, hasTouch: true });
    await expectLanguage(page, 'ru');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    // The language selector is a finger-sized target.
    const selector = await page.getByTestId('lang').boundingBox();
    expect(selector?.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'dashboard-ru-390x844');
  });
});
