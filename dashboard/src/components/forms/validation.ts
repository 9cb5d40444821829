// Form checks that mirror the server's input validators (server/src/common/validators.ts and the input classes),
// run before anything is sent, and the mapping of the server's coded errors back onto the form's fields.
import { isIsoDate } from '@qadagalau/shared';
import { asApiError, type ApiError } from '../../api/errors';

/** An i18n key (under `forms.`… of the screen that uses it) with its parameters, or null when the value is fine. */
export interface Problem {
  key: string;
  params?: Record<string, unknown>;
}
export type Check = (value: unknown) => Problem | null;

const blank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

export const required: Check = (value) => (blank(value) ? { key: 'required' } : null);

/** IsNonBlankText(max): a string of 1–max characters that is not only whitespace. */
export function text(max: number, optional = false): Check {
  return (value) => {
    if (blank(value)) return optional ? null : { key: 'required' };
    return String(value).length > max ? { key: 'tooLong', params: { max } } : null;
  };
}

/** IsCalendarDate: a real date YYYY-MM-DD between 1900 and 2100 (2025-02-30 is not). */
export function calendarDate(optional = false): Check {
  return (value) => {
    if (blank(value)) return optional ? null : { key: 'required' };
    const day = String(value);
    if (!isIsoDate(day) || day < '1900-01-01' || day > '2100-12-31') return { key: 'badDate' };
    return null;
  };
}

/** assertNotFuture: the day of something that has happened is not after `today` (Almaty). */
export function notAfter(today: string): Check {
  return (value) => (!blank(value) && String(value) > today ? { key: 'future' } : null);
}

/** assertNotBefore: on or after `from`. */
export function notBefore(from: string | null | undefined): Check {
  return (value) =>
    from && !blank(value) && String(value) < from ? { key: 'beforeDay', params: { day: from } } : null;
}

/** A local date-time `YYYY-MM-DDTHH:MM` (the datetime-local input) that exists. */
export function localDateTime(optional = false): Check {
  return (value) => {
    if (blank(value)) return optional ? null : { key: 'required' };
    const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(String(value));
    return match && isIsoDate(match[1]) ? null : { key: 'badDateTime' };
  };
}

/** Runs each field's checks in order; the first problem per field wins. */
export function validate<F extends string>(
  values: Record<F, unknown>,
  rules: Partial<Record<F, Check[]>>,
): Partial<Record<F, Problem>> {
  const problems: Partial<Record<F, Problem>> = {};
  for (const field of Object.keys(rules) as F[]) {
    for (const check of rules[field] ?? []) {
      const problem = check(values[field]);
      if (problem) {
        problems[field] = problem;
        break;
      }
    }
  }
  return problems;
}

/** The form field the server named: `input.content.evidence` → `content.evidence` (the form's own names). */
export function serverField(path: string): string {
  return path.replace(/^input\./, '');
}

export interface SubmitFailure {
  error: ApiError;
  /** The server's field names, as the form names them, that the error is about. */
  fields: string[];
}

export function submitFailure(cause: unknown): SubmitFailure {
  const error = asApiError(cause);
  return { error, fields: error.fields.map(serverField) };
}
