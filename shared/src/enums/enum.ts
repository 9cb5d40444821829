/** The values of a const-object enum, in declaration order (for Postgres enum columns and validators). */
export function enumValues<T extends Record<string, string>>(e: T): T[keyof T][] {
  return Object.values(e) as T[keyof T][];
}

/** True when `value` is one of the enum's values. */
export function isEnumValue<T extends Record<string, string>>(e: T, value: unknown): value is T[keyof T] {
  return typeof value === 'string' && (Object.values(e) as string[]).includes(value);
}

/** Compile-time exhaustiveness: a `switch` over an enum ends with `default: return assertUnreachable(x)`. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable value: ${JSON.stringify(value)}`);
}
