// Sign-in throttling: failed attempts are counted per username and per address in PostgreSQL (login_throttle), so
// that a lockout holds on every instance and across restarts.
//
// An attempt is counted *before* its password is checked, in a transaction that locks both counter rows (the
// address row first, then the username row: one order everywhere, so two attempts never deadlock). Parallel
// guesses therefore queue on the row lock and the one that reaches the limit sets the lock; none slips past it.
// A success then takes its attempt back: it deletes the username's row (a success resets the username's count)
// and gives one back to the address. The clock is the database's, the same for every instance.
import type { EntityManager } from 'typeorm';
import { isIPv6 } from 'node:net';
import type { LoginPolicy } from '../../app/config';
import type { ThrottleScope } from './login-throttle.entity';

interface CounterRow {
  attempts: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
  now: Date;
}

/** A lock one of the counters is under. */
export interface ThrottleLock {
  scope: ThrottleScope;
  lockedUntil: Date;
  attempts: number;
}

export type Reservation =
  | {
      allowed: true;
      /** The database time the attempt was counted at. */
      at: Date;
      /** Locks this attempt set by reaching a limit: they stand if the password turns out wrong. */
      locks: ThrottleLock[];
    }
  | { allowed: false; at: Date; locks: ThrottleLock[]; retryAfterSeconds: number };

export interface ThrottleKeys {
  /** The normalised username, whether or not such a user exists (an unknown name is throttled alike). */
  user: string;
  address: string;
}

/**
 * Counts one attempt against both keys in the caller's transaction, unless either is locked (then nothing is
 * counted and the attempt is refused with the time left).
 */
export async function reserveAttempt(
  manager: EntityManager,
  keys: ThrottleKeys,
  policy: LoginPolicy,
): Promise<Reservation> {
  const address = await lockCounter(manager, 'ADDRESS', keys.address);
  const user = await lockCounter(manager, 'USER', keys.user);
  const now = address.now;
  const current: Array<[ThrottleScope, string, CounterRow, number]> = [
    ['ADDRESS', keys.address, address, policy.maxFailuresPerAddress],
    ['USER', keys.user, user, policy.maxFailuresPerUser],
  ];

  const active = current
    .filter(([, , row]) => row.lockedUntil !== null && row.lockedUntil > now)
    .map(([scope, , row]) => ({ scope, lockedUntil: row.lockedUntil as Date, attempts: row.attempts }));
  if (active.length > 0) {
    const until = Math.max(...active.map((lock) => lock.lockedUntil.getTime()));
    return {
      allowed: false,
      at: now,
      locks: active,
      retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
    };
  }

  const locks: ThrottleLock[] = [];
  const windowStart = new Date(now.getTime() - policy.failureWindowSeconds * 1000);
  for (const [scope, key, row, limit] of current) {
    // A new window once the old one is over, or once a lock has run out.
    const fresh = row.windowStartedAt <= windowStart || row.lockedUntil !== null;
    const attempts = fresh ? 1 : row.attempts + 1;
    const lockedUntil = attempts >= limit ? new Date(now.getTime() + policy.lockoutSeconds * 1000) : null;
    await manager.query(
      `UPDATE login_throttle SET attempts = $3, window_started_at = $4, locked_until = $5
        WHERE scope = $1 AND key = $2`,
      [scope, key, attempts, fresh ? now : row.windowStartedAt, lockedUntil],
    );
    if (lockedUntil) locks.push({ scope, lockedUntil, attempts });
  }
  return { allowed: true, at: now, locks };
}

/**
 * After a success: the username starts afresh; the address gets its attempt back (and loses a lock that only this
 * attempt had brought it to), unless a new window has begun since.
 */
export async function releaseAttempt(
  manager: EntityManager,
  keys: ThrottleKeys,
  reservedAt: Date,
  policy: LoginPolicy,
): Promise<void> {
  // The address row first, then the username's: the order reserveAttempt locks them in (no deadlock).
  await manager.query(
    `UPDATE login_throttle
        SET attempts = greatest(attempts - 1, 0),
            locked_until = CASE WHEN attempts - 1 < $3 THEN NULL ELSE locked_until END
      WHERE scope = 'ADDRESS' AND key = $1 AND window_started_at <= $2`,
    [keys.address, reservedAt, policy.maxFailuresPerAddress],
  );
  await manager.query(`DELETE FROM login_throttle WHERE scope = 'USER' AND key = $1`, [keys.user]);
}

/** The counter row, created when missing, locked until the transaction ends; with the database's clock. */
async function lockCounter(manager: EntityManager, scope: ThrottleScope, key: string): Promise<CounterRow> {
  // DO UPDATE (a no-op) rather than DO NOTHING: it locks an existing row and returns it in one statement.
  const rows = (await manager.query(
    `INSERT INTO login_throttle (scope, key, attempts, window_started_at, locked_until)
     VALUES ($1, $2, 0, now(), NULL)
     ON CONFLICT (scope, key) DO UPDATE SET attempts = login_throttle.attempts
     RETURNING attempts, window_started_at AS "windowStartedAt", locked_until AS "lockedUntil", now() AS now`,
    [scope, key],
  )) as CounterRow[];
  const row = rows[0];
  if (!row) throw new Error('login_throttle upsert returned no row');
  return row;
}

/**
 * The key an address is counted under. IPv6 hosts usually hold a whole /64 (and can pick any address in it), so
 * an IPv6 address counts as its /64 network; IPv4 addresses count as themselves.
 */
export function addressKey(address: string): string {
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 and the like) is one address, not a network.
  if (right.some((part) => part.includes('.')) || left.some((part) => part.includes('.'))) return address;
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
