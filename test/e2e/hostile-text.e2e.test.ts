// Issue 8, hostile input in the browser: a case whose number, summary and offender name hold HTML, script and
// template-injection fragments (the fuzzer's, stored as sent — see integration/fuzz-mutations.test.ts) is shown by
// the dashboard as text: no script runs, no dialog opens, no element is injected, and the text reads as typed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { signIn, startDemoDashboard, type DemoDashboard } from '../support/dashboard';
import { HTML_FRAGMENTS } from '../support/fuzz/values';
import { tally } from '../support/hardening';

describe.skipIf(!chromiumAvailable())('hostile text in the dashboard', () => {
  let dashboard: DemoDashboard;

  beforeAll(async () => {
    dashboard = await startDemoDashboard(inject('pgAdminUrl'), 'e2e_hostile');
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  it('should show HTML and script fragments of a case as text, running nothing', async () => {
    const { courts } = await dashboard.api<{
      courts: { id: string; instance: string; kind: string; locality: { code: string } }[];
    }>('district', '{ courts(regionCode: "KARAGANDA") { id instance kind locality { code } } }');
    const court = courts.find(
      (c) => c.locality.code === 'KARAGANDA.KAZYBEK_BI' && c.instance === 'FIRST' && c.kind !== 'MILITARY',
    )!;
    const number = `<img src=x onerror=alert(1)>-${Date.now() % 100000}`;
    const summary = HTML_FRAGMENTS.join(' | ');
    const offenderName = '<b onmouseover=alert(1)>Тестов</b> <script>alert(2)</script>';
    const { registerCase } = await dashboard.api<{ registerCase: { id: string; summary: string } }>(
      'district',
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id summary } }`,
      {
        input: {
          number,
          koapArticle: '272',
          summary,
          offenderName,
          registeredOn: new Date().toISOString().slice(0, 10),
          courtId: court.id,
          spheres: ['TAX'],
          sanctions: ['FINE'],
        },
      },
    );
    expect(registerCase.summary).toBe(summary);

    const page = await dashboard.page();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, dashboard.server.url, 'district', `/cases/${registerCase.id}`);
    await page.waitForSelector('[data-testid=case-header]');
    await expect.poll(() => page.textContent('[data-testid=case-number]')).toContain(number);
    const text = (await page.textContent('body')) ?? '';
    const shown = [number, summary, offenderName].filter((fragment) => text.includes(fragment));
    // Hover everything an injected handler could sit on, then look for what an injection would have left.
    await page.hover('[data-testid=case-header]');
    const injected = await page
      .locator('img[src="x"], svg[onload], b[onmouseover], [onerror], [onmouseover], a[href^="javascript:"]')
      .count();
    const inlineScripts = await page.locator('script', { hasText: 'alert' }).count();
    const failures = 3 - shown.length + injected + inlineScripts + dialogs.length;
    tally('hostile', 'HTML/script fragments of a case shown in Chromium', 3, failures);
    expect({ shown: shown.length, injected, inlineScripts, dialogs }).toEqual({
      shown: 3,
      injected: 0,
      inlineScripts: 0,
      dialogs: [],
    });
  });
});
