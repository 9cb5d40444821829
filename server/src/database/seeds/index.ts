// Seeds run after migrations on every start: the reference data is upserted (idempotent), demo data goes only
// into an empty database and only with DEMO_DATA=on.
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';
import { seedDemo } from './demo/demo.seed';
import { seedReference } from './reference/reference.seed';

export interface SeedOptions {
  demoData: boolean;
}

export async function runSeeds(dataSource: DataSource, options: SeedOptions, logger: Logger): Promise<void> {
  const started = Date.now();
  await seedReference(dataSource);
  logger.info('reference data seeded', { ms: Date.now() - started });
  if (options.demoData) {
    const demoStarted = Date.now();
    const written = await seedDemo(dataSource);
    if (written) logger.info('demo data seeded', { ms: Date.now() - demoStarted, rows: written });
    else logger.info('demo data skipped: the database already holds cases', { ms: Date.now() - demoStarted });
  }
}
