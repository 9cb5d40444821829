import { afterEach, describe, expect, it, vi } from 'vitest';
import { newIdempotencyKey, useIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys of a form', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should keep one key across retries and take a new one after a success', () => {
    const key = useIdempotencyKey();
    const first = key.current;
    expect(first).toMatch(UUID_V4);
    expect(key.current).toBe(first);
    key.renew();
    expect(key.current).toMatch(UUID_V4);
    expect(key.current).not.toBe(first);
  });

  it('should make a UUID without randomUUID (a page served over plain http)', () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});
