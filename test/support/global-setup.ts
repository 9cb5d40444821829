// Once per test run: one throw-away PostgreSQL that test files share through their own databases.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { startThrowawayPostgres, type ThrowawayPostgres } from './postgres';
import { createTempDir } from './temp-dir';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's throw-away PostgreSQL (see createDatabase). */
    pgAdminUrl: string;
  }
}

let postgres: ThrowawayPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dir = createTempDir('run');
  const started = Date.now();
  postgres = await startThrowawayPostgres(dir);
  console.log(`throw-away PostgreSQL ready in ${Date.now() - started} ms (${dir})`);
  project.provide('pgAdminUrl', postgres.adminUrl);
}

export async function teardown(): Promise<void> {
  if (!postgres) return;
  await postgres.stop();
  rmSync(postgres.dir, { recursive: true, force: true });
}
