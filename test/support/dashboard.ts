// The dashboard as a user meets it: a real server with the demo data and the built dashboard, Debian Chromium,
// a signed-in page. Shared by the browser tests (test/e2e/*.e2e.test.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, type BrowserSession } from './browser';
import { graphql } from './graphql';
import { repoRoot } from './paths';
import { createDatabase } from './postgres';
import { startServer, type ServerProcess } from './server';

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };
export const DEMO_PASSWORD = 'qadagalau';
const dashboardIndex = path.join(repoRoot, 'dashboard', 'dist', 'index.html');

export interface DemoDashboard {
  server: ServerProcess;
  databaseUrl: string;
  browser: BrowserSession;
  /** A fresh browser context (own storage) with a page at desktop size unless told otherwise. */
  page(options?: BrowserContextOptions): Promise<Page>;
  /** A bearer token for a demo user, for API calls beside the browser. */
  token(username: string): Promise<string>;
  /** A GraphQL call as a demo user; fails the test on any error. */
  api<T>(username: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** Starts a server on its own database with the demo data, and Chromium. Call in beforeAll. */
export async function startDemoDashboard(pgAdminUrl: string, prefix: string): Promise<DemoDashboard> {
  if (!existsSync(dashboardIndex)) {
    throw new Error(`${dashboardIndex} is missing: run npm run build (the root npm test builds first)`);
  }
  const databaseUrl = await createDatabase(pgAdminUrl, prefix);
  const server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const tokens = new Map<string, string>();

  async function token(username: string): Promise<string> {
    const known = tokens.get(username);
    if (known) return known;
    const result = await graphql<{ login: { token: string } }>(
      server.url,
      'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
      { u: username, p: DEMO_PASSWORD },
    );
    const value = result.data?.login.token;
    if (!value) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(username, value);
    return value;
  }

  return {
    server,
    databaseUrl,
    browser,
    async page(options = {}) {
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU', ...options });
      contexts.push(context);
      return context.newPage();
    },
    token,
    async api<T>(username: string, query: string, variables: Record<string, unknown> = {}) {
      const result = await graphql<T>(server.url, query, variables, {
        authorization: `Bearer ${await token(username)}`,
      });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data as T;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.stop();
    },
  };
}

/** Signs in through the login form and waits for the first screen. */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  next = '/hearings',
): Promise<void> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('[data-testid=login-form] button[type=submit]');
  await page.waitForURL((url) => url.pathname === next.split('?')[0], { timeout: 15_000 });
}
