import 'reflect-metadata';
import { DomainError, ErrorCode } from '@qadagalau/shared';
import { validateSync } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { IdempotencyKeyField, idempotent, isIdempotencyKey, requestHash } from './idempotency';

class Sample {
  idempotencyKey?: unknown;
}
// Applied by hand: this file is outside the build tsconfig that enables decorator syntax.
IdempotencyKeyField()(Sample.prototype, 'idempotencyKey');

const invalid = (key: unknown) =>
  validateSync(Object.assign(new Sample(), { idempotencyKey: key })).length > 0;

/** A manager that fails the test if the helper reaches the database. */
const untouchable = new Proxy({} as EntityManager, {
  get: (_target, property) => {
    throw new Error(`the database was reached (${String(property)})`);
  },
});

describe('idempotency keys', () => {
  it('should accept 8–128 printable ASCII characters and nothing else', () => {
    for (const good of ['12345678', crypto.randomUUID(), 'a b~c!d#', 'x'.repeat(128)]) {
      expect(isIdempotencyKey(good), good).toBe(true);
      expect(invalid(good), good).toBe(false);
    }
    for (const bad of [
      '1234567',
      'x'.repeat(129),
      'ключ-идемпотентности',
      'tab\tkey-123',
      'line\nkey-123',
      42,
    ]) {
      expect(isIdempotencyKey(bad), String(bad)).toBe(false);
      expect(invalid(bad), String(bad)).toBe(true);
    }
    expect(invalid(undefined)).toBe(false);
    expect(invalid(null)).toBe(false);
  });

  it('should hash the canonical input: key order, the key itself and omitted nulls make no difference', () => {
    const at = new Date('2026-11-27T10:00:00Z');
    const one = requestHash({
      caseId: 'c',
      scheduledAt: at,
      prosecutorId: null,
      idempotencyKey: 'k-1234567',
    });
    const two = requestHash({
      idempotencyKey: 'other-key',
      scheduledAt: new Date(at.getTime()),
      caseId: 'c',
    });
    expect(one).toBe(two);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash({ caseId: 'c', scheduledAt: new Date(at.getTime() + 1) })).not.toBe(one);
    expect(requestHash({ content: { b: '1', a: '2' } })).toBe(requestHash({ content: { a: '2', b: '1' } }));
    expect(requestHash({ spheres: ['TAX', 'CUSTOMS'] })).not.toBe(
      requestHash({ spheres: ['CUSTOMS', 'TAX'] }),
    );
  });

  it('should just create without a key, and refuse a malformed key before reaching the database', async () => {
    let created = 0;
    const create = () => Promise.resolve({ id: `r${++created}` });
    const entity = class Hearing {};
    await expect(
      idempotent(untouchable, { id: 'u' }, { mutation: 'm', input: {} }, entity, create),
    ).resolves.toEqual({
      id: 'r1',
    });
    const refused = idempotent(
      untouchable,
      { id: 'u' },
      { mutation: 'm', input: { idempotencyKey: 'short' } },
      entity,
      create,
    );
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    expect(created).toBe(1);
  });
});
