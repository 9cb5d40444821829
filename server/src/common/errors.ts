// The one place that turns thrown errors into what a GraphQL client sees. Every error reaching a client carries
// an `extensions.code` from the shared ErrorCode set, so the dashboard can switch on it; anything unexpected
// becomes INTERNAL with a generic message (details go to the log, not to the client).
import { DomainError, ErrorCode } from '@qadagalau/shared';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../database/unavailable';
import type { Logger } from './logger';
import { errorFields } from './logger';

export interface ErrorFormatOptions {
  /** Stack traces reach the client only in development. */
  exposeStack: boolean;
  logger: Logger;
}

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Apollo's codes for a request that is wrong before any resolver runs; the message is meant for the client. */
const REQUEST_ERROR_CODES: ReadonlySet<unknown> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);
/** Kept verbatim: automatic persisted-query clients retry on exactly these codes. */
const PROTOCOL_CODES: ReadonlySet<unknown> = new Set([
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const ERROR_CODES: ReadonlySet<unknown> = new Set(Object.values(ErrorCode));

export const INTERNAL_MESSAGE = 'Internal server error';

/**
 * The longest message a client gets. graphql-js quotes the offending value in its coercion errors ("Variable
 * "$input" got invalid value { … }"): with a hostile input of thousands of fields or a 900 KB string each of up to
 * 50 errors would echo it back whole. The start of the message still says what was wrong.
 */
export const MAX_MESSAGE_LENGTH = 500;

/** graphql-js gives up on variables after its error limit with this message and no code: still the input's fault. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * What PostgreSQL's SQLSTATE says about a failed statement, when it is the caller's input that failed (the
 * validation before the database should have caught it; this is the net under it). Class 22 (data exception:
 * 22P02 invalid text representation such as a malformed uuid, 22021 a NUL byte, 22008 a date/time field overflow,
 * 22003 a number out of range, 22001 a string too long …) is bad input; class 23 (integrity constraint) is a
 * reference to a missing record, a duplicate or a rule of the data broken; 40001/40P01 (serialization failure,
 * deadlock) a clash with a concurrent change the client may retry. Anything else stays INTERNAL. The message is
 * plain and never quotes the statement, the table or the constraint.
 */
export function databaseInputError(error: unknown): DomainError | undefined {
  if (!(error instanceof Error) || error.name !== 'QueryFailedError') return undefined;
  const carried = error as Error & { code?: unknown; driverError?: { code?: unknown } };
  const state = typeof carried.code === 'string' ? carried.code : carried.driverError?.code;
  if (typeof state !== 'string') return undefined;
  if (state.startsWith('22')) {
    return new DomainError(ErrorCode.BAD_USER_INPUT, 'Invalid input: a value is not valid for its field');
  }
  switch (state) {
    case '23503':
      return /is not present in table/.test(error.message + String((carried as { detail?: unknown }).detail))
        ? new DomainError(ErrorCode.NOT_FOUND, 'A record the input refers to does not exist')
        : new DomainError(ErrorCode.CONFLICT, 'Other records still refer to this one');
    case '23505':
      return new DomainError(ErrorCode.CONFLICT, 'Such a record already exists');
    case '23502':
    case '23514':
    case '23P01':
      return new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'Invalid input: the record would break a rule of the data',
      );
    case '40001':
    case '40P01':
      return new DomainError(ErrorCode.CONFLICT, 'The record was changed at the same time; try again');
    default:
      return undefined;
  }
}

/** Builds the formatter for Apollo's `formatError` (and, through formatGraphQLError, for graphql-ws). */
export function createErrorFormatter(options: ErrorFormatOptions): ErrorFormatter {
  return (formatted, error) => formatOne(formatted, error, options);
}

/** Formats an error from an execution result (the graphql-ws path, where Apollo is not involved). */
export function formatGraphQLError(error: GraphQLError, options: ErrorFormatOptions): GraphQLFormattedError {
  return formatOne(error.toJSON(), error, options);
}

function formatOne(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorFormatOptions,
): GraphQLFormattedError {
  const result = formatUnclipped(formatted, error, options);
  return result.message.length > MAX_MESSAGE_LENGTH
    ? { ...result, message: `${result.message.slice(0, MAX_MESSAGE_LENGTH)}…` }
    : result;
}

function formatUnclipped(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorFormatOptions,
): GraphQLFormattedError {
  const rootError = rootCause(error);
  const fromDatabase = databaseInputError(rootError);
  if (fromDatabase) {
    // Logged for whoever maintains the validation: the input should have been refused before the database.
    options.logger.warn('the database refused an input', {
      ...errorFields(rootError),
      code: fromDatabase.code,
      path: formatted.path,
    });
  }
  const cause = fromDatabase ?? rootError;
  const where = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const stack = options.exposeStack && cause instanceof Error ? { stacktrace: cause.stack?.split('\n') } : {};

  if (cause instanceof DomainError) {
    return { message: cause.message, ...where, extensions: { ...cause.details, code: cause.code, ...stack } };
  }
  if (cause instanceof ArgumentValidationError) {
    const fields = validationFields(cause.extensions.validationErrors);
    return {
      message: `Invalid input: ${fields.map((f) => f.field).join(', ')}`,
      ...where,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields, ...stack },
    };
  }
  if (cause instanceof AuthenticationError) {
    return { message: cause.message, ...where, extensions: { code: ErrorCode.UNAUTHENTICATED, ...stack } };
  }
  if (cause instanceof AuthorizationError) {
    return { message: cause.message, ...where, extensions: { code: ErrorCode.FORBIDDEN, ...stack } };
  }

  const code = formatted.extensions?.code;
  if (cause instanceof GraphQLError || cause === undefined) {
    if (ERROR_CODES.has(code) && code !== ErrorCode.INTERNAL) {
      return { message: formatted.message, ...where, extensions: { code, ...stack } };
    }
    if (PROTOCOL_CODES.has(code)) return { message: formatted.message, extensions: { code } };
    // No path: the document or its variables are wrong (graphql-js validation over WebSocket has no code).
    const isRequestError =
      REQUEST_ERROR_CODES.has(code) ||
      (code === undefined && formatted.path === undefined) ||
      (formatted.path === undefined && TOO_MANY_VARIABLE_ERRORS.test(formatted.message));
    if (isRequestError) {
      return {
        message: formatted.message,
        ...where,
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...stack },
      };
    }
  }

  // A database restart is no bug: the client may retry (still INTERNAL, the closed set has no other code for it).
  if (isDatabaseUnavailable(cause ?? error)) {
    options.logger.warn('database unavailable', { ...errorFields(cause ?? error), path: formatted.path });
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      ...where,
      extensions: { code: ErrorCode.INTERNAL, ...stack },
    };
  }
  options.logger.error('unexpected error in a GraphQL operation', {
    ...errorFields(cause ?? error),
    path: formatted.path,
  });
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: ErrorCode.INTERNAL, ...stack } };
}

/** The error a resolver threw, under the GraphQLError wrappers graphql-js and Apollo add around it. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError != null) {
    if (current instanceof ArgumentValidationError) return current;
    current = current.originalError;
  }
  return current;
}

export interface FieldProblem {
  /** Dotted path inside the arguments, e.g. `input.events.0.date`. */
  field: string;
  messages: string[];
}

/** Flattens class-validator's nested errors into field paths; values are left out (they may be personal data). */
export function validationFields(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...validationFields(e.children ?? [], field)];
  });
}
