// Issue 8: idempotency keys on creating mutations. A client that did not hear the answer to "schedule this
// hearing" (a dropped connection, a timeout, a double click) retries with the same key and gets the hearing the
// first request created: one hearing, one audit row, one live event. Keys are per user and live a day.
//
// How: inside the creating mutation's transaction, before anything else is written or locked, the key is
// INSERTed (ON CONFLICT DO NOTHING). A concurrent request with the same key blocks on the primary key until the
// first transaction ends: if it committed, the row is there and the retry answers with the record it names; if it
// rolled back (the creation failed), the retry's own insert goes through and it runs the creation itself.
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '@qadagalau/shared';
import { IsOptional, IsString, Matches } from 'class-validator';
import { Field } from 'type-graphql';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { AuthUser } from './auth';

/** How long a key is remembered: a retry a day later is a new request (the key is then free again). */
export const IDEMPOTENCY_TTL_HOURS = 24;

/** 8–128 printable ASCII characters (a UUID from crypto.randomUUID() fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7e]{8,128}$/;

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Optional idempotency key (8–128 printable ASCII characters; a UUID per form submission is best). A retry ' +
  'with the same key and the same input returns the record the first request created (same id; nothing is ' +
  'created twice, no second event). The same key with another input or another mutation is a CONFLICT. Keys ' +
  `are per user and are forgotten after ${IDEMPOTENCY_TTL_HOURS} hours. Without a key every request creates.`;

/** True for a well-formed key. */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && IDEMPOTENCY_KEY_PATTERN.test(value);
}

/** The `idempotencyKey` field of a creating mutation's input (or args): optional, validated (BAD_USER_INPUT). */
export function IdempotencyKeyField(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })(target, propertyName);
    IsOptional()(target, propertyName);
    IsString()(target, propertyName);
    Matches(IDEMPOTENCY_KEY_PATTERN, {
      message: `${String(propertyName)} must be 8–128 printable ASCII characters`,
    })(target, propertyName);
  };
}

/** A value with its object keys sorted and Dates as ISO strings: equal inputs give equal text. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      // An omitted optional field and an explicit null mean the same to every service.
      if (v !== undefined && v !== null) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** SHA-256 (hex) of the canonical input without its idempotency key. */
export function requestHash(input: object): string {
  const { idempotencyKey: _key, ...rest } = input as { idempotencyKey?: unknown };
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('hex');
}

let lastPrune = 0;
/** How often one process sweeps out expired keys (any request with a key may do it). */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Where keys are pruned: each process, at most every 10 minutes, deletes the keys older than the TTL while it
 * handles a request with a key (index on created_at); and a request whose own key has expired deletes that row
 * first, so an expired key is never answered from.
 */
async function prune(manager: EntityManager, userId: string, key: string): Promise<void> {
  const ttl = `${IDEMPOTENCY_TTL_HOURS} hours`;
  await manager.query(
    `DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND created_at < now() - $3::interval`,
    [userId, key, ttl],
  );
  if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = Date.now();
    await manager.query(`DELETE FROM idempotency_key WHERE created_at < now() - $1::interval`, [ttl]);
  }
}

export interface IdempotentRequest {
  /** The mutation's name, e.g. 'scheduleHearing'. */
  mutation: string;
  /** The whole input (or args); its `idempotencyKey`, when set, makes the request idempotent. */
  input: object & { idempotencyKey?: string | null };
}

/**
 * Runs `create` at most once per (user, key): a repeated request gets the record the first one created, read back
 * by id. Must run inside the creating transaction, first (before the request locks anything). Without a key it
 * just runs `create`.
 */
export async function idempotent<T extends { id: string }>(
  manager: EntityManager,
  user: Pick<AuthUser, 'id'>,
  request: IdempotentRequest,
  entity: EntityTarget<T> & { name: string },
  create: () => Promise<T>,
): Promise<T> {
  const key = request.input.idempotencyKey;
  if (key === undefined || key === null) return create();
  if (!isIdempotencyKey(key)) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'idempotencyKey: must be 8–128 printable ASCII characters',
      { field: 'idempotencyKey' },
    );
  }
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('idempotent() must run inside the transaction of the creation');
  }
  await prune(manager, user.id, key);
  const hash = requestHash(request.input);
  const claimed = (await manager.query(
    `INSERT INTO idempotency_key (user_id, key, mutation, request_hash, entity)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [user.id, key, request.mutation, hash, entity.name],
  )) as unknown[];
  if (claimed.length > 0) {
    const created = await create();
    await manager.query('UPDATE idempotency_key SET entity_id = $3 WHERE user_id = $1 AND key = $2', [
      user.id,
      key,
      created.id,
    ]);
    return created;
  }
  // The key was used before (a concurrent first request has committed by now: we waited for it).
  const [row] = (await manager.query(
    `SELECT mutation, request_hash AS "requestHash", entity, entity_id AS "entityId"
       FROM idempotency_key WHERE user_id = $1 AND key = $2`,
    [user.id, key],
  )) as { mutation: string; requestHash: string; entity: string; entityId: string | null }[];
  if (!row || !row.entityId) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      'idempotencyKey: the first request with this key is still running',
      {
        field: 'idempotencyKey',
      },
    );
  }
  if (row.mutation !== request.mutation || row.entity !== entity.name) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `idempotencyKey: the key was already used for ${row.mutation}; use a new key for a new request`,
      { field: 'idempotencyKey', mutation: row.mutation },
    );
  }
  if (row.requestHash !== hash) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `idempotencyKey: the key was already used for ${row.mutation} with a different input; use a new key for a new request`,
      { field: 'idempotencyKey', mutation: row.mutation },
    );
  }
  const existing = await manager.findOneBy(entity, { id: row.entityId } as FindOptionsWhere<T>);
  if (!existing) {
    throw new DomainError(ErrorCode.NOT_FOUND, `${entity.name} ${row.entityId} no longer exists`, {
      field: 'idempotencyKey',
    });
  }
  return existing;
}
