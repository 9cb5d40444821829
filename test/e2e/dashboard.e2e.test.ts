// The dashboard's shell in Debian's Chromium against the real server with the demo data: sign-in (and its
// failure), deep links behind the sign-in, the role's header and navigation, the language selector (kk/ru/en,
// default from the browser, remembered; interface text and date format change), keyboard focus, sign-out and
// phone width. Each screen has its own e2e file; screenshots go to test/artifacts/e2e.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { chromiumAvailable, screenshot } from '../support/browser';
import { graphql } from '../support/graphql';
import { PHONE, signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';

type Lang = 'kk' | 'ru' | 'en';
const NAV: Record<Lang, string[]> = {
  kk: ['Сот отырыстары', 'Мерзімдер', 'Бекітулер', 'Салыстыру', 'Көрсеткіштер'],
  ru: ['Заседания', 'Сроки', 'Закрепление', 'Сверка', 'Показатели'],
  en: ['Hearings', 'Deadlines', 'Assignments', 'Reconciliation', 'Indicators'],
};
const LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Today in Almaty the way the header writes it in `lang` (computed here independently with Intl). */
function todayIn(lang: Lang): string {
  const zone = { timeZone: 'Asia/Almaty' } as const;
  const now = new Date();
  const weekday = new Intl.DateTimeFormat(LOCALES[lang], { ...zone, weekday: 'long' }).format(now);
  const date = new Intl.DateTimeFormat(LOCALES[lang], {
    ...zone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(now);
  return `${weekday}, ${date}`;
}

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

describe.skipIf(!chromiumAvailable())('dashboard shell in Chromium', () => {
  let dashboard: DemoDashboard;
  let url: string;

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_shell');
    url = dashboard.server.url;
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  async function navTexts(page: Page): Promise<string[]> {
    return (await page.locator('nav a').allTextContents()).map((text) => text.trim());
  }

  it('should refuse a wrong password with a plain message, then sign in and show who is signed in', async () => {
    const page = await dashboard.page();
    await page.goto(`${url}/`);
    await page.waitForURL(/\/login/);
    expect(await page.title()).toBe('Qadagalau');
    await page.fill('input[name=username]', 'district');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('[data-testid=login-form] button[type=submit]');
    await expect
      .poll(() => page.getByTestId('login-failed').textContent())
      .toBe('Неверное имя пользователя или пароль');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('nav').count()).toBe(0);
    await screenshot(page, 'shell-login-failed-ru');

    await signIn(page, url, 'district');
    expect(await navTexts(page)).toEqual(NAV.ru);
    const viewer = await page.getByTestId('viewer').textContent();
    expect(viewer).toContain('Казыбек би');
    await screenshot(page, 'shell-district-ru-1366x768');
  });

  it('should say in plain words how long a sign-in is locked after repeated failures', async () => {
    // Five wrong passwords (the default limit) lock the username for 15 minutes — even the right one is refused.
    for (let n = 0; n < 5; n += 1) {
      const answer = await graphql(
        url,
        'mutation ($p: String!) { login(input: { username: "environmental", password: $p }) { token } }',
        { p: `wrong-${n}` },
      );
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    const page = await dashboard.page();
    await page.goto(`${url}/login`);
    await page.fill('input[name=username]', 'environmental');
    await page.fill('input[name=password]', 'qadagalau');
    await page.click('[data-testid=login-form] button[type=submit]');
    await expect
      .poll(() => page.getByTestId('login-locked').textContent())
      .toContain('Слишком много неудачных попыток входа: повторите через 15 минут');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'shell-login-locked-ru');
  });

  it('should show each role its own office in the header', async () => {
    const page = await dashboard.page();
    await signIn(page, url, 'military');
    await expect.poll(() => page.getByTestId('viewer').textContent()).toMatch(/военн/i);
    const analyst = await dashboard.page();
    await signIn(analyst, url, 'analyst');
    const text = await analyst.getByTestId('viewer').textContent();
    expect(text).not.toMatch(/военн/i);
    expect(text).toMatch(/Департамент|Генеральн/);
  });

  it('should keep a deep link behind the sign-in and land on it afterwards', async () => {
    const page = await dashboard.page();
    await page.goto(`${url}/deadlines`);
    await page.waitForURL((u) => u.pathname === '/login' && u.searchParams.get('next') === '/deadlines');
    await page.fill('input[name=username]', 'regional');
    await page.fill('input[name=password]', 'qadagalau');
    await page.click('[data-testid=login-form] button[type=submit]');
    await page.waitForURL((u) => u.pathname === '/deadlines');
  });

  it('should switch the interface text and the date format to Kazakh, and remember it after a reload', async () => {
    const page = await dashboard.page();
    await signIn(page, url, 'district');
    expect(await page.getByTestId('today').textContent()).toBe(todayIn('ru'));

    await page.getByTestId('lang').selectOption('kk');
    await expect.poll(() => navTexts(page)).toEqual(NAV.kk);
    expect(await page.getByTestId('today').textContent()).toBe(todayIn('kk'));
    expect(todayIn('kk')).not.toBe(todayIn('ru'));
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    await screenshot(page, 'shell-district-kk-1366x768');

    await page.reload();
    await expect.poll(() => navTexts(page)).toEqual(NAV.kk);
    expect(await page.getByTestId('lang').inputValue()).toBe('kk');

    await page.getByTestId('lang').selectOption('en');
    await expect.poll(() => navTexts(page)).toEqual(NAV.en);
    expect(await page.getByTestId('today').textContent()).toBe(todayIn('en'));
  });

  it("should start in the browser's language, English for en-US and Russian for an unsupported one", async () => {
    const english = await dashboard.page({ locale: 'en-US' });
    await signIn(english, url, 'district');
    expect(await navTexts(english)).toEqual(NAV.en);
    const german = await dashboard.page({ locale: 'de-DE' });
    await signIn(german, url, 'district');
    expect(await navTexts(german)).toEqual(NAV.ru);
  });

  it('should be usable by keyboard with a visible focus: skip link first, then the controls', async () => {
    const page = await dashboard.page();
    await signIn(page, url, 'district');
    // A fresh load puts the focus at the start of the document, as a user arriving at the page has it.
    await page.reload();
    await page.getByTestId('sign-out').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('href') ?? null")).toBe(
      '#main',
    );
    expect(await page.locator('a.skip:focus-visible').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.locator('[data-testid="lang"]:focus-visible').count()).toBe(1);
    // Visible means visible: the selector looks different with and without the focus.
    const box = await page.getByTestId('lang').boundingBox();
    if (!box) throw new Error('the language selector has no box');
    const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
    const focused = await page.screenshot({ clip });
    await page.getByTestId('lang').blur();
    expect(focused.equals(await page.screenshot({ clip }))).toBe(false);
    // Navigation links are reachable and followed with Enter.
    await page.getByTestId('nav-deadlines').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/deadlines');
  });

  it('should sign out: the token is revoked, gone, and the screens ask to sign in again', async () => {
    const page = await dashboard.page();
    await signIn(page, url, 'district');
    const session = await page.evaluate<string | null>("localStorage.getItem('qadagalau.session')");
    const { token } = JSON.parse(session ?? '{}') as { token?: string };
    const me = async () =>
      graphql<{ me: { username: string } }>(
        url,
        '{ me { username } }',
        {},
        { authorization: `Bearer ${token}` },
      );
    expect((await me()).data?.me.username).toBe('district');
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/login/);
    const stored = await page.evaluate<string | null>("localStorage.getItem('qadagalau.session')");
    expect(stored).toBeNull();
    // Sign-out revoked the token on the server: a copy of it (another tab, a stolen one) is refused.
    expect((await me()).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await page.goto(`${url}/hearings`);
    await page.waitForURL(/\/login/);
  });

  it('should treat a stored token the server no longer accepts as signed out', async () => {
    const page = await dashboard.page();
    await page.goto(`${url}/login`);
    const stale = JSON.stringify({
      token: 'not-a-token',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await page.evaluate(`localStorage.setItem('qadagalau.session', ${JSON.stringify(stale)})`);
    await page.goto(`${url}/hearings`);
    await page.waitForURL(/\/login/);
    expect(await page.evaluate<string | null>("localStorage.getItem('qadagalau.session')")).toBeNull();
  });

  it('should fit a phone screen: no horizontal page scroll, finger-sized controls', async () => {
    const page = await dashboard.page({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(`${url}/login`);
    await page.locator('input[name=username]').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'shell-login-ru-390x844');
    await signIn(page, url, 'district');
    const selector = await page.getByTestId('lang').boundingBox();
    expect(selector?.height).toBeGreaterThanOrEqual(40);
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'shell-district-ru-390x844');
  });
});
