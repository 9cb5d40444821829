// What /readyz reports: the database answers and its schema is the one this code expects.
import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import { pendingMigrations } from '../database/migrate';

/**
 * `reason` is what /readyz answers to anyone who asks, so it names the cause without the driver's message (no
 * addresses, ports or SQL); `detail` has that message for the log.
 */
export type Readiness = { ready: true } | { ready: false; reason: string; detail?: string };

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
        reason: 'database unreachable',
        detail: error instanceof Error ? error.message : String(error),
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
      reason: 'readiness check failed',
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * checkReadiness as the server runs it: every change between ready and not ready is logged once (with the
 * detail), not every probe of a load balancer polling during an outage.
 */
export function readinessProbe(dataSource: DataSource, logger: Logger): () => Promise<Readiness> {
  const log = logger.child({ component: 'readiness' });
  let last: Readiness = { ready: true };
  return async () => {
    const now = await checkReadiness(dataSource);
    if (now.ready !== last.ready || (!now.ready && !last.ready && now.reason !== last.reason)) {
      if (now.ready) log.info('ready again');
      else log.warn('not ready', { reason: now.reason, ...(now.detail ? { detail: now.detail } : {}) });
    }
    last = now;
    return now;
  };
}
