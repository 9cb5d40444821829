import { isIsoDate } from '@qadagalau/shared';
import { IsString, Length, Matches, registerDecorator, type ValidationOptions } from 'class-validator';

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

/** Free text a user must actually write: a string of 1–`maxLength` characters that is not only whitespace. */
export function IsNonBlankText(maxLength: number): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const name = String(propertyName);
    IsString()(target, propertyName);
    Length(1, maxLength)(target, propertyName);
    Matches(/\S/, { message: `${name} must not be blank` })(target, propertyName);
  };
}
