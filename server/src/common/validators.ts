import { DomainError, ErrorCode, isIsoDate } from '@qadagalau/shared';
import {
  IsDefined,
  IsString,
  isUUID,
  Length,
  Matches,
  ValidateIf,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';

/** A real calendar date `YYYY-MM-DD` (2025-02-30 is not), from 1900 to 2100. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a real date YYYY-MM-DD`, ...options },
      validator: {
        validate: (value: unknown) =>
          isIsoDate(value) && (value as string) >= '1900-01-01' && (value as string) <= '2100-12-31',
      },
    });
  };
}

/**
 * Control characters no text of a case needs: C0 controls but tab, line feed and carriage return (which a
 * multi-line field keeps), DEL and the C1 controls. NUL in particular: PostgreSQL text cannot hold it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** The same, tab and line breaks included: for one-line values (numbers, codes, names). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** A surrogate without its pair: not a character, and not encodable in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text that can be stored and read back exactly: well-formed UTF-16 (a lone surrogate would come back as U+FFFD)
 * without control characters (`multiline`: tab and line breaks allowed). HTML, SQL, emoji, right-to-left marks
 * and combining marks are text like any other: stored as sent, shown as text.
 */
export function isStorableText(value: unknown, multiline = true): boolean {
  return (
    typeof value === 'string' &&
    !LONE_SURROGATE.test(value) &&
    !(multiline ? CONTROL_CHARACTERS : LINE_CONTROL_CHARACTERS).test(value)
  );
}

/** A string that is storable text (see isStorableText); null and undefined are left to IsOptional. */
export function IsStorableText(options?: ValidationOptions & { multiline?: boolean }): PropertyDecorator {
  const { multiline = true, ...validationOptions } = options ?? {};
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isStorableText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must not contain control characters or broken unicode`,
        ...validationOptions,
      },
      validator: { validate: (value: unknown) => isStorableText(value, multiline) },
    });
  };
}

/**
 * Free text a user must actually write: a string of 1–`maxLength` characters that is not only whitespace, with
 * no control characters (tab and line breaks allowed) or broken unicode.
 */
export function IsNonBlankText(maxLength: number): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const name = String(propertyName);
    IsString()(target, propertyName);
    Length(1, maxLength)(target, propertyName);
    Matches(/\S/, { message: `${name} must not be blank` })(target, propertyName);
    IsStorableText()(target, propertyName);
  };
}

/**
 * May be left out, but not null: for a field of an update where leaving it out means "unchanged" and null would
 * mean nothing sensible (a list of sanctions, a flag). IsOptional would let null through, and so does type-graphql
 * on its own: it validates with skipMissingProperties, which skips every validator on a null value but IsDefined
 * (an explicit null used to reach the rules engine: "sanctions is not iterable", INTERNAL).
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    ValidateIf((_object: object, value: unknown) => value !== undefined, options)(target, propertyName);
    IsDefined({ message: `${String(propertyName)} must not be null (leave it out to keep it)`, ...options })(
      target,
      propertyName,
    );
  };
}

/**
 * For an id passed as a plain argument (`@Arg('id', () => ID)`), which class-validator does not see: refused as
 * BAD_USER_INPUT naming the field before any query, as IsUUID refuses one inside an input (PostgreSQL refused it
 * otherwise: "invalid input syntax for type uuid").
 */
export function requireUuid(value: string, field: string): string {
  if (!isUUID(value)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be an id (a UUID)`, { field });
  }
  return value;
}
