// Debian's Chromium driven by playwright-core (never a downloaded browser): one launch per test file with a
// fresh temporary profile, isolated contexts per test, screenshots under test/artifacts/e2e.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { repoRoot } from './paths';
import { createTempDir } from './temp-dir';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const artifactsDir = path.join(repoRoot, 'test', 'artifacts', 'e2e');

/**
 * Whether the browser tier can run. Locally a machine without Chromium skips it; under CI=true a missing
 * Chromium throws, so the run fails instead of going green without its browser tests.
 */
export function chromiumAvailable(executablePath = CHROMIUM_PATH): boolean {
  if (existsSync(executablePath)) return true;
  if (process.env['CI'] === 'true') {
    throw new Error(
      `CI=true but ${executablePath} is missing: the browser tests must run in CI, not be skipped. ` +
        'Install Debian Chromium with `apt-get install -y chromium` (.ci/run does this).',
    );
  }
  return false;
}

export interface BrowserSession {
  browser: Browser;
  /** A fresh context (own storage, cookies and locale) in the same browser process. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export async function launchChromium(): Promise<BrowserSession> {
  const profileDir = createTempDir('chromium');
  // The profile goes through launchPersistentContext, never as --user-data-dir in args.
  const persistent = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 30_000,
  });
  const browser = persistent.browser();
  if (!browser) {
    await persistent.close();
    throw new Error('Chromium started without a browser handle');
  }
  let closed = false;
  return {
    browser,
    newContext: (options = {}) => browser.newContext(options),
    close: async () => {
      if (closed) return;
      closed = true;
      await persistent.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as test/artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
