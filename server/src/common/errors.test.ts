import 'reflect-metadata';
import { DomainError, ErrorCode } from '@qadagalau/shared';
import { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, formatGraphQLError, INTERNAL_MESSAGE, MAX_MESSAGE_LENGTH } from './errors';
import { createLogger } from './logger';

const logged: string[] = [];
const logger = createLogger({ level: 'debug', pretty: false, write: (line) => logged.push(line) });
const format = createErrorFormatter({ exposeStack: false, logger });

/** What graphql-js makes of an error thrown inside a resolver. */
function thrownInResolver(error: Error): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, path: ['protest'] });
}

function viaApollo(error: GraphQLError, code?: string): GraphQLFormattedError {
  const formatted = error.toJSON();
  return format({ ...formatted, extensions: { ...formatted.extensions, ...(code ? { code } : {}) } }, error);
}

describe('formatError', () => {
  it('should carry a DomainError code, message and details to the client', () => {
    const error = thrownInResolver(
      new DomainError(ErrorCode.DEADLINE_PASSED, 'The protest deadline has passed', { field: 'filedOn' }),
    );
    expect(viaApollo(error)).toEqual({
      message: 'The protest deadline has passed',
      path: ['protest'],
      extensions: { code: 'DEADLINE_PASSED', field: 'filedOn' },
    });
  });

  it('should turn class-validator failures into BAD_USER_INPUT naming every field', () => {
    const title = Object.assign(new ValidationError(), {
      property: 'title',
      constraints: { minLength: 'title must be longer than or equal to 3 characters' },
    });
    const date = Object.assign(new ValidationError(), {
      property: 'date',
      constraints: { isDate: 'date must be a Date instance' },
    });
    const events = Object.assign(new ValidationError(), { property: 'events', children: [date] });
    const input = Object.assign(new ValidationError(), { property: 'input', children: [title, events] });
    const result = viaApollo(thrownInResolver(new ArgumentValidationError([input])), 'BAD_USER_INPUT');
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.title', messages: ['title must be longer than or equal to 3 characters'] },
        { field: 'input.events.date', messages: ['date must be a Date instance'] },
      ],
    });
    expect(result.message).toBe('Invalid input: input.title, input.events.date');
  });

  it('should hide an unexpected error behind INTERNAL and log it', () => {
    logged.length = 0;
    const result = viaApollo(thrownInResolver(new Error('relation "protest" does not exist')));
    expect(result).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['protest'],
      extensions: { code: 'INTERNAL' },
    });
    expect(logged.join('')).toContain('relation \\"protest\\" does not exist');
  });

  it('should include a stack trace only when asked to (development)', () => {
    const dev = createErrorFormatter({ exposeStack: true, logger });
    const error = thrownInResolver(new Error('boom'));
    expect(dev(error.toJSON(), error).extensions?.['stacktrace']).toBeInstanceOf(Array);
    expect(viaApollo(error).extensions).not.toHaveProperty('stacktrace');
  });

  it('should keep the message of a malformed query and answer BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(viaApollo(error, 'GRAPHQL_VALIDATION_FAILED')).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('should map type-graphql authentication errors to UNAUTHENTICATED', () => {
    expect(viaApollo(thrownInResolver(new AuthenticationError())).extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('should format errors from WebSocket results the same way', () => {
    const domain = thrownInResolver(new DomainError(ErrorCode.FORBIDDEN, 'Not your region'));
    expect(formatGraphQLError(domain, { exposeStack: false, logger }).extensions).toEqual({
      code: 'FORBIDDEN',
    });
    // graphql-js validation over WebSocket: no code, no path.
    const invalid = new GraphQLError('Syntax Error: Expected Name, found <EOF>.');
    expect(formatGraphQLError(invalid, { exposeStack: false, logger }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
    const internal = thrownInResolver(new TypeError('x is undefined'));
    expect(formatGraphQLError(internal, { exposeStack: false, logger }).message).toBe(INTERNAL_MESSAGE);
  });
});

/** What TypeORM throws when PostgreSQL refuses a statement: the driver's fields are copied onto it. */
function queryFailed(code: string, message: string, detail?: string): Error {
  return Object.assign(new Error(message), {
    name: 'QueryFailedError',
    code,
    detail,
    query: 'SELECT "c"."id" FROM "court_case" "c" WHERE "c"."id" = $1',
    parameters: ['x'],
  });
}

describe('formatError and what the database refuses', () => {
  it.each([
    ['22P02', 'invalid input syntax for type uuid: "abc"'],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22008', 'date/time field value out of range: "2025-02-30"'],
    ['22003', 'value "2147483648" is out of range for type integer'],
    ['22001', 'value too long for type character varying(64)'],
  ])('should answer a data exception %s with BAD_USER_INPUT and no SQL', (sqlState, message) => {
    logged.length = 0;
    const result = viaApollo(thrownInResolver(queryFailed(sqlState, message)));
    expect(result.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.message).toBe('Invalid input: a value is not valid for its field');
    expect(JSON.stringify(result)).not.toMatch(/court_case|SELECT|uuid|UTF8|varying|QueryFailed/);
    // Logged for the developers, with what the database said.
    expect(logged.join('\n')).toMatch(/the database refused an input.*QueryFailedError/);
  });

  it('should answer integrity violations with NOT_FOUND or CONFLICT and a plain message', () => {
    const missing = queryFailed(
      '23503',
      'insert or update on table "hearing" violates foreign key constraint "fk_1"',
      'Key (case_id)=(…) is not present in table "court_case".',
    );
    expect(viaApollo(thrownInResolver(missing))).toMatchObject({
      message: 'A record the input refers to does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
    const referenced = queryFailed(
      '23503',
      'update or delete on table "office" violates foreign key constraint',
    );
    expect(viaApollo(thrownInResolver(referenced)).extensions?.['code']).toBe('CONFLICT');
    const duplicate = queryFailed('23505', 'duplicate key value violates unique constraint "uq_case_number"');
    expect(viaApollo(thrownInResolver(duplicate))).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(JSON.stringify(viaApollo(thrownInResolver(duplicate)))).not.toMatch(/uq_case|duplicate key/);
    expect(viaApollo(thrownInResolver(queryFailed('40P01', 'deadlock detected'))).extensions?.['code']).toBe(
      'CONFLICT',
    );
  });

  it('should keep any other database failure INTERNAL', () => {
    const result = viaApollo(thrownInResolver(queryFailed('42703', 'column c.nme does not exist')));
    expect(result).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['protest'],
      extensions: { code: 'INTERNAL' },
    });
  });

  it('should answer graphql-js giving up on too many variable errors with BAD_USER_INPUT', () => {
    const error = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
    );
    expect(viaApollo(error, 'INTERNAL_SERVER_ERROR')).toEqual({
      message: 'Too many errors processing variables, error limit reached. Execution aborted.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('should cut a message that echoes a huge input', () => {
    const echo = `Variable "$input" got invalid value "${'x'.repeat(900_000)}"; String cannot represent it`;
    const result = viaApollo(new GraphQLError(echo), 'BAD_USER_INPUT');
    expect(result.message.length).toBe(MAX_MESSAGE_LENGTH + 1);
    expect(result.message.startsWith('Variable "$input" got invalid value')).toBe(true);
    expect(result.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
