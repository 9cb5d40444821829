// Issue 8: creating mutations carry an idempotency key, so a submission retried after a lost answer (a dropped
// connection, a timeout, a second click) creates one record, not two. One key per form opening: kept across
// retries of the same submission, replaced after a success (the next submission is a new request).

/** A random UUID v4; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The key of one form: `current` for every attempt of a submission, `renew()` once it succeeded. */
export interface IdempotencyKey {
  readonly current: string;
  renew(): void;
}

export function useIdempotencyKey(): IdempotencyKey {
  let key = newIdempotencyKey();
  return {
    get current() {
      return key;
    },
    renew() {
      key = newIdempotencyKey();
    },
  };
}
