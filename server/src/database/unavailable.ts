// "The database is not there right now" (a restart, a failover, a cut network) as opposed to "this query is
// wrong": the first is answered with a retry-later message and waited out by live subscriptions, the second is a
// bug and is reported as such.

/** What a client is told when a request failed because the database could not be reached (code INTERNAL). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'Database unavailable, try again';

/** Socket-level failures Node reports while connecting to or talking with PostgreSQL. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server going away or not accepting work yet: class 08 (connection exception), 57P01
 * admin_shutdown (a fast shutdown ends our sessions), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting
 * up, in recovery), 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATES: ReadonlySet<string> = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * node-postgres reports a lost or never-made connection with these messages and no code; TypeORM releases a
 * transaction's query runner when its connection breaks, and the transaction's next statement then fails with
 * QueryRunnerAlreadyReleasedError (seen under load when a fast shutdown ended the session mid-transaction).
 */
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|Client was closed and is not queryable|Cannot use a pool after calling end|Query runner already released/i;

/** True when `error` (or what it wraps: TypeORM's driverError, a cause) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
        return true;
      }
    }
    if (typeof message === 'string' && PG_MESSAGES.test(message)) return true;
    const wrapper = current as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    current = wrapper.driverError ?? wrapper.cause ?? wrapper.originalError;
  }
  return false;
}
