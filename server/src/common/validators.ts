import { isIsoDate } from '@qadagalau/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

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
