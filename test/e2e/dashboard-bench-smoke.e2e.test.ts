// A small run of the dashboard benchmark (npm run bench:dashboard) inside the suite, so it cannot rot: it must
// measure a populated Hearings screen and find the entry script. No timing is asserted (figures belong to the
// benchmark, not to a test).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDashboardBench, initialScripts, runDashboardBench } from '../bench/dashboard-bench';
import { chromiumAvailable } from '../support/browser';
import { createDatabase } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

describe('initialScripts', () => {
  it("should find the module entry and the modulepreloads in Vite's index.html, once each", () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">' +
      '<link rel="stylesheet" href="/assets/index-c.css">' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">';
    expect(initialScripts(html)).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
  });
});

describe.skipIf(!chromiumAvailable())('dashboard benchmark, smoke run', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    const databaseUrl = await createDatabase(inject('pgAdminUrl'), 'e2e_dashboard_bench');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('should measure the initial JavaScript and a populated Hearings screen, and print both', async () => {
    const result = await runDashboardBench({ runs: 2, server });
    expect(result.bundle.files.length).toBeGreaterThan(0);
    expect(result.bundle.initialJsGzipBytes).toBeGreaterThan(10_000);
    expect(result.bundle.initialJsGzipBytes).toBeLessThan(result.bundle.initialJsRawBytes);
    // The Hearings route is a lazy chunk: reaching it loads more than the entry.
    expect(result.bundle.hearingsJsGzipBytes).toBeGreaterThan(result.bundle.initialJsGzipBytes);
    expect(result.hearings.samplesMs).toHaveLength(2);
    for (const ms of result.hearings.samplesMs) expect(ms).toBeGreaterThan(0);
    expect(result.hearings.rows).toBeGreaterThan(0);
    const table = formatDashboardBench(result);
    expect(table).toMatch(/initial JavaScript \(gzip\) \| \d+\.\d KB/);
    expect(table).toMatch(/populated Hearings, median of 2 \| \d+ ms/);
  });
});
