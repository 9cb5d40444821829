// What /readyz reports: the database answers and its schema is the one this code expects.
import type { DataSource } from 'typeorm';
import { pendingMigrations } from '../database/migrate';

export type Readiness = { ready: true } | { ready: false; reason: string };

const CHECK_TIMEOUT_MS = 3_000;

export async function checkReadiness(
  dataSource: DataSource,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<Readiness> {
  if (!dataSource.isInitialized) return { ready: false, reason: 'database connection is closed' };
  let timer: NodeJS.Timeout | undefined;
  // A load balancer polls this; an unreachable database must answer 503 quickly, not after TCP timeouts.
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: 'database did not answer in time' }), timeoutMs);
  });
  const check = async (): Promise<Readiness> => {
    try {
      await dataSource.query('select 1');
    } catch (error) {
      return {
        ready: false,
        reason: `database unreachable: ${error instanceof Error ? error.message : error}`,
      };
    }
    const pending = await pendingMigrations(dataSource);
    return pending.length > 0
      ? { ready: false, reason: `pending migrations: ${pending.join(', ')}` }
      : { ready: true };
  };
  try {
    return await Promise.race([check(), timeout]);
  } catch (error) {
    return {
      ready: false,
      reason: `readiness check failed: ${error instanceof Error ? error.message : error}`,
    };
  } finally {
    clearTimeout(timer);
  }
}
