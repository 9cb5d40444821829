// Small readers for untrusted JSON input: each failure is a DomainError(BAD_USER_INPUT) whose message names the
// field path and the problem, e.g. `cases[3].events.copyDelivered: "2025-02-30" is not a date`.
import type { IsoDate } from '../dates/iso-date';
import { isIsoDate } from '../dates/iso-date';
import { DomainError, ErrorCode } from '../errors/error-code';

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

/** The error for a bad field: the message is `path: problem`; details carry both. */
export function fieldError(path: string, problem: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${path}: ${problem}`, { field: path, problem });
}

/** A short rendering of a bad value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Joins a path and a key: `cases[0]` + `events` → `cases[0].events`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The value as an object, or a field error. */
export function readObject(value: unknown, path: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fieldError(path, `expected an object, got ${describeValue(value)}`);
  }
  return value as JsonObject;
}

/** Rejects fields the contract does not define, so a misspelt event cannot silently drop a deadline. */
export function rejectUnknownKeys(obj: JsonObject, allowed: ReadonlySet<string>, path: string): void {
  for (const key in obj) {
    if (!allowed.has(key)) throw fieldError(at(path, key), 'unknown field');
  }
}

/** A required non-empty string id. */
export function readId(obj: JsonObject, path: string): string {
  const value = obj.id;
  if (value === undefined || value === null) throw fieldError(at(path, 'id'), 'is required');
  if (typeof value !== 'string' || value.length === 0) {
    throw fieldError(at(path, 'id'), `expected a non-empty string, got ${describeValue(value)}`);
  }
  return value;
}

/** An optional boolean (null or absent → the default). */
export function readBoolean(obj: JsonObject, key: string, path: string, fallback: boolean): boolean {
  const value = obj[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean')
    throw fieldError(at(path, key), `expected true or false, got ${describeValue(value)}`);
  return value;
}

/** A checker for one const-object enum, with its value set built once. */
export class EnumReader<T extends string> {
  private readonly values: ReadonlySet<string>;
  private readonly list: string;

  constructor(e: Record<string, T>) {
    this.values = new Set(Object.values(e));
    this.list = [...this.values].join(', ');
  }

  /** The value as a member of the enum, or a field error at `path`. */
  check(value: unknown, path: string): T {
    if (typeof value === 'string' && this.values.has(value)) return value as T;
    throw fieldError(path, `${describeValue(value)} is not one of ${this.list}`);
  }

  /** True when the value is a member. */
  has(value: unknown): value is T {
    return typeof value === 'string' && this.values.has(value);
  }

  /** An optional member (null or absent → the default). */
  read(obj: JsonObject, key: string, path: string, fallback: T): T {
    const value = obj[key];
    if (value === undefined || value === null) return fallback;
    // The path is built only on failure: validation runs on every field of every case.
    return this.has(value) ? value : this.check(value, at(path, key));
  }

  /** An optional nullable member (absent → null). */
  readNullable(obj: JsonObject, key: string, path: string): T | null {
    const value = obj[key];
    if (value === undefined || value === null) return null;
    return this.has(value) ? value : this.check(value, at(path, key));
  }

  /** A required member. */
  readRequired(obj: JsonObject, key: string, path: string): T {
    const value = obj[key];
    if (value === undefined || value === null) throw fieldError(at(path, key), 'is required');
    return this.check(value, at(path, key));
  }

  /** An optional array of members (null or absent → []). */
  readArray(obj: JsonObject, key: string, path: string): T[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value))
      throw fieldError(at(path, key), `expected an array, got ${describeValue(value)}`);
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (!this.has(v))
        throw fieldError(at(at(path, key), i), `${describeValue(v)} is not one of ${this.list}`);
      // The arrays are sets: repeats are harmless and dropped.
      if (!out.includes(v)) out.push(v);
    }
    return out;
  }
}

/** An optional 'YYYY-MM-DD' date (null or absent → null); impossible dates like 2025-02-30 are rejected. */
export function readDate(obj: JsonObject, key: string, path: string): IsoDate | null {
  const value = obj[key];
  if (value === undefined || value === null) return null;
  if (!isIsoDate(value)) throw fieldError(at(path, key), `${describeValue(value)} is not a date`);
  return value;
}

/** An optional array (null or absent → []). */
export function readArray(obj: JsonObject, key: string, path: string): unknown[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw fieldError(at(path, key), `expected an array, got ${describeValue(value)}`);
  return value;
}
